package vn.tonghop.intake;

import vn.tonghop.excel.SheetGrid;
import vn.tonghop.text.Fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rows above a table say: who reports ("Đơn vị báo cáo:", or the first line such as
 * "UBND XÃ MƯỜNG SO"), for which year ("Năm báo cáo:", the title "… NĂM 2023", or the sheet name),
 * and in which money unit ("Đơn vị tính:", "ĐVT:").
 */
public record SheetMetadata(List<String> unitCandidates, Optional<Integer> year, Optional<MoneyUnit> moneyUnit) {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern LABELLED_YEAR = Pattern.compile("^(nam bao cao|nam|ky bao cao)\\b.*");

    public static SheetMetadata read(SheetGrid grid, int headerRow) {
        return read(grid, headerRow, headerRow - 1);
    }

    /** With the header's rows too: without a unit line above, "Số tiền (đồng)" in the header says the unit. */
    public static SheetMetadata read(SheetGrid grid, int headerRow, int lastHeaderRow) {
        List<String> lines = texts(grid, 0, headerRow - 1);
        Optional<MoneyUnit> unit = moneyUnit(lines).or(() -> bracketedUnit(texts(grid, headerRow, lastHeaderRow)));
        return new SheetMetadata(unitCandidates(lines), year(lines, grid.name()), unit);
    }

    private static List<String> texts(SheetGrid grid, int firstRow, int lastRow) {
        List<String> lines = new ArrayList<>();
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = 0; c <= grid.lastCol(); c++) {
                if (grid.own(r, c) != null && !grid.own(r, c).display().isBlank()) {
                    lines.add(Fold.clean(grid.own(r, c).display()));
                }
            }
        }
        return lines;
    }

    /** The one money unit that header cells name in brackets; empty when none does, or they disagree. */
    private static Optional<MoneyUnit> bracketedUnit(List<String> headers) {
        java.util.Set<MoneyUnit> named = java.util.EnumSet.noneOf(MoneyUnit.class);
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
        candidates.addAll(lines);
        return candidates;
    }

    static Optional<Integer> year(List<String> lines, String sheetName) {
        for (String line : lines) {
            if (LABELLED_YEAR.matcher(Fold.words(line)).matches()) {
                Matcher m = YEAR.matcher(line);
                if (m.find()) {
                    return Optional.of(Integer.parseInt(m.group(1)));
                }
            }
        }
        for (String line : lines) {
            String w = Fold.words(line);
            Matcher m = Pattern.compile("\\bnam (20\\d{2})\\b").matcher(w);
            if (w.contains("tinh hinh") || w.contains("ket qua") || w.contains("bao cao") || w.contains("bieu")) {
                if (m.find()) {
                    return Optional.of(Integer.parseInt(m.group(1)));
                }
            }
        }
        Matcher m = YEAR.matcher(sheetName);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static Optional<MoneyUnit> moneyUnit(List<String> lines) {
        for (String line : lines) {
            String w = Fold.words(line);
            if (w.startsWith("don vi tinh") || w.startsWith("dvt")) {
                Optional<MoneyUnit> unit = MoneyUnit.parse(w.replaceFirst("^(don vi tinh|dvt)", ""));
                if (unit.isPresent()) {
                    return unit;
                }
            }
        }
        return Optional.empty();
    }
}
