package vn.tonghop.report.template;

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
import java.util.function.Consumer;
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
            // 01/VỐN per year owed; 02/CT for 17 communes and two departments; 03/VB for 17 and one; 04/BCĐ; 05/GV.
            assertThat(files.count()).isEqualTo(17 * 2 + 3 + 3 + 3 + 3 + 2 + 3 + 19 + 18 + 17 + 1);
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
        Path input = filled.getParent();
        fill(out.resolve("templates/03589_xa_muong_so_02CT.xlsx"), input.resolve("MuongSo_chitieu.xlsx"), wb -> {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getProtect()).isTrue();
            // 2023 is the third year: Kế hoạch in column 8, Thực hiện in 9.
            row(sheet, "CT01").getCell(9).setCellValue(120);
            row(sheet, "CT02").getCell(9).setCellValue(95);
            row(sheet, "CT03").getCell(9).setCellValue(1000);
            row(sheet, "CT01").getCell(8).setCellValue(131);
            row(sheet, "CT03").getCell(8).setCellValue(990);
            assertThat(row(sheet, "CT04").getCell(9).getCellStyle().getLocked()).isTrue();
        });
        fill(out.resolve("templates/03589_xa_muong_so_03VB.xlsx"), input.resolve("MuongSo_vanban.xlsx"), wb -> {
            Row first = wb.getSheetAt(0).getRow(8);
            first.getCell(0).setCellValue(1);
            first.getCell(1).setCellValue("45/QĐ-UBND");
            first.getCell(2).setCellValue("12/5/2022");
            first.getCell(3).setCellValue("UBND xã Mường So");
            first.getCell(4).setCellValue("Quyết định thành lập Ban Chỉ đạo các chương trình MTQG xã Mường So");
        });
        fill(out.resolve("templates/03589_xa_muong_so_04BCD.xlsx"), input.resolve("MuongSo_bcd.xlsx"), wb -> {
            Row own = wb.getSheetAt(0).getRow(8);
            assertThat(own.getCell(1).getStringCellValue()).isEqualTo("Xã Mường So");
            assertThat(own.getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(own.getCell(2).getCellStyle().getLocked()).isFalse();
            own.getCell(2).setCellValue("Có");
            own.getCell(3).setCellValue("45/QĐ-UBND ngày 12/5/2022");
            own.getCell(4).setCellValue(11);
            own.getCell(5).setCellValue(1);
        });
        fill(out.resolve("templates/109-TCKH_phong_tai_chinh_ke_hoach_05GV.xlsx"), input.resolve("TCKH_giaovon.xlsx"), wb -> {
            XSSFSheet register = wb.getSheet("Giao vốn");
            Object[][] lines = {{"Xã Mường So", "DA2", "SN", 480}, {"Xã Mường So", "DA3.1", "SN", 210}};
            for (int i = 0; i < lines.length; i++) {
                Row r = register.getRow(8 + i);
                r.getCell(0).setCellValue(i + 1);
                r.getCell(1).setCellValue((String) lines[i][0]);
                r.getCell(2).setCellValue((String) lines[i][1]);
                r.getCell(3).setCellValue((String) lines[i][2]);
                r.getCell(4).setCellValue("NSTW");
                r.getCell(5).setCellValue(2023);
                r.getCell(6).setCellValue((Integer) lines[i][3]);
                r.getCell(7).setCellValue("Quyết định 3093/QĐ-UBND ngày 20/12/2022");
            }
            XSSFSheet plan = wb.getSheet("Kế hoạch trung hạn");
            for (Row r : plan) {
                if (r.getCell(0) != null && List.of("DA2", "DA3").contains(r.getCell(0).getStringCellValue())
                        && "SN".equals(r.getCell(2).getStringCellValue())) {
                    r.getCell(4).setCellValue(5000);
                }
            }
        });
        assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", out.toString(),
                "--jobs", JOBS, "--settle", "0")).isZero();
        List<Map<String, String>> findings = CsvRows.read(out.resolve("latest/findings.csv"));
        assertThat(findings).filteredOn(f -> !f.get("file").isEmpty()).isEmpty();
        List<Map<String, String>> files = CsvRows.read(out.resolve("latest/files.csv"));
        assertThat(files).extracting(f -> f.get("file") + ":" + f.get("form") + ":" + f.get("status")).contains(
                "MuongSo_2023.xlsx:01/VỐN:in_force", "MuongSo_chitieu.xlsx:02/CT:in_force",
                "MuongSo_vanban.xlsx:03/VB:in_force", "MuongSo_bcd.xlsx:04/BCĐ:in_force",
                "TCKH_giaovon.xlsx:05/GV:in_force").allMatch(f -> f.endsWith("in_force"));
        List<Map<String, String>> indicators = CsvRows.read(out.resolve("latest/indicators.csv"));
        assertThat(indicators).filteredOn(i -> i.get("unit_code").equals("03589") && i.get("year").equals("2023")
                && !i.get("actual").isEmpty()).extracting(i -> i.get("indicator") + "=" + i.get("plan") + "/" + i.get("actual"))
                .containsExactlyInAnyOrder("CT01=131/120", "CT02=/95", "CT03=990/1000", "CT04=13.23/12", "CT05=/9.5");
        List<Map<String, String>> facts = CsvRows.read(out.resolve("latest/facts.csv"));
        assertThat(facts).filteredOn(f -> f.get("measure").equals("available")).extracting(f -> f.get("leaf") + "=" + f.get("value"))
                .containsExactlyInAnyOrder("DA2=515", "DA3.1=210");
    }

    /** Opens a template, lets the clerk type, recalculates as Excel does on saving, and saves it as sent. */
    private static void fill(Path template, Path sent, Consumer<XSSFWorkbook> typing) throws Exception {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            typing.accept(wb);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream os = Files.newOutputStream(sent)) {
                wb.write(os);
            }
        }
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
