package vn.tonghop.excel;

import java.util.List;
import java.util.Map;

/** The non-empty cells of one sheet, with its merged regions resolved to their top-left cell. */
public record SheetGrid(String name, Map<Long, CellValue> cells, List<Region> merged, int lastRow, int lastCol) {

    /** A merged range, inclusive, zero-based. */
    public record Region(int firstRow, int lastRow, int firstCol, int lastCol) {
        boolean contains(int row, int col) {
            return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    public static SheetGrid of(String name, List<CellValue> values, List<Region> merged) {
        Map<Long, CellValue> cells = new java.util.HashMap<>();
        int lastRow = -1;
        int lastCol = -1;
        for (CellValue v : values) {
            cells.put(key(v.row(), v.col()), v);
            lastRow = Math.max(lastRow, v.row());
            lastCol = Math.max(lastCol, v.col());
        }
        return new SheetGrid(name, cells, List.copyOf(merged), lastRow, lastCol);
    }

    /** The cell itself, ignoring merges; null when empty. */
    public CellValue own(int row, int col) {
        return cells.get(key(row, col));
    }

    /** The cell, or the top-left cell of the merged region that covers it; null when empty. */
    public CellValue at(int row, int col) {
        CellValue own = own(row, col);
        if (own != null) {
            return own;
        }
        for (Region r : merged) {
            if (r.contains(row, col)) {
                return own(r.firstRow(), r.firstCol());
            }
        }
        return null;
    }

    /** The region covering a cell, or null. */
    public Region regionAt(int row, int col) {
        for (Region r : merged) {
            if (r.contains(row, col)) {
                return r;
            }
        }
        return null;
    }

    /** What a cell itself shows, ignoring merges; empty for an empty cell or a column the table does not have. */
    public String ownText(int row, Integer col) {
        if (col == null) {
            return "";
        }
        CellValue v = own(row, col);
        return v == null ? "" : v.display();
    }

    public String text(int row, int col) {
        CellValue v = at(row, col);
        return v == null ? "" : v.display();
    }
}
