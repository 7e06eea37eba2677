package vn.tonghop.check;

import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Decimals;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.Measure;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * CARRY_OUT_MISMATCH: a typed carry-out that is not available − disbursed − returned; within rounding (1 triệu
 * per part typed), a ROUNDING_DIFFERENCE note.
 */
final class CarryOutMismatchCheck implements RowCheck {

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
        FindingCode code = new TypedSum(typed, computed, addends(row))
                .code(FindingCode.CARRY_OUT_MISMATCH, input.config().tolerances().amountPerChild());
        return Optional.of(row.finding(code, Measure.CARRY_OUT)
                .expected(Amounts.plain(computed)).actual(Amounts.plain(typed))
                .message("Chuyển nguồn sang năm sau ghi " + Amounts.vn(typed) + " triệu đồng, nhưng tổng kế hoạch vốn "
                        + Amounts.vn(available) + " trừ giải ngân " + Amounts.vn(disbursed)
                        + (returned.signum() == 0 ? "" : " trừ nộp trả " + Amounts.vn(returned)) + " còn "
                        + Amounts.vn(computed) + " triệu đồng (" + RowNames.of(row, input.config().catalogue()) + ")."
                        + TypedSum.roundingNote(code)));
    }

    /** The typed figures the carry-out is worked out from: "Tổng số" counts once where its parts were not typed. */
    private static int addends(StagedRow row) {
        int parts = 0;
        for (Measure m : new Measure[] {Measure.CARRY_IN, Measure.ALLOCATED, Measure.DISBURSED, Measure.RETURNED}) {
            parts += row.value(m) == null ? 0 : 1;
        }
        boolean totalOnly = row.value(Measure.CARRY_IN) == null && row.value(Measure.ALLOCATED) == null;
        return parts + (totalOnly ? 1 : 0);
    }
}
