package vn.tonghop.check;

import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Decimals;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.util.ArrayList;
import java.util.List;

/**
 * ACHIEVEMENT_MISMATCH: a typed achievement rate must be actual / plan × 100, within the rate
 * tolerance of its own last digit (101,7 for 48,8 / 48 passes; 1132,2 for 1.322 / 1.000 does not).
 */
final class AchievementCheck implements IndicatorCheck {

    @Override
    public List<Finding> check(IndicatorInput input) {
        List<Finding> out = new ArrayList<>();
        for (StagedIndicator v : input.values()) {
            if (v.rate() == null || v.plan() == null || v.actual() == null || v.plan().signum() == 0) {
                continue;
            }
            if (!Decimals.rateMatches(v.rate(), v.rateScale(), v.actual(), v.plan(), input.config().tolerances().rateLastDigitUnits())) {
                var computed = Decimals.rate(v.actual(), v.plan(), Math.max(2, v.rateScale()));
                out.add(v.finding(FindingCode.ACHIEVEMENT_MISMATCH, v.rateCell())
                        .expected(Amounts.plain(computed)).actual(Amounts.plain(v.rate()))
                        .message("Tỷ lệ đạt ghi " + Amounts.vn(v.rate()) + "%, nhưng thực hiện " + Amounts.vn(v.actual())
                                + " so với kế hoạch " + Amounts.vn(v.plan()) + " là " + Amounts.vn(computed) + "% ("
                                + IndicatorNames.of(input.config(), v.indicator()) + ", năm " + v.year() + ")."));
            }
        }
        return out;
    }
}
