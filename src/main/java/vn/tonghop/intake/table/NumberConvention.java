package vn.tonghop.intake.table;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How a text number groups thousands. Vietnamese clerks write {@code 1.250.000} and {@code 64,76};
 * others write {@code 1,250.00}. A dot followed by exactly three digits groups thousands in the
 * Vietnamese convention, which is the default.
 */
public enum NumberConvention {
    VIETNAMESE(Pattern.compile("^\\d{1,3}(\\.\\d{3})+(,\\d+)?$|^\\d+(,\\d+)?$"), '.', ','),
    ENGLISH(Pattern.compile("^\\d{1,3}(,\\d{3})+(\\.\\d+)?$|^\\d+(\\.\\d+)?$"), ',', '.');

    private final Pattern shape;
    private final char grouping;
    private final char decimal;

    NumberConvention(Pattern shape, char grouping, char decimal) {
        this.shape = shape;
        this.grouping = grouping;
        this.decimal = decimal;
    }

    /** The unsigned digits-and-marks text in this convention, or null when it does not fit. */
    public BigDecimal parse(String unsigned) {
        if (!shape.matcher(unsigned).matches()) {
            return null;
        }
        String plain = unsigned.replace(String.valueOf(grouping), "").replace(decimal, '.');
        return new BigDecimal(plain);
    }

    /** What one text number says about the sheet's convention. */
    public enum Evidence { NONE, VIETNAMESE_ONLY, ENGLISH_ONLY, AMBIGUOUS }

    public static Evidence evidence(String unsigned) {
        BigDecimal vn = VIETNAMESE.parse(unsigned);
        BigDecimal en = ENGLISH.parse(unsigned);
        if (vn != null && en != null) {
            return vn.compareTo(en) == 0 ? Evidence.NONE : Evidence.AMBIGUOUS;
        }
        if (vn != null) {
            return Evidence.VIETNAMESE_ONLY;
        }
        return en != null ? Evidence.ENGLISH_ONLY : Evidence.NONE;
    }
}
