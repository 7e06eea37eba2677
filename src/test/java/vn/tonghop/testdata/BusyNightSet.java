package vn.tonghop.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A night as it really comes, 100 files: the seed set, and from every commune an earlier draft, a
 * one-year file, a corrected 2024 file sent later, and the same file again under another name; the
 * departments' files twice; and a few files that are no workbook or from no known unit.
 */
public final class BusyNightSet {

    private BusyNightSet() {
    }

    public static List<Path> write(Path folder) throws IOException {
        List<Path> files = new ArrayList<>(SeedExampleSet.write(folder));
        Instant sent = SeedExampleSet.SENT;
        for (int i = 0; i < SeedExampleSet.COMMUNES.length; i++) {
            String unit = SeedExampleSet.COMMUNES[i][0];
            String name = SeedExampleSet.COMMUNES[i][1];
            List<CapitalForm> seed = SeedExampleSet.commune(i);
            files.add(write(folder.resolve("nhap").resolve(name + "_2024_nhap.xlsx"), List.of(seed.get(1)),
                    sent.minus(10, ChronoUnit.DAYS)));
            files.add(write(folder.resolve("xa").resolve(name + "_2023.xlsx"), List.of(seed.get(0)),
                    sent.minus(5, ChronoUnit.DAYS)));
            CapitalForm corrected = new CapitalForm(unit, 2024, "Triệu đồng", "2024 (sửa)");
            corrected.total();
            corrected.project("I", SeedExampleSet.DA2, "DA2").fund("SN", "NSTW")
                    .money(0, SeedExampleSet.share(8691, i), SeedExampleSet.share(8691, i) - 1);
            files.add(write(folder.resolve("xa").resolve(name + "_2024_da_sua.xlsx"), List.of(corrected),
                    sent.plus(3, ChronoUnit.DAYS)));
            Path original = folder.resolve("xa").resolve(name + "_2023-2024" + (name.equals("TungQuaLin") ? ".xls" : ".xlsx"));
            Path again = folder.resolve("gui lai").resolve(name + " - gui lai" + (name.equals("TungQuaLin") ? ".xls" : ".xlsx"));
            Files.createDirectories(again.getParent());
            Files.copy(original, again, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(again, FileTime.from(sent.plus(1, ChronoUnit.DAYS)));
            files.add(again);
        }
        for (Path p : List.copyOf(files.subList(0, 6))) {
            Path copy = folder.resolve("gui lai").resolve("ban sao " + p.getFileName());
            Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(copy, FileTime.from(sent.plus(2, ChronoUnit.DAYS)));
            files.add(copy);
        }
        for (int k = 0; k < 100 - files.size() + 3; k++) {
            Path junk = folder.resolve("khac").resolve("bao_cao_" + k + ".xlsx");
            Files.createDirectories(junk.getParent());
            Files.writeString(junk, "not a workbook " + k);
            Files.setLastModifiedTime(junk, FileTime.from(sent));
            files.add(junk);
        }
        files.add(write(folder.resolve("khac").resolve("MaLiChai_2023.xlsx"),
                List.of(new CapitalForm("UBND XÃ MA LI CHẢI", 2023)), sent));
        return files;
    }

    private static Path write(Path file, List<CapitalForm> forms, Instant modified) throws IOException {
        new CapitalWorkbookBuilder().write(file, forms);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
