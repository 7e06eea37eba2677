package vn.tonghop.intake;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.intake.capital.CapitalSheet;
import vn.tonghop.testdata.CapitalForm;
import vn.tonghop.testdata.CapitalWorkbookBuilder;
import vn.tonghop.testdata.Layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A clerk's copy of a sheet in the same file ("2023 (2)", hidden or not) is not added to the real one. */
class SheetCopiesTest {

    @TempDir
    Path dir;

    /**
     * The form as a clerk sent it, plus a copy of its sheet whose allocations differ, named and placed
     * as the case says; {@code copyFirst}: the copy sits before the original, where Excel puts it.
     */
    private Path withCopy(String copyName, boolean hidden, boolean copyFirst, boolean xls) throws IOException {
        Path file = dir.resolve("MuongSo_2023" + (xls ? ".xls" : ".xlsx"));
        Layout layout = xls ? new Layout().xls() : new Layout();
        new CapitalWorkbookBuilder().layout(layout).write(file, LayoutVariantsTest.form());
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb) {
            Sheet copy = wb.cloneSheet(0);
            wb.setSheetName(1, copyName);
            for (Row row : copy) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        cell.setCellValue(cell.getNumericCellValue() + 1);
                    }
                }
            }
            if (copyFirst) {
                wb.setSheetOrder(copyName, 0);
            }
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            if (hidden) {
                wb.setSheetHidden(wb.getSheetIndex(copyName), true);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @ParameterizedTest(name = "copy \"{0}\", hidden {1}, placed first {2}, xls {3}")
    @CsvSource({
        "'2023 (2)', true, true, false",
        "'2023 (2)', false, true, false",
        "'2023 (2)', false, false, false",
        "'Bản cũ 2023', true, false, false",
        "'2023 (2)', true, true, true",
        "'2023 (2)', false, true, true"})
    void onlyTheOriginalIsReadAndTheCopyIsAWarning(String copyName, boolean hidden, boolean copyFirst, boolean xls)
            throws IOException {
        Path file = withCopy(copyName, hidden, copyFirst, xls);
        IntakeResult result = LayoutVariantsTest.take(file);
        assertThat(result.sheets()).singleElement().satisfies(s -> assertThat(s.sheetName()).isEqualTo("2023"));
        assertThat(LayoutVariantsTest.figures(result)).containsEntry("DA1.1|SN|NSTW|allocated", new BigDecimal("500"));
        assertThat(result.findings()).filteredOn(f -> f.code() == FindingCode.DUPLICATE_SHEET).singleElement()
                .satisfies(f -> {
                    assertThat(f.sheet()).isEqualTo(copyName);
                    assertThat(f.message()).contains("\"2023\"").contains(hidden ? "đang ẩn" : "cùng các dòng");
                });
        // The copy's sums are off by one per child: checked, it would have findings of its own.
        assertThat(result.findings()).extracting(Finding::sheet).filteredOn(copyName::equals).hasSize(1);
    }

    /** A report split over sheets by project: the parts hold different rows, and all of them count. */
    @org.junit.jupiter.api.Test
    void sheetsOfOtherRowsAreParts() throws IOException {
        CapitalForm first = new CapitalForm("UBND XÃ MƯỜNG SO", 2023, "Triệu đồng", "DA2");
        first.total();
        first.project("II", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", "DA2").fund("SN", "NSTW").money(35, 480, 455);
        CapitalForm second = new CapitalForm("UBND XÃ MƯỜNG SO", 2023, "Triệu đồng", "DA3");
        second.total();
        second.project("III", "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng", "DA3");
        second.leaf("2", "Tiểu dự án 2: Cải thiện dinh dưỡng", "DA3.2").fund("SN", "NSTW").money(10, 90, 60);
        Path file = dir.resolve("MuongSo_2023.xlsx");
        new CapitalWorkbookBuilder().write(file, List.of(first, second));
        IntakeResult result = LayoutVariantsTest.take(file);
        assertThat(result.sheets()).extracting(CapitalSheet::sheetName).containsExactly("DA2", "DA3");
        assertThat(result.findings()).noneMatch(f -> f.code() == FindingCode.DUPLICATE_SHEET);
        assertThat(LayoutVariantsTest.figures(result)).containsEntry("DA2|SN|NSTW|allocated", new BigDecimal("480"))
                .containsEntry("DA3.2|SN|NSTW|allocated", new BigDecimal("90"));
    }
}
