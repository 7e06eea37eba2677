package vn.tonghop.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * The non-empty cells of one sheet, with its merged regions resolved to their top-left cell. Cells
 * are kept row by row in arrays, not in a map: a sheet of 200,000 rows must fit in a small heap.
 */
public final class SheetGrid {

    /** A merged range, inclusive, zero-based. */
    public record Region(int firstRow, int lastRow, int firstCol, int lastCol) {
        public boolean contains(int row, int col) {
            return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
        }
    }

    private static final CellValue[] EMPTY_ROW = new CellValue[0];

    private final String name;
    private final boolean hidden;
    private final BitSet hiddenRows;
    private final BitSet hiddenCols;
    private final CellValue[][] rows;
    private final List<Region> merged;
    private final int lastRow;
    private final int lastCol;

    private SheetGrid(String name, boolean hidden, BitSet hiddenRows, BitSet hiddenCols,
                      CellValue[][] rows, List<Region> merged, int lastRow, int lastCol) {
        this.name = name;
        this.hidden = hidden;
        this.hiddenRows = hiddenRows;
        this.hiddenCols = hiddenCols;
        this.rows = rows;
        this.merged = merged;
        this.lastRow = lastRow;
        this.lastCol = lastCol;
    }

    public static SheetGrid of(String name, List<CellValue> values, List<Region> merged) {
        return of(name, values, merged, false);
    }

    /** {@code hidden}: the workbook hides the sheet (hidden or very hidden), as clerks hide old copies. */
    public static SheetGrid of(String name, List<CellValue> values, List<Region> merged, boolean hidden) {
        return of(name, values, merged, hidden, new BitSet(), new BitSet());
    }

    /** With the rows and columns the sheet hides (0-based), as clerks hide an old line or an old column. */
    public static SheetGrid of(String name, List<CellValue> values, List<Region> merged, boolean hidden,
                               BitSet hiddenRows, BitSet hiddenCols) {
        int lastRow = -1;
        int lastCol = -1;
        for (CellValue v : values) {
            lastRow = Math.max(lastRow, v.row());
            lastCol = Math.max(lastCol, v.col());
        }
        int[] width = new int[lastRow + 1];
        for (CellValue v : values) {
            width[v.row()] = Math.max(width[v.row()], v.col() + 1);
        }
        CellValue[][] rows = new CellValue[lastRow + 1][];
        for (int r = 0; r <= lastRow; r++) {
            rows[r] = width[r] == 0 ? EMPTY_ROW : new CellValue[width[r]];
        }
        for (CellValue v : values) {
            rows[v.row()][v.col()] = v;
        }
        return new SheetGrid(name, hidden, (BitSet) hiddenRows.clone(), (BitSet) hiddenCols.clone(),
                rows, List.copyOf(merged), lastRow, lastCol);
    }

    public String name() {
        return name;
    }

    public boolean hidden() {
        return hidden;
    }

    public boolean rowHidden(int row) {
        return row >= 0 && hiddenRows.get(row);
    }

    public boolean colHidden(int col) {
        return col >= 0 && hiddenCols.get(col);
    }

    public List<Region> merged() {
        return merged;
    }

    public int lastRow() {
        return lastRow;
    }

    public int lastCol() {
        return lastCol;
    }

    /** Every non-empty cell, row by row. */
    public List<CellValue> cells() {
        List<CellValue> out = new ArrayList<>();
        for (CellValue[] row : rows) {
            for (CellValue v : row) {
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** How many cells are not empty. */
    public int size() {
        int n = 0;
        for (CellValue[] row : rows) {
            for (CellValue v : row) {
                n += v == null ? 0 : 1;
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        // Hidden columns past the last filled one hide nothing, and readers need not agree on them.
        return o instanceof SheetGrid g && name.equals(g.name) && merged.equals(g.merged) && lastRow == g.lastRow
                && lastCol == g.lastCol && Arrays.deepEquals(rows, g.rows) && hiddenRows.equals(g.hiddenRows)
                && hiddenCols.get(0, lastCol + 1).equals(g.hiddenCols.get(0, lastCol + 1));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, merged, lastRow, lastCol);
    }

    @Override
    public String toString() {
        return "SheetGrid[" + name + ", " + size() + " cells, " + merged.size() + " merged]";
    }

    /** The cell itself, ignoring merges; null when empty. */
    public CellValue own(int row, int col) {
        if (row < 0 || row >= rows.length || col < 0 || col >= rows[row].length) {
            return null;
        }
        return rows[row][col];
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

    /**
     * What a cell shows, or inside a merge that runs down its column from above, what the merge's top
     * cell shows: one "SN" merged over the rows of several projects is each one's. A merge across
     * columns (a title over the row) gives nothing here.
     */
    public String ownTextOrAbove(int row, Integer col) {
        if (col == null) {
            return "";
        }
        CellValue v = own(row, col);
        if (v == null) {
            Region r = regionAt(row, col);
            v = r != null && r.firstCol() == col && r.lastCol() == col && r.firstRow() < row ? own(r.firstRow(), col) : null;
        }
        return v == null ? "" : v.display();
    }

    public String text(int row, int col) {
        CellValue v = at(row, col);
        return v == null ? "" : v.display();
    }
}
