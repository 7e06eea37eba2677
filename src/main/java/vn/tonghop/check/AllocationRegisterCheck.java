package vn.tonghop.check;

import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Decimals;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ALLOCATION_MISMATCH and ALLOCATION_UNREGISTERED: what units report as allocated in Biểu 01/VỐN
 * against the register of Phòng Tài chính – Kế hoạch (Biểu 05/GV), for the years the register
 * covers. Several decisions for one unit, node, fund, source and year are added up.
 */
final class AllocationRegisterCheck implements CapitalCheck {

    @Override
    public List<Finding> check(CheckInput input) {
        Map<String, List<RegisterEntry>> registered = new LinkedHashMap<>();
        for (RegisterEntry e : input.register()) {
            if (!e.plan()) {
                registered.computeIfAbsent(String.join("|", e.unitCode(), e.node(), e.fund(), e.source(), "" + e.year()),
                        k -> new ArrayList<>()).add(e);
            }
        }
        if (registered.isEmpty()) {
            return List.of();
        }
        Set<Integer> registerYears = registered.values().stream().map(l -> l.get(0).year()).collect(Collectors.toSet());
        Map<Long, StagedRow> rowsById = new HashMap<>();
        input.rows().forEach(r -> rowsById.put(r.rowId(), r));
        List<Finding> out = new ArrayList<>();
        for (List<RegisterEntry> entries : registered.values()) {
            RegisterEntry e = entries.get(0);
            if (!input.reportedYears().contains(CheckInput.unitYear(e.unitCode(), e.year()))) {
                continue; // not reported at all: MISSING_REPORT says so
            }
            BigDecimal amount = entries.stream().map(RegisterEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<LeafAmount> reported = input.amounts().stream()
                    .filter(a -> a.unitCode().equals(e.unitCode()) && e.covers(a.leaf()) && a.fund().equals(e.fund())
                            && a.source().equals(e.source()) && a.year() == e.year())
                    .toList();
            BigDecimal sum = reported.stream().map(LeafAmount::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (Decimals.states(sum, amount)) {
                continue;
            }
            StagedRow at = reported.isEmpty() ? null : rowsById.get(reported.get(0).firstRowId());
            Finding.Builder b = at != null ? at.finding(FindingCode.ALLOCATION_MISMATCH, Measure.ALLOCATED).leaf(e.node())
                    : Finding.of(FindingCode.ALLOCATION_MISMATCH).unit(e.unitCode()).leaf(e.node()).year(e.year())
                            .at(e.file(), e.sheet(), e.cell());
            out.add(b.expected(Amounts.plain(amount)).actual(Amounts.plain(sum))
                    .message("Vốn giao trong năm " + e.year() + " báo cáo " + Amounts.vn(sum) + " triệu đồng, nhưng sổ giao vốn"
                            + " của Phòng Tài chính – Kế hoạch ghi " + Amounts.vn(amount) + " triệu đồng"
                            + decisions(entries) + " (" + what(input, e.node(), e.fund(), e.source()) + ")."));
        }
        for (LeafAmount a : input.amounts()) {
            if (a.allocated().signum() == 0 || !registerYears.contains(a.year())) {
                continue;
            }
            boolean covered = registered.values().stream().map(l -> l.get(0)).anyMatch(e -> e.unitCode().equals(a.unitCode())
                    && e.covers(a.leaf()) && e.fund().equals(a.fund()) && e.source().equals(a.source()) && e.year() == a.year());
            if (!covered) {
                StagedRow at = rowsById.get(a.firstRowId());
                Finding.Builder b = at != null ? at.finding(FindingCode.ALLOCATION_UNREGISTERED, Measure.ALLOCATED)
                        : Finding.of(FindingCode.ALLOCATION_UNREGISTERED).unit(a.unitCode()).leaf(a.leaf()).year(a.year());
                out.add(b.expected("0").actual(Amounts.plain(a.allocated()))
                        .message("Vốn giao trong năm " + a.year() + " báo cáo " + Amounts.vn(a.allocated()) + " triệu đồng,"
                                + " nhưng sổ giao vốn của Phòng Tài chính – Kế hoạch không có khoản giao này ("
                                + what(input, a.leaf(), a.fund(), a.source()) + ")."));
            }
        }
        return out;
    }

    private static String decisions(List<RegisterEntry> entries) {
        String list = entries.stream().map(RegisterEntry::decision).filter(d -> d != null && !d.isBlank()).distinct()
                .collect(Collectors.joining("; "));
        return list.isEmpty() ? "" : " theo " + list;
    }

    static String what(CheckInput input, String node, String fund, String source) {
        return input.config().catalogue().shortName(node) + ", " + CarryChainCheck.fundName(fund) + " " + source;
    }
}
