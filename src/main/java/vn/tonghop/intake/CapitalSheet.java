package vn.tonghop.intake;

import vn.tonghop.check.Finding;

import java.util.List;
import java.util.Map;

/** A Biểu 01/VỐN sheet as read: where each measure's column is, its rows, and what reading it found. */
public record CapitalSheet(String sheetName, Integer year, String unitCode, MoneyUnit moneyUnit,
                           Map<Measure, String> columns, List<CapitalRow> rows, List<Finding> findings) {
}
