package vn.tonghop.check;

import vn.tonghop.config.Indicators;
import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Decimals;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * CUMULATIVE_MISMATCH: for a SUM indicator, a typed cumulative must be the sum of the actuals of
 * the years it covers, as typed on the same row.
 */
final class CumulativeCheck implements IndicatorCheck {

    @Override
    public List<Finding> check(IndicatorInput input) {
        List<Finding> out = new ArrayList<>();
        for (StagedCumulative c : input.cumulatives()) {
            boolean sum = input.config().indicators().find(c.indicator())
                    .map(i -> i.aggregation() == Indicators.Aggregation.SUM).orElse(false);
            if (!sum) {
                continue;
            }
            BigDecimal years = BigDecimal.ZERO;
            int counted = 0;
            for (StagedIndicator v : input.values()) {
                if (v.file().equals(c.file()) && v.sheet().equals(c.sheet()) && v.rowNo() == c.rowNo()
                        && v.year() >= c.firstYear() && v.year() <= c.lastYear() && v.actual() != null) {
                    years = years.add(v.actual());
                    counted++;
                }
            }
            if (counted == 0 || Decimals.states(c.cumulative(), years)) {
                continue;
            }
            out.add(Finding.of(FindingCode.CUMULATIVE_MISMATCH).unit(c.unitCode()).at(c.file(), c.sheet(), c.cell())
                    .leaf(c.indicator()).expected(Amounts.plain(years)).actual(Amounts.plain(c.cumulative()))
                    .message("Lũy kế ghi " + Amounts.vn(c.cumulative()) + ", nhưng cộng các năm " + c.firstYear() + "–"
                            + c.lastYear() + " trên cùng dòng được " + Amounts.vn(years) + " ("
                            + IndicatorNames.of(input.config(), c.indicator()) + ")."));
        }
        return out;
    }
}
