package vn.tonghop.intake.indicator;

import java.math.BigDecimal;

/**
 * One year of one indicator row of Biểu 02/CT: plan, actual and typed achievement rate, with their cells; an
 * estimate where the year's heading says so ("Ước TH 2024").
 */
public record IndicatorValue(int year, BigDecimal plan, String planCell, BigDecimal actual, String actualCell,
                             BigDecimal rate, int rateScale, String rateCell, boolean estimate) {
}
