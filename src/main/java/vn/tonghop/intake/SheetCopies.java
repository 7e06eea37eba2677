package vn.tonghop.intake;

import vn.tonghop.excel.SheetGrid;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Within one file, a sheet that repeats the rows of a sheet already taken for the same form, unit
 * and year is a copy, and is not read. Clerks keep a copy of a sheet before changing it ("2023 (2)",
 * often hidden); read as well, its figures were added to the real ones. Sheets that hold different
 * rows (a report split over sheets by project) are parts, and are all read. Sheets are offered
 * visible before hidden, then those not named as Excel names a copy ("… (2)") before those that are,
 * then in workbook order, so of a sheet and its copy the original is the one taken. The warning
 * tells the clerk which one that was.
 */
final class SheetCopies {

    private static final Pattern COPY_NAME = Pattern.compile(".*\\(\\d+\\)\\s*$");

    /** The order in which a file's sheets are offered; sorting by it is stable, so ties keep workbook order. */
    static final Comparator<SheetGrid> ORIGINALS_FIRST = Comparator.comparing(SheetGrid::hidden)
            .thenComparing(g -> COPY_NAME.matcher(g.name()).matches());

    private record Taken(String sheet, Set<String> rows) {
    }

    private final String file;
    private final Map<String, List<Taken>> taken = new HashMap<>();

    SheetCopies(String file) {
        this.file = file;
    }

    /**
     * The DUPLICATE_SHEET warning for a sheet whose rows ({@code rows}: leaf, fund and source; or
     * indicator) overlap those of a sheet already taken for this form, unit and year; empty when the
     * sheet is taken.
     */
    Optional<Finding> repeat(SheetGrid grid, String form, String unit, String unitName, Integer year, Set<String> rows) {
        List<Taken> before = taken.computeIfAbsent(form + "|" + unit + "|" + year, k -> new ArrayList<>());
        for (Taken t : before) {
            if (!Collections.disjoint(t.rows(), rows)) {
                return Optional.of(Finding.of(FindingCode.DUPLICATE_SHEET).unit(unit).at(file, grid.name(), null).year(year)
                        .message("Trang tính \"" + grid.name() + "\"" + (grid.hidden() ? " (đang ẩn)" : "") + " là biểu " + form
                                + (year == null ? "" : " năm " + year) + " của " + unitName + ", có cùng các dòng với trang tính \""
                                + t.sheet() + "\" trong cùng tệp, nên không được tổng hợp; chỉ trang tính \"" + t.sheet()
                                + "\" được tính. Nếu trang tính này mới là bản đúng, hãy xóa trang tính kia rồi gửi lại."));
            }
        }
        before.add(new Taken(grid.name(), rows));
        return Optional.empty();
    }
}
