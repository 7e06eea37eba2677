package vn.tonghop.intake;

import vn.tonghop.check.Finding;

import java.util.List;
import java.util.Map;

/**
 * A Biểu 01/VỐN sheet as read: where each measure's column is, its rows, what reading it found, and
 * whether the workbook hides it (a visible sheet of another file stays in force over it).
 */
public record CapitalSheet(String sheetName, Integer year, String unitCode, MoneyUnit moneyUnit,
                           Map<Measure, String> columns, List<CapitalRow> rows, List<Finding> findings, boolean hidden) {
}
