package vn.tonghop.narrative;

import java.math.BigDecimal;

/**
 * A line of narrative.csv: a figure of a draft in force, what it states and what the schedules hold for it.
 *
 * @param status match, mismatch or unchecked
 */
public record NarrativeFigure(String file, String place, int paragraph, int table, int row, int column, int seq,
                              String span, BigDecimal value, String unit, String key, BigDecimal consolidated, String cell,
                              String status, String reason) {
}
