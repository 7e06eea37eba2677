package vn.tonghop.check;

import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * DISBURSEMENT_RESULT_CONFLICT: a unit's Biểu 01/VỐN disburses money on a sub-project while its Biểu 02/CT reports
 * none of what that money buys (housing support and 0 households supported), or the reverse: results while the
 * 01/VỐN of the year reports the sub-project with nothing disbursed. Only the pairs of jobs/crosschecks.properties,
 * and only where the unit reported both, the indicator as a figure (0, not blank).
 */
final class SpendingResultCheck {

    List<Finding> check(CheckInput capital, IndicatorInput indicators) {
        Map<String, String> pairs = capital.config().crossChecks().indicatorOfLeaf();
        if (pairs.isEmpty()) {
            return List.of();
        }
        // Disbursed by unit, year and paired node: a sub-project's money counts for its project's pair too.
        Map<String, BigDecimal> disbursed = new HashMap<>();
        for (LeafAmount a : capital.amounts()) {
            for (String node : Stream.of(a.leaf(), capital.config().catalogue().projectOf(a.leaf())).distinct().toList()) {
                if (pairs.containsKey(node)) {
                    disbursed.merge(key(a.unitCode(), a.year(), node), a.disbursed(), BigDecimal::add);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (StagedIndicator v : indicators.values()) {
            if (v.actual() == null) {
                continue;
            }
            for (Map.Entry<String, String> pair : pairs.entrySet()) {
                if (!pair.getValue().equals(v.indicator())) {
                    continue;
                }
                BigDecimal money = disbursed.get(key(v.unitCode(), v.year(), pair.getKey()));
                if (money == null) {
                    continue;
                }
                String node = capital.config().catalogue().shortName(pair.getKey());
                String indicator = IndicatorNames.of(capital.config(), v.indicator());
                if (money.signum() > 0 && v.actual().signum() == 0) {
                    out.add(v.finding(FindingCode.DISBURSEMENT_RESULT_CONFLICT, v.actualCell()).expected("> 0").actual("0")
                            .message("Biểu 01/VỐN năm " + v.year() + " ghi giải ngân " + Amounts.vn(money) + " triệu đồng cho "
                                    + node + ", nhưng Biểu 02/CT ghi kết quả bằng 0 (" + indicator + "). Hãy kiểm tra lại"
                                    + " số thực hiện hoặc số giải ngân."));
                } else if (money.signum() == 0 && v.actual().signum() > 0) {
                    out.add(v.finding(FindingCode.DISBURSEMENT_RESULT_CONFLICT, v.actualCell()).expected("0")
                            .actual(Amounts.plain(v.actual()))
                            .message("Biểu 02/CT ghi thực hiện " + Amounts.vn(v.actual()) + " (" + indicator + ", năm " + v.year()
                                    + "), nhưng Biểu 01/VỐN cùng năm ghi " + node + " không giải ngân đồng nào. Hãy kiểm tra"
                                    + " lại số thực hiện hoặc số giải ngân."));
                }
            }
        }
        return out;
    }

    private static String key(String unit, int year, String node) {
        return unit + "|" + year + "|" + node;
    }
}
