package vn.tonghop.report.template;

import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Unit;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.SheetWriter;
import vn.tonghop.excel.write.XlsxDocument;

import java.util.Locale;

/**
 * What every blank form shares: the lines above the table that the reader takes its unit, form and
 * year from, a one-row header with its row of column numbers, and the signature block that ends it.
 */
final class FormHead {

    static final int HEADER_ROW = 6;
    static final Look BOX = Look.CELL;
    static final Look HEAD = Look.HEADER;
    static final Look NUMBERING = BOX.italic().align(Look.Align.CENTER);

    private FormHead() {
    }

    static XlsxDocument document(JobsConfig config) {
        return XlsxDocument.form(config.report().fontName(), config.report().fontSize());
    }

    /** Rows 0–4: unit, form number, title, year and, for money, the unit of money. */
    static void lines(SheetWriter s, Unit unit, String form, String title, int year, boolean money) {
        s.text(0, 0, unitLine(unit), Look.PLAIN.bold());
        s.text(1, 0, "Biểu số " + form, Look.PLAIN.italic());
        s.text(2, 0, title, Look.PLAIN.bold());
        s.text(3, 0, "Năm báo cáo: " + year, Look.PLAIN);
        if (money) {
            s.text(4, 0, "Đơn vị tính: Triệu đồng", Look.PLAIN.italic());
        }
    }

    static String unitLine(Unit unit) {
        String name = unit.name().toUpperCase(new Locale("vi"));
        return unit.isCommune() ? "UBND " + name : name;
    }

    /** A header on one row at {@link #HEADER_ROW}, the column numbers under it; returns the first data row. */
    static int columns(SheetWriter s, String[] headers, int[] widths) {
        for (int c = 0; c < headers.length; c++) {
            s.text(HEADER_ROW, c, headers[c], HEAD);
            s.text(HEADER_ROW + 1, c, "(" + (c + 1) + ")", NUMBERING);
            s.width(c, widths[c]);
        }
        s.rowHeight(HEADER_ROW, 45);
        return HEADER_ROW + 2;
    }

    /** Rows a clerk types into, bordered and unlocked; a list of documents or allocations grows down them. */
    static void blankRows(SheetWriter s, int firstRow, int count, int columns) {
        for (int r = firstRow; r < firstRow + count; r++) {
            for (int c = 0; c < columns; c++) {
                s.blank(r, c, BOX.editable());
            }
        }
    }

    /** The signature block, which is also where the reader stops. */
    static void signatures(SheetWriter s, int row, int leftCol, int rightCol) {
        s.text(row, leftCol, "NGƯỜI LẬP BIỂU", Look.PLAIN.bold().align(Look.Align.CENTER));
        s.text(row, rightCol, "THỦ TRƯỞNG ĐƠN VỊ", Look.PLAIN.bold().align(Look.Align.CENTER));
    }
}
