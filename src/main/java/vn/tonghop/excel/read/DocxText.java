package vn.tonghop.excel.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Word document (.docx), passage by passage in the order of its body: each top-level paragraph,
 * and each cell of its tables, with the runs Word split a retyped word or number into joined.
 */
public record DocxText(List<Passage> passages) {

    /**
     * A paragraph ({@code paragraph} its 1-based place among the body's paragraphs, table 0) or a table cell
     * ({@code table}, {@code row}, {@code column} 1-based, paragraph 0); the cell's paragraphs joined by a space.
     */
    public record Passage(int paragraph, int table, int row, int column, String text) {

        /** Where a reviewer finds it: "đoạn 12", or "bảng 1 hàng 3 cột 2". */
        public String place() {
            return table == 0 ? "đoạn " + paragraph : "bảng " + table + " hàng " + row + " cột " + column;
        }

        /** The passage a {@link #place()} names, without its text; empty for anything else (a sheet's name). */
        public static Optional<Passage> at(String place) {
            Matcher m = PLACE.matcher(place == null ? "" : place);
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(m.group(1) != null ? new Passage(Integer.parseInt(m.group(1)), 0, 0, 0, "")
                    : new Passage(0, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), ""));
        }

        private static final Pattern PLACE = Pattern.compile("đoạn (\\d+)|bảng (\\d+) hàng (\\d+) cột (\\d+)");
    }

    public String allText() {
        StringBuilder sb = new StringBuilder();
        passages.forEach(p -> sb.append(p.text()).append('\n'));
        return sb.toString();
    }
}
