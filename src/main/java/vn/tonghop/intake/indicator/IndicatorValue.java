package vn.tonghop.intake.indicator;

import java.math.BigDecimal;

/** One year of one indicator row of Biểu 02/CT: plan, actual and typed achievement rate, with their cells. */
public record IndicatorValue(int year, BigDecimal plan, String planCell, BigDecimal actual, String actualCell,
                             BigDecimal rate, int rateScale, String rateCell) {
}
