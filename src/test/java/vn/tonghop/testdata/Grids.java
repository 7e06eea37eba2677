package vn.tonghop.testdata;

import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Builds a {@link SheetGrid} in memory, row by row, for reader tests that need no workbook file. */
public final class Grids {

    private final String name;
    private final List<CellValue> cells = new ArrayList<>();
    private final List<SheetGrid.Region> merged = new ArrayList<>();
    private final BitSet hiddenRows = new BitSet();
    private final BitSet hiddenCols = new BitSet();
    private int row;

    private Grids(String name) {
        this.name = name;
    }

    public static Grids sheet(String name) {
        return new Grids(name);
    }

    /** The next row; a String is a text cell, a Number a number cell, null an empty cell. */
    public Grids row(Object... values) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof String s) {
                cells.add(s.startsWith("#") && s.endsWith("!")
                        ? new CellValue(row, c, CellValue.Kind.ERROR, s, null, "General", "Calibri")
                        : new CellValue(row, c, CellValue.Kind.TEXT, s, null, "General", "Calibri"));
            } else if (v instanceof Number n) {
                cells.add(new CellValue(row, c, CellValue.Kind.NUMBER, null, new BigDecimal(n.toString()), "General", "Calibri"));
            }
        }
        row++;
        return this;
    }

    /** The index of the next row to be added. */
    public int nextRow() {
        return row;
    }

    public Grids blank() {
        row++;
        return this;
    }

    public Grids merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        merged.add(new SheetGrid.Region(firstRow, lastRow, firstCol, lastCol));
        return this;
    }

    /** Hides the row last added. */
    public Grids hidden() {
        hiddenRows.set(row - 1);
        return this;
    }

    public Grids hideColumn(int col) {
        hiddenCols.set(col);
        return this;
    }

    public SheetGrid build() {
        return SheetGrid.of(name, cells, merged, false, hiddenRows, hiddenCols);
    }
}
