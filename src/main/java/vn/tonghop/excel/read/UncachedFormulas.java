package vn.tonghop.excel.read;

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
final class UncachedFormulas {

    private static final Logger log = LoggerFactory.getLogger(UncachedFormulas.class);

    private final Workbook workbook;
    private FormulaEvaluator evaluator;

    UncachedFormulas(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Whether this is a formula cell of a .xlsx saved without its result; a .xls always has one. */
    boolean holds(Cell cell) {
        return cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell x
                && (!x.getCTCell().isSetV() || x.getCTCell().getV() == null || x.getCTCell().getV().isBlank());
    }

    /**
     * Works the formula out and stores the result in the cell, as its saved result would have been, so
     * it is then read like any other; false when POI cannot, and the cell is to be read as empty.
     */
    boolean workOut(Cell cell) {
        if (evaluator == null) {
            evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.setIgnoreMissingWorkbooks(true);
        }
        try {
            evaluator.evaluateFormulaCell(cell);
            return true;
        } catch (RuntimeException e) {
            log.warn("cannot work out the formula {} in {}!{}: {}", cell.getCellFormula(), cell.getSheet().getSheetName(),
                    cell.getAddress(), e.toString());
            return false;
        }
    }
}
