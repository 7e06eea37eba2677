package vn.tonghop.report;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
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
            Row row = wb.getSheetAt(0).getRow(1);
            for (int c = 0; c < row.getLastCellNum(); c++) {
                assertThat(row.getCell(c).getCellType()).isNotEqualTo(CellType.FORMULA);
            }
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo(attack);
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo("@2023");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("MuongSo.xlsx › @2023 › B12");
            assertThat(row.getCell(3).getHyperlink().getAddress()).isEqualTo("../archive/ab.xlsx");
            assertThat(wb.getSheetName(2)).isEqualTo("Xã Mường So");
            assertThat(wb.getSheetAt(2).getRow(1).getCell(1).getStringCellValue()).isEqualTo("CODE_UNKNOWN");
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
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1000);
            for (int i : new int[] {1, 500, 1000}) {
                Row row = wb.getSheetAt(0).getRow(i);
                assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Dòng " + i);
                assertThat(row.getCell(3).getHyperlink().getAddress()).isEqualTo("../archive/ab.xlsx");
            }
        }
    }
}
