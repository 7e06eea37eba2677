package vn.tonghop.testdata;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The formula cells of a workbook whose cached value is not what the formula computes: a viewer that does not
 * recalculate would show a total its rows do not add up to. The schedules cache consolidated totals, so this is
 * where a total summed otherwise than its rows would show.
 */
public final class CachedFormulas {

    private CachedFormulas() {
    }

    /** "sheet!cell: cached X, computed Y" for each formula that differs, beyond a millionth. */
    public static List<String> differing(Path workbook) throws IOException {
        List<String> differing = new ArrayList<>();
        int formulas = 0;
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        CellValue computed = evaluator.evaluate(cell);
                        String cached = cell.getCachedFormulaResultType() == CellType.NUMERIC
                                ? String.valueOf(cell.getNumericCellValue()) : "'" + cell.getStringCellValue() + "'";
                        String wanted = computed.getCellType() == CellType.NUMERIC
                                ? String.valueOf(computed.getNumberValue()) : "'" + computed.getStringValue() + "'";
                        boolean same = cell.getCachedFormulaResultType() == CellType.NUMERIC
                                && computed.getCellType() == CellType.NUMERIC
                                ? Math.abs(cell.getNumericCellValue() - computed.getNumberValue())
                                    <= 1e-6 * Math.max(1, Math.abs(computed.getNumberValue()))
                                : cached.equals(wanted);
                        if (!same) {
                            differing.add(sheet.getSheetName() + "!" + cell.getAddress() + ": cached " + cached + ", computed " + wanted);
                        }
                    }
                }
            }
        }
        if (formulas == 0) {
            differing.add("no formula at all in " + workbook);
        }
        return differing;
    }
}
