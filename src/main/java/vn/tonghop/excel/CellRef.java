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

    /** {row, column} of a name such as "AB12" ("$AB$12" too); a malformed name is an IllegalArgumentException. */
    public static int[] parse(String ref) {
        int col = 0;
        int row = 0;
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch == '$') {
                continue;
            }
            if (ch >= 'A' && ch <= 'Z' && digits == 0) {
                col = col * 26 + (ch - 'A' + 1);
                letters++;
            } else if (ch >= '0' && ch <= '9' && letters > 0) {
                row = row * 10 + (ch - '0');
                digits++;
            } else {
                throw new IllegalArgumentException("not a cell name: " + ref);
            }
        }
        if (letters == 0 || digits == 0 || letters > 3 || digits > 7) {
            throw new IllegalArgumentException("not a cell name: " + ref);
        }
        return new int[] {row - 1, col - 1};
    }
}
