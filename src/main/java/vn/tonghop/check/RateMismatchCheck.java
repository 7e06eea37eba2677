package vn.tonghop.check;

import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Decimals;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.Measure;

import java.math.BigDecimal;
import java.util.Optional;

/** RATE_MISMATCH: a typed disbursement rate that is not disbursed / available × 100, within the rate tolerance. */
final class RateMismatchCheck implements RowCheck {

    @Override
    public Optional<Finding> check(StagedRow row, CheckInput input) {
        BigDecimal units = input.config().tolerances().rateLastDigitUnits();
        BigDecimal typed = row.value(Measure.RATE);
        BigDecimal disbursed = row.value(Measure.DISBURSED);
        BigDecimal available = row.available();
        if (typed == null || disbursed == null || available == null || available.signum() == 0) {
            return Optional.empty();
        }
        if (Decimals.rateMatches(typed, row.rateScale(), disbursed, available, units)) {
            return Optional.empty();
        }
        BigDecimal computed = Decimals.rate(disbursed, available, Math.max(2, row.rateScale()));
        return Optional.of(row.finding(FindingCode.RATE_MISMATCH, Measure.RATE)
                .expected(Amounts.plain(computed)).actual(Amounts.plain(typed))
                .message("Tỷ lệ giải ngân ghi " + Amounts.vn(typed) + "%, nhưng " + Amounts.vn(disbursed) + " / "
                        + Amounts.vn(available) + " = " + Amounts.vn(computed) + "% ("
                        + RowNames.of(row, input.config().catalogue()) + ")."));
    }
}
