package vn.tonghop.intake;

import vn.tonghop.check.Finding;

import java.util.List;

/** A Biểu 02/CT sheet as read: its rows and what was wrong with its cells. */
public record IndicatorSheet(String sheetName, String unitCode, List<IndicatorRow> rows, List<Finding> findings) {
}
