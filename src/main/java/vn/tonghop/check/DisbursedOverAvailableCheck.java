package vn.tonghop.check;

import vn.tonghop.intake.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** DISBURSED_OVER_AVAILABLE: more was disbursed than carry_in + allocated, on a leaf or any typed subtotal. */
public final class DisbursedOverAvailableCheck implements CapitalCheck {

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> out = new ArrayList<>();
        for (StagedRow row : input.rows()) {
            BigDecimal disbursed = row.value(Measure.DISBURSED);
            BigDecimal available = row.available();
            if (disbursed == null || available == null || disbursed.compareTo(available) <= 0) {
                continue;
            }
            out.add(row.finding(FindingCode.DISBURSED_OVER_AVAILABLE, Measure.DISBURSED)
                    .expected(Amounts.plain(available)).actual(Amounts.plain(disbursed))
                    .message("Giải ngân " + Amounts.vn(disbursed) + " triệu đồng vượt tổng kế hoạch vốn "
                            + Amounts.vn(available) + " triệu đồng (" + RowNames.of(row, input.config().catalogue())
                            + "). Số giải ngân không thể lớn hơn vốn năm trước chuyển sang cộng vốn giao trong năm."));
        }
        return out;
    }
}
