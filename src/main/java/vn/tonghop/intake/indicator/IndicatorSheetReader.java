package vn.tonghop.intake.indicator;

import vn.tonghop.config.Indicators;
import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.intake.table.CellNumber;
import vn.tonghop.intake.table.FigureCell;
import vn.tonghop.intake.table.FiguresBelowTable;
import vn.tonghop.intake.table.HeaderFinder;
import vn.tonghop.intake.table.HeaderMatch;
import vn.tonghop.intake.table.NumberColumns;
import vn.tonghop.intake.table.NumberConvention;
import vn.tonghop.intake.table.RowText;
import vn.tonghop.intake.table.SheetMetadata;
import vn.tonghop.intake.table.SheetPlace;
import vn.tonghop.staging.Measure;
import vn.tonghop.text.Fold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Biểu 02/CT, which is wide by year: a merged group per year ("Năm 2023", "Ước TH 2024",
 * "Dự kiến 2025") over Kế hoạch / Thực hiện / Tỷ lệ đạt, single columns "KH 2023", "TH 2023", or the
 * other way round, "Kế hoạch" and "Thực hiện" each merged over a column per year.
 * Rows name their indicator by code or by (close to) its catalogue name.
 */
public final class IndicatorSheetReader {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[2-3]\\d)(?!\\d)");

    private enum Part { PLAN, ACTUAL, RATE }

    /** Where one year's figures sit. */
    private record YearColumns(Integer plan, Integer actual, Integer rate) {
        YearColumns with(Part part, int col) {
            return switch (part) {
                case PLAN -> plan == null ? new YearColumns(col, actual, rate) : this;
                case ACTUAL -> actual == null ? new YearColumns(plan, col, rate) : this;
                case RATE -> rate == null ? new YearColumns(plan, actual, col) : this;
            };
        }
    }

    private final Indicators indicators;

    public IndicatorSheetReader(Indicators indicators) {
        this.indicators = indicators;
    }

    public IndicatorSheet read(SheetGrid grid, HeaderMatch header, SheetPlace place) {
        List<Finding> findings = new ArrayList<>();
        int top = Math.max(0, header.firstRow() - 2);
        int bottom = Math.max(header.lastRow(), header.dataRow() - 1);
        TreeMap<Integer, YearColumns> years = new TreeMap<>();
        // "Ước TH 2024": the mid-year review's estimate of the current year, not its actual.
        Set<Integer> estimated = new HashSet<>();
        int lastHeaderRow = header.lastRow();
        for (int r = top; r <= bottom; r++) {
            for (int c = 0; c <= grid.lastCol(); c++) {
                CellValue v = grid.own(r, c);
                if (v == null || v.kind() != CellValue.Kind.TEXT || Integer.valueOf(c).equals(header.column("cumulative"))) {
                    continue;
                }
                Integer year = yearOf(v.text());
                if (year == null) {
                    continue;
                }
                if (SheetMetadata.estimate(v.text())) {
                    estimated.add(year);
                }
                SheetGrid.Region region = grid.regionAt(r, c);
                int last = region == null ? centredSpan(grid, r, c) : region.lastCol();
                Part own = part(v.text());
                for (int col = c; col <= last; col++) {
                    Part part = own;
                    for (int below = r + 1; part == null || (last > c && below <= r + 2); below++) {
                        if (below > bottom + 1 || below > grid.lastRow()) {
                            break;
                        }
                        Part sub = part(grid.ownText(below, col));
                        if (sub != null) {
                            part = sub;
                            lastHeaderRow = Math.max(lastHeaderRow, below);
                            break;
                        }
                    }
                    // Measure first, year second: "Kế hoạch" merged over "Năm 2021", "Năm 2022" …
                    for (int above = r - 1; part == null && above >= top; above--) {
                        part = part(grid.text(above, col));
                    }
                    if (part == null && last == c) {
                        part = Part.ACTUAL;
                    }
                    if (part != null) {
                        years.put(year, years.getOrDefault(year, new YearColumns(null, null, null)).with(part, col));
                    }
                }
            }
        }
        rateBesideItsYear(grid, header, lastHeaderRow, years);
        int first = HeaderFinder.dataRow(grid, Math.max(header.dataRow(), lastHeaderRow + 1));
        int[] span = cumulativeSpan(grid, header, years);
        List<Integer> figureCols = new ArrayList<>();
        years.values().forEach(y -> {
            addIfPresent(figureCols, y.plan());
            addIfPresent(figureCols, y.actual());
            addIfPresent(figureCols, y.rate());
        });
        addIfPresent(figureCols, header.column("cumulative"));
        NumberColumns numbers = new NumberColumns(grid, figureCols, first);
        List<IndicatorRow> rows = new ArrayList<>();
        Map<Integer, Integer> closeness = new HashMap<>();
        TreeSet<Integer> unread = new TreeSet<>();
        for (int r = first; r <= grid.lastRow(); r++) {
            String label = Fold.clean(grid.ownText(r, header.column("indicator")));
            String code = Fold.clean(grid.ownText(r, header.column("code")));
            if (RowText.isSignature(label) || RowText.isSignature(grid.ownText(r, 0))) {
                FiguresBelowTable.find(grid, r + 1, "ở phần chữ ký (dòng " + (r + 1) + ")", figureCols, place, "02/CT")
                        .ifPresent(findings::add);
                break;
            }
            if (label.isEmpty() && code.isEmpty()) {
                continue;
            }
            unreadColumns(grid, r, header, figureCols, unread);
            Optional<Indicators.Indicator> indicator = indicators.match(code, label);
            boolean percent = indicator.map(Indicators.Indicator::isPercentage).orElse(false);
            // "498 hộ": a figure typed with its row's unit, the catalogue's or the one the sheet gives.
            List<String> units = new ArrayList<>();
            indicator.ifPresent(i -> units.add(i.unit()));
            units.add(grid.ownText(r, header.column("unit")));
            List<Finding> cellFindings = new ArrayList<>();
            List<IndicatorValue> values = new ArrayList<>();
            for (Map.Entry<Integer, YearColumns> e : years.entrySet()) {
                SheetPlace at = new SheetPlace(place.file(), place.sheet(), place.unitCode(), e.getKey());
                YearColumns y = e.getValue();
                CellNumber plan = figure(grid, r, y.plan(), numbers, percent, at, units, cellFindings);
                CellNumber actual = figure(grid, r, y.actual(), numbers, percent, at, units, cellFindings);
                CellNumber rate = figure(grid, r, y.rate(), numbers, true, at, units, cellFindings);
                if (plan.isNumber() || actual.isNumber() || rate.isNumber()) {
                    values.add(new IndicatorValue(e.getKey(), plan.value(), ref(r, y.plan()), actual.value(), ref(r, y.actual()),
                            rate.value(), rate.typedScale(), ref(r, y.rate()), estimated.contains(e.getKey())));
                }
            }
            CellNumber cumulative = figure(grid, r, header.column("cumulative"), numbers, percent, place, units, cellFindings);
            if (values.isEmpty() && !cumulative.isNumber() && cellFindings.isEmpty()) {
                continue; // a group title such as "I. Chỉ tiêu về giảm nghèo"
            }
            String ind = indicator.map(Indicators.Indicator::code).orElse(null);
            cellFindings.forEach(f -> findings.add(f.withLeaf(ind)));
            if (indicator.isEmpty()) {
                String ref = CellRef.name(r, header.column("indicator"));
                findings.add(Finding.of(FindingCode.CODE_UNKNOWN).unit(place.unitCode()).at(place.file(), place.sheet(), ref)
                        .actual(label.isEmpty() ? code : label)
                        .message("Dòng \"" + FigureCell.shorten(label.isEmpty() ? code : label) + "\" không khớp với chỉ tiêu"
                                + " nào trong danh mục, nên số liệu của dòng không được tổng hợp. Hãy ghi đúng tên hoặc mã"
                                + " chỉ tiêu (ví dụ CT01 – Số hộ nghèo)."));
                continue;
            }
            rows.add(new IndicatorRow(r + 1, label, ind, values, cumulative.value(), ref(r, header.column("cumulative")),
                    span[0], span[1]));
            closeness.put(r + 1, indicators.closeness(code, label, indicator.get()));
        }
        rows = SameIndicatorRows.keepClosest(rows, closeness, header.column("indicator"), place, findings);
        for (int col : unread) {
            findings.add(Finding.of(FindingCode.COLUMN_IGNORED).unit(place.unitCode())
                    .at(place.file(), place.sheet(), CellRef.name(header.firstRow(), col)).actual(grid.text(header.firstRow(), col))
                    .message("Cột " + CellRef.column(col) + " có số liệu, nhưng tiêu đề cột không cho biết đó là năm nào"
                            + " và là kế hoạch, thực hiện hay tỷ lệ, nên không được đọc. Hãy ghi rõ tiêu đề (ví dụ"
                            + " \"Năm 2023\" trên \"Thực hiện\")."));
        }
        return new IndicatorSheet(place.sheet(), place.unitCode(), rows, findings);
    }

    /**
     * Columns of an indicator's row that hold a figure and belong to no year: a year header the reader could
     * not place. Said once a column, so that figures are not lost without a word.
     */
    private static void unreadColumns(SheetGrid grid, int r, HeaderMatch header, List<Integer> figureCols,
                                      Set<Integer> unread) {
        for (int c = 0; c <= grid.lastCol(); c++) {
            CellValue v = grid.own(r, c);
            if (v != null && v.kind() == CellValue.Kind.NUMBER && !figureCols.contains(c)
                    && !header.columns().containsValue(c)) {
                unread.add(c);
            }
        }
    }

    /** The years a cumulative column covers: those its header names ("Tổng 2021-2024"), else every year of the sheet. */
    private static int[] cumulativeSpan(SheetGrid grid, HeaderMatch header, TreeMap<Integer, YearColumns> years) {
        Integer col = header.column("cumulative");
        int first = years.isEmpty() ? 0 : years.firstKey();
        int last = years.isEmpty() ? 0 : years.lastKey();
        if (col != null) {
            Matcher m = YEAR.matcher(grid.text(header.firstRow(), col) + " " + grid.text(header.lastRow(), col));
            List<Integer> named = new ArrayList<>();
            while (m.find()) {
                named.add(Integer.parseInt(m.group(1)));
            }
            if (named.size() >= 2) {
                return new int[] {named.get(0), named.get(1)};
            }
        }
        return new int[] {first, last};
    }

    private static CellNumber figure(SheetGrid grid, int r, Integer col, NumberColumns numbers, boolean percent,
                                     SheetPlace place, List<String> units, List<Finding> findings) {
        if (col == null) {
            return CellNumber.EMPTY;
        }
        CellValue cell = grid.own(r, col);
        CellNumber n = CellNumber.of(cell, numbers.of(col), percent);
        if (n.status() == CellNumber.Status.NOT_A_NUMBER && cell.kind() == CellValue.Kind.TEXT) {
            n = withoutUnit(cell.text(), units, numbers.of(col)).orElse(n);
        }
        String ref = CellRef.name(r, col);
        FigureCell.problem(n, ref, place).ifPresent(findings::add);
        if (n.isNumber() && numbers.isAmbiguous(cell)) {
            findings.add(FigureCell.ambiguous(n, ref, place));
        }
        return n;
    }

    /** The figure of a text that ends with one of the row's units, when what comes before it is one. */
    private static Optional<CellNumber> withoutUnit(String text, List<String> units, NumberConvention convention) {
        int last = text.length() - 1;
        while (last >= 0 && !Character.isDigit(text.charAt(last))) {
            last--;
        }
        String rest = Fold.words(text.substring(last + 1));
        if (last < 0 || rest.isEmpty() || units.stream().noneMatch(u -> u != null && rest.equals(Fold.words(u)))) {
            return Optional.empty();
        }
        CellNumber n = CellNumber.ofText(text.substring(0, last + 1), convention);
        return n.isNumber() ? Optional.of(n) : Optional.empty();
    }

    /**
     * The last column a year heads when its text is not merged over its columns: a clerk who centred
     * "Năm 2022" across Kế hoạch, Thực hiện and Tỷ lệ, or unmerged the header. The empty cells to its
     * right belong to it while the row below names a part of a year there, and no year of its own.
     */
    private static int centredSpan(SheetGrid grid, int row, int col) {
        int last = col;
        if (part(grid.ownText(row + 1, col)) == null) {
            return last;
        }
        while (last + 1 <= grid.lastCol() && grid.own(row, last + 1) == null && grid.regionAt(row, last + 1) == null) {
            String below = grid.ownText(row + 1, last + 1);
            if (part(below) == null || yearOf(below) != null) {
                break;
            }
            last++;
        }
        return last;
    }

    /**
     * The latest year the sheet reports, for the period its unit is resolved in: a year group's heading, not a
     * plan for a year to come ("Dự kiến 2025", "KH 2025" beside "Năm 2024").
     */
    public static Optional<Integer> latestYear(SheetGrid grid, HeaderMatch header) {
        Integer latest = null;
        // Year groups may stand above the row the header was found on, as read() finds them.
        for (int r = Math.max(0, header.firstRow() - 2); r <= Math.max(header.lastRow(), header.dataRow() - 1); r++) {
            for (int c = 0; c <= grid.lastCol(); c++) {
                String text = grid.ownText(r, c);
                String w = Fold.words(text);
                Integer year = w.startsWith("du kien") || w.startsWith("ke hoach") || w.startsWith("kh ") ? null : yearOf(text);
                if (year != null && (latest == null || year > latest)) {
                    latest = year;
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    /** A year group's heading: "Năm 2023", "Ước TH 2024", "Dự kiến 2025", "KH 2023"; not a span "2021-2024". */
    static Integer yearOf(String text) {
        String w = Fold.words(text);
        if (w.length() > 40 || w.startsWith("luy ke") || w.startsWith("tong") || w.startsWith("cong")) {
            return null;
        }
        // Every year it names must be the one year: "Năm 2022 (31/12/2022)" is 2022, "2021-2024" is none.
        Matcher m = YEAR.matcher(w);
        Integer year = null;
        while (m.find()) {
            int found = Integer.parseInt(m.group(1));
            if (year != null && year != found) {
                return null;
            }
            year = found;
        }
        return year;
    }

    /**
     * A rate column headed without a year ("KH 2023 | TH 2023 | Tỷ lệ (%)") is the rate of the year whose
     * plan or actual stands just left of it.
     */
    private static void rateBesideItsYear(SheetGrid grid, HeaderMatch header, int lastHeaderRow,
                                          TreeMap<Integer, YearColumns> years) {
        for (int r = header.firstRow(); r <= lastHeaderRow; r++) {
            for (int c = 1; c <= grid.lastCol(); c++) {
                CellValue v = grid.own(r, c);
                if (v == null || v.kind() != CellValue.Kind.TEXT || yearOf(v.text()) != null || part(v.text()) != Part.RATE
                        || header.columns().containsValue(c)) {
                    continue;
                }
                int col = c;
                years.replaceAll((year, y) -> y.rate() == null && (Integer.valueOf(col - 1).equals(y.plan())
                        || Integer.valueOf(col - 1).equals(y.actual())) ? y.with(Part.RATE, col) : y);
            }
        }
    }

    private static Part part(String text) {
        String w = Fold.yForI(Fold.words(text)).replaceAll("\\b20\\d{2}\\b", "").replaceFirst("^nam\\b", "").strip();
        // "%" alone folds to nothing; "TH/KH (%)" and "So với KH" compare.
        if (w.startsWith("ty le") || w.startsWith("tl ") || w.equals("tl") || w.startsWith("% dat")
                || w.equals("dat") || w.startsWith("so sanh") || w.startsWith("so voi") || w.startsWith("th kh")
                || w.isEmpty() && text.contains("%")) {
            return Part.RATE;
        }
        if (w.startsWith("ke hoach") || w.equals("kh") || w.startsWith("kh ") || w.startsWith("chi tieu giao")
                || w.startsWith("muc tieu")) {
            return Part.PLAN;
        }
        if (w.startsWith("thuc hien") || w.equals("th") || w.startsWith("th ") || w.startsWith("uoc")
                || w.startsWith("ket qua") || w.startsWith("du kien")) {
            return Part.ACTUAL;
        }
        return null;
    }

    private static String ref(int r, Integer col) {
        return col == null ? null : CellRef.name(r, col);
    }

    private static void addIfPresent(List<Integer> list, Integer v) {
        if (v != null) {
            list.add(v);
        }
    }
}
