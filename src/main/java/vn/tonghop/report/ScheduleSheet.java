package vn.tonghop.report;

import vn.tonghop.config.ReportSettings;
import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.Look;
import vn.tonghop.excel.SheetWriter;
import vn.tonghop.excel.XlsxDocument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Writes one appendix schedule the way district reports look: the issuer and appendix name, the
 * title, the attachment line, merged header groups over a row of column numbers, TỔNG CỘNG first,
 * parent rows as live formulas with cached values, and the signature block; printed A4 landscape.
 */
final class ScheduleSheet {

    private static final int HEADER_ROW = 5;
    private static final Look BORDER = Look.CELL;
    private static final Look HEAD = Look.HEADER;

    final XlsxDocument document;
    private final ReportSettings settings;

    ScheduleSheet(XlsxDocument document, ReportSettings settings) {
        this.document = document;
        this.settings = settings;
    }

    void write(String sheetName, String appendix, String title, boolean money, List<ScheduleColumn> columns,
               ScheduleLine total) {
        SheetWriter sheet = document.sheet(sheetName);
        int last = columns.size() - 1;
        heading(sheet, appendix, title, money, last);
        header(sheet, columns);
        List<ScheduleLine> lines = new ArrayList<>();
        flatten(total, lines);
        int first = HEADER_ROW + 3;
        Map<ScheduleLine, Integer> rowOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            rowOf.put(lines.get(i), first + i);
        }
        Set<Integer> empty = emptyColumns(columns, lines);
        for (ScheduleLine line : lines) {
            writeLine(sheet, columns, line, rowOf, empty);
            sheet.rowHeight(rowOf.get(line), lineHeight(line, columns));
        }
        signature(sheet, first + lines.size() + 1, last);
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, columns.get(c).width());
        }
        sheet.freeze(HEADER_ROW + 3, 2);
        sheet.printA4Landscape(HEADER_ROW, HEADER_ROW + 2);
    }

    void heading(SheetWriter sheet, String appendix, String title, boolean money, int last) {
        sheet.text(0, 0, settings.issuer(), Look.PLAIN.bold().align(Look.Align.CENTER)).merge(0, 0, 0, 1);
        // A narrow table (a night with no year yet) must not merge the appendix name over the issuer.
        int right = Math.max(2, last - 2);
        sheet.text(0, right, appendix, Look.PLAIN.bold().align(Look.Align.RIGHT)).merge(0, 0, right, Math.max(right, last));
        sheet.text(1, 0, title, Look.PLAIN.bold().align(Look.Align.CENTER).wrap().size(1)).merge(1, 1, 0, last);
        sheet.rowHeight(1, 36);
        sheet.text(2, 0, settings.attachmentLine(), Look.PLAIN.italic().align(Look.Align.CENTER)).merge(2, 2, 0, last);
        if (money) {
            int from = Math.max(0, last - 3);
            sheet.text(3, from, "Đơn vị tính: Triệu đồng", Look.PLAIN.italic().align(Look.Align.RIGHT))
                    .merge(3, 3, from, Math.max(from, last));
        }
    }

    /** Two header rows (merged groups over sub-columns) and the row of column numbers with their relations. */
    private static void header(SheetWriter sheet, List<ScheduleColumn> columns) {
        int c = 0;
        while (c < columns.size()) {
            ScheduleColumn col = columns.get(c);
            if (col.group() == null) {
                sheet.text(HEADER_ROW, c, col.title(), HEAD).blank(HEADER_ROW + 1, c, HEAD)
                        .merge(HEADER_ROW, HEADER_ROW + 1, c, c);
                c++;
                continue;
            }
            int end = c;
            while (end + 1 < columns.size() && col.group().equals(columns.get(end + 1).group())) {
                end++;
            }
            sheet.text(HEADER_ROW, c, col.group(), HEAD);
            for (int k = c; k <= end; k++) {
                if (k > c) {
                    sheet.blank(HEADER_ROW, k, HEAD);
                }
                sheet.text(HEADER_ROW + 1, k, columns.get(k).title(), HEAD);
            }
            sheet.merge(HEADER_ROW, HEADER_ROW, c, end);
            c = end + 1;
        }
        sheet.rowHeight(HEADER_ROW + 1, 48);
        List<String> numbers = numbers(columns);
        for (int k = 0; k < columns.size(); k++) {
            sheet.text(HEADER_ROW + 2, k, numbers.get(k), BORDER.italic().align(Look.Align.CENTER));
        }
    }

    static List<String> numbers(List<ScheduleColumn> columns) {
        List<String> out = new ArrayList<>();
        int[] number = new int[columns.size()];
        int n = 0;
        char letter = 'A';
        for (int k = 0; k < columns.size(); k++) {
            ScheduleColumn col = columns.get(k);
            switch (col.kind()) {
                case TT, LABEL, NOTE -> out.add(String.valueOf(letter++));
                case VALUE -> {
                    number[k] = ++n;
                    out.add(String.valueOf(n));
                }
                case ROW_SUM -> {
                    number[k] = ++n;
                    StringBuilder sb = new StringBuilder(n + "=");
                    for (int i = 0; i < col.refs().size(); i++) {
                        sb.append(i == 0 ? "" : "+").append(number[col.refs().get(i)]);
                    }
                    out.add(sb.toString());
                }
                case RATE -> {
                    number[k] = ++n;
                    out.add(n + "=" + number[col.refs().get(0)] + "/" + number[col.refs().get(1)]);
                }
            }
        }
        return out;
    }

    private static void flatten(ScheduleLine line, List<ScheduleLine> out) {
        out.add(line);
        line.children().forEach(child -> flatten(child, out));
    }

    /** Value columns with no figure at all (the medium-term plan before a register arrives) stay blank, not 0. */
    private static Set<Integer> emptyColumns(List<ScheduleColumn> columns, List<ScheduleLine> lines) {
        Set<Integer> empty = new HashSet<>();
        for (int c = 0; c < columns.size(); c++) {
            final int col = c;
            if (columns.get(c).kind() == ScheduleColumn.Kind.VALUE && lines.stream().allMatch(l -> l.value(col) == null)) {
                empty.add(c);
            }
        }
        return empty;
    }

    /** Wrapped labels need taller rows; a viewer does not grow rows that a program wrote. */
    private float lineHeight(ScheduleLine line, List<ScheduleColumn> columns) {
        int width = 10;
        for (ScheduleColumn c : columns) {
            if (c.kind() == ScheduleColumn.Kind.LABEL) {
                width = c.width();
            }
        }
        int lines = Math.max(1, (int) Math.ceil(line.label().length() * 1.1 / Math.max(1, width - 2)));
        return lines * (settings.fontSize() + 4f);
    }

    private static void writeLine(SheetWriter sheet, List<ScheduleColumn> columns, ScheduleLine line,
                                  Map<ScheduleLine, Integer> rowOf, Set<Integer> empty) {
        int row = rowOf.get(line);
        boolean bold = line.level() == ScheduleLine.Level.TOTAL || line.level() == ScheduleLine.Level.PROJECT;
        Look text = bold ? BORDER.bold() : BORDER;
        Look amount = text.format(Look.Format.AMOUNT);
        Look rate = text.format(Look.Format.RATE);
        for (int c = 0; c < columns.size(); c++) {
            ScheduleColumn col = columns.get(c);
            switch (col.kind()) {
                case TT -> sheet.text(row, c, line.tt(), text.align(Look.Align.CENTER));
                case LABEL -> sheet.text(row, c, line.label(), line.level() == ScheduleLine.Level.TOTAL
                        ? text.align(Look.Align.CENTER) : text);
                case NOTE -> sheet.blank(row, c, text);
                case VALUE -> {
                    if (empty.contains(c)) {
                        sheet.blank(row, c, amount);
                    } else if (line.children().isEmpty()) {
                        sheet.number(row, c, line.value(c), amount);
                    } else {
                        List<String> refs = new ArrayList<>();
                        for (ScheduleLine child : line.children()) {
                            refs.add(CellRef.name(rowOf.get(child), c));
                        }
                        sheet.formula(row, c, "SUM(" + String.join(",", refs) + ")", cached(line, c, columns), amount);
                    }
                }
                case ROW_SUM -> {
                    List<String> refs = new ArrayList<>();
                    col.refs().forEach(r -> refs.add(CellRef.name(row, r)));
                    if (refs.isEmpty()) {
                        // A cumulative over no year at all: a night before any report arrived.
                        sheet.number(row, c, BigDecimal.ZERO, amount);
                    } else {
                        sheet.formula(row, c, String.join("+", refs), cached(line, c, columns), amount);
                    }
                }
                case RATE -> {
                    String num = CellRef.name(row, col.refs().get(0));
                    String den = CellRef.name(row, col.refs().get(1));
                    sheet.formula(row, c, "IF(" + den + "=0,\"\"," + num + "/" + den + "*100)", cached(line, c, columns), rate);
                }
            }
        }
        line.comments().forEach((c, texts) -> sheet.comment(row, c, String.join("\n", texts)));
    }

    /** The value a formula cell computes, in decimal arithmetic; null for the empty text of a rate over zero. */
    static BigDecimal cached(ScheduleLine line, int c, List<ScheduleColumn> columns) {
        ScheduleColumn col = columns.get(c);
        return switch (col.kind()) {
            case VALUE -> {
                if (line.children().isEmpty()) {
                    yield line.value(c) == null ? BigDecimal.ZERO : line.value(c);
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (ScheduleLine child : line.children()) {
                    sum = sum.add(cached(child, c, columns));
                }
                yield sum;
            }
            case ROW_SUM -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (int r : col.refs()) {
                    sum = sum.add(cached(line, r, columns));
                }
                yield sum;
            }
            case RATE -> {
                BigDecimal den = cached(line, col.refs().get(1), columns);
                yield den.signum() == 0 ? null
                        : cached(line, col.refs().get(0), columns).multiply(BigDecimal.valueOf(100))
                            .divide(den, 10, RoundingMode.HALF_UP);
            }
            default -> BigDecimal.ZERO;
        };
    }

    void signature(SheetWriter sheet, int row, int last) {
        Look bold = Look.PLAIN.bold().align(Look.Align.CENTER);
        for (int i = 0; i < settings.signatureLeft().size(); i++) {
            sheet.text(row + i, 1, settings.signatureLeft().get(i), bold);
        }
        for (int i = 0; i < settings.signatureRight().size(); i++) {
            int from = Math.max(2, last - 3);
            sheet.text(row + i, from, settings.signatureRight().get(i), bold).merge(row + i, row + i, from, Math.max(from, last));
        }
    }
}
