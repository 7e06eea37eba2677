package vn.tonghop.excel.read;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkbookReaderTest {

    @TempDir
    Path dir;

    /** Named .xlsx whatever it holds: the reader goes by content. */
    private Path write(boolean xls) throws IOException {
        Path file = dir.resolve("clerk.xlsx");
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Năm 2023");
            Row r = s.createRow(0);
            r.createCell(0).setCellValue("Kế hoạch vốn");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            Row data = s.createRow(1);
            data.createCell(0).setCellValue(0.1);
            data.createCell(1).setCellValue(0.2);
            data.createCell(2).setCellFormula("A2+B2");
            data.createCell(3).setCellFormula("A2/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsCachedFormulaResultsErrorsAndMergesInBothFormats(boolean xls) throws Exception {
        WorkbookData data = new WorkbookReader().read(write(xls));
        assertThat(data.format()).isEqualTo(xls ? "xls" : "xlsx");
        SheetGrid grid = data.sheets().get(0);
        assertThat(grid.name()).isEqualTo("Năm 2023");
        assertThat(grid.text(0, 2)).as("merged cell resolves to its top-left").isEqualTo("Kế hoạch vốn");
        assertThat(grid.at(1, 2).number()).as("0.1 + 0.2 without binary noise").isEqualByComparingTo(new BigDecimal("0.3"));
        assertThat(grid.at(1, 3).kind()).isEqualTo(CellValue.Kind.ERROR);
        assertThat(grid.at(1, 3).text()).isEqualTo("#DIV/0!");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void knowsWhichRowsAndColumnsTheSheetHides(boolean xls) throws Exception {
        Path file = dir.resolve("hidden.xlsx");
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("2023");
            for (int r = 0; r < 3; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(r * 10 + c);
                }
            }
            s.getRow(1).setZeroHeight(true);
            s.setColumnHidden(2, true);
            wb.write(out);
        }
        SheetGrid grid = new WorkbookReader().read(file).sheets().get(0);
        assertThat(grid.rowHidden(1)).isTrue();
        assertThat(grid.rowHidden(0) || grid.rowHidden(2)).isFalse();
        assertThat(grid.colHidden(2)).isTrue();
        assertThat(grid.colHidden(0) || grid.colHidden(1)).isFalse();
        assertThat(grid.at(1, 2).number()).as("hidden cells are still read").isEqualByComparingTo("12");
    }

    @Test
    void aFileThatIsNoWorkbookIsUnreadable() throws IOException {
        Path text = Files.writeString(dir.resolve("fake.xlsx"), "hello");
        assertThatThrownBy(() -> new WorkbookReader().read(text)).isInstanceOf(UnreadableWorkbookException.class)
                .satisfies(e -> assertThat(((UnreadableWorkbookException) e).encrypted()).isFalse());
    }

    /** As programs that fill in templates save them: formulas, with no results, in a .xlsx. */
    @Test
    void formulasSavedWithoutResultsAreWorkedOutNotReadAsZero() throws Exception {
        Path file = dir.resolve("filled.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row r = wb.createSheet("2023").createRow(0);
            r.createCell(0).setCellValue(640);
            r.createCell(1).setCellValue(600);
            r.createCell(2).setCellFormula("SUM(A1:B1)");
            r.createCell(3).setCellFormula("IF(A1=0,\"\",ROUND(B1/A1*100,2))");
            r.createCell(4).setCellFormula("A1/0");
            wb.write(out);
        }
        SheetGrid grid = new WorkbookReader().read(file).sheets().get(0);
        assertThat(grid.at(0, 2).number()).isEqualByComparingTo("1240");
        assertThat(grid.at(0, 3).number()).isEqualByComparingTo("93.75");
        assertThat(grid.at(0, 4).text()).isEqualTo("#DIV/0!");
    }
}
