package vn.tonghop.intake.table;

import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.text.Fold;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Figures below the end of a sheet's table, which are not read: a form has one table per sheet, and
 * a clerk who stacks last year's table under this year's would otherwise lose it without a word, or,
 * with no signature block between them, have it added to this year's.
 */
public final class FiguresBelowTable {

    /** A figure typed as text: digits with the usual separators, a sign or brackets, a percent sign. */
    private static final Pattern TYPED_FIGURE = Pattern.compile("[-(]?\\d[\\d.,\\s\u00a0]*%?\\)?");

    private FiguresBelowTable() {
    }

    /**
     * Whether the row repeats the table's header: the header of a second table. Three or more cells
     * that read as the header's first or last row does, in the same columns, and no figure.
     */
    public static boolean repeatsHeader(SheetGrid grid, HeaderMatch header, int row) {
        int same = 0;
        for (int c = 0; c <= grid.lastCol(); c++) {
            CellValue v = grid.own(row, c);
            if (v == null) {
                continue;
            }
            if (v.kind() != CellValue.Kind.TEXT) {
                return false;
            }
            String key = Fold.key(v.text());
            if (!key.isEmpty() && (key.equals(Fold.key(grid.text(header.firstRow(), c)))
                    || key.equals(Fold.key(grid.text(header.lastRow(), c))))) {
                same++;
            }
        }
        return same >= 3;
    }

    /**
     * The warning at the first row from {@code from} on that has figures in two or more of the table's
     * figure columns; one figure alone is a date or a phone number under a signatory's name.
     *
     * @param end where the table ended, in the clerk's words ("ở phần chữ ký (dòng 17)")
     */
    public static Optional<Finding> find(SheetGrid grid, int from, String end, Collection<Integer> figureColumns,
                                  SheetPlace place, String form) {
        TreeSet<Integer> columns = new TreeSet<>(figureColumns);
        for (int r = from; r <= grid.lastRow(); r++) {
            int figures = 0;
            int first = -1;
            for (int c : columns) {
                if (isFigure(grid.own(r, c))) {
                    figures++;
                    first = first < 0 ? c : first;
                }
            }
            if (figures >= 2) {
                return Optional.of(Finding.of(FindingCode.FIGURES_BELOW_TABLE).unit(place.unitCode())
                        .at(place.file(), place.sheet(), CellRef.name(r, first)).year(place.year())
                        .message("Từ dòng " + (r + 1) + " còn số liệu nhưng không được đọc, vì bảng biểu " + form
                                + " đã kết thúc " + end + ": mỗi trang tính chỉ được đọc một bảng. Nếu đây là số"
                                + " liệu của một năm khác, hãy chuyển bảng đó sang một trang tính riêng rồi gửi lại."));
            }
        }
        return Optional.empty();
    }

    private static boolean isFigure(CellValue v) {
        return v != null && (v.kind() == CellValue.Kind.NUMBER
                || v.kind() == CellValue.Kind.TEXT && TYPED_FIGURE.matcher(v.text().strip()).matches());
    }
}
