package vn.tonghop.excel.read;

import java.util.List;

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
    }

    public String allText() {
        StringBuilder sb = new StringBuilder();
        passages.forEach(p -> sb.append(p.text()).append('\n'));
        return sb.toString();
    }
}
