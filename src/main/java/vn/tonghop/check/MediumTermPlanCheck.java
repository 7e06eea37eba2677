package vn.tonghop.check;

import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * OVER_MEDIUM_TERM_PLAN: the allocations of all years for a project (or sub-project), fund and
 * source exceed its medium-term plan 2021–2025. The register's allocations count where there is a
 * register; otherwise what the units reported. A node, fund or source without a plan line (a
 * local counterpart, say) has nothing to exceed.
 */
final class MediumTermPlanCheck implements CapitalCheck {

    @Override
    public List<Finding> check(CheckInput input) {
        List<RegisterEntry> allocations = input.register().stream().filter(e -> !e.plan()).toList();
        List<Finding> out = new ArrayList<>();
        for (RegisterEntry plan : input.register()) {
            if (!plan.plan()) {
                continue;
            }
            BigDecimal allocated = allocations.isEmpty()
                    ? input.amounts().stream().filter(a -> plan.covers(a.leaf()) && same(plan, a.fund(), a.source()))
                            .map(LeafAmount::allocated).reduce(BigDecimal.ZERO, BigDecimal::add)
                    : allocations.stream().filter(e -> plan.covers(e.node()) && same(plan, e.fund(), e.source()))
                            .map(RegisterEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (allocated.compareTo(plan.amount()) > 0) {
                out.add(Finding.of(FindingCode.OVER_MEDIUM_TERM_PLAN).unit(plan.unitCode()).leaf(plan.node())
                        .at(plan.file(), plan.sheet(), plan.cell()).expected(Amounts.plain(plan.amount()))
                        .actual(Amounts.plain(allocated))
                        .message("Vốn đã giao các năm cộng lại " + Amounts.vn(allocated) + " triệu đồng, vượt kế hoạch trung hạn"
                                + " 2021–2025 là " + Amounts.vn(plan.amount()) + " triệu đồng ("
                                + AllocationRegisterCheck.what(input, plan.node(), plan.fund(), plan.source()) + ")."));
            }
        }
        return out;
    }

    private static boolean same(RegisterEntry plan, String fund, String source) {
        return plan.fund().equals(fund) && plan.source().equals(source);
    }
}
