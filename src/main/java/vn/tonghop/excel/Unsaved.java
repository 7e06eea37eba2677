package vn.tonghop.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formulas whose result the file does not hold. Excel always saves one; programs that fill in a
 * form template do not, and a spreadsheet program works them out on opening, so the clerk saw the
 * worked-out figure. POI works it out the same way here. A formula POI cannot work out (a function
 * it does not know, a link to another workbook) reads as an empty cell, and the log says so.
 */
final class Unsaved {

    private static final Logger log = LoggerFactory.getLogger(Unsaved.class);

    private final Workbook workbook;
    private FormulaEvaluator evaluator;

    Unsaved(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Whether this is a formula cell of a .xlsx saved without its result; a .xls always has one. */
    boolean holds(Cell cell) {
        return cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell x
                && (!x.getCTCell().isSetV() || x.getCTCell().getV() == null || x.getCTCell().getV().isBlank());
    }

    CellValue value(Cell cell) {
        if (evaluator == null) {
            evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.setIgnoreMissingWorkbooks(true);
        }
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        String font = workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontName();
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        try {
            org.apache.poi.ss.usermodel.CellValue v = evaluator.evaluate(cell);
            if (v == null) {
                return null;
            }
            return switch (v.getCellType()) {
                case NUMERIC -> new CellValue(r, c, CellValue.Kind.NUMBER, null, WorkbookReader.decimal(v.getNumberValue()),
                        format, font);
                case STRING -> v.getStringValue() == null || v.getStringValue().isBlank() ? null
                        : new CellValue(r, c, CellValue.Kind.TEXT, v.getStringValue(), null, format, font);
                case BOOLEAN -> new CellValue(r, c, CellValue.Kind.BOOLEAN, String.valueOf(v.getBooleanValue()), null, format, font);
                case ERROR -> new CellValue(r, c, CellValue.Kind.ERROR, WorkbookReader.errorText(v.getErrorValue()), null,
                        format, font);
                default -> null;
            };
        } catch (RuntimeException e) {
            log.warn("cannot work out the formula {} in {}!{}: {}", cell.getCellFormula(), cell.getSheet().getSheetName(),
                    cell.getAddress(), e.toString());
            return null;
        }
    }
}
