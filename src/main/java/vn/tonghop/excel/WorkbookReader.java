package vn.tonghop.excel;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens .xlsx and .xls workbooks, telling them apart by content rather than by name, and copies
 * every non-empty cell into a format-neutral {@link SheetGrid}.
 */
public final class WorkbookReader {

    /** Doubles carry binary noise from Excel's own arithmetic; figures never need more decimals than this. */
    private static final int MAX_SCALE = 9;

    public WorkbookData read(Path file) throws UnreadableWorkbookException {
        try (InputStream in = Files.newInputStream(file);
             Workbook wb = WorkbookFactory.create(in)) {
            List<SheetGrid> sheets = new ArrayList<>();
            for (Sheet sheet : wb) {
                sheets.add(grid(wb, sheet));
            }
            return new WorkbookData(wb instanceof HSSFWorkbook ? "xls" : "xlsx", sheets);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException("password-protected workbook", true, e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException(describe(e), false, e);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static SheetGrid grid(Workbook wb, Sheet sheet) {
        List<CellValue> values = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                CellValue value = value(wb, cell);
                if (value != null) {
                    values.add(value);
                }
            }
        }
        List<SheetGrid.Region> merged = new ArrayList<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            merged.add(new SheetGrid.Region(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn()));
        }
        return SheetGrid.of(sheet.getSheetName(), values, merged);
    }

    private static CellValue value(Workbook wb, Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        String font = wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontName();
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        return switch (type) {
            case STRING -> {
                String text = cell.getStringCellValue();
                yield text == null || text.isBlank() ? null
                        : new CellValue(r, c, CellValue.Kind.TEXT, text, null, format, font);
            }
            case NUMERIC -> new CellValue(r, c, CellValue.Kind.NUMBER, null, decimal(cell.getNumericCellValue()), format, font);
            case BOOLEAN -> new CellValue(r, c, CellValue.Kind.BOOLEAN, String.valueOf(cell.getBooleanCellValue()), null, format, font);
            case ERROR -> new CellValue(r, c, CellValue.Kind.ERROR, errorText(cell.getErrorCellValue()), null, format, font);
            default -> null;
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }

    static BigDecimal decimal(double d) {
        BigDecimal exact = BigDecimal.valueOf(d);
        if (exact.scale() > MAX_SCALE) {
            exact = exact.setScale(MAX_SCALE, RoundingMode.HALF_UP);
        }
        exact = exact.stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }
}
