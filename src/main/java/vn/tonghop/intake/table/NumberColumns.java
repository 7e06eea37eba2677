package vn.tonghop.intake.table;

import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;

import java.util.HashMap;
import java.util.Map;

/**
 * Decides how each figure column's text numbers are to be read. One convention holds per sheet,
 * Vietnamese by default; a sheet that shows both conventions is read column by column, and its
 * numbers that could be either are flagged.
 */
public final class NumberColumns {

    private final Map<Integer, NumberConvention> byColumn = new HashMap<>();
    private final boolean mixed;

    public NumberColumns(SheetGrid grid, Iterable<Integer> columns, int firstRow) {
        int sheetVn = 0;
        int sheetEn = 0;
        Map<Integer, int[]> counts = new HashMap<>();
        for (int col : columns) {
            int[] c = new int[2];
            for (int r = firstRow; r <= grid.lastRow(); r++) {
                CellValue v = grid.own(r, col);
                if (v == null || v.kind() != CellValue.Kind.TEXT) {
                    continue;
                }
                switch (NumberConvention.evidence(CellNumber.unsigned(v.text().strip()))) {
                    case VIETNAMESE_ONLY -> c[0]++;
                    case ENGLISH_ONLY -> c[1]++;
                    default -> { }
                }
            }
            counts.put(col, c);
            sheetVn += c[0];
            sheetEn += c[1];
        }
        mixed = sheetVn > 0 && sheetEn > 0;
        for (Map.Entry<Integer, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            boolean english = c[1] > c[0] || (c[1] == c[0] && sheetEn > sheetVn);
            byColumn.put(e.getKey(), english ? NumberConvention.ENGLISH : NumberConvention.VIETNAMESE);
        }
    }

    public NumberConvention of(int column) {
        return byColumn.getOrDefault(column, NumberConvention.VIETNAMESE);
    }

    /** A text number that reads differently in the two conventions, on a sheet that uses both. */
    public boolean isAmbiguous(CellValue cell) {
        return mixed && cell != null && cell.kind() == CellValue.Kind.TEXT
                && NumberConvention.evidence(CellNumber.unsigned(cell.text().strip())) == NumberConvention.Evidence.AMBIGUOUS;
    }
}
