package vn.tonghop.check;

import vn.tonghop.config.Indicators;
import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Decimals;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One typed value behind several findings. The seed's "11.230" workers, where 1.230 was meant, breaks both the row's
 * achievement rate and its cumulative: the actual takes part in two failed relations, and one value of it, worked
 * out from the cumulative, makes both hold. That cell is then the root: its own finding suggests the value, and the
 * findings it explains name it. When no value or more than one would do, nothing is suggested: a wrong suggestion
 * is worse than none. Relations looked at: a year's achievement rate and the row's cumulative (Biểu 02/CT).
 */
final class RootCauses {

    /** A root: the cell and its file, the value that fits, the cells of the findings it explains, and why. */
    record Root(String file, String sheetCell, BigDecimal value, Set<String> explains, String why) {
    }

    private RootCauses() {
    }

    /** The roots of the indicator rows: an actual in a failed rate and a failed cumulative, which one value mends. */
    static List<Root> ofIndicators(IndicatorInput input) {
        Map<String, List<StagedIndicator>> rows = new LinkedHashMap<>();
        input.values().forEach(v -> rows.computeIfAbsent(row(v.file(), v.sheet(), v.rowNo()), k -> new ArrayList<>()).add(v));
        BigDecimal tolerance = input.config().tolerances().rateLastDigitUnits();
        List<Root> roots = new ArrayList<>();
        for (StagedCumulative c : input.cumulatives()) {
            boolean sum = input.config().indicators().find(c.indicator())
                    .map(i -> i.aggregation() == Indicators.Aggregation.SUM).orElse(false);
            List<StagedIndicator> years = rows.getOrDefault(row(c.file(), c.sheet(), c.rowNo()), List.of()).stream()
                    .filter(v -> v.year() >= c.firstYear() && v.year() <= c.lastYear() && v.actual() != null).toList();
            BigDecimal total = years.stream().map(StagedIndicator::actual).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!sum || years.isEmpty() || Decimals.states(c.cumulative(), total)) {
                continue;
            }
            List<Root> fits = new ArrayList<>();
            for (StagedIndicator v : years) {
                boolean rateFails = v.rate() != null && v.plan() != null && v.plan().signum() != 0
                        && !Decimals.rateMatches(v.rate(), v.rateScale(), v.actual(), v.plan(), tolerance);
                if (!rateFails) {
                    continue;
                }
                BigDecimal value = c.cumulative().subtract(total.subtract(v.actual()));
                if (value.signum() >= 0 && Decimals.rateMatches(v.rate(), v.rateScale(), value, v.plan(), tolerance)) {
                    fits.add(new Root(v.file(), v.sheet() + "!" + v.actualCell(), value,
                            Set.of(v.sheet() + "!" + v.rateCell(), c.sheet() + "!" + c.cell()),
                            "Có lẽ là " + Amounts.vn(value) + ": với giá trị này tỷ lệ và lũy kế đều khớp."));
                }
            }
            if (fits.size() == 1) {
                roots.add(fits.get(0));
            }
        }
        return roots;
    }

    /** The roots that hold against every finding: one whose value would still be an outlier explains nothing. */
    static List<Root> standing(List<Root> roots, List<Finding> findings) {
        return roots.stream().filter(r -> findings.stream().noneMatch(f -> f.cell() != null && f.file() != null
                && f.file().equals(r.file()) && f.sheetCell().equals(r.sheetCell()) && stillOutlier(f, r.value()))).toList();
    }

    /**
     * The findings with their roots: those a root explains name its cell; the root cell's own finding carries the
     * value and why.
     */
    static List<Finding> apply(List<Root> roots, List<Finding> findings) {
        Map<String, Root> byRoot = new HashMap<>();
        Map<String, Root> byExplained = new HashMap<>();
        for (Root r : roots) {
            byRoot.put(r.file() + "|" + r.sheetCell(), r);
            r.explains().forEach(cell -> byExplained.put(r.file() + "|" + cell, r));
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String at = f.file() + "|" + f.sheetCell();
            Root root = byRoot.get(at);
            Root explaining = byExplained.get(at);
            if (root != null && f.cell() != null) {
                out.add(f.rootOf(Amounts.plain(root.value()), root.why()));
            } else if (explaining != null && EXPLAINED.contains(f.code())) {
                out.add(f.explainedBy(explaining.sheetCell()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static final Set<FindingCode> EXPLAINED = Set.of(FindingCode.ACHIEVEMENT_MISMATCH, FindingCode.CUMULATIVE_MISMATCH);

    /** An OUTLIER whose bound ("≤ 6610") the suggested value would still pass. */
    private static boolean stillOutlier(Finding f, BigDecimal value) {
        if (f.code() != FindingCode.OUTLIER || f.expected() == null || !f.expected().startsWith("≤ ")) {
            return false;
        }
        return value.compareTo(new BigDecimal(f.expected().substring(2).strip())) > 0;
    }

    private static String row(String file, String sheet, int rowNo) {
        return file + "\u0000" + sheet + "\u0000" + rowNo;
    }
}
