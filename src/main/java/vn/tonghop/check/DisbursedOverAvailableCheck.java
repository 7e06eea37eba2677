package vn.tonghop.check;

import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.Measure;

import java.math.BigDecimal;
import java.util.Optional;

/** DISBURSED_OVER_AVAILABLE: more was disbursed than carry_in + allocated, on a leaf or any typed subtotal. */
final class DisbursedOverAvailableCheck implements RowCheck {

    @Override
    public Optional<Finding> check(StagedRow row, CheckInput input) {
        BigDecimal disbursed = row.value(Measure.DISBURSED);
        BigDecimal available = row.available();
        if (disbursed == null || available == null || disbursed.compareTo(available) <= 0) {
            return Optional.empty();
        }
        return Optional.of(row.finding(FindingCode.DISBURSED_OVER_AVAILABLE, Measure.DISBURSED)
                .expected(Amounts.plain(available)).actual(Amounts.plain(disbursed))
                .message("Giải ngân " + Amounts.vn(disbursed) + " triệu đồng vượt tổng kế hoạch vốn "
                        + Amounts.vn(available) + " triệu đồng (" + RowNames.of(row, input.config().catalogue())
                        + "). Số giải ngân không thể lớn hơn vốn năm trước chuyển sang cộng vốn giao trong năm."));
    }
}
