package vn.tonghop.check;

import java.math.BigDecimal;

/**
 * The money a unit booked to one leaf, fund and source in one year: the sum of its leaf rows, as LeafAmounts adds
 * them up for consolidation too.
 */
public record LeafAmount(String unitCode, String leaf, String fund, String source, int year, BigDecimal carryIn,
                         BigDecimal allocated, BigDecimal disbursed, BigDecimal returned, BigDecimal carryOut,
                         long firstRowId) {
}
