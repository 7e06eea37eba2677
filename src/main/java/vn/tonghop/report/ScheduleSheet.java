package vn.tonghop.report;

import vn.tonghop.config.Layouts;
import vn.tonghop.config.ReportSettings;
import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.SheetWriter;
import vn.tonghop.excel.write.XlsxDocument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes one appendix schedule the way district reports look: the issuer and appendix name, the
 * title, the attachment line, merged header groups over a row of column numbers, TỔNG CỘNG first,
 * parent rows as live formulas with cached values, and the signature block; printed A4 landscape.
 */
final class ScheduleSheet {

    private static final int HEADER_ROW = 5;
    /** Excel takes at most 255 arguments in a function call. */
    private static final int MAX_ARGUMENTS = 255;
    private static final Look BORDER = Look.CELL;
    private static final Look HEAD = Look.HEADER;
    /** The header's last row, where the columns' own titles wrap. */
    private static final float HEADER_HEIGHT = 48;
    /** The title's row, tall enough for two lines. */
    private static final float TITLE_HEIGHT = 36;

    final XlsxDocument document;
    private final ReportSettings settings;

    ScheduleSheet(XlsxDocument document, ReportSettings settings) {
        this.document = document;
        this.settings = settings;
    }

    void write(Layouts.Schedule layout, boolean money, List<ScheduleColumn> columns, ScheduleLine total) {
        write(layout, money, columns, List.of(total));
    }

    /** A schedule whose top rows are not summed into one total (the indicators of Phụ lục II). */
    void write(Layouts.Schedule layout, boolean money, List<ScheduleColumn> columns, List<ScheduleLine> tops) {
        SheetWriter sheet = document.sheet(layout.sheet());
        int last = columns.size() - 1;
        PagesAcross pages = PagesAcross.of(columns);
        // Merged over every page across, the title printed on whichever page held the middle of it, not the first.
        heading(sheet, layout.appendix(), layout.title(), money, pages.breakAfter().isEmpty() ? last : pages.breakAfter().get(0));
        int depth = columns.stream().anyMatch(c -> c.subgroup() != null) ? 3 : 2;
        header(sheet, columns, depth);
        List<ScheduleLine> lines = new ArrayList<>();
        tops.forEach(top -> flatten(top, lines));
        int first = HEADER_ROW + depth + 1;
        Map<ScheduleLine, Integer> rowOf = new IdentityHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            rowOf.put(lines.get(i), first + i);
        }
        Set<Integer> empty = emptyColumns(columns, lines);
        List<Float> heights = new ArrayList<>();
        for (ScheduleLine line : lines) {
            writeLine(sheet, columns, line, rowOf, empty);
            heights.add(lineHeight(line, columns));
            sheet.rowHeight(rowOf.get(line), heights.get(heights.size() - 1));
        }
        signature(sheet, first + lines.size() + 1, last);
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, columns.get(c).width());
        }
        sheet.freeze(first, 2);
        sheet.printA4LandscapeAcross(HEADER_ROW, HEADER_ROW + depth, pages.labels(), pages.breakAfter(), pages.scale(),
                layout.appendix());
        float row = lineOfText();
        // Rows 0–4: the issuer, the title, the attachment line, the unit of money and a blank.
        double repeated = (depth - 1) * row + HEADER_HEIGHT + row;
        List<Boolean> starts = lines.stream().map(l -> l.level() == ScheduleLine.Level.PROJECT).toList();
        PagesDown.breaks(4 * row + TITLE_HEIGHT + repeated, repeated, heights, starts, pages.scale())
                .forEach(i -> sheet.breakBefore(first + i));
    }

    void heading(SheetWriter sheet, String appendix, String title, boolean money, int last) {
        sheet.text(0, 0, settings.issuer(), Look.PLAIN.bold().align(Look.Align.CENTER)).merge(0, 0, 0, 1);
        // A narrow table (a night with no year yet) must not merge the appendix name over the issuer.
        int right = Math.max(2, last - 2);
        sheet.text(0, right, appendix, Look.PLAIN.bold().align(Look.Align.RIGHT)).merge(0, 0, right, Math.max(right, last));
        sheet.text(1, 0, title, Look.PLAIN.bold().align(Look.Align.CENTER).wrap().size(1)).merge(1, 1, 0, last);
        sheet.rowHeight(1, TITLE_HEIGHT);
        sheet.text(2, 0, settings.attachmentLine(), Look.PLAIN.italic().align(Look.Align.CENTER)).merge(2, 2, 0, last);
        if (money) {
            int from = Math.max(0, last - 3);
            sheet.text(3, from, "Đơn vị tính: Triệu đồng", Look.PLAIN.italic().align(Look.Align.RIGHT))
                    .merge(3, 3, from, Math.max(from, last));
        }
    }

    /**
     * The header rows — merged groups, then (with depth 3) merged subgroups, then the columns'
     * own titles; a header cell with nothing under it is merged down — and the row of column
     * numbers with their relations.
     */
    private static void header(SheetWriter sheet, List<ScheduleColumn> columns, int depth) {
        int last = HEADER_ROW + depth - 1;
        int c = 0;
        while (c < columns.size()) {
            ScheduleColumn col = columns.get(c);
            if (col.group() == null) {
                headed(sheet, col.title(), HEADER_ROW, last, c, c);
                c++;
                continue;
            }
            int end = run(columns, c, ScheduleColumn::group);
            headed(sheet, col.group(), HEADER_ROW, HEADER_ROW, c, end);
            int k = c;
            while (k <= end) {
                ScheduleColumn sub = columns.get(k);
                if (sub.subgroup() == null) {
                    headed(sheet, sub.title(), HEADER_ROW + 1, last, k, k);
                    k++;
                    continue;
                }
                int subEnd = Math.min(end, run(columns, k, ScheduleColumn::subgroup));
                headed(sheet, sub.subgroup(), HEADER_ROW + 1, HEADER_ROW + 1, k, subEnd);
                for (int t = k; t <= subEnd; t++) {
                    sheet.text(last, t, columns.get(t).title(), HEAD);
                }
                k = subEnd + 1;
            }
            c = end + 1;
        }
        sheet.rowHeight(last, HEADER_HEIGHT);
        List<String> numbers = numbers(columns);
        for (int k = 0; k < columns.size(); k++) {
            sheet.text(last + 1, k, numbers.get(k), BORDER.italic().align(Look.Align.CENTER));
        }
    }

    /** The last column of the run of columns from {@code from} that share the same non-null header text. */
    private static int run(List<ScheduleColumn> columns, int from, Function<ScheduleColumn, String> text) {
        int end = from;
        while (end + 1 < columns.size() && text.apply(columns.get(from)).equals(text.apply(columns.get(end + 1)))) {
            end++;
        }
        return end;
    }

    /** A header text over rows and columns, every covered cell shaded and bordered, merged when it spans. */
    private static void headed(SheetWriter sheet, String text, int firstRow, int lastRow, int firstCol, int lastCol) {
        for (int r = firstRow; r <= lastRow; r++) {
            for (int k = firstCol; k <= lastCol; k++) {
                if (r == firstRow && k == firstCol) {
                    sheet.text(r, k, text, HEAD);
                } else {
                    sheet.blank(r, k, HEAD);
                }
            }
        }
        if (lastRow > firstRow || lastCol > firstCol) {
            sheet.merge(firstRow, lastRow, firstCol, lastCol);
        }
    }

    /** Letters for text columns, numbers for figures, with relations ("1=2+3", "7=4/1") by the numbers they refer to. */
    static List<String> numbers(List<ScheduleColumn> columns) {
        int[] number = new int[columns.size()];
        int n = 0;
        for (int k = 0; k < columns.size(); k++) {
            switch (columns.get(k).kind()) {
                case VALUE, ROW_SUM, RATE -> number[k] = ++n;
                default -> { }
            }
        }
        List<String> out = new ArrayList<>();
        char letter = 'A';
        for (int k = 0; k < columns.size(); k++) {
            ScheduleColumn col = columns.get(k);
            switch (col.kind()) {
                case TT, LABEL, MEASURE, NOTE -> out.add(String.valueOf(letter++));
                case VALUE -> out.add(String.valueOf(number[k]));
                case ROW_SUM -> {
                    StringBuilder sb = new StringBuilder(number[k] + "=");
                    for (int i = 0; i < col.refs().size(); i++) {
                        sb.append(i == 0 ? "" : "+").append(number[col.refs().get(i)]);
                    }
                    out.add(sb.toString());
                }
                case RATE -> out.add(number[k] + "=" + number[col.refs().get(0)] + "/" + number[col.refs().get(1)]);
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
            if (columns.get(c).kind() == ScheduleColumn.Kind.VALUE
                    && lines.stream().allMatch(l -> l.value(col) == null && l.fixed(col) == null)) {
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
        return lines * lineOfText();
    }

    /** A row of one line of the schedule's text. */
    private float lineOfText() {
        return settings.fontSize() + 4f;
    }

    private static void writeLine(SheetWriter sheet, List<ScheduleColumn> columns, ScheduleLine line,
                                  Map<ScheduleLine, Integer> rowOf, Set<Integer> empty) {
        int row = rowOf.get(line);
        boolean bold = line.level() == ScheduleLine.Level.TOTAL || line.level() == ScheduleLine.Level.PROJECT;
        Look text = bold ? BORDER.bold() : BORDER;
        Look amount = text.format(line.decimals() ? Look.Format.RATE : Look.Format.AMOUNT);
        Look rate = text.format(Look.Format.RATE);
        for (int c = 0; c < columns.size(); c++) {
            ScheduleColumn col = columns.get(c);
            switch (col.kind()) {
                case TT -> sheet.text(row, c, line.tt(), text.align(Look.Align.CENTER));
                case LABEL -> sheet.text(row, c, line.label(), line.level() == ScheduleLine.Level.TOTAL
                        ? text.align(Look.Align.CENTER) : text);
                case MEASURE -> sheet.text(row, c, line.measure(), text.align(Look.Align.CENTER));
                case NOTE -> sheet.blank(row, c, text);
                case VALUE -> {
                    if (empty.contains(c)) {
                        sheet.blank(row, c, amount);
                    } else if (line.children().isEmpty() || line.fixed(c) != null) {
                        sheet.number(row, c, line.fixed(c) != null ? line.fixed(c) : line.value(c), amount);
                    } else {
                        List<Integer> rows = line.children().stream().map(rowOf::get).toList();
                        sheet.formula(row, c, sumOf(rows, c), cached(line, c, columns), amount);
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

    /**
     * SUM over the given rows of a column: runs of adjacent rows as one range (C9:C4008), and more
     * than Excel's 255 arguments nested in SUMs of at most 255, as a national list of units needs.
     */
    static String sumOf(List<Integer> rows, int col) {
        List<String> refs = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            int j = i;
            while (j + 1 < rows.size() && rows.get(j + 1) == rows.get(j) + 1) {
                j++;
            }
            refs.add(j == i ? CellRef.name(rows.get(i), col) : CellRef.name(rows.get(i), col) + ":" + CellRef.name(rows.get(j), col));
            i = j + 1;
        }
        while (refs.size() > MAX_ARGUMENTS) {
            List<String> nested = new ArrayList<>();
            for (int k = 0; k < refs.size(); k += MAX_ARGUMENTS) {
                nested.add("SUM(" + String.join(",", refs.subList(k, Math.min(refs.size(), k + MAX_ARGUMENTS))) + ")");
            }
            refs = nested;
        }
        return "SUM(" + String.join(",", refs) + ")";
    }

    /** The value a formula cell computes, in decimal arithmetic; null for the empty text of a rate over zero. */
    static BigDecimal cached(ScheduleLine line, int c, List<ScheduleColumn> columns) {
        ScheduleColumn col = columns.get(c);
        return switch (col.kind()) {
            case VALUE -> {
                if (line.fixed(c) != null) {
                    yield line.fixed(c);
                }
                // A parent's value is the consolidated total its SUM formula adds up again when the sheet recalculates.
                yield line.value(c) == null ? BigDecimal.ZERO : line.value(c);
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
