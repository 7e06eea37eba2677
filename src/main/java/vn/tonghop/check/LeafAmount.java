package vn.tonghop.check;

import java.math.BigDecimal;

/**
 * The money a unit booked to one leaf, fund and source in one year: the sum of its leaf rows, as LeafAmounts adds
 * them up for consolidation too.
 */
public record LeafAmount(String unitCode, String leaf, String fund, String source, int year, BigDecimal carryIn,
                         BigDecimal allocated, BigDecimal disbursed, BigDecimal returned, BigDecimal carryOut,
                         long firstRowId) {

    /** The amount's place among a unit's: the key the carry chain looks the next year's up by. */
    static String key(String unit, String leaf, String fund, String source, int year) {
        return unit + "|" + leaf + "|" + fund + "|" + source + "|" + year;
    }
}
