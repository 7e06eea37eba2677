package vn.tonghop.excel;

/** A1-style cell names, the way clerks and reviewers say them. Rows and columns are zero-based here. */
public final class CellRef {

    private CellRef() {
    }

    public static String column(int col) {
        StringBuilder sb = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }

    public static String name(int row, int col) {
        return column(col) + (row + 1);
    }
}
