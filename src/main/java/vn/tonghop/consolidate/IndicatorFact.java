package vn.tonghop.consolidate;

import java.math.BigDecimal;

/** One indicator figure of a unit (or the district) for a year, with the cell it came from when it has one. */
public record IndicatorFact(String unitCode, String indicator, int year, BigDecimal plan, BigDecimal actual,
                            String file, String sheet, String cell) {
}
