package vn.tonghop.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.testdata.TestConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorWorkbookTest {

    @Test
    void textFromInputsIsWrittenAsTextNeverAsAFormula(@TempDir Path dir) throws Exception {
        String attack = "=HYPERLINK(\"http://example.invalid\",\"Bấm vào đây\")";
        Finding f = Finding.of(FindingCode.CODE_UNKNOWN).unit("03589").at("MuongSo.xlsx", "@2023", "B12").year(2023)
                .actual(attack).message("Dòng \"" + attack + "\" không thuộc dự án nào.");
        Path file = dir.resolve("BaoCaoLoi.xlsx");
        new ErrorWorkbook().write(file, TestConfig.jobs().units(), List.of(f),
                Map.of("MuongSo.xlsx", "ab.xlsx"), "Times New Roman");
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet all = wb.getSheet("Tất cả lỗi");
            assertThat(all.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Xã Mường So (03589): 1 LỖI");
            Row row = all.getRow(2);
            for (int c = 0; c < row.getLastCellNum(); c++) {
                assertThat(row.getCell(c).getCellType()).isNotEqualTo(CellType.FORMULA);
            }
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo(attack);
            assertThat(row.getCell(12).getStringCellValue()).isEqualTo("@2023");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("MuongSo.xlsx › @2023 › B12");
            assertThat(row.getCell(2).getHyperlink().getAddress()).isEqualTo("../archive/ab.xlsx");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("CODE_UNKNOWN");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Dự án, chỉ tiêu không có trong danh mục");
        }
    }

    /**
     * The reviewer's first page: counts by unit and severity, a total, then by code with its Vietnamese name; and the
     * grouped list under a heading per unit, most severe first, printing A4 landscape one page wide without its
     * filtering columns.
     */
    @Test
    void theSummaryComesFirstAndTheListIsGroupedByUnitMostSevereFirst(@TempDir Path dir) throws Exception {
        List<Finding> findings = List.of(
                Finding.of(FindingCode.ROUNDING_DIFFERENCE).unit("03589").at("MuongSo.xlsx", "2023", "H12").message("a"),
                Finding.of(FindingCode.DISBURSED_OVER_AVAILABLE).unit("03589").at("MuongSo.xlsx", "2023", "I12").message("b"),
                Finding.of(FindingCode.OUTLIER).unit("03571").at("DaoSan.xlsx", "2023", "D9").message("c"),
                Finding.of(FindingCode.UNIT_UNKNOWN).at("ai_gui.xlsx", null, null).message("d"));
        Path file = dir.resolve("BaoCaoLoi.xlsx");
        new ErrorWorkbook().write(file, TestConfig.jobs().units(), findings, Map.of(), "Times New Roman");
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("Tổng hợp");
            Sheet sum = wb.getSheetAt(0);
            List<String> units = new ArrayList<>();
            for (int r = 4; r <= 7; r++) {
                units.add(sum.getRow(r).getCell(0).getStringCellValue() + " " + (int) sum.getRow(r).getCell(1).getNumericCellValue()
                        + "/" + (int) sum.getRow(r).getCell(2).getNumericCellValue() + "/"
                        + (int) sum.getRow(r).getCell(3).getNumericCellValue() + "=" + (int) sum.getRow(r).getCell(4).getNumericCellValue());
            }
            assertThat(units).containsExactly("Xã Dào San 0/1/0=1", "Xã Mường So 1/0/1=2", "Không xác định đơn vị 1/0/0=1",
                    "Cộng 2/1/1=4");
            assertThat(sum.getRow(10).getCell(0).getStringCellValue()).isEqualTo("Giải ngân vượt kế hoạch vốn");
            assertThat(sum.getRow(10).getCell(2).getStringCellValue()).isEqualTo("DISBURSED_OVER_AVAILABLE");

            Sheet all = wb.getSheet("Tất cả lỗi");
            List<String> rows = new ArrayList<>();
            for (int r = 1; r <= all.getLastRowNum(); r++) {
                rows.add((all.getRow(r).getCell(0).getStringCellValue() + " " + text(all.getRow(r).getCell(7))).strip());
            }
            assertThat(rows).containsExactly("Xã Dào San (03571): 1 CẢNH BÁO", "CẢNH BÁO OUTLIER",
                    "Xã Mường So (03589): 1 LỖI, 1 GHI CHÚ", "LỖI DISBURSED_OVER_AVAILABLE", "GHI CHÚ ROUNDING_DIFFERENCE",
                    "Không xác định đơn vị: 1 LỖI", "LỖI UNIT_UNKNOWN");
            assertThat(all.getPrintSetup().getLandscape()).isTrue();
            assertThat(all.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(all.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(wb.getPrintArea(1)).isEqualTo("'Tất cả lỗi'!$A$1:$G$8");
            assertThat(wb.getNumberOfSheets()).as("one grouped list, no sheet per unit to print on its own").isEqualTo(2);
            // A wrapped message makes its row as tall as it needs; a short one keeps a line.
            assertThat(all.getRow(2).getHeightInPoints()).isLessThan(all.getRow(1).getHeightInPoints() * 2);
        }
    }

    /** More findings than the streamed writer holds: every one is written, in order, with its link. */
    @Test
    void aListLongerThanTheWriterHoldsIsWrittenWhole(@TempDir Path dir) throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            findings.add(Finding.of(FindingCode.RATE_MISMATCH).unit("03589").at("MuongSo.xlsx", "2023", "J" + (i + 9))
                    .year(2023).message("Dòng " + i));
        }
        Path file = dir.resolve("BaoCaoLoi.xlsx");
        new ErrorWorkbook().write(file, TestConfig.jobs().units(), findings, Map.of("MuongSo.xlsx", "ab.xlsx"),
                "Times New Roman");
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet all = wb.getSheet("Tất cả lỗi");
            assertThat(all.getLastRowNum()).as("a heading, then the findings").isEqualTo(1001);
            for (int i : new int[] {1, 500, 1000}) {
                Row row = all.getRow(i + 1);
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Dòng " + i);
                assertThat(row.getCell(2).getHyperlink().getAddress()).isEqualTo("../archive/ab.xlsx");
            }
        }
    }

    private static String text(Cell cell) {
        return cell == null ? "" : cell.getStringCellValue();
    }

    /** A finding one typed value explains follows that value's finding, marked, and is no task of its own. */
    @Test
    void explainedFindingsFollowTheirRootAndAreNotCounted(@TempDir Path dir) throws Exception {
        Finding rate = Finding.of(FindingCode.ACHIEVEMENT_MISMATCH).unit("109-LDTBXH").at("LDTBXH.xlsx", "Chỉ tiêu", "P8")
                .message("Tỷ lệ đạt ghi 100%.").explainedBy("Chỉ tiêu!O8");
        Finding other = Finding.of(FindingCode.RATE_MISMATCH).unit("109-LDTBXH").at("LDTBXH.xlsx", "2023", "J15")
                .message("Tỷ lệ giải ngân.");
        Finding root = Finding.of(FindingCode.OUTLIER).unit("109-LDTBXH").at("LDTBXH.xlsx", "Chỉ tiêu", "O8")
                .message("Số thực hiện ghi 11.230.").rootOf("1230", "Có lẽ là 1.230.");
        Path file = dir.resolve("BaoCaoLoi.xlsx");
        new ErrorWorkbook().write(file, TestConfig.jobs().units(), List.of(rate, other, root), Map.of(), "Times New Roman");
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet all = wb.getSheet("Tất cả lỗi");
            assertThat(all.getRow(1).getCell(0).getStringCellValue()).endsWith(": 2 CẢNH BÁO");
            assertThat(List.of(all.getRow(2), all.getRow(3), all.getRow(4))).extracting(r -> r.getCell(6).getStringCellValue())
                    .containsExactly("Tỷ lệ giải ngân.", "Số thực hiện ghi 11.230. Có lẽ là 1.230.",
                            "↳ do ô Chỉ tiêu!O8: Tỷ lệ đạt ghi 100%.");
            assertThat(all.getRow(4).getCell(1).getStringCellValue()).startsWith("↳ ");
        }
    }
}
