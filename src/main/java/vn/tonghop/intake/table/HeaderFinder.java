package vn.tonghop.intake.table;

import vn.tonghop.config.HeaderAliases;
import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.text.Fold;
import vn.tonghop.text.HeaderKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds a form's table by the meaning of its header texts, not by cell positions: within the first
 * 30 rows, in any column order, over one row or two merged rows, with optional columns missing.
 */
public final class HeaderFinder {

    static final int SCAN_ROWS = 30;
    /** Header rows at most: a group, "Trong đó", the column's own name. */
    private static final int MAX_DEPTH = 3;
    /** Words between a group and its columns that name nothing: "Kế hoạch vốn" › "Trong đó" › "Giao trong năm". */
    private static final Set<String> FILLERS = Set.of("trongdo", "trongdogom", "baogom", "chitiet");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?[0-9]{1,2}[a-z]?\\)?$|^\\(?[a-z]\\)?$|^\\(?\\d+\\)?\\s*=.*$");

    private final HeaderAliases aliases;
    private final Map<String, RequiredTexts> requiredTexts = new HashMap<>();

    public HeaderFinder(HeaderAliases aliases) {
        this.aliases = aliases;
        for (String form : aliases.forms()) {
            requiredTexts.put(form, new RequiredTexts(aliases.fields(form).stream().filter(HeaderAliases.Field::required).toList()));
        }
    }

    /** The best match of any configured form, or empty when the sheet holds no recognisable table. */
    public Optional<HeaderMatch> find(SheetGrid grid) {
        HeaderMatch best = null;
        Keys keys = new Keys(grid);
        for (String form : aliases.forms()) {
            HeaderMatch m = find(grid, form, keys);
            if (m != null && (best == null || m.columns().size() > best.columns().size())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    HeaderMatch find(SheetGrid grid, String form) {
        return find(grid, form, new Keys(grid));
    }

    /** Whether a field may take a column, by the column's header texts as written (the group's, and its own). */
    public interface Fit {
        boolean allows(String field, String upper, String lower);
    }

    private static final Fit ANY = (field, upper, lower) -> true;
    private static final Predicate<String> TAKES_ANY = field -> true;

    /**
     * The header found, its columns claimed again with {@code fit} deciding which a field may take: a
     * column another may not take is free for the next that says the same ("Giao năm 2022" beside "Giao năm
     * 2023"). Empty when a field the header had finds no column that fits: a header whose columns all
     * name another year is a form copied from that year, not this year's without those columns.
     */
    public Optional<HeaderMatch> refit(SheetGrid grid, HeaderMatch found, Fit fit) {
        if (!namesAYear(grid, found)) {
            // Most headers name none, and claiming again costs folding the top of the sheet again.
            return Optional.of(found);
        }
        Keys keys = new Keys(grid);
        int depth = found.lastRow() - found.firstRow() + 1;
        Map<String, Integer> columns = match(grid, keys, found.form(), found.firstRow(), depth, fit);
        if (columns == null || !columns.keySet().containsAll(found.columns().keySet())) {
            return Optional.empty();
        }
        if (columns.equals(found.columns())) {
            return Optional.of(found);
        }
        return Optional.of(new HeaderMatch(found.form(), found.firstRow(), found.lastRow(), columns, found.dataRow(),
                ignored(grid, keys, columns, found.firstRow(), depth)));
    }

    private HeaderMatch find(SheetGrid grid, String form, Keys keys) {
        RequiredTexts required = requiredTexts.get(form);
        HeaderMatch best = null;
        int last = Math.min(SCAN_ROWS - 1, grid.lastRow());
        boolean[][] inRow = new boolean[last + MAX_DEPTH][];
        for (int r = 0; r < inRow.length; r++) {
            inRow[r] = required.inRow(keys.row(r));
        }
        for (int r = 0; r <= last; r++) {
            for (int depth = 1; depth <= MAX_DEPTH; depth++) {
                if (!mayHold(inRow, r, depth) || !everyRowHasText(keys, r, depth)) {
                    continue;
                }
                Map<String, Integer> columns = match(grid, keys, form, r, depth, ANY);
                if (columns == null) {
                    continue;
                }
                // A third row must name more: else it is the first data row, perhaps a section title.
                boolean deeper = depth < MAX_DEPTH || best == null || columns.size() > best.columns().size();
                if (deeper && (best == null || replaces(grid, best, r, columns.size()))) {
                    int lastHeader = r + depth - 1;
                    best = new HeaderMatch(form, r, lastHeader, columns, dataRow(grid, lastHeader + 1),
                            ignored(grid, keys, columns, r, depth));
                }
            }
        }
        return best;
    }

    private static boolean namesAYear(SheetGrid grid, HeaderMatch found) {
        for (int r = found.firstRow(); r <= found.lastRow(); r++) {
            for (int c = 0; c <= grid.lastCol(); c++) {
                CellValue v = grid.own(r, c);
                if (v != null && v.kind() == CellValue.Kind.TEXT && !HeaderKey.yearsNamed(v.text()).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a match at this row replaces the best one above it. On a tie the later, tighter match wins:
     * a title row above a one-row header adds nothing. But not across a row of figures: below the figures
     * of a table there can only be a second table, stacked under the first by a clerk, and the first is
     * the sheet's.
     */
    private static boolean replaces(SheetGrid grid, HeaderMatch best, int row, int size) {
        return size >= best.columns().size() && !holdsFigures(grid, best.dataRow(), row - 1);
    }

    /** Whether a row between holds two figures or more: a data row, not a "Năm: 2023" line. */
    private static boolean holdsFigures(SheetGrid grid, int first, int last) {
        for (int r = first; r <= last; r++) {
            int figures = 0;
            for (int c = 0; c <= grid.lastCol() && figures < 2; c++) {
                CellValue v = grid.own(r, c);
                figures += v != null && v.kind() == CellValue.Kind.NUMBER ? 1 : 0;
            }
            if (figures >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every required field has an alias whose text appears in the rows a header at this row
     * and depth would occupy. Only a quick necessary test: most rows are data rows, and trying each
     * of them cell by cell against every alias of every form was over a quarter of the time a file took.
     */
    private static boolean mayHold(boolean[][] inRow, int row, int depth) {
        for (int f = 0; f < inRow[row].length; f++) {
            boolean somewhere = false;
            for (int r = row; r < row + depth && !somewhere; r++) {
                somewhere = inRow[r][f];
            }
            if (!somewhere) {
                return false;
            }
        }
        return true;
    }

    /**
     * The texts of a form's required fields, each with the fields it names, so that a row's few distinct
     * texts are looked up rather than every alias compared with them: with the aliases clerks' wordings
     * need, comparing was a third of the time spent finding headers. Prefix aliases ("Vốn giao năm*") are
     * still compared, by binary search over the row's sorted texts.
     */
    private static final class RequiredTexts {
        private final int count;
        private final Map<String, boolean[]> fieldsByText = new HashMap<>();
        private final List<Map.Entry<String, Integer>> prefixes = new ArrayList<>();

        RequiredTexts(List<HeaderAliases.Field> required) {
            count = required.size();
            for (int f = 0; f < count; f++) {
                for (HeaderAliases.Alias a : required.get(f).aliases()) {
                    add(a.key(), a.prefix(), f);
                    if (a.loosens()) {
                        add(a.looseKey(), a.prefix(), f);
                    }
                }
            }
        }

        private void add(String key, boolean prefix, int field) {
            if (prefix) {
                prefixes.add(Map.entry(key, field));
            } else {
                fieldsByText.computeIfAbsent(key, k -> new boolean[count])[field] = true;
            }
        }

        /** For each required field, whether one of its aliases appears in the row: worked out once a row, not once a depth. */
        boolean[] inRow(RowKeys row) {
            boolean[] found = new boolean[count];
            for (String text : row.sorted()) {
                boolean[] named = fieldsByText.get(text);
                for (int f = 0; named != null && f < count; f++) {
                    found[f] |= named[f];
                }
            }
            for (Map.Entry<String, Integer> p : prefixes) {
                found[p.getValue()] = found[p.getValue()] || startsOne(p.getKey(), row);
            }
            return found;
        }

        private static boolean startsOne(String prefix, RowKeys row) {
            // The first text not below the prefix is the only one that can start with it.
            int at = Arrays.binarySearch(row.sorted(), prefix);
            int first = at >= 0 ? at : -at - 1;
            return first < row.sorted().length && row.sorted()[first].startsWith(prefix);
        }
    }

    /**
     * A row's distinct folded texts, with and without qualifiers, sorted: each is looked up in the required
     * fields' index, and a prefix is found by binary search, not compared with each.
     */
    private record RowKeys(String[] sorted) {
    }

    /** The columns of the header at this row and depth, or null when a required field has none. */
    private Map<String, Integer> match(SheetGrid grid, Keys keys, String form, int row, int depth, Fit fit) {
        Map<String, Integer> columns = claimAll(grid, keys, form, row, depth, fit);
        return missing(aliases.fields(form), columns).isEmpty() ? columns : null;
    }

    private Map<String, Integer> claimAll(SheetGrid grid, Keys keys, String form, int row,
                                                 int depth, Fit fit) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        // Shown columns before hidden ones: a clerk who hides last year's "Giao trong năm" beside this
        // year's means the one shown.
        for (boolean hidden : new boolean[] {false, true}) {
            // Headers as written before those read without their qualifiers: "Giao trong năm" takes the
            // allocation before a "Kế hoạch vốn" total to its left, which only its loose key would give it.
            for (boolean loosely : new boolean[] {false, true}) {
                for (int c : keys.visibleFirst()) {
                    if (grid.colHidden(c) == hidden && !columns.containsValue(c)) {
                        String field = claim(grid, keys, form, columns, row, depth, c, loosely, fit);
                        if (field != null) {
                            columns.put(field, c);
                        }
                    }
                }
            }
        }
        return columns;
    }

    private static List<HeaderAliases.Field> missing(List<HeaderAliases.Field> fields, Map<String, Integer> columns) {
        return fields.stream().filter(f -> f.required() && !columns.containsKey(f.name())).toList();
    }

    /**
     * A header that names three of a form's columns or more, some required ones among them, but not
     * every required one: why a sheet that looks like that form was skipped, and what to write.
     */
    public record NearMiss(String form, int row, int col, List<String> missing) {
    }

    /** The nearest miss on a sheet {@link #find} found no table on; empty when nothing there looks like a form. */
    public Optional<NearMiss> nearMiss(SheetGrid grid) {
        Keys keys = new Keys(grid);
        NearMiss best = null;
        int named = 2;
        for (String form : aliases.forms()) {
            List<HeaderAliases.Field> fields = aliases.fields(form);
            for (int r = 0; r <= Math.min(SCAN_ROWS - 1, grid.lastRow()); r++) {
                for (int depth = 1; depth <= MAX_DEPTH && everyRowHasText(keys, r, depth); depth++) {
                    Map<String, Integer> columns = claimAll(grid, keys, form, r, depth, ANY);
                    List<HeaderAliases.Field> missing = missing(fields, columns);
                    boolean someRequired = fields.stream().anyMatch(f -> f.required() && columns.containsKey(f.name()));
                    if (columns.size() > named && someRequired && !missing.isEmpty()) {
                        named = columns.size();
                        int col = columns.values().stream().min(Integer::compare).orElseThrow();
                        // A header over blank rows begins where its texts do.
                        int top = r;
                        while (top < r + depth - 1 && blankIn(keys, top, columns.values())) {
                            top++;
                        }
                        best = new NearMiss(form, top, col, missing.stream().map(HeaderAliases.Field::label).toList());
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A header has no blank row: over one, the rows above are a title, not a group. */
    private static boolean everyRowHasText(Keys keys, int row, int depth) {
        for (int r = row; r < row + depth; r++) {
            String[] texts = keys.row(r).sorted();
            if (texts.length == 0 || texts[texts.length - 1].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean blankIn(Keys keys, int row, Collection<Integer> columns) {
        return columns.stream().allMatch(c -> keys.at(row, c).isEmpty());
    }

    /** The field this column's header names, as written or {@code loosely} without qualifiers; null when none. */
    private String claim(SheetGrid grid, Keys keys, String form, Map<String, Integer> columns,
                                int row, int depth, int c, boolean loosely, Fit fit) {
        int lowerRow = lowerRow(grid, keys, row, depth, c);
        String lower = lowerRow < 0 ? "" : keys.at(lowerRow, c);
        int upperRow = lowerRow < 0 ? row : upperRow(grid, keys, row, lowerRow, c);
        int group = lower.isEmpty() ? c : groupColumn(grid, keys, row, depth, upperRow, c);
        String upper = keys.at(upperRow, group);
        if (upper.isEmpty() && lower.isEmpty()) {
            return null;
        }
        Predicate<String> mayTake = fit == ANY ? TAKES_ANY
                : f -> fit.allows(f, grid.text(upperRow, group), lowerRow < 0 ? "" : grid.text(lowerRow, c));
        if (!loosely) {
            return claim(form, columns, upper, lower, false, mayTake);
        }
        String looseUpper = keys.looseAt(upperRow, group);
        String looseLower = lowerRow < 0 ? "" : keys.looseAt(lowerRow, c);
        // Only a header with qualifiers has another key to try.
        return looseUpper.equals(upper) && looseLower.equals(lower) ? null
                : claim(form, columns, looseUpper, looseLower, true, mayTake);
    }

    /**
     * The column whose upper header text heads this one. A group's text ("Kế hoạch vốn") is meant for
     * every sub-column under it; without a merge (a clerk who centred it across the columns, or unmerged
     * them) it stands only over the first, and the cells to its right are empty. Those take the nearest
     * text to their left that heads sub-columns of its own, unless a merge or an empty column is between.
     */
    private static int groupColumn(SheetGrid grid, Keys keys, int row, int depth, int upperRow, int col) {
        if (!keys.at(upperRow, col).isEmpty() || grid.regionAt(upperRow, col) != null) {
            return col;
        }
        for (int c = col - 1; c >= 0; c--) {
            if (grid.regionAt(upperRow, c) != null || lowerRow(grid, keys, row, depth, c) < 0) {
                return col;
            }
            if (!keys.at(upperRow, c).isEmpty()) {
                return c;
            }
        }
        return col;
    }

    /** Headed columns that no field claimed, by their lowest header text. */
    private static Map<Integer, String> ignored(SheetGrid grid, Keys keys, Map<String, Integer> columns, int row, int depth) {
        Map<Integer, String> ignored = new LinkedHashMap<>();
        for (int c = 0; c <= grid.lastCol(); c++) {
            if (columns.containsValue(c)) {
                continue;
            }
            int lowerRow = lowerRow(grid, keys, row, depth, c);
            String lower = lowerRow < 0 ? "" : grid.text(lowerRow, c);
            String label = lower.isBlank() ? grid.text(row, c) : lower;
            if (!label.isBlank()) {
                ignored.put(c, Fold.clean(label));
            }
        }
        return ignored;
    }

    /**
     * The row of a column's own name under its group: the lowest header row below the first with a text
     * that is not "Trong đó"; -1 when there is none, or the first row's cell is merged down over the rest.
     */
    private static int lowerRow(SheetGrid grid, Keys keys, int row, int depth, int col) {
        SheetGrid.Region region = grid.regionAt(row, col);
        if (depth == 1 || region != null && region.lastRow() > row) {
            return -1;
        }
        for (int r = row + depth - 1; r > row; r--) {
            String key = keys.at(r, col);
            if (!key.isEmpty() && !FILLERS.contains(key)) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The row of the group a column's name stands under: the nearest text above it that is neither its own
     * (merged down) nor "Trong đó". "Kế hoạch vốn" over "Trong đó" over "Giao trong năm" is a group of one.
     */
    private static int upperRow(SheetGrid grid, Keys keys, int row, int lowerRow, int col) {
        SheetGrid.Region own = grid.regionAt(lowerRow, col);
        for (int r = lowerRow - 1; r > row; r--) {
            String key = keys.at(r, col);
            if (!key.isEmpty() && !FILLERS.contains(key) && (own == null || !own.contains(r, col))) {
                return r;
            }
        }
        return row;
    }

    /**
     * The folded text of each cell in the rows a header may occupy, folded once: every form is tried at
     * every row and depth, and folding the same cell each time was most of the time a file took to read.
     */
    private interface CellKey {
        String of(int row, int col);
    }

    private static final class Keys {
        private final SheetGrid grid;
        private final String[][] folded;
        private final String[][] loose;

        private final RowKeys[] rows;
        private final int[] visibleFirst;
        // Made once: a method reference made at each call is an object each time.
        private final CellKey exactKey = this::exactOf;
        private final CellKey looseKey = this::looseOf;

        Keys(SheetGrid grid) {
            this.grid = grid;
            this.folded = new String[Math.min(SCAN_ROWS + MAX_DEPTH - 1, grid.lastRow() + MAX_DEPTH)][];
            this.loose = new String[folded.length][];
            this.rows = new RowKeys[folded.length];
            this.visibleFirst = new int[grid.lastCol() + 1];
            int i = 0;
            for (int pass = 0; pass < 2; pass++) {
                for (int c = 0; c <= grid.lastCol(); c++) {
                    if (grid.colHidden(c) == (pass == 1)) {
                        visibleFirst[i++] = c;
                    }
                }
            }
        }

        /**
         * The columns, visible ones first, as a header is matched: a clerk who hides last year's "Giao trong
         * năm" beside this year's means the one shown. Worked out once a sheet, not once a row, depth and form.
         */
        int[] visibleFirst() {
            return visibleFirst;
        }

        /** The distinct folded texts of a row that may hold a header, or the row under the last one. */
        RowKeys row(int row) {
            RowKeys keys = rows[row];
            if (keys == null) {
                Set<String> distinct = new HashSet<>();
                for (int c = 0; c <= grid.lastCol(); c++) {
                    distinct.add(at(row, c));
                    distinct.add(looseAt(row, c));
                }
                String[] sorted = distinct.toArray(new String[0]);
                Arrays.sort(sorted);
                keys = new RowKeys(sorted);
                rows[row] = keys;
            }
            return keys;
        }

        /** The cell's key without qualifiers ({@link HeaderKey}), worked out once a cell as {@link #at} is. */
        String looseAt(int row, int col) {
            return cached(loose, row, col, looseKey);
        }

        /** Only text carries qualifiers; a figure's key is its exact one. */
        private String looseOf(int row, int col) {
            String exact = at(row, col);
            if (exact.isEmpty()) {
                return exact;
            }
            CellValue v = grid.at(row, col);
            return v.kind() == CellValue.Kind.TEXT && HeaderKey.mayQualify(exact, v.text()) ? HeaderKey.of(v.text()) : exact;
        }

        String at(int row, int col) {
            return cached(folded, row, col, exactKey);
        }

        private String exactOf(int row, int col) {
            return Fold.key(grid.text(row, col));
        }

        /** A cell's key from the cache of the rows a header may occupy, worked out on first asking; below them, each time. */
        private String cached(String[][] cache, int row, int col, CellKey compute) {
            if (row >= cache.length) {
                return compute.of(row, col);
            }
            if (cache[row] == null) {
                cache[row] = new String[grid.lastCol() + 1];
            }
            String key = cache[row][col];
            if (key == null) {
                key = compute.of(row, col);
                cache[row][col] = key;
            }
            return key;
        }
    }

    /** The first field not yet placed that one of its aliases says this column is; null when none does. */
    private String claim(String form, Map<String, Integer> columns, String upper, String lower,
                         boolean loosely, Predicate<String> mayTake) {
        for (HeaderAliases.Field field : aliases.naming(form, upper, lower, loosely)) {
            if (!columns.containsKey(field.name()) && mayTake.test(field.name())) {
                return field.name();
            }
        }
        return null;
    }


    /** Skips a row of column numbers — (1) (2) …, A B 1 2 …, 7=5+6 — right under the header. */
    public static int dataRow(SheetGrid grid, int row) {
        int filled = 0;
        for (int c = 0; c <= grid.lastCol(); c++) {
            String raw = grid.own(row, c) == null ? "" : grid.own(row, c).display().strip().toLowerCase();
            if (raw.isEmpty()) {
                continue;
            }
            if (!COLUMN_NUMBER.matcher(raw.replace(" ", "")).matches()) {
                return row;
            }
            filled++;
        }
        return filled >= 2 ? row + 1 : row;
    }
}
