package vn.tonghop.finding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The decimal comparisons the rules need. Never binary floating point: tolerances sit on exact boundaries. */
public final class Decimals {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /**
     * Whether a typed figure states a computed one: equal, or equal to it rounded half up to the
     * decimals typed when the computation has more (1.847,4 + 2.065,3 typed as 3.913).
     */
    public static boolean states(BigDecimal typed, BigDecimal computed) {
        if (typed.compareTo(computed) == 0) {
            return true;
        }
        int scale = Math.max(0, typed.stripTrailingZeros().scale());
        return computed.stripTrailingZeros().scale() > scale
                && computed.setScale(scale, RoundingMode.HALF_UP).compareTo(typed) == 0;
    }

    /** A figure read from the database without the zeros its column's scale adds (12.000000000 is 12); null stays null. */
    public static BigDecimal stripped(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }

    /** disbursed / available × 100, rounded half up to {@code scale} decimals. */
    public static BigDecimal rate(BigDecimal disbursed, BigDecimal available, int scale) {
        return disbursed.multiply(HUNDRED).divide(available, scale, RoundingMode.HALF_UP);
    }

    /**
     * A typed rate matches when it is within {@code units} of its own last digit of the computed
     * rate rounded to the typed decimals: 86,85 for 86,855…, 98,89 for 98,895…, 101,7 for 101,67.
     */
    public static boolean rateMatches(BigDecimal typed, int typedScale, BigDecimal disbursed, BigDecimal available,
                                      BigDecimal units) {
        BigDecimal computed = rate(disbursed, available, typedScale);
        BigDecimal lastDigit = BigDecimal.ONE.movePointLeft(typedScale);
        return typed.subtract(computed).abs().compareTo(lastDigit.multiply(units)) <= 0;
    }
}
