package vn.tonghop.check;

import vn.tonghop.config.Indicators;
import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** RATE_OUT_OF_RANGE: a percentage outside the range the catalogue allows (0–100 for most rates). */
final class RangeCheck implements IndicatorCheck {

    @Override
    public List<Finding> check(IndicatorInput input) {
        List<Finding> out = new ArrayList<>();
        for (StagedIndicator v : input.values()) {
            Indicators.Indicator ind = input.config().indicators().find(v.indicator()).orElse(null);
            if (ind == null || ind.rangeMin() == null) {
                continue;
            }
            check(input, ind, v, v.plan(), v.planCell(), "kế hoạch", out);
            check(input, ind, v, v.actual(), v.actualCell(), "thực hiện", out);
        }
        return out;
    }

    private static void check(IndicatorInput input, Indicators.Indicator ind, StagedIndicator v, BigDecimal value,
                              String cell, String what, List<Finding> out) {
        if (value == null || (value.compareTo(ind.rangeMin()) >= 0 && value.compareTo(ind.rangeMax()) <= 0)) {
            return;
        }
        out.add(v.finding(FindingCode.RATE_OUT_OF_RANGE, cell)
                .expected(Amounts.plain(ind.rangeMin()) + "–" + Amounts.plain(ind.rangeMax())).actual(Amounts.plain(value))
                .message("Số " + what + " ghi " + Amounts.vn(value) + ind.unit() + ", nằm ngoài khoảng "
                        + Amounts.vn(ind.rangeMin()) + "–" + Amounts.vn(ind.rangeMax()) + ind.unit() + " mà chỉ tiêu này có"
                        + " thể có (" + IndicatorNames.of(input.config(), v.indicator()) + ", năm " + v.year() + ")."));
    }
}
