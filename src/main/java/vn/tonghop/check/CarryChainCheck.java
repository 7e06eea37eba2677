package vn.tonghop.check;

import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CARRY_CHAIN_BREAK: what a unit carried out of year Y−1 for a leaf, fund and source must come back
 * as its carry-in of year Y, when the unit reported both years.
 */
final class CarryChainCheck implements CapitalCheck {

    @Override
    public List<Finding> check(CheckInput input) {
        Map<String, LeafAmount> byKey = new LinkedHashMap<>();
        for (LeafAmount a : input.amounts()) {
            byKey.put(LeafAmount.key(a.unitCode(), a.leaf(), a.fund(), a.source(), a.year()), a);
        }
        Map<Long, StagedRow> rowsById = new HashMap<>();
        input.rows().forEach(r -> rowsById.put(r.rowId(), r));
        List<Finding> out = new ArrayList<>();
        for (LeafAmount prev : input.amounts()) {
            int year = prev.year() + 1;
            if (!input.reportedYears().contains(CheckInput.unitYear(prev.unitCode(), year))) {
                continue;
            }
            LeafAmount next = byKey.get(LeafAmount.key(prev.unitCode(), prev.leaf(), prev.fund(), prev.source(), year));
            BigDecimal carriedIn = next == null ? BigDecimal.ZERO : next.carryIn();
            if (prev.carryOut().compareTo(carriedIn) != 0) {
                out.add(finding(input, prev, next, carriedIn, rowsById));
            }
        }
        for (LeafAmount next : input.amounts()) {
            int year = next.year() - 1;
            boolean reportedBefore = input.reportedYears().contains(CheckInput.unitYear(next.unitCode(), year));
            if (reportedBefore && next.carryIn().signum() != 0
                    && !byKey.containsKey(LeafAmount.key(next.unitCode(), next.leaf(), next.fund(), next.source(), year))) {
                out.add(finding(input, null, next, next.carryIn(), rowsById));
            }
        }
        return out;
    }

    private static Finding finding(CheckInput input, LeafAmount prev, LeafAmount next, BigDecimal carriedIn,
                                   Map<Long, StagedRow> rowsById) {
        LeafAmount any = next != null ? next : prev;
        int year = next != null ? next.year() : prev.year() + 1;
        BigDecimal carriedOut = prev == null ? BigDecimal.ZERO : prev.carryOut();
        StagedRow at = next == null ? null : rowsById.get(next.firstRowId());
        Finding.Builder b = at != null ? at.finding(FindingCode.CARRY_CHAIN_BREAK, Measure.CARRY_IN)
                : Finding.of(FindingCode.CARRY_CHAIN_BREAK).unit(any.unitCode()).leaf(any.leaf()).year(year);
        String what = input.config().catalogue().shortName(any.leaf()) + ", " + fundName(any.fund()) + " " + any.source();
        return b.expected(Amounts.plain(carriedOut)).actual(Amounts.plain(carriedIn))
                .message("Vốn năm trước chuyển sang năm " + year + " ghi " + Amounts.vn(carriedIn)
                        + " triệu đồng, nhưng báo cáo năm " + (year - 1) + " chuyển nguồn sang năm sau "
                        + Amounts.vn(carriedOut) + " triệu đồng (" + what + ")."
                        + (next == null ? " Báo cáo năm " + year + " không có dòng này." : ""));
    }

    static String fundName(String fund) {
        return "ĐTPT".equals(fund) ? "vốn đầu tư phát triển" : "vốn sự nghiệp";
    }

}
