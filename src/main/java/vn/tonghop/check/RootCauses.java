package vn.tonghop.check;

import vn.tonghop.config.Indicators;
import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Decimals;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.Measure;
import vn.tonghop.staging.RowRole;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One typed value behind several findings. The seed's "11.230" workers, where 1.230 was meant, breaks both the row's
 * achievement rate and its cumulative: the actual takes part in two failed relations, and one value of it, worked
 * out from the cumulative, makes both hold. That cell is then the root: its own finding suggests the value, and the
 * findings it explains name it. When no value or more than one would do, nothing is suggested: a wrong suggestion
 * is worse than none. Relations looked at: a year's achievement rate and the row's cumulative (Biểu 02/CT); a
 * row's rate, carry-out and typed total, the subtotal rows that add it up, and the carry chain (Biểu 01/VỐN).
 */
final class RootCauses {

    /**
     * A root: the cell and its file, the value that fits, the cells of the findings it explains, and why; with the
     * unit, sheet, cell, leaf and year a finding of its own needs where the cell has none.
     */
    record Root(String file, String sheetCell, BigDecimal value, Set<String> explains, String why, String unit,
                String sheet, String cell, String leaf, Integer year) {
    }

    private RootCauses() {
    }

    /** The roots of the indicator rows: an actual in a failed rate and a failed cumulative, which one value mends. */
    static List<Root> ofIndicators(IndicatorInput input) {
        if (input.cumulatives().isEmpty()) {
            return List.of();
        }
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
                            "Có lẽ là " + Amounts.vn(value) + ": với giá trị này tỷ lệ và lũy kế đều khớp.", v.unitCode(),
                            v.sheet(), v.actualCell(), v.indicator(), v.year()));
                }
            }
            if (fits.size() == 1) {
                roots.add(fits.get(0));
            }
        }
        return roots;
    }

    /**
     * The roots of the Biểu 01/VỐN rows. A disbursement typed wrong breaks the row's rate and its carry-out: the
     * carry-out gives the one value (available − returned − carry-out), which must also give the typed rate and not
     * exceed what was available. An allocation typed wrong breaks the typed total and the carry-out: both give a
     * value, which must be the same, and give the typed rate where there is one.
     */
    static List<Root> ofCapital(CheckInput input) {
        BigDecimal tolerance = input.config().tolerances().rateLastDigitUnits();
        // A relation off by rounding (a triệu a part) is no failure to explain: only one off by more counts.
        BigDecimal slack = input.config().tolerances().amountPerChild();
        // Every root breaks its row's carry-out: the rows that do are few, and the rest of a night's rows need no maps.
        List<StagedRow> failing = input.rows().stream().filter(r -> r.role() == RowRole.LEAF && r.value(Measure.CARRY_OUT) != null
                && r.value(Measure.DISBURSED) != null && r.available() != null
                && beyond(r.value(Measure.CARRY_OUT), r.available().subtract(r.value(Measure.DISBURSED))
                        .subtract(StagedRow.zero(r.value(Measure.RETURNED))), slack.multiply(FOUR))).toList();
        if (failing.isEmpty()) {
            return List.of();
        }
        // The carry chain: next year's carry-in of each leaf, fund and source, and how many rows a year's amount adds.
        Map<String, LeafAmount> amounts = new HashMap<>();
        input.amounts().forEach(a -> amounts.put(LeafAmount.key(a.unitCode(), a.leaf(), a.fund(), a.source(), a.year()), a));
        Map<Long, StagedRow> rowsById = new HashMap<>();
        Map<String, Integer> rowsOf = new HashMap<>();
        for (StagedRow r : input.rows()) {
            rowsById.put(r.rowId(), r);
            if (r.role() == RowRole.LEAF) {
                rowsOf.merge(LeafAmount.key(r.unitCode(), r.leaf(), r.fund(), r.source(), r.year()), 1, Integer::sum);
            }
        }
        Map<String, List<StagedRow>> bySheet = input.rows().stream()
                .collect(Collectors.groupingBy(r -> r.file() + "\u0000" + r.sheet()));
        List<Root> roots = new ArrayList<>();
        for (StagedRow r : failing) {
            BigDecimal rate = r.value(Measure.RATE);
            BigDecimal carryOut = r.value(Measure.CARRY_OUT);
            BigDecimal disbursed = r.value(Measure.DISBURSED);
            BigDecimal available = r.available();
            BigDecimal returned = StagedRow.zero(r.value(Measure.RETURNED));
            boolean rateFails = rate != null && available.signum() != 0
                    && !Decimals.rateMatches(rate, r.rateScale(), disbursed, available, tolerance);
            BigDecimal typedTotal = r.value(Measure.AVAILABLE);
            BigDecimal allocated = r.value(Measure.ALLOCATED);
            BigDecimal carryIn = StagedRow.zero(r.value(Measure.CARRY_IN));
            boolean totalFails = typedTotal != null && allocated != null && beyond(typedTotal, available, slack.multiply(TWO));
            List<Root> fits = new ArrayList<>();
            BigDecimal spent = available.subtract(returned).subtract(carryOut);
            // The rows that add this one up: each with a typed disbursement must hold with the value too.
            List<StagedRow> sheet = bySheet.get(r.file() + "\u0000" + r.sheet());
            boolean readable = sheet.stream().noneMatch(StagedRow::unreadable);
            Set<String> explained = new HashSet<>(Set.of(cell(r, Measure.CARRY_OUT)));
            boolean parentsHold = true;
            boolean parents = false;
            for (StagedRow p : sheet) {
                if (!readable || p.role() == RowRole.LEAF || p.value(Measure.DISBURSED) == null) {
                    continue;
                }
                List<StagedRow> children = SubtotalCheck.children(p, sheet);
                if (!children.contains(r)) {
                    continue;
                }
                parents = true;
                BigDecimal sum = children.stream().map(c -> StagedRow.zero(c.value(Measure.DISBURSED)))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal room = slack.multiply(BigDecimal.valueOf(Math.max(1, children.size())));
                BigDecimal typed = p.value(Measure.DISBURSED);
                // One that agrees now added the typo up (a formula, mostly) and follows the mended cell; one that
                // disagrees must agree with the value, or the value is not the one.
                if (beyond(typed, sum, room)) {
                    parentsHold &= !beyond(typed, sum.subtract(disbursed).add(spent), room);
                    explained.add(cell(p, Measure.DISBURSED));
                }
            }
            if (rateFails) {
                explained.add(cell(r, Measure.RATE));
            }
            boolean rateHoldsAtSpent = rate == null || available.signum() == 0
                    || Decimals.rateMatches(rate, r.rateScale(), spent, available, tolerance);
            if (explained.size() >= 2 && parentsHold && rateHoldsAtSpent && spent.signum() >= 0
                    && spent.compareTo(available) <= 0) {
                fits.add(capitalRoot(r, Measure.DISBURSED, spent, explained, !parents
                        ? "tỷ lệ giải ngân và số chuyển nguồn đều khớp" : "các số liên quan (tỷ lệ, chuyển nguồn, dòng cộng) đều khớp"));
            }
            if (totalFails) {
                BigDecimal byTotal = typedTotal.subtract(carryIn);
                BigDecimal byCarryOut = carryOut.add(disbursed).add(returned).subtract(carryIn);
                BigDecimal mended = carryIn.add(byTotal);
                boolean rateHolds = rate == null || mended.signum() == 0
                        || Decimals.rateMatches(rate, r.rateScale(), disbursed, mended, tolerance);
                if (byTotal.signum() >= 0 && Decimals.states(byTotal, byCarryOut) && rateHolds) {
                    fits.add(capitalRoot(r, Measure.ALLOCATED, byTotal, Set.of(cell(r, Measure.AVAILABLE),
                            cell(r, Measure.CARRY_OUT), cell(r, Measure.RATE), cell(r, Measure.DISBURSED)),
                            "tổng số kế hoạch vốn và số chuyển nguồn đều khớp"));
                }
            }
            // A carry-out typed wrong breaks its row and the chain: next year's carry-in says the same value as the row.
            LeafAmount next = amounts.get(LeafAmount.key(r.unitCode(), r.leaf(), r.fund(), r.source(), r.year() + 1));
            StagedRow nextRow = next == null ? null : rowsById.get(next.firstRowId());
            BigDecimal left = available.subtract(disbursed).subtract(returned);
            if (nextRow != null && nextRow.cell(Measure.CARRY_IN) != null && rowsOf.getOrDefault(LeafAmount.key(r.unitCode(), r.leaf(),
                    r.fund(), r.source(), r.year()), 0) == 1 && left.signum() >= 0
                    && !Decimals.states(carryOut, next.carryIn()) && Decimals.states(left, next.carryIn())) {
                fits.add(capitalRoot(r, Measure.CARRY_OUT, left, Set.of(cell(nextRow, Measure.CARRY_IN)),
                        "kế hoạch vốn trừ giải ngân và số năm sau nhận chuyển sang đều khớp"));
            }
            if (fits.size() == 1) {
                roots.add(fits.get(0));
            }
        }
        return roots;
    }


    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private static boolean beyond(BigDecimal typed, BigDecimal computed, BigDecimal slack) {
        return typed.subtract(computed).abs().compareTo(slack) > 0;
    }

    private static Root capitalRoot(StagedRow r, Measure at, BigDecimal value, Set<String> explains, String holds) {
        return new Root(r.file(), cell(r, at), value, explains, "Có lẽ là " + Amounts.vn(value) + ": với giá trị này "
                + holds + ".", r.unitCode(), r.sheet(), r.cell(at), r.leaf(), r.year());
    }

    private static String cell(StagedRow r, Measure m) {
        return r.sheet() + "!" + r.cell(m);
    }

    /**
     * TYPO_SUSPECTED for a root whose cell has no finding of its own (nothing is wrong with it but what it breaks),
     * for the units whose findings this night makes (null: every unit).
     */
    static List<Finding> ownFindings(List<Root> roots, List<Finding> findings, Set<String> units) {
        List<Finding> out = new ArrayList<>();
        for (Root r : roots) {
            boolean has = findings.stream().anyMatch(f -> f.cell() != null && r.file().equals(f.file())
                    && r.sheetCell().equals(f.sheetCell()));
            if (!has && (units == null || units.contains(r.unit()))) {
                out.add(Finding.of(FindingCode.TYPO_SUSPECTED).unit(r.unit()).at(r.file(), r.sheet(), r.cell()).leaf(r.leaf())
                        .year(r.year()).message("Ô " + r.cell() + " có lẽ gõ nhầm, nên các ô khác trên cùng dòng không khớp.")
                        .rootOf(Amounts.plain(r.value()), r.why()));
            }
        }
        return out;
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

    private static final Set<FindingCode> EXPLAINED = Set.of(FindingCode.ACHIEVEMENT_MISMATCH, FindingCode.CUMULATIVE_MISMATCH,
            FindingCode.RATE_MISMATCH, FindingCode.CARRY_OUT_MISMATCH, FindingCode.AVAILABLE_MISMATCH,
            FindingCode.DISBURSED_OVER_AVAILABLE, FindingCode.ROUNDING_DIFFERENCE, FindingCode.CARRY_CHAIN_BREAK,
            FindingCode.SUBTOTAL_MISMATCH);

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
