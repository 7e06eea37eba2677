package vn.tonghop.intake.indicator;

import vn.tonghop.finding.Finding;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A Biểu 02/CT sheet as read: its rows and what was wrong with its cells. */
public record IndicatorSheet(String sheetName, String unitCode, List<IndicatorRow> rows, List<Finding> findings) {

    /** The indicators of its rows: what a copy of the sheet repeats. */
    public Set<String> indicators() {
        return rows.stream().map(IndicatorRow::indicator).collect(Collectors.toSet());
    }
}
