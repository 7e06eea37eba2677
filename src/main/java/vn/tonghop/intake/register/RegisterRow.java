package vn.tonghop.intake.register;

import java.math.BigDecimal;

/**
 * One line of Biểu 05/GV: an allocation to a unit for a project or sub-project, fund, source and
 * year (year 0 and unit null on the medium-term plan sheet, where it is the plan 2021–2025).
 */
public record RegisterRow(int rowNo, String unitCode, String node, String fund, String source, int year,
                          BigDecimal amount, String amountCell, String decision) {
}
