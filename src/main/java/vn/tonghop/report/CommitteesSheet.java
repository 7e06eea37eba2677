package vn.tonghop.report;

import vn.tonghop.config.Layouts;
import vn.tonghop.config.Unit;
import vn.tonghop.config.Units;
import vn.tonghop.consolidate.Committee;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.SheetWriter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Biểu BCĐ: every commune of the district in the configured order, those that did not report
 * marked "chưa báo cáo"; TỔNG CỘNG counts the communes with a committee and sums the members.
 */
final class CommitteesSheet {

    private static final String[] HEADER = {"TT", "Xã, thị trấn", "Đã thành lập", "Quyết định thành lập (số, ký hiệu; ngày)",
        "Số thành viên", "Số lần kiện toàn", "Ghi chú"};
    private static final int[] WIDTHS = {6, 28, 12, 40, 12, 12, 20};
    private static final Look BOX = Look.CELL;

    void write(ScheduleSheet schedules, Layouts.Schedule layout, Units units, Map<String, Committee> committees) {
        SheetWriter s = schedules.document.sheet(layout.sheet());
        int last = HEADER.length - 1;
        schedules.heading(s, layout.appendix(), layout.title(), false, last);
        for (int c = 0; c < HEADER.length; c++) {
            s.text(5, c, HEADER[c], Look.HEADER).width(c, WIDTHS[c]);
        }
        List<Unit> communes = units.all().stream().filter(Unit::isCommune).toList();
        int first = 7;
        int lastRow = first + communes.size() - 1;
        // The total comes first on the page, and a streamed sheet is written from the top: add up before listing.
        int withCommittee = 0;
        int members = 0;
        for (Unit unit : communes) {
            Committee c = committees.get(unit.code());
            withCommittee += c != null && Boolean.TRUE.equals(c.established()) ? 1 : 0;
            members += c == null || c.members() == null ? 0 : c.members();
        }
        Look bold = BOX.bold();
        s.blank(6, 0, bold).text(6, 1, "TỔNG CỘNG", bold.align(Look.Align.CENTER))
                .formula(6, 2, "COUNTIF(C" + (first + 1) + ":C" + (lastRow + 1) + ",\"Có\")", BigDecimal.valueOf(withCommittee),
                        bold.format(Look.Format.INTEGER))
                .blank(6, 3, bold)
                .formula(6, 4, "SUM(E" + (first + 1) + ":E" + (lastRow + 1) + ")", BigDecimal.valueOf(members),
                        bold.format(Look.Format.INTEGER))
                .blank(6, 5, bold).blank(6, 6, bold);
        int row = first;
        int n = 0;
        for (Unit unit : communes) {
            Committee c = committees.get(unit.code());
            s.text(row, 0, String.valueOf(++n), BOX.align(Look.Align.CENTER)).text(row, 1, unit.name(), BOX);
            if (c == null) {
                s.blank(row, 2, BOX).blank(row, 3, BOX).blank(row, 4, BOX).blank(row, 5, BOX)
                        .text(row, 6, "chưa báo cáo", BOX.italic().fill(Look.Fill.WARNING));
            } else {
                boolean yes = Boolean.TRUE.equals(c.established());
                s.text(row, 2, c.established() == null ? "" : yes ? "Có" : "Chưa", BOX.align(Look.Align.CENTER))
                        .text(row, 3, c.decision(), BOX)
                        .number(row, 4, c.members() == null ? null : BigDecimal.valueOf(c.members()), BOX.format(Look.Format.INTEGER))
                        .number(row, 5, c.reformed() == null ? null : BigDecimal.valueOf(c.reformed()), BOX.format(Look.Format.INTEGER))
                        .text(row, 6, c.note(), BOX);
            }
            row++;
        }
        schedules.signature(s, row + 1, last);
        s.freeze(7, 2).printA4Landscape(5, 5);
    }
}
