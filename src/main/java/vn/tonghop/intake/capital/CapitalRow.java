package vn.tonghop.intake.capital;

import vn.tonghop.staging.Measure;
import vn.tonghop.staging.RowRole;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One staged row of a Biểu 01/VỐN sheet, amounts already in triệu đồng.
 *
 * @param rowNo     the Excel row number (1-based), as a clerk sees it
 * @param leaf      the catalogue code: the leaf of a LEAF row, the group of a SUBTOTAL (null for a
 *                  fund section), "TOTAL" for the sheet's total
 * @param spanFirst for SUBTOTAL and TOTAL rows, the first Excel row of the leaves it sums
 * @param spanLast  and the last
 * @param rateScale the number of decimals the clerk typed in the rate
 * @param unreadable a figure cell of the row could not be read, so its arithmetic cannot be checked
 */
public record CapitalRow(int rowNo, String tt, String label, RowRole role, String leaf, String fund, String source,
                         int spanFirst, int spanLast, Map<Measure, BigDecimal> values, int rateScale,
                         boolean unreadable) {

    public BigDecimal value(Measure m) {
        return values.get(m);
    }
}
