package vn.tonghop.intake.table;

import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.text.Fold;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rows above a table say: who reports ("Đơn vị báo cáo:", or the first line such as
 * "UBND XÃ MƯỜNG SO"), for which year ("Năm báo cáo:", the title "… NĂM 2023", or the sheet name),
 * and in which money unit ("Đơn vị tính:", "ĐVT:").
 */
public record SheetMetadata(List<String> unitCandidates, Optional<Integer> year, Optional<MoneyUnit> moneyUnit,
                            Optional<YearConflict> yearConflict, int half, boolean estimate) {

    /**
     * A "Năm báo cáo" line and a title that name different years: a form copied from another year and
     * half updated. Taking either could put a year's figures in place of another's (SUPERSEDED), so
     * the sheet has no year until the clerk says which.
     */
    public record YearConflict(int labelled, int titled, String labelCell) {
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");
    private static final Pattern LINE_PARTS = Pattern.compile("\\s+[-–—]\\s+|\\s*[,;]\\s*");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern TITLE_YEAR = Pattern.compile("\\bnam (?:ngan sach |tai chinh )?(20\\d{2})\\b");
    private static final Pattern DATE = Pattern.compile("\\bngay \\d{1,2} (?:thang )?\\d{1,2} (?:nam )?\\d{4}\\b");
    private static final Pattern LABELLED_YEAR = Pattern.compile("^(nam bao cao|nam|ky bao cao)\\b.*");

    public static SheetMetadata read(SheetGrid grid, int headerRow) {
        return read(grid, headerRow, headerRow - 1);
    }

    /** With the header's rows too: without a unit line above, "Số tiền (đồng)" in the header says the unit. */
    public static SheetMetadata read(SheetGrid grid, int headerRow, int lastHeaderRow) {
        List<CellValue> above = texts(grid, 0, headerRow - 1);
        List<String> lines = lines(above);
        Optional<MoneyUnit> unit = moneyUnit(above, lines).or(() -> bracketedUnit(lines(texts(grid, headerRow, lastHeaderRow))));
        int label = labelledLine(lines);
        Optional<Integer> labelled = label < 0 ? Optional.empty() : firstYear(lines.get(label));
        TitleYears titled = titleYears(lines);
        Optional<YearConflict> conflict = labelled.isPresent() && titled.strict().isPresent() && !labelled.equals(titled.strict())
                ? Optional.of(new YearConflict(labelled.get(), titled.strict().get(), above.get(label).ref()))
                : Optional.empty();
        Optional<Integer> year = conflict.isPresent() ? Optional.empty()
                : labelled.or(titled::any).or(() -> firstYear(grid.name())).or(() -> onlyYearNamed(lines));
        boolean estimate = lines.stream().anyMatch(SheetMetadata::estimate) || headerSaysEstimate(grid, headerRow, lastHeaderRow);
        return new SheetMetadata(unitCandidates(lines), year, unit, conflict, half(lines), estimate);
    }

    private static final Pattern ESTIMATE = Pattern.compile("(?:^|\\s)uoc(?:\\s|$)");

    /** Whether a title or heading says its figures are estimates: "Ước thực hiện năm 2024", "Ước TH", "Ước giải ngân". */
    public static boolean estimate(String text) {
        // Folded only where the word could be: "CHƯƠNG TRÌNH" and "nhà nước" are in every title, "ước" rarely.
        return text != null && mayBeEstimate(text) && ESTIMATE.matcher(Fold.words(text)).find();
    }

    /** "Ước giải ngân" in the header: the cells as they are, without cleaning each of every sheet's header. */
    private static boolean headerSaysEstimate(SheetGrid grid, int firstRow, int lastRow) {
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = 0; c <= grid.lastCol(); c++) {
                CellValue v = grid.own(r, c);
                if (v != null && estimate(v.display())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "ước" or "uoc" starting a word, as typed (composed, or with a combining horn), before any folding. */
    private static boolean mayBeEstimate(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ((c == '\u01B0' || c == 'u') && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                char next = Character.toLowerCase(text.charAt(i + 1));
                if (next == '\u1EDB' || next == 'o' || next == '\u031B') {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern HALF = Pattern.compile("\\b(?:6|sau) thang (dau|cuoi) nam\\b");

    /** 1 for a report of "6 tháng đầu năm", 2 for "6 tháng cuối năm", 0 for a year's. */
    private static int half(List<String> lines) {
        for (String line : lines) {
            // Folded only where "6" or "sáu" could be: a sheet's lines are many, its half-year rare.
            if (line.indexOf('6') < 0 && !line.toLowerCase(Locale.ROOT).contains("áu")) {
                continue;
            }
            Matcher m = HALF.matcher(Fold.words(line));
            if (m.find()) {
                return m.group(1).equals("dau") ? 1 : 2;
            }
        }
        return 0;
    }

    /** The cells with text in these rows, row by row. */
    private static List<CellValue> texts(SheetGrid grid, int firstRow, int lastRow) {
        List<CellValue> cells = new ArrayList<>();
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = 0; c <= grid.lastCol(); c++) {
                if (grid.own(r, c) != null && !grid.own(r, c).display().isBlank()) {
                    cells.add(grid.own(r, c));
                }
            }
        }
        return cells;
    }

    private static List<String> lines(List<CellValue> cells) {
        return cells.stream().map(v -> Fold.clean(v.display())).toList();
    }

    /** The one money unit that header cells name in brackets; empty when none does, or they disagree. */
    private static Optional<MoneyUnit> bracketedUnit(List<String> headers) {
        Set<MoneyUnit> named = EnumSet.noneOf(MoneyUnit.class);
        for (String header : headers) {
            Matcher m = BRACKETED.matcher(header);
            while (m.find()) {
                MoneyUnit.only(m.group(1)).ifPresent(named::add);
            }
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    /**
     * Labelled names first, then the lines in order: the first names the issuing body on Vietnamese
     * forms, but a commune's often sits under its district's ("UBND HUYỆN PHONG THỔ" over "UBND XÃ
     * MƯỜNG SO"), so every line is a candidate, and the caller prefers a unit to the district.
     */
    private static List<String> unitCandidates(List<String> lines) {
        List<String> candidates = new ArrayList<>();
        for (String line : lines) {
            String w = Fold.words(line);
            if ((w.startsWith("don vi bao cao") || w.startsWith("don vi ")) && !w.startsWith("don vi tinh")
                    && line.contains(":")) {
                candidates.add(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        for (String line : lines) {
            candidates.add(line);
            // "UBND XÃ MƯỜNG SO - HUYỆN PHONG THỔ": the unit and its district on one line.
            if (line.indexOf('-') >= 0 || line.indexOf(',') >= 0 || line.indexOf(';') >= 0 || line.indexOf('–') >= 0
                    || line.indexOf('—') >= 0) {
                candidates.addAll(List.of(LINE_PARTS.split(line)));
            }
        }
        return candidates;
    }

    /** The first "Năm báo cáo: 2023" line that names a year; -1 when none does. */
    private static int labelledLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (LABELLED_YEAR.matcher(Fold.words(lines.get(i))).matches() && firstYear(lines.get(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** The first year 20xx a text names ("Năm 2023", "KH 2023"). */
    public static Optional<Integer> firstYear(String line) {
        Matcher m = YEAR.matcher(line);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /**
     * The first title year of any title line, and of a strict one. {@code any} counts a line that says
     * only "báo cáo" too; {@code strict}, for telling a title from a label that disagrees with it, does
     * not.
     */
    private record TitleYears(Optional<Integer> any, Optional<Integer> strict) {
    }

    /**
     * The one year that the lines above the table name, when no title, label or sheet name does: a
     * title without "tình hình" or "báo cáo" ("GIẢI NGÂN VỐN … NĂM 2023") would otherwise reject the
     * sheet. Lines that name different years name none.
     */
    private static Optional<Integer> onlyYearNamed(List<String> lines) {
        Set<Integer> years = new TreeSet<>();
        for (String line : lines) {
            String w = Fold.words(line);
            if (!w.startsWith("kem theo")) {
                Matcher m = TITLE_YEAR.matcher(DATE.matcher(w).replaceAll(" "));
                while (m.find()) {
                    years.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        return years.size() == 1 ? Optional.of(years.iterator().next()) : Optional.empty();
    }

    /**
     * The year of the title ("TÌNH HÌNH … NĂM 2023"). Not a date: a 2023 report is signed and sent in
     * 2024, and its "(Kèm theo Báo cáo số 12/BC-UBND ngày 15 tháng 01 năm 2024)" names the year it was
     * sent, not the one it reports.
     */
    private static TitleYears titleYears(List<String> lines) {
        Optional<Integer> any = Optional.empty();
        for (String line : lines) {
            String w = Fold.words(line);
            if (w.contains("ngay ")) {
                w = DATE.matcher(w).replaceAll(" ");
            }
            boolean strict = w.contains("tinh hinh") || w.contains("ket qua") || w.contains("bieu");
            if ((strict || w.contains("bao cao")) && !w.startsWith("kem theo")) {
                Matcher m = TITLE_YEAR.matcher(w);
                if (m.find()) {
                    Optional<Integer> year = Optional.of(Integer.parseInt(m.group(1)));
                    any = any.or(() -> year);
                    if (strict) {
                        return new TitleYears(any, year);
                    }
                }
            }
        }
        return new TitleYears(any, Optional.empty());
    }

    /**
     * The unit after the first "Đơn vị tính:" that names one. A label alone in its cell names the
     * unit in the next cell of its row: "ĐVT:" | "Đồng".
     */
    private static Optional<MoneyUnit> moneyUnit(List<CellValue> cells, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String w = Fold.words(lines.get(i));
            if (w.startsWith("don vi tinh") || w.startsWith("dvt")) {
                String after = w.replaceFirst("^(don vi tinh|dvt)", "");
                if (after.isBlank() && i + 1 < cells.size() && cells.get(i + 1).row() == cells.get(i).row()) {
                    after = lines.get(i + 1);
                }
                Optional<MoneyUnit> unit = MoneyUnit.parse(after);
                if (unit.isPresent()) {
                    return unit;
                }
            }
        }
        return Optional.empty();
    }
}
