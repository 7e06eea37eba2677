package vn.tonghop.intake;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a clerk is told about a sheet whose figures were left out. */
class SkippedSheetTest {

    @TempDir
    Path dir;

    @Test
    void aTableMissingARequiredColumnNamesTheColumnAndTheHeaderRow() throws IOException {
        Path file = write(new Object[][] {
            {"UBND XÃ MƯỜNG SO"},
            {"TÌNH HÌNH THỰC HIỆN KẾ HOẠCH VỐN NĂM 2023"},
            {},
            {"TT", "Nội dung", "Loại vốn", "Giao trong năm", "Số đã chi", "Ghi chú"},
            {"1", "Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng", "ĐTPT", 500, 450}},
            new Object[][] {{"Ghi chú: số liệu đến 31/01/2024"}});

        IntakeResult result = LayoutVariantsTest.take(file);

        assertThat(result.findings()).filteredOn(f -> f.code() == FindingCode.SHEET_SKIPPED).hasSize(2);
        Finding table = skipped(result, "2023");
        assertThat(table.cell()).isEqualTo("A4");
        assertThat(table.expected()).isEqualTo("Giải ngân");
        assertThat(table.message()).contains("Biểu 01/VỐN", "dòng 4", "\"Giải ngân\"", "chưa được tổng hợp");
        Finding notes = skipped(result, "Ghi chú");
        assertThat(notes.cell()).isNull();
        assertThat(notes.message()).contains("không có bảng biểu mẫu nào");
    }

    private static Finding skipped(IntakeResult result, String sheet) {
        return result.findings().stream().filter(f -> f.code() == FindingCode.SHEET_SKIPPED && sheet.equals(f.sheet()))
                .findFirst().orElseThrow();
    }

    private Path write(Object[][] table, Object[][] notes) throws IOException {
        Path file = dir.resolve("MuongSo_2023.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb.createSheet("2023"), table);
            fill(wb.createSheet("Ghi chú"), notes);
            wb.write(out);
        }
        return file;
    }

    private static void fill(Sheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue((String) rows[r][c]);
                }
            }
        }
    }
}
