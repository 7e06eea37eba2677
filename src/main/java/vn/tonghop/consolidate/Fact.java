package vn.tonghop.consolidate;

import java.math.BigDecimal;

/** One consolidated figure at leaf level, in triệu đồng: a line of facts.csv. */
public record Fact(String unitCode, String leaf, String fund, String source, int year, String measure,
                   BigDecimal value, String file, String sheet, String cell) {
}
