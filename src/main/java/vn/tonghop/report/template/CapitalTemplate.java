package vn.tonghop.report.template;

import vn.tonghop.config.Catalogue;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Unit;
import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.SheetWriter;
import vn.tonghop.excel.write.XlsxDocument;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Blank Biểu 01/VỐN for a unit and year: the catalogue's rows listed, dropdowns for Loại vốn and Nguồn
 * vốn, formulas for Tổng số, Tỷ lệ and Chuyển nguồn, and the header protected.
 */
final class CapitalTemplate implements FormTemplate {

    private static final String[] UPPER = {"TT", "Nội dung", "Mã", "Loại vốn", "Nguồn vốn", "Kế hoạch vốn", "", "",
        "Giải ngân", "", "Chuyển nguồn sang năm sau", "Nộp trả, hủy dự toán", "Ghi chú"};
    private static final String[] LOWER = {null, null, null, null, null, "Năm trước chuyển sang", "Giao trong năm",
        "Tổng số", "Số tiền", "Tỷ lệ (%)", null, null, null};
    private static final int[] WIDTHS = {6, 60, 8, 9, 9, 12, 12, 12, 12, 9, 13, 12, 16};
    private static final int FIRST_ROW = 9;
    private static final Look BOX = FormHead.BOX;
    private static final Look INPUT = BOX.format(Look.Format.AMOUNT).editable();
    private static final Look FORMULA = BOX.format(Look.Format.AMOUNT).fill(Look.Fill.NOTE);

    private final JobsConfig config;

    CapitalTemplate(JobsConfig config) {
        this.config = config;
    }

    @Override
    public void write(Path file, Unit unit, int year) throws IOException {
        try (XlsxDocument doc = FormHead.document(config)) {
            SheetWriter s = doc.sheet(String.valueOf(year));
            FormHead.lines(s, unit, "01/VỐN", "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH VỐN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM "
                    + year, year, true);
            header(s);
            List<Integer> leafRows = new ArrayList<>();
            int row = FIRST_ROW + 1;
            int p = 0;
            List<int[]> projectSpans = new ArrayList<>();
            for (Catalogue.Node project : config.catalogue().projects()) {
                p++;
                List<Catalogue.Node> subs = config.catalogue().children(project.code());
                int projectRow = row++;
                if (subs.isEmpty()) {
                    leaf(s, projectRow, roman(p), "Dự án " + p + ": " + project.name(), project.code(), true);
                    leafRows.add(projectRow);
                    continue;
                }
                int m = 0;
                for (Catalogue.Node sub : subs) {
                    m++;
                    leaf(s, row, String.valueOf(m), "Tiểu dự án " + m + ": " + sub.name(), sub.code(), false);
                    leafRows.add(row++);
                }
                subtotal(s, projectRow, roman(p), "Dự án " + p + ": " + project.name(), project.code(),
                        rangeRows(projectRow + 1, row - 1));
                projectSpans.add(new int[] {projectRow + 1, row - 1});
            }
            subtotal(s, FIRST_ROW, "", "TỔNG CỘNG", null, leafRows);
            s.dropdown(FIRST_ROW + 1, row - 1, 3, "ĐTPT", "SN");
            s.dropdown(FIRST_ROW + 1, row - 1, 4, "NSTW", "NSĐP");
            FormHead.signatures(s, row + 1, 1, 8);
            for (int c = 0; c < WIDTHS.length; c++) {
                s.width(c, WIDTHS[c]);
            }
            s.freeze(FIRST_ROW, 2).printA4Landscape(6, 8).protect();
            doc.save(file);
        }
    }

    private static List<Integer> rangeRows(int first, int last) {
        List<Integer> rows = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            rows.add(r);
        }
        return rows;
    }

    private static void header(SheetWriter s) {
        for (int c = 0; c < UPPER.length; c++) {
            s.text(6, c, UPPER[c], FormHead.HEAD);
            if (LOWER[c] == null) {
                s.blank(7, c, FormHead.HEAD).merge(6, 7, c, c);
            } else {
                s.text(7, c, LOWER[c], FormHead.HEAD);
            }
            s.text(8, c, "(" + (c + 1) + ")", FormHead.NUMBERING);
        }
        s.merge(6, 6, 5, 7).merge(6, 6, 8, 9);
        s.rowHeight(7, 45);
    }

    /** A row the clerk fills: figures and choices editable, the rest formulas. */
    private static void leaf(SheetWriter s, int r, String tt, String label, String code, boolean project) {
        Look text = project ? BOX.bold() : BOX;
        s.text(r, 0, tt, text.align(Look.Align.CENTER)).text(r, 1, label, text).text(r, 2, code, text);
        fitLabel(s, r, label);
        s.text(r, 3, "", BOX.editable()).text(r, 4, "", BOX.editable());
        for (int c : new int[] {5, 6, 8, 11}) {
            s.blank(r, c, INPUT);
        }
        s.blank(r, 12, BOX.editable());
        String f = ref(r, 5);
        String g = ref(r, 6);
        String h = ref(r, 7);
        String i = ref(r, 8);
        String l = ref(r, 11);
        // COUNT and SUM skip blanks, so an untouched row stays blank and reads as no figure at all.
        s.formula(r, 7, "IF(COUNT(" + f + "," + g + ")=0,\"\",SUM(" + f + "," + g + "))", null, FORMULA);
        s.formula(r, 9, "IF(OR(COUNT(" + h + ")=0,COUNT(" + i + ")=0),\"\",IF(" + h + "=0,\"\",ROUND(" + i + "/" + h
                + "*100,2)))", null, FORMULA.format(Look.Format.RATE));
        s.formula(r, 10, "IF(COUNT(" + h + ")=0,\"\"," + h + "-SUM(" + i + "," + l + "))", null, FORMULA);
    }

    /** A project or the total: sums of the rows it covers, nothing to type. */
    private static void subtotal(SheetWriter s, int r, String tt, String label, String code, List<Integer> rows) {
        s.text(r, 0, tt, BOX.bold().align(Look.Align.CENTER)).text(r, 1, label, BOX.bold()).text(r, 2, code == null ? "" : code, BOX.bold());
        fitLabel(s, r, label);
        s.blank(r, 3, BOX).blank(r, 4, BOX).blank(r, 12, BOX);
        for (int c : new int[] {5, 6, 7, 8, 10, 11}) {
            List<String> refs = new ArrayList<>();
            rows.forEach(x -> refs.add(ref(x, c)));
            s.formula(r, c, "SUM(" + String.join(",", refs) + ")", BigDecimal.ZERO, FORMULA.bold());
        }
        String h = ref(r, 7);
        s.formula(r, 9, "IF(" + h + "=0,\"\",ROUND(" + ref(r, 8) + "/" + h + "*100,2))", null,
                FORMULA.bold().format(Look.Format.RATE));
    }

    /** Long official names wrap; the row must be tall enough to show them whole. */
    private static void fitLabel(SheetWriter s, int r, String label) {
        int lines = (int) Math.ceil(label.length() / (double) (WIDTHS[1] - 4));
        if (lines > 1) {
            s.rowHeight(r, lines * 15f);
        }
    }

    private static String ref(int row, int col) {
        return CellRef.name(row, col);
    }

    private static String roman(int n) {
        String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n <= r.length ? r[n - 1] : String.valueOf(n);
    }
}
