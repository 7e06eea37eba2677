package vn.tonghop.check;

import vn.tonghop.intake.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** RATE_MISMATCH: a typed disbursement rate that is not disbursed / available × 100, within the rate tolerance. */
public final class RateMismatchCheck implements CapitalCheck {

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> out = new ArrayList<>();
        BigDecimal units = input.config().tolerances().rateLastDigitUnits();
        for (StagedRow row : input.rows()) {
            BigDecimal typed = row.value(Measure.RATE);
            BigDecimal disbursed = row.value(Measure.DISBURSED);
            BigDecimal available = row.available();
            if (typed == null || disbursed == null || available == null || available.signum() == 0) {
                continue;
            }
            if (Decimals.rateMatches(typed, row.rateScale(), disbursed, available, units)) {
                continue;
            }
            BigDecimal computed = Decimals.rate(disbursed, available, Math.max(2, row.rateScale()));
            out.add(row.finding(FindingCode.RATE_MISMATCH, Measure.RATE)
                    .expected(Amounts.plain(computed)).actual(Amounts.plain(typed))
                    .message("Tỷ lệ giải ngân ghi " + Amounts.vn(typed) + "%, nhưng " + Amounts.vn(disbursed) + " / "
                            + Amounts.vn(available) + " = " + Amounts.vn(computed) + "% ("
                            + RowNames.of(row, input.config().catalogue()) + ")."));
        }
        return out;
    }
}
