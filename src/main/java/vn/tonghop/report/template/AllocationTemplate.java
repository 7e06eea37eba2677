package vn.tonghop.report.template;

import vn.tonghop.config.Catalogue;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Unit;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.SheetWriter;
import vn.tonghop.excel.write.XlsxDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Blank Biểu 05/GV for the finance office: the allocation register, one line per unit, project, fund,
 * source and year, and the sheet "Kế hoạch trung hạn" with a line per project and fund to fill.
 */
final class AllocationTemplate implements FormTemplate {

    static final int ROWS = 60;
    private static final String[] REGISTER = {"TT", "Đơn vị thực hiện", "Mã dự án", "Loại vốn", "Nguồn vốn", "Năm",
        "Số vốn giao", "Quyết định giao vốn"};
    private static final int[] REGISTER_WIDTHS = {6, 40, 10, 9, 9, 8, 14, 36};
    private static final String[] PLAN = {"Dự án", "Tên dự án", "Loại vốn", "Nguồn vốn", "Kế hoạch trung hạn 2021-2025",
        "Ghi chú"};
    private static final int[] PLAN_WIDTHS = {10, 60, 9, 9, 16, 16};
    private static final Look AMOUNT = FormHead.BOX.format(Look.Format.AMOUNT).editable();

    private final JobsConfig config;

    AllocationTemplate(JobsConfig config) {
        this.config = config;
    }

    @Override
    public void write(Path file, Unit unit, int year) throws IOException {
        try (XlsxDocument doc = FormHead.document(config)) {
            register(doc.sheet("Giao vốn"), unit, year);
            plan(doc.sheet("Kế hoạch trung hạn"), unit, year);
            doc.save(file);
        }
    }

    private void register(SheetWriter s, Unit unit, int year) {
        FormHead.lines(s, unit, "05/GV", "KẾ HOẠCH VỐN GIAO CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG", year, true);
        int first = FormHead.columns(s, REGISTER, REGISTER_WIDTHS);
        FormHead.blankRows(s, first, ROWS, REGISTER.length);
        int last = first + ROWS - 1;
        for (int r = first; r <= last; r++) {
            s.blank(r, 5, FormHead.BOX.format(Look.Format.INTEGER).editable()).blank(r, 6, AMOUNT);
        }
        List<String> leaves = config.catalogue().all().stream().map(Catalogue.Node::code)
                .filter(config.catalogue()::isLeaf).toList();
        s.dropdown(first, last, 2, leaves.toArray(String[]::new));
        s.dropdown(first, last, 3, "ĐTPT", "SN").dropdown(first, last, 4, "NSTW", "NSĐP");
        FormHead.signatures(s, last + 2, 1, 6);
        s.freeze(first, 0).printA4Landscape(FormHead.HEADER_ROW, FormHead.HEADER_ROW + 1).protect();
    }

    /** A line per project for each fund type; a line left without a figure is not read. */
    private void plan(SheetWriter s, Unit unit, int year) {
        FormHead.lines(s, unit, "05/GV", "KẾ HOẠCH VỐN TRUNG HẠN GIAI ĐOẠN 2021-2025", year, true);
        int r = FormHead.columns(s, PLAN, PLAN_WIDTHS);
        int first = r;
        for (Catalogue.Node project : config.catalogue().projects()) {
            for (String fund : new String[] {"ĐTPT", "SN"}) {
                s.text(r, 0, project.code(), FormHead.BOX).text(r, 1, project.name(), FormHead.BOX)
                        .text(r, 2, fund, FormHead.BOX).text(r, 3, "NSTW", FormHead.BOX.editable())
                        .blank(r, 4, AMOUNT).blank(r, 5, FormHead.BOX.editable());
                r++;
            }
        }
        s.dropdown(first, r - 1, 3, "NSTW", "NSĐP");
        FormHead.signatures(s, r + 1, 1, 4);
        s.freeze(first, 0).printA4Landscape(FormHead.HEADER_ROW, FormHead.HEADER_ROW + 1).protect();
    }
}
