package vn.tonghop.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A night across the 2025 reorganisation: the shipped jobs/ with jobs/reorganisation-2025/ over it (the units'
 * periods and the successions of 1 July 2025), the example set's 2022–2024 reports, and 2025 reports from two
 * of the new units. Also run as a main class to write the README's second example.
 */
public final class ReorganisationNight {

    /** Xã Sì Lở Lầu's 2025 figures (03562 from 1/7/2025): households, poor and near-poor households. */
    public static final long[] SI_LO_LAU_2025 = {2480, 560, 310};

    private ReorganisationNight() {
    }

    /** The shipped jobs/ files, then the dated units and successions over them. */
    public static Path writeJobs(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path shipped = Path.of("jobs").toAbsolutePath();
        try (Stream<Path> files = Files.list(shipped)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String name : List.of("units.csv", "successions.csv", "report.properties")) {
            Files.copy(shipped.resolve("reorganisation-2025").resolve(name), folder.resolve(name),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        return folder;
    }

    /** The example set and two 2025 reports of new units: Xã Sì Lở Lầu and Phường Đoàn Kết. */
    public static List<Path> write(Path folder) throws IOException {
        List<Path> files = new ArrayList<>(SeedExampleSet.write(folder));
        files.addAll(write2025(folder));
        return files;
    }

    /** The two 2025 reports alone, beside another night's files. */
    public static List<Path> write2025(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        CapitalForm siLoLau = new CapitalForm("UBND XÃ SÌ LỞ LẦU", 2025, "Triệu đồng", "Năm 2025");
        siLoLau.total();
        siLoLau.project("I", SeedExampleSet.DA2, "DA2").fund("SN", "NSTW").money(0, 2100, 1890);
        List<String[]> indicators = List.of(
                row("CT03", "Tổng số hộ dân cư", "hộ", SI_LO_LAU_2025[0]),
                row("CT01", "Số hộ nghèo", "hộ", SI_LO_LAU_2025[1]),
                row("CT02", "Số hộ cận nghèo", "hộ", SI_LO_LAU_2025[2]));
        files.add(write(folder.resolve("2025").resolve("SiLoLau_2025.xlsx"), new CapitalWorkbookBuilder()
                .indicators("UBND XÃ SÌ LỞ LẦU", List.of("Năm 2025"), null, indicators), List.of(siLoLau)));
        CapitalForm doanKet = new CapitalForm("UBND PHƯỜNG ĐOÀN KẾT", 2025, "Triệu đồng", "Năm 2025");
        doanKet.total();
        doanKet.project("I", SeedExampleSet.DA2, "DA2").fund("SN", "NSTW").money(0, 640, 600);
        files.add(write(folder.resolve("2025").resolve("DoanKet_2025.xlsx"), new CapitalWorkbookBuilder(), List.of(doanKet)));
        return files;
    }

    /**
     * The cases of resolution by period beside the example: the old Sì Lở Lầu's report of the first half of 2025,
     * a 2025 report under a closed commune's name (Mồ Sì San), and a 2024 report of a ward set up in 2025.
     */
    public static List<Path> writeResolutionCases(Path folder) throws IOException {
        CapitalForm half = new CapitalForm("UBND XÃ SÌ LỞ LẦU", 2025, "Triệu đồng", "6 tháng 2025")
                .period("Kỳ báo cáo: 6 tháng đầu năm 2025");
        half.total();
        half.project("I", SeedExampleSet.DA2, "DA2").fund("SN", "NSTW").money(0, 400, 180);
        CapitalForm closed = new CapitalForm("UBND XÃ MỒ SÌ SAN", 2025, "Triệu đồng", "Năm 2025");
        closed.total();
        closed.project("I", SeedExampleSet.DA2, "DA2").fund("SN", "NSTW").money(0, 300, 250);
        CapitalForm early = new CapitalForm("UBND PHƯỜNG ĐOÀN KẾT", 2024, "Triệu đồng", "Năm 2024");
        early.total();
        early.project("I", SeedExampleSet.DA2, "DA2").fund("SN", "NSTW").money(0, 200, 200);
        return List.of(
                write(folder.resolve("2025").resolve("SiLoLau_6thang_2025.xlsx"), new CapitalWorkbookBuilder(), List.of(half)),
                write(folder.resolve("2025").resolve("MoSiSan_2025.xlsx"), new CapitalWorkbookBuilder(), List.of(closed)),
                write(folder.resolve("2025").resolve("DoanKet_2024.xlsx"), new CapitalWorkbookBuilder(), List.of(early)));
    }

    /** A Biểu 02/CT row of one year: its actual only. */
    private static String[] row(String code, String name, String unit, long actual) {
        return new String[] {code, name, unit, "", String.valueOf(actual), ""};
    }

    static Path write(Path file, CapitalWorkbookBuilder builder, List<CapitalForm> forms) throws IOException {
        Files.createDirectories(file.getParent());
        builder.write(file, forms);
        Files.setLastModifiedTime(file, FileTime.from(SeedExampleSet.SENT.plusSeconds(86_400 * 500)));
        return file;
    }

    /** Writes the night's input and jobs folders: {@code ReorganisationNight <input> <jobs>}. */
    public static void main(String[] args) throws IOException {
        Path input = Path.of(args.length > 0 ? args[0] : "output/example-2025/input");
        Path jobs = Path.of(args.length > 1 ? args[1] : "output/example-2025/jobs");
        int n = write(input).size();
        writeJobs(jobs);
        System.out.println("tonghop: wrote " + n + " example workbooks to " + input + " and the dated jobs to " + jobs);
    }
}
