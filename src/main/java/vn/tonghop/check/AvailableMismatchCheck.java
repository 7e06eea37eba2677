package vn.tonghop.check;

import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Decimals;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.Measure;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * AVAILABLE_MISMATCH: a typed "Tổng số" that is not carry_in + allocated; within rounding (1 triệu per part
 * typed), a ROUNDING_DIFFERENCE note, as the seed's 3.913 typed for 1.847 + 2.065.
 */
final class AvailableMismatchCheck implements RowCheck {

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
        int addends = (carryIn == null ? 0 : 1) + (allocated == null ? 0 : 1);
        FindingCode code = new TypedSum(typed, computed, addends)
                .code(FindingCode.AVAILABLE_MISMATCH, input.config().tolerances().amountPerChild());
        return Optional.of(row.finding(code, Measure.AVAILABLE)
                .expected(Amounts.plain(computed)).actual(Amounts.plain(typed))
                .message("Tổng số kế hoạch vốn ghi " + Amounts.vn(typed) + " triệu đồng, nhưng vốn năm trước chuyển"
                        + " sang " + Amounts.vn(StagedRow.zero(carryIn)) + " cộng vốn giao trong năm "
                        + Amounts.vn(StagedRow.zero(allocated)) + " là " + Amounts.vn(computed) + " triệu đồng ("
                        + RowNames.of(row, input.config().catalogue()) + ")."
                        + TypedSum.roundingNote(code)));
    }
}
