package vn.tonghop.check;

import vn.tonghop.intake.Measure;

import java.math.BigDecimal;
import java.util.Optional;

/** CARRY_OUT_MISMATCH: a typed carry-out that is not available − disbursed − returned. */
public final class CarryOutMismatchCheck implements RowCheck {

    @Override
    public Optional<Finding> check(StagedRow row, CheckInput input) {
        BigDecimal typed = row.value(Measure.CARRY_OUT);
        BigDecimal available = row.available();
        if (typed == null || available == null) {
            return Optional.empty();
        }
        BigDecimal disbursed = StagedRow.zero(row.value(Measure.DISBURSED));
        BigDecimal returned = StagedRow.zero(row.value(Measure.RETURNED));
        BigDecimal computed = available.subtract(disbursed).subtract(returned);
        if (Decimals.states(typed, computed)) {
            return Optional.empty();
        }
        return Optional.of(row.finding(FindingCode.CARRY_OUT_MISMATCH, Measure.CARRY_OUT)
                .expected(Amounts.plain(computed)).actual(Amounts.plain(typed))
                .message("Chuyển nguồn sang năm sau ghi " + Amounts.vn(typed) + " triệu đồng, nhưng tổng kế hoạch vốn "
                        + Amounts.vn(available) + " trừ giải ngân " + Amounts.vn(disbursed)
                        + (returned.signum() == 0 ? "" : " trừ nộp trả " + Amounts.vn(returned)) + " còn "
                        + Amounts.vn(computed) + " triệu đồng (" + RowNames.of(row, input.config().catalogue()) + ")."));
    }
}
