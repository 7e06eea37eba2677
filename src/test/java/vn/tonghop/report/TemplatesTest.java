package vn.tonghop.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.CsvRows;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The blank forms: one per unit and year owed, and one filled in reads back without a finding. */
class TemplatesTest {

    static final String JOBS = Path.of("jobs").toAbsolutePath().toString();

    @Test
    void aFilledTemplateReadsBackWithoutAFinding(@TempDir Path work) throws Exception {
        Path out = work.resolve("output");
        assertThat(TonghopApplication.run("templates", "--output", out.toString(), "--jobs", JOBS)).isZero();
        try (Stream<Path> files = Files.list(out.resolve("templates"))) {
            assertThat(files.count()).isEqualTo(17 * 2 + 3 + 3 + 3 + 3 + 2 + 3);
        }
        Path template = out.resolve("templates/03589_xa_muong_so_01VON_2023.xlsx");
        Path filled = work.resolve("input/MuongSo_2023.xlsx");
        Files.createDirectories(filled.getParent());
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getDataValidations()).hasSize(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("UBND XÃ MƯỜNG SO");
            assertThat(sheet.getRow(6).getCell(1).getCellStyle().getLocked()).isTrue();
            Row da2 = row(sheet, "DA2");
            assertThat(da2.getCell(6).getCellStyle().getLocked()).isFalse();
            da2.getCell(3).setCellValue("SN");
            da2.getCell(4).setCellValue("NSTW");
            da2.getCell(5).setCellValue(35);
            da2.getCell(6).setCellValue(480);
            da2.getCell(8).setCellValue(455);
            Row da31 = row(sheet, "DA3.1");
            da31.getCell(3).setCellValue("SN");
            da31.getCell(4).setCellValue("NSTW");
            da31.getCell(6).setCellValue(210);
            da31.getCell(8).setCellValue(210);
            // What Excel does when the clerk saves: recalculate every formula.
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream os = Files.newOutputStream(filled)) {
                wb.write(os);
            }
        }
        assertThat(TonghopApplication.run("run", "--input", filled.getParent().toString(), "--output", out.toString(),
                "--jobs", JOBS, "--settle", "0")).isZero();
        List<Map<String, String>> findings = CsvRows.read(out.resolve("latest/findings.csv"));
        assertThat(findings).filteredOn(f -> f.get("file").equals("MuongSo_2023.xlsx")).isEmpty();
        List<Map<String, String>> facts = CsvRows.read(out.resolve("latest/facts.csv"));
        assertThat(facts).filteredOn(f -> f.get("measure").equals("available")).extracting(f -> f.get("leaf") + "=" + f.get("value"))
                .containsExactlyInAnyOrder("DA2=515", "DA3.1=210");
    }

    private static Row row(XSSFSheet sheet, String code) {
        for (Row r : sheet) {
            if (r.getCell(2) != null && code.equals(r.getCell(2).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }
}
