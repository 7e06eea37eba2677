package vn.tonghop.intake.capital;

import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.intake.table.FiguresBelowTable;
import vn.tonghop.intake.table.HeaderMatch;
import vn.tonghop.intake.table.RowText;
import vn.tonghop.text.Fold;

import java.util.Locale;
import java.util.regex.Pattern;

/** Where a Biểu 01/VỐN table ends, and what a row of it is called, however the clerk typed it. */
final class CapitalTableRows {

    private CapitalTableRows() {
    }

    /**
     * What ends the table at this row, in the clerk's words, or null: the signature block, or a second
     * table stacked below with no signature between, which starts with its header or, under a grand
     * total already read, with a grand total of its own. {@code label} is the row's {@link #label}.
     */
    static String end(SheetGrid grid, HeaderMatch header, int r, String label, boolean totalAbove) {
        if (isSignatureRow(grid, r)) {
            return "ở phần chữ ký (dòng " + (r + 1) + ")";
        }
        if (FiguresBelowTable.repeatsHeader(grid, header, r)) {
            return "trước dòng " + (r + 1) + ", tiêu đề của một bảng khác";
        }
        if (totalAbove && RowText.isPlainGrandTotal(label)) {
            return "trước dòng " + (r + 1) + ", dòng tổng cộng thứ hai";
        }
        return null;
    }

    /**
     * The row's content text; where that cell is empty, a text typed in the TT column that is more than a
     * numbering ("TỔNG CỘNG" or "A. VỐN ĐẦU TƯ PHÁT TRIỂN" typed from column A, often merged across).
     */
    static String label(SheetGrid grid, HeaderMatch header, int r) {
        String label = Fold.clean(grid.ownText(r, header.column("content")));
        if (!label.isEmpty()) {
            return label;
        }
        String tt = Fold.clean(grid.ownText(r, header.column("tt")));
        return NUMBERING.matcher(tt.toLowerCase(Locale.ROOT)).matches() ? label : tt;
    }

    /** What a TT cell holds on its own: I, 1, 1.2, a, 2a, -, +, (3), "A." and the like. */
    private static final Pattern NUMBERING =
            Pattern.compile("^[-+*(\\s]*(?:[ivxlcdm]+|[a-z]|\\d+[a-z]?(?:[.,]\\d+)*)?[\\s.):]*$");

    /** The signature block ends the table: a row naming a signatory ("NGƯỜI LẬP BIỂU") and holding no number. */
    private static boolean isSignatureRow(SheetGrid grid, int r) {
        boolean signature = false;
        for (int c = 0; c <= grid.lastCol(); c++) {
            CellValue v = grid.own(r, c);
            if (v == null) {
                continue;
            }
            if (v.kind() == CellValue.Kind.NUMBER) {
                return false;
            }
            signature |= v.kind() == CellValue.Kind.TEXT && RowText.isSignature(v.text());
        }
        return signature;
    }
}
