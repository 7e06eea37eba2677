package vn.tonghop.intake.capital;

import vn.tonghop.finding.Finding;
import vn.tonghop.intake.table.MoneyUnit;
import vn.tonghop.staging.Measure;
import vn.tonghop.staging.RowRole;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Biểu 01/VỐN sheet as read: where each measure's column is, its rows, what reading it found, and
 * whether the workbook hides it (a visible sheet of another file stays in force over it).
 */
public record CapitalSheet(String sheetName, Integer year, String unitCode, MoneyUnit moneyUnit,
                           Map<Measure, String> columns, List<CapitalRow> rows, List<Finding> findings, boolean hidden,
                           boolean estimate) {

    /** The sheet, its figures estimates of its year ("Ước thực hiện năm 2024"), or not. */
    public CapitalSheet estimated(boolean isEstimate) {
        return new CapitalSheet(sheetName, year, unitCode, moneyUnit, columns, rows, findings, hidden, isEstimate);
    }

    /** The leaf, fund and source of each leaf row: what a copy of the sheet repeats. */
    public Set<String> leaves() {
        return rows.stream().filter(r -> r.role() == RowRole.LEAF).map(r -> r.leaf() + "|" + r.fund() + "|" + r.source())
                .collect(Collectors.toSet());
    }
}
