package vn.tonghop.intake.indicator;

import vn.tonghop.excel.CellRef;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.intake.table.FigureCell;
import vn.tonghop.intake.table.SheetPlace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of one Biểu 02/CT sheet that name the same indicator ("Số hộ nghèo" and "Số hộ nghèo đầu năm"):
 * only one figure per indicator and year can be consolidated, and the first row used to win without a
 * word. The row that names the indicator most closely is read; each other is a CODE_UNKNOWN that says
 * which row was read instead.
 */
final class SameIndicatorRows {

    private SameIndicatorRows() {
    }

    /**
     * @param closeness each row's closeness to its indicator, by row number (higher is closer)
     * @param labelCol  the indicator column, where the finding points
     */
    static List<IndicatorRow> keepClosest(List<IndicatorRow> rows, Map<Integer, Integer> closeness, int labelCol,
                                          SheetPlace place, List<Finding> findings) {
        Map<String, IndicatorRow> closest = new HashMap<>();
        for (IndicatorRow row : rows) {
            closest.merge(row.indicator(), row,
                    (kept, other) -> closeness.get(other.rowNo()) > closeness.get(kept.rowNo()) ? other : kept);
        }
        List<IndicatorRow> read = new ArrayList<>();
        for (IndicatorRow row : rows) {
            IndicatorRow kept = closest.get(row.indicator());
            if (kept == row) {
                read.add(row);
                continue;
            }
            findings.add(Finding.of(FindingCode.CODE_UNKNOWN).unit(place.unitCode())
                    .at(place.file(), place.sheet(), CellRef.name(row.rowNo() - 1, labelCol)).leaf(row.indicator())
                    .actual(row.label())
                    .message("Dòng \"" + FigureCell.shorten(row.label()) + "\" giống chỉ tiêu " + row.indicator()
                            + " nhưng dòng " + kept.rowNo() + " (\"" + FigureCell.shorten(kept.label()) + "\") đã là chỉ"
                            + " tiêu đó, nên số liệu của dòng này không được tổng hợp. Nếu đây là một chỉ tiêu khác, hãy"
                            + " ghi đúng tên hoặc mã trong danh mục; nếu không, hãy bỏ dòng trùng."));
        }
        return read;
    }
}
