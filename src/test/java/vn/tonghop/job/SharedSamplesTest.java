package vn.tonghop.job;

import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.CsvRows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The clerks' sample files in ../shared/samples, which are all correct: they read without an error or warning. */
class SharedSamplesTest {

    static final Path SAMPLES = Path.of("../shared/samples");

    @Test
    void eachSampleReadsWithoutErrorOrWarning(@TempDir Path work) throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "the shared samples are beside the project");
        Path input = work.resolve("input");
        Files.createDirectories(input);
        try (Stream<Path> samples = Files.list(SAMPLES)) {
            for (Path p : samples.toList()) {
                Files.copy(p, input.resolve(p.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        int exit = TonghopApplication.run("run", "--input", input.toString(), "--output", work.resolve("output").toString(),
                "--jobs", Path.of("jobs").toAbsolutePath().toString(), "--settle", "0");
        assertThat(exit).isZero();
        List<Map<String, String>> findings = CsvRows.read(work.resolve("output/latest/findings.csv"));
        assertThat(findings).filteredOn(f -> !f.get("code").equals("MISSING_REPORT"))
                .allMatch(f -> f.get("severity").equals("GHI CHÚ"));
        assertThat(findings).anyMatch(f -> f.get("code").equals("TEXT_CONVERTED") && f.get("unit_code").equals("03550"));
        assertThat(CsvRows.read(work.resolve("output/latest/documents.csv"))).extracting(d -> d.get("number") + " " + d.get("date"))
                .containsExactly("45/QĐ-UBND 2022-05-12");
        try (var wb = WorkbookFactory.create(work.resolve("output/latest/TongHop.xlsx").toFile())) {
            var bcd = wb.getSheet("Biểu BCĐ");
            List<String> communes = new ArrayList<>();
            for (int r = 7; r < 7 + 17; r++) {
                communes.add(bcd.getRow(r).getCell(1).getStringCellValue() + " | " + bcd.getRow(r).getCell(6).getStringCellValue());
            }
            assertThat(communes).hasSize(17).contains("Xã Mường So | ").filteredOn(c -> c.endsWith("chưa báo cáo")).hasSize(16);
            assertThat(bcd.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(11.0);
        }
        List<Map<String, String>> facts = CsvRows.read(work.resolve("output/latest/facts.csv"));
        assertThat(facts).extracting(f -> f.get("unit_code")).contains("03589", "109-BQLDA", "03565", "03550");
        assertThat(facts).filteredOn(f -> f.get("unit_code").equals("03565") && f.get("leaf").equals("DA2")
                && f.get("measure").equals("allocated")).extracting(f -> f.get("value")).containsExactly("505");
        assertThat(facts).filteredOn(f -> f.get("unit_code").equals("03550") && f.get("measure").equals("disbursed"))
                .extracting(f -> f.get("value")).containsExactly("520");
    }
}
