package vn.tonghop.intake;

import vn.tonghop.check.Finding;
import vn.tonghop.check.FindingCode;
import vn.tonghop.excel.SheetGrid;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Within one file, one sheet of a form, unit and year is read. Clerks keep a copy of a sheet before
 * changing it ("2023 (2)", often hidden); read as well, its figures were added to the real ones.
 * Sheets are offered visible before hidden, then those not named as Excel names a copy ("… (2)")
 * before those that are, then in workbook order; a hidden copy is read only when it is the unit's
 * only sheet for that year. The warning tells the clerk which one was taken.
 */
final class SheetCopies {

    private static final Pattern COPY_NAME = Pattern.compile(".*\\(\\d+\\)\\s*$");

    /** The order in which a file's sheets are offered; sorting by it is stable, so ties keep workbook order. */
    static final Comparator<SheetGrid> ORIGINALS_FIRST = Comparator.comparing(SheetGrid::hidden)
            .thenComparing(g -> COPY_NAME.matcher(g.name()).matches());

    private final String file;
    private final Map<String, String> firstSheet = new HashMap<>();

    SheetCopies(String file) {
        this.file = file;
    }

    /** The DUPLICATE_SHEET warning for a sheet that repeats one already read; empty for the first. */
    Optional<Finding> repeat(SheetGrid grid, String form, String unit, String unitName, Integer year) {
        String first = firstSheet.putIfAbsent(form + "|" + unit + "|" + year, grid.name());
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(FindingCode.DUPLICATE_SHEET).unit(unit).at(file, grid.name(), null).year(year)
                .message("Trang tính \"" + grid.name() + "\"" + (grid.hidden() ? " (đang ẩn)" : "") + " là biểu " + form
                        + (year == null ? "" : " năm " + year) + " của " + unitName + ", trùng với trang tính \"" + first
                        + "\" trong cùng tệp, nên không được tổng hợp; chỉ trang tính \"" + first + "\" được tính."
                        + " Nếu trang tính này mới là bản đúng, hãy xóa trang tính kia rồi gửi lại."));
    }
}
