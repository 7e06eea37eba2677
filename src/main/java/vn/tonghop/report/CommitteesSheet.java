package vn.tonghop.report;

import vn.tonghop.config.Layouts;
import vn.tonghop.config.Unit;
import vn.tonghop.consolidate.BasisUnits;
import vn.tonghop.consolidate.Committee;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.SheetWriter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Biểu BCĐ: every commune in force on the basis date in the configured order, those that did not report
 * marked "chưa báo cáo"; under a commune that succeeded others, their committees as reported, since a
 * committee is not added up; TỔNG CỘNG counts the rows with a committee and sums the members.
 */
final class CommitteesSheet {

    private static final String[] HEADER = {"TT", "Xã, phường, thị trấn", "Đã thành lập",
        "Quyết định thành lập (số, ký hiệu; ngày)", "Số thành viên", "Số lần kiện toàn", "Ghi chú"};
    /** 123 width units, as the cover's: A4 landscape one page wide prints its 12 pt at 10 pt or more. */
    private static final int[] WIDTHS = {6, 28, 11, 36, 11, 11, 20};
    /** Points per wrapped line at the sheet's font size. */
    private static final float LINE = 15f;
    private static final Look BOX = Look.CELL;

    /** A row: a listed unit with its own report (null: none), or a predecessor's report under it. */
    private record Entry(String tt, String label, Committee committee, boolean predecessor) {
    }

    void write(ScheduleSheet schedules, Layouts.Schedule layout, BasisUnits basis, Map<String, Committee> committees) {
        SheetWriter s = schedules.document.sheet(layout.sheet());
        int last = HEADER.length - 1;
        schedules.heading(s, layout.appendix(), layout.title(), false, last);
        for (int c = 0; c < HEADER.length; c++) {
            s.text(5, c, HEADER[c], Look.HEADER).width(c, WIDTHS[c]);
        }
        s.rowHeight(5, 2 * LINE + 2);
        Map<String, List<Committee>> byLine = new LinkedHashMap<>();
        committees.values().forEach(c -> byLine.computeIfAbsent(basis.carryTerm(c.unitCode(), c.term()), k -> new ArrayList<>())
                .add(c));
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        for (String line : basis.lines(Unit::isCommune, byLine.keySet())) {
            List<Committee> reported = byLine.getOrDefault(line, List.of());
            // The line's own unit's committee: reported under its code in its own term, not by the unit the code was before.
            String itself = basis.unit(line).map(Unit::dated).orElse(null);
            Committee own = reported.stream().filter(c -> basis.reportedBy(c.unitCode(), c.term()).equals(itself))
                    .findFirst().orElse(null);
            entries.add(new Entry(String.valueOf(++n), basis.label(line), own, false));
            for (Committee c : reported) {
                if (c != own) {
                    entries.add(new Entry("-", basis.reportedBy(c.unitCode(), c.term()), c, true));
                }
            }
        }
        int first = 7;
        int lastRow = first + entries.size() - 1;
        // The total comes first on the page, and a streamed sheet is written from the top: add up before listing.
        int withCommittee = 0;
        int members = 0;
        for (Entry e : entries) {
            Committee c = e.committee();
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
        for (Entry e : entries) {
            Committee c = e.committee();
            Look text = e.predecessor() ? BOX.italic() : BOX;
            s.text(row, 0, e.tt(), BOX.align(Look.Align.CENTER)).text(row, 1, e.label(), text);
            // A row a program wrote does not grow with its wrapped text: "Xã Mồ Sì San (03553, đến 30/06/2025)".
            int lines = Math.max(CoverSheet.wrappedLines(e.label(), WIDTHS[1]),
                    c == null ? 1 : CoverSheet.wrappedLines(c.decision(), WIDTHS[3]));
            s.rowHeight(row, lines * LINE);
            if (c == null) {
                s.blank(row, 2, BOX).blank(row, 3, BOX).blank(row, 4, BOX).blank(row, 5, BOX)
                        .text(row, 6, "chưa báo cáo", BOX.italic().fill(Look.Fill.WARNING));
            } else {
                boolean yes = Boolean.TRUE.equals(c.established());
                s.text(row, 2, c.established() == null ? "" : yes ? "Có" : "Chưa", BOX.align(Look.Align.CENTER))
                        .text(row, 3, c.decision(), text)
                        .number(row, 4, c.members() == null ? null : BigDecimal.valueOf(c.members()), BOX.format(Look.Format.INTEGER))
                        .number(row, 5, c.reformed() == null ? null : BigDecimal.valueOf(c.reformed()), BOX.format(Look.Format.INTEGER))
                        .text(row, 6, e.predecessor() ? "trước sắp xếp" + (c.note() == null || c.note().isBlank() ? "" : "; " + c.note()) : c.note(), text);
            }
            row++;
        }
        schedules.signature(s, row + 1, last);
        s.freeze(7, 2).printA4Landscape(5, 5).numberedWithin(layout.appendix());
    }
}
