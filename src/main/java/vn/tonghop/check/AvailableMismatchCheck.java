package vn.tonghop.check;

import vn.tonghop.intake.Measure;

import java.math.BigDecimal;
import java.util.Optional;

/** AVAILABLE_MISMATCH: a typed "Tổng số" that is not carry_in + allocated. */
public final class AvailableMismatchCheck implements RowCheck {

    @Override
    public Optional<Finding> check(StagedRow row, CheckInput input) {
        BigDecimal typed = row.value(Measure.AVAILABLE);
        BigDecimal carryIn = row.value(Measure.CARRY_IN);
        BigDecimal allocated = row.value(Measure.ALLOCATED);
        if (typed == null || (carryIn == null && allocated == null)) {
            return Optional.empty();
        }
        BigDecimal computed = row.available();
        if (Decimals.states(typed, computed)) {
            return Optional.empty();
        }
        return Optional.of(row.finding(FindingCode.AVAILABLE_MISMATCH, Measure.AVAILABLE)
                .expected(Amounts.plain(computed)).actual(Amounts.plain(typed))
                .message("Tổng số kế hoạch vốn ghi " + Amounts.vn(typed) + " triệu đồng, nhưng vốn năm trước chuyển"
                        + " sang " + Amounts.vn(StagedRow.zero(carryIn)) + " cộng vốn giao trong năm "
                        + Amounts.vn(StagedRow.zero(allocated)) + " là " + Amounts.vn(computed) + " triệu đồng ("
                        + RowNames.of(row, input.config().catalogue()) + ")."));
    }
}
