package vn.tonghop.intake.table;

import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.text.Fold;
import vn.tonghop.text.HeaderKey;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which year's money a Biểu 01/VỐN column holds, by the years its header names. Clerks put last year's
 * figures beside this year's ("Giao năm 2022 | Giao năm 2023", or a group "Năm 2022" over its own
 * columns): read without its year, the first such column would give the sheet last year's money. A
 * column that names years must name the sheet's (money brought in may name the year before, money
 * carried out the year after); one that names none may be any year's.
 */
public final class HeaderYears {

    private static final Set<String> OF_THE_YEAR = Set.of("allocated", "available", "disbursed", "rate", "returned");

    private HeaderYears() {
    }

    public static HeaderFinder.Fit of(int year) {
        return (field, upper, lower) -> {
            Set<Integer> named = named(upper, lower);
            if (named.isEmpty() || named.contains(year)) {
                return true;
            }
            return switch (field) {
                case "carry_in" -> named.contains(year - 1);
                case "carry_out" -> named.contains(year + 1);
                default -> !OF_THE_YEAR.contains(field);
            };
        };
    }

    /** A column the header gave a field whose header names other years than the sheet's; its place and text. */
    public record Stale(String cell, String text, String years) {
    }

    /** The first column of the header that does not fit the sheet's year, as it was first claimed. */
    public static Optional<Stale> stale(SheetGrid grid, HeaderMatch header, int year) {
        HeaderFinder.Fit fit = of(year);
        for (Map.Entry<String, Integer> e : header.columns().entrySet()) {
            int col = e.getValue();
            String upper = upper(grid, header, col);
            String lower = lower(grid, header, col);
            if (!fit.allows(e.getKey(), upper, lower)) {
                String text = lower.isBlank() || HeaderKey.yearsNamed(lower).isEmpty() ? upper : lower;
                int row = text.equals(upper) ? header.firstRow() : header.lastRow();
                return Optional.of(new Stale(CellRef.name(row, col), Fold.clean(text), list(named(upper, lower))));
            }
        }
        return Optional.empty();
    }

    /** The years a header names over one of its columns, as {@link #named(String, String)} reads them. */
    public static Set<Integer> named(SheetGrid grid, HeaderMatch header, int col) {
        return named(upper(grid, header, col), lower(grid, header, col));
    }

    private static String upper(SheetGrid grid, HeaderMatch header, int col) {
        return grid.text(header.firstRow(), col);
    }

    /** The second header row's text over the column; none for a one-row header. */
    private static String lower(SheetGrid grid, HeaderMatch header, int col) {
        return header.lastRow() > header.firstRow() ? grid.text(header.lastRow(), col) : "";
    }

    /** "2021, 2022", for a message. */
    public static String list(Set<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * The years a column's header names: its own text's, or failing any, its group's. "Giao năm 2022" under
     * "Kế hoạch vốn năm 2023" is last year's allocation kept for comparison.
     */
    public static Set<Integer> named(String upper, String lower) {
        Set<Integer> own = HeaderKey.yearsNamed(lower);
        return own.isEmpty() ? HeaderKey.yearsNamed(upper) : own;
    }
}
