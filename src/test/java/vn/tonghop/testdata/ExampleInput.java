package vn.tonghop.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Fills the drop folder with the example set when it holds no workbook yet, so the first run on a
 * fresh clone shows real schedules. Run by the build (see pom.xml); never overwrites a clerk's file.
 */
public final class ExampleInput {

    private ExampleInput() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "input");
        Files.createDirectories(folder);
        try (Stream<Path> existing = Files.walk(folder)) {
            if (existing.anyMatch(p -> p.toString().matches("(?i).*\\.(xlsx|xls|xlsm)$"))) {
                System.out.println("tonghop: " + folder + " already holds workbooks; the example set is not written");
                return;
            }
        }
        int n = SeedExampleSet.write(folder).size();
        // The reviewer's draft of the report's narrative, checked against the schedules (narrative.csv).
        SeedDraft.write(folder.resolve("Du thao bao cao so ket.docx"), SeedDraft.PARAGRAPHS, SeedDraft.TABLE, 5);
        System.out.println("tonghop: wrote " + n + " example workbooks and a draft report to " + folder);
    }
}
