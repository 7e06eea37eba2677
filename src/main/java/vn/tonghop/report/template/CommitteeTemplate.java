package vn.tonghop.report.template;

import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Unit;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.SheetWriter;
import vn.tonghop.excel.write.XlsxDocument;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Blank Biểu 04/BCĐ: a commune reports one row about itself, its name filled in; a department gets
 * rows to name the units it reports for.
 */
final class CommitteeTemplate implements FormTemplate {

    static final int DEPARTMENT_ROWS = 20;
    private static final String[] HEADERS = {"TT", "Đơn vị", "Đã thành lập", "Quyết định thành lập",
        "Số thành viên", "Số lần kiện toàn", "Ghi chú"};
    private static final int[] WIDTHS = {6, 30, 12, 34, 12, 12, 18};

    private final JobsConfig config;

    CommitteeTemplate(JobsConfig config) {
        this.config = config;
    }

    @Override
    public void write(Path file, Unit unit, int year) throws IOException {
        try (XlsxDocument doc = FormHead.document(config)) {
            SheetWriter s = doc.sheet("04-BCĐ");
            FormHead.lines(s, unit, "04/BCĐ", "TÌNH HÌNH THÀNH LẬP, KIỆN TOÀN BAN CHỈ ĐẠO CHƯƠNG TRÌNH MTQG GIẢM NGHÈO"
                    + " BỀN VỮNG", year, false);
            int first = FormHead.columns(s, HEADERS, WIDTHS);
            int rows = unit.isCommune() ? 1 : DEPARTMENT_ROWS;
            FormHead.blankRows(s, first, rows, HEADERS.length);
            if (unit.isCommune()) {
                s.text(first, 0, "1", FormHead.BOX.align(Look.Align.CENTER)).text(first, 1, unit.name(), FormHead.BOX);
            }
            for (int r = first; r < first + rows; r++) {
                s.blank(r, 4, FormHead.BOX.format(Look.Format.INTEGER).editable());
                s.blank(r, 5, FormHead.BOX.format(Look.Format.INTEGER).editable());
            }
            s.dropdown(first, first + rows - 1, 2, "Có", "Chưa");
            FormHead.signatures(s, first + rows + 1, 1, 3);
            s.freeze(first, 0).printA4Landscape(FormHead.HEADER_ROW, FormHead.HEADER_ROW + 1).protect();
            doc.save(file);
        }
    }
}
