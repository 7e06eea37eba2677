package vn.tonghop.report;

import vn.tonghop.config.Layouts;
import vn.tonghop.config.Unit;
import vn.tonghop.config.Units;
import vn.tonghop.consolidate.Document;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.SheetWriter;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Phụ lục I: the documents issued to steer the programme, one row per document, I. at district
 * level, II. by commune, each sorted by date.
 */
final class DocumentsSheet {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] HEADER = {"TT", "Số, ký hiệu văn bản", "Ngày ban hành", "Cơ quan ban hành",
        "Trích yếu nội dung", "Đơn vị báo cáo", "Ghi chú"};
    /** 123 width units: A4 landscape at 85 %, so its 12 pt text prints at 10 pt; the texts wrap. */
    private static final int[] WIDTHS = {5, 16, 11, 20, 43, 18, 10};
    private static final Look BOX = Look.CELL;

    void write(ScheduleSheet schedules, Layouts.Schedule layout, Units units, List<Document> documents) {
        SheetWriter s = schedules.document.sheet(layout.sheet());
        int last = HEADER.length - 1;
        schedules.heading(s, layout.appendix(), layout.title(), false, last);
        int row = 5;
        for (int c = 0; c < HEADER.length; c++) {
            s.text(row, c, HEADER[c], Look.HEADER).width(c, WIDTHS[c]);
        }
        row++;
        List<Document> district = documents.stream().filter(d -> d.reportedBy().stream().anyMatch(u -> !isCommune(units, u))).toList();
        row = group(s, row, "I", "Cấp huyện", district, units);
        s.text(row, 0, "II", BOX.bold().align(Look.Align.CENTER)).text(row, 1, "Cấp xã", BOX.bold());
        blankRest(s, row++, 2);
        for (String commune : units.codes()) {
            if (!isCommune(units, commune)) {
                continue;
            }
            List<Document> mine = documents.stream().filter(d -> !district.contains(d) && d.reportedBy().contains(commune)).toList();
            if (!mine.isEmpty()) {
                row = group(s, row, "", units.nameOf(commune), mine, units);
            }
        }
        schedules.signature(s, row + 1, last);
        s.freeze(6, 0).printA4Landscape(5, 5).numberedWithin(layout.appendix());
    }

    private static int group(SheetWriter s, int row, String tt, String title, List<Document> documents, Units units) {
        s.text(row, 0, tt, BOX.bold().align(Look.Align.CENTER)).text(row, 1, title, BOX.bold());
        blankRest(s, row++, 2);
        int n = 0;
        for (Document d : documents) {
            String reporters = String.join("; ", d.reportedBy().stream().map(units::nameOf).toList());
            s.text(row, 0, String.valueOf(++n), BOX.align(Look.Align.CENTER))
                    .text(row, 1, d.number(), BOX)
                    .text(row, 2, d.date() == null ? "" : DATE.format(d.date()), BOX.align(Look.Align.CENTER))
                    .text(row, 3, d.issuer(), BOX)
                    .text(row, 4, d.summary(), BOX)
                    .text(row, 5, reporters, BOX)
                    .blank(row, 6, BOX);
            int lines = Math.max(lines(d.summary(), 4), Math.max(lines(d.issuer(), 3), Math.max(lines(d.number(), 1),
                    lines(reporters, 5))));
            s.rowHeight(row, lines * 16f);
            row++;
        }
        return row;
    }

    /** Lines a wrapped cell takes: Times New Roman sets about 1.45 characters of 12 pt Vietnamese a width unit. */
    private static int lines(String text, int col) {
        return text == null || text.isEmpty() ? 1 : (int) Math.ceil(text.length() / ((WIDTHS[col] - 1) * 1.3));
    }

    private static void blankRest(SheetWriter s, int row, int from) {
        for (int c = from; c < HEADER.length; c++) {
            s.blank(row, c, BOX);
        }
    }

    private static boolean isCommune(Units units, String code) {
        return units.byCode(code).map(Unit::isCommune).orElse(false);
    }
}
