package vn.tonghop.report;

import vn.tonghop.config.Catalogue;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Layouts;
import vn.tonghop.config.Unit;
import vn.tonghop.consolidate.BasisUnits;
import vn.tonghop.consolidate.Fact;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.finding.Severity;
import vn.tonghop.staging.Fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Phụ lục IV (capital by project), V (investment capital) and VI (recurrent capital), built from
 * the leaf-level facts. Every parent figure is a formula over its children, so what the reviewer
 * signs adds up by construction.
 */
final class CapitalSchedules {

    /** The column of the medium-term plan in Phụ lục IV. */
    private static final int PLAN = 2;

    private final JobsConfig config;
    private final List<Fact> facts;
    private final List<Integer> years;
    private final List<Finding> flagged;
    /** The same findings by unit, leaf and year: a national schedule looks up thousands of unit rows. */
    private final Map<String, List<Finding>> flaggedByUnit;
    private final Map<String, BigDecimal> mediumTermPlan;
    private final Map<Total, BigDecimal> totals;
    private final Set<String> reporting;
    private final BasisUnits basis;
    /** The years whose figures are partly estimates, headed "Ước TH". */
    private final Set<Integer> estimated;
    private final Map<String, UnitFundFigures> byUnitLeafFund;
    private final Map<String, String> fundByRow = new HashMap<>();

    CapitalSchedules(JobsConfig config, List<Fact> reported, List<Finding> findings, Map<String, BigDecimal> mediumTermPlan,
                     BasisUnits basis, Set<Integer> estimated) {
        this.config = config;
        this.estimated = estimated;
        this.basis = basis;
        List<Fact> facts = basis.carried(reported);
        this.mediumTermPlan = mediumTermPlan;
        this.totals = totals(facts);
        this.facts = facts;
        this.years = List.copyOf(facts.stream().map(Fact::year).collect(Collectors.toCollection(TreeSet::new)));
        this.reporting = facts.stream().map(Fact::unitCode).collect(Collectors.toSet());
        this.byUnitLeafFund = UnitFundFigures.of(facts, years);
        this.flagged = findings.stream().filter(f -> f.severity() != Severity.NOTE && f.unitCode() != null
                && f.leaf() != null && f.year() != null && config.catalogue().isLeaf(f.leaf())).toList();
        // Only the rows of files with a flagged finding: a national night has a few hundred, and 216,000 facts.
        Set<String> flaggedFiles = flagged.stream().map(Finding::file).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        facts.stream().filter(x -> x.file() != null && x.sheet() != null && x.cell() != null && flaggedFiles.contains(x.file()))
                .forEach(x -> fundByRow.putIfAbsent(rowKey(x.file(), x.sheet(), x.cell()), x.fund()));
        this.flaggedByUnit = flagged.stream().collect(Collectors.groupingBy(
                f -> key(basis.carry(f.unitCode(), f.year()), f.leaf(), f.year())));
    }

    void writeByProject(ScheduleSheet sheets, Layouts.Schedule layout) {
        List<ScheduleColumn> cols = new ArrayList<>();
        cols.add(new ScheduleColumn(null, "TT", ScheduleColumn.Kind.TT, List.of(), 6));
        cols.add(new ScheduleColumn(null, "Dự án, tiểu dự án", ScheduleColumn.Kind.LABEL, List.of(), 42));
        cols.add(new ScheduleColumn(null, "Kế hoạch vốn trung hạn 2021-2025", ScheduleColumn.Kind.VALUE, List.of(), 13));
        List<Integer> allocatedCols = new ArrayList<>();
        List<Integer> disbursedCols = new ArrayList<>();
        for (int year : years) {
            String g = ScheduleColumn.year(year, estimated);
            int ci = cols.size();
            cols.add(ScheduleColumn.value(g, "Năm trước chuyển sang"));
            cols.add(ScheduleColumn.value(g, "Giao trong năm"));
            cols.add(ScheduleColumn.rowSum(g, "Tổng số", List.of(ci, ci + 1)));
            cols.add(ScheduleColumn.value(g, "Giải ngân"));
            cols.add(ScheduleColumn.rate(g, "Tỷ lệ giải ngân (%)", ci + 3, ci + 2));
            cols.add(ScheduleColumn.value(g, "Chuyển nguồn sang năm sau"));
            allocatedCols.add(ci + 1);
            disbursedCols.add(ci + 3);
        }
        int cum = cols.size();
        cols.add(ScheduleColumn.rowSum("Lũy kế", "Vốn giao", allocatedCols));
        cols.add(ScheduleColumn.rowSum("Lũy kế", "Giải ngân", disbursedCols));
        cols.add(ScheduleColumn.rate("Lũy kế", "Tỷ lệ (%)", cum + 1, cum));
        cols.add(new ScheduleColumn(null, "Ghi chú", ScheduleColumn.Kind.NOTE, List.of(), 14));

        ScheduleLine total = new ScheduleLine("", "TỔNG CỘNG", ScheduleLine.Level.TOTAL);
        int p = 0;
        Catalogue catalogue = config.catalogue();
        for (Catalogue.Node project : catalogue.projects()) {
            p++;
            ScheduleLine projectLine = total.add(new ScheduleLine(String.valueOf(p), label(project),
                    catalogue.isLeaf(project.code()) ? ScheduleLine.Level.LEAF : ScheduleLine.Level.PROJECT));
            List<Catalogue.Node> subs = catalogue.children(project.code());
            if (subs.isEmpty()) {
                fillByProject(projectLine, project.code(), cols);
            }
            int s = 0;
            for (Catalogue.Node sub : subs) {
                s++;
                ScheduleLine subLine = projectLine.add(new ScheduleLine(p + "." + s, label(sub), ScheduleLine.Level.LEAF));
                fillByProject(subLine, sub.code(), cols);
                subLine.addTo(PLAN, mediumTermPlan.get(sub.code()));
            }
            // A plan given for the whole project, not per sub-project, stands on the project's row.
            if (subs.isEmpty() || subs.stream().noneMatch(sub -> mediumTermPlan.containsKey(sub.code()))) {
                if (subs.isEmpty()) {
                    projectLine.addTo(PLAN, mediumTermPlan.get(project.code()));
                } else {
                    projectLine.fix(PLAN, mediumTermPlan.get(project.code()));
                }
            }
        }
        sheets.write(layout, true, cols, total);
    }

    /** "Theo đơn vị": who is behind, one row per unit that reports capital. */
    void writeByUnit(ScheduleSheet sheets, Layouts.Schedule layout) {
        List<ScheduleColumn> cols = new ArrayList<>();
        cols.add(new ScheduleColumn(null, "TT", ScheduleColumn.Kind.TT, List.of(), 6));
        cols.add(new ScheduleColumn(null, "Đơn vị thực hiện", ScheduleColumn.Kind.LABEL, List.of(), 40));
        for (int year : years) {
            int c = cols.size();
            String g = ScheduleColumn.year(year, estimated);
            cols.add(ScheduleColumn.value(g, "Tổng số kế hoạch"));
            cols.add(ScheduleColumn.value(g, "Giải ngân"));
            cols.add(ScheduleColumn.rate(g, "Tỷ lệ (%)", c + 1, c));
        }
        cols.add(new ScheduleColumn(null, "Ghi chú", ScheduleColumn.Kind.NOTE, List.of(), 14));
        ScheduleLine total = new ScheduleLine("", "TỔNG CỘNG", ScheduleLine.Level.TOTAL);
        int n = 0;
        Predicate<Unit> owes = unit -> unit.owed().stream().anyMatch(o -> o.form().equals("01/VỐN"));
        for (String unit : basis.lines(owes, reporting)) {
            ScheduleLine line = total.add(new ScheduleLine(String.valueOf(++n), basis.label(unit), ScheduleLine.Level.UNIT));
            for (int i = 0; i < years.size(); i++) {
                int year = years.get(i);
                line.addTo(2 + i * 3, total(Total.unit(unit, year, "available")));
                line.addTo(3 + i * 3, total(Total.unit(unit, year, "disbursed")));
            }
        }
        sheets.write(layout, true, cols, total);
    }

    private void fillByProject(ScheduleLine line, String leaf, List<ScheduleColumn> cols) {
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            int ci = 3 + i * 6;
            line.addTo(ci, total(Total.leaf(leaf, year, "carry_in")));
            line.addTo(ci + 1, total(Total.leaf(leaf, year, "allocated")));
            line.addTo(ci + 3, total(Total.leaf(leaf, year, "disbursed")));
            line.addTo(ci + 5, total(Total.leaf(leaf, year, "carry_out")));
            for (Finding f : flagged) {
                if (f.leaf().equals(leaf) && f.year() == year) {
                    line.comment(ci + BY_PROJECT.of(f.code()), note(f));
                }
            }
        }
    }

    /** Phụ lục V (investment, ĐTPT) or VI (recurrent, SN, with carry-outs and returns). */
    void writeByFund(ScheduleSheet sheets, Layouts.Schedule layout, String fund) {
        boolean recurrent = Fund.SN.equals(fund);
        int perYear = recurrent ? 9 : 7;
        List<ScheduleColumn> cols = new ArrayList<>();
        cols.add(new ScheduleColumn(null, "TT", ScheduleColumn.Kind.TT, List.of(), 6));
        cols.add(new ScheduleColumn(null, "Dự án, tiểu dự án, đơn vị thực hiện", ScheduleColumn.Kind.LABEL, List.of(), 40));
        List<Integer> disbursedTotals = new ArrayList<>();
        for (int year : years) {
            String g = ScheduleColumn.year(year, estimated);
            int c = cols.size();
            cols.add(ScheduleColumn.rowSum(g, "Tổng số", List.of(c + 1, c + 2)).under("Kế hoạch vốn"));
            cols.add(ScheduleColumn.value(g, "NSTW").under("Kế hoạch vốn"));
            cols.add(ScheduleColumn.value(g, "NSĐP").under("Kế hoạch vốn"));
            cols.add(ScheduleColumn.rowSum(g, "Tổng số", List.of(c + 4, c + 5)).under("Giải ngân"));
            cols.add(ScheduleColumn.value(g, "NSTW").under("Giải ngân"));
            cols.add(ScheduleColumn.value(g, "NSĐP").under("Giải ngân"));
            cols.add(ScheduleColumn.rate(g, "Tỷ lệ (%)", c + 3, c));
            if (recurrent) {
                cols.add(ScheduleColumn.value(g, "Chuyển nguồn sang năm sau"));
                cols.add(ScheduleColumn.value(g, "Nộp trả, hủy dự toán"));
            }
            disbursedTotals.add(c + 3);
        }
        int cum = cols.size();
        cols.add(ScheduleColumn.value("Lũy kế", "Kế hoạch (vốn giao)"));
        cols.add(ScheduleColumn.rowSum("Lũy kế", "Giải ngân", disbursedTotals));
        cols.add(ScheduleColumn.rate("Lũy kế", "Tỷ lệ (%)", cum + 1, cum));
        cols.add(new ScheduleColumn(null, "Ghi chú", ScheduleColumn.Kind.NOTE, List.of(), 14));

        // The units behind each leaf, gathered in one pass: a national night has 100,000 facts of a fund. Facts
        // come by unit and leaf, so a unit's run of facts for a leaf goes into the sorted set once, not per fact.
        Map<String, TreeSet<String>> unitsByLeaf = new HashMap<>();
        Fact last = null;
        for (Fact f : facts) {
            if (f.fund().equals(fund)) {
                if (last == null || !f.leaf().equals(last.leaf()) || !f.unitCode().equals(last.unitCode())) {
                    unitsByLeaf.computeIfAbsent(f.leaf(), k -> new TreeSet<>()).add(f.unitCode());
                }
                last = f;
            }
        }
        ScheduleLine total = new ScheduleLine("", "TỔNG CỘNG", ScheduleLine.Level.TOTAL);
        Catalogue catalogue = config.catalogue();
        int p = 0;
        for (Catalogue.Node project : catalogue.projects()) {
            p++;
            List<Catalogue.Node> leaves = catalogue.isLeaf(project.code()) ? List.of(project)
                    : catalogue.children(project.code());
            List<Catalogue.Node> withData = leaves.stream()
                    .filter(l -> unitsByLeaf.containsKey(l.code())).toList();
            if (withData.isEmpty()) {
                continue;
            }
            ScheduleLine projectLine = total.add(new ScheduleLine(String.valueOf(p), label(project), ScheduleLine.Level.PROJECT));
            for (Catalogue.Node leaf : withData) {
                ScheduleLine leafLine = leaf == project ? projectLine
                        : projectLine.add(new ScheduleLine(p + "." + leaf.code().substring(leaf.code().indexOf('.') + 1),
                                label(leaf), ScheduleLine.Level.LEAF));
                for (String unit : unitsByLeaf.get(leaf.code())) {
                    ScheduleLine unitLine = leafLine.add(new ScheduleLine("-", basis.label(unit), ScheduleLine.Level.UNIT));
                    fillByUnit(unitLine, fund, leaf.code(), unit, perYear, recurrent, cum);
                }
            }
        }
        sheets.write(layout, true, cols, total);
    }

    private void fillByUnit(ScheduleLine line, String fund, String leaf, String unit, int perYear,
                            boolean recurrent, int cum) {
        // A unit listed under a leaf of this fund has facts of it, so it has figures.
        UnitFundFigures figures = byUnitLeafFund.get(UnitFundFigures.key(fund, leaf, unit));
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            int c = 2 + i * perYear;
            line.addTo(c + 1, figures.at(i, UnitFundFigures.AVAILABLE_NSTW));
            line.addTo(c + 2, figures.at(i, UnitFundFigures.AVAILABLE_NSDP));
            line.addTo(c + 4, figures.at(i, UnitFundFigures.DISBURSED_NSTW));
            line.addTo(c + 5, figures.at(i, UnitFundFigures.DISBURSED_NSDP));
            if (recurrent) {
                line.addTo(c + 7, figures.at(i, UnitFundFigures.CARRY_OUT));
                line.addTo(c + 8, figures.at(i, UnitFundFigures.RETURNED));
            }
            for (Finding f : flaggedByUnit.getOrDefault(key(unit, leaf, year), List.of())) {
                if (fundOf(f).map(fund::equals).orElse(true)) {
                    line.comment(c + (recurrent ? RECURRENT : INVESTMENT).of(f.code()), note(f));
                }
            }
        }
        line.addTo(cum, figures.allocated());
    }

    /**
     * Where, within a year's columns, a schedule shows the figure each kind of finding is about: the comment
     * goes on that cell, and on {@code otherwise} for any other finding.
     */
    private record FlaggedColumns(int carryIn, int available, int disbursed, int rate, int carryOut, int otherwise) {

        int of(FindingCode code) {
            return switch (code) {
                case CARRY_CHAIN_BREAK -> carryIn;
                case AVAILABLE_MISMATCH -> available;
                case DISBURSED_OVER_AVAILABLE -> disbursed;
                case RATE_MISMATCH -> rate;
                case CARRY_OUT_MISMATCH -> carryOut;
                default -> otherwise;
            };
        }
    }

    /** Phụ lục IV, a year as carry-in, allocated, available, disbursed, rate, carry-out. */
    private static final FlaggedColumns BY_PROJECT = new FlaggedColumns(0, 2, 3, 4, 5, 3);
    /** Phụ lục V and VI, a year as available (total, NSTW, NSĐP), disbursed (the same), rate; VI adds carry-out and returned. */
    private static final FlaggedColumns INVESTMENT = new FlaggedColumns(0, 0, 3, 6, 0, 3);
    private static final FlaggedColumns RECURRENT = new FlaggedColumns(0, 0, 3, 6, 7, 3);

    /**
     * The fund a finding is about, from the fact read off the same row; a finding carries no fund of
     * its own, and a carry-over break in investment capital must not mark the recurrent schedule.
     */
    private Optional<String> fundOf(Finding f) {
        if (f.file() == null || f.sheet() == null || f.cell() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(fundByRow.get(rowKey(f.file(), f.sheet(), f.cell())));
    }

    private static String rowKey(String file, String sheet, String cell) {
        return file + "\u0000" + sheet + "\u0000" + cell.replaceAll("\\D", "");
    }

    /** The comment a schedule cell carries for a finding its figure rests on. */
    static String note(Finding f) {
        return f.code().name() + " (" + f.severity().label() + "): " + f.message();
    }

    /**
     * The facts added up by unit and by leaf, each year, so a national night (thousands of units) does not
     * scan every fact for every cell. A key with no fact has no total (a blank cell). The lines by unit, leaf
     * and fund have figures of their own (UnitFundFigures).
     */
    private static Map<Total, BigDecimal> totals(List<Fact> facts) {
        Map<Total, BigDecimal> totals = new HashMap<>();
        for (Fact f : facts) {
            BigDecimal v = f.value();
            String m = f.measure();
            if (BY_UNIT.contains(m)) {
                totals.merge(Total.unit(f.unitCode(), f.year(), m), v, BigDecimal::add);
            }
            if (BY_LEAF.contains(m)) {
                totals.merge(Total.leaf(f.leaf(), f.year(), m), v, BigDecimal::add);
            }
        }
        return totals;
    }

    /** A total the schedules ask for; one of a measure not added up is a mistake here, not a blank cell. */
    private BigDecimal total(Total key) {
        Set<String> summed = switch (key.kind()) {
            case "unit" -> BY_UNIT;
            case "leaf" -> BY_LEAF;
            default -> throw new IllegalStateException("no totals by " + key.kind());
        };
        if (!summed.contains(key.measure())) {
            throw new IllegalStateException("the " + key.measure() + " totals by " + key.kind() + " are not added up");
        }
        return totals.get(key);
    }

    /*
     * The measures each kind of total is asked for by the schedules above, and so the only ones added up. A
     * schedule that asks for another measure fails at once (total), until it is added here.
     */
    private static final Set<String> BY_UNIT = Set.of("available", "disbursed");
    private static final Set<String> BY_LEAF = Set.of("carry_in", "allocated", "disbursed", "carry_out");

    /** What a total adds up: a unit's or a leaf's measure in a year. */
    private record Total(String kind, String code, int year, String measure) {
        static Total unit(String unit, int year, String measure) {
            return new Total("unit", unit, year, measure);
        }

        static Total leaf(String leaf, int year, String measure) {
            return new Total("leaf", leaf, year, measure);
        }

        // Written out: the generated ones go through method handles, slow in a night's short-lived JVM.
        @Override
        public boolean equals(Object o) {
            return o instanceof Total t && year == t.year && kind.equals(t.kind) && code.equals(t.code)
                    && measure.equals(t.measure);
        }

        /** Combined with the golden ratio's odd multiplier, not 31: unit codes run N00001, N00002 … */
        @Override
        public int hashCode() {
            int h = kind.hashCode();
            h = MIX * h + code.hashCode();
            h = MIX * h + year;
            return MIX * h + measure.hashCode();
        }

        private static final int MIX = 0x9E3779B1;
    }

    private static String key(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            sb.append(p).append('|');
        }
        return sb.toString();
    }

    private static String label(Catalogue.Node node) {
        String prefix = node.isProject() ? "Dự án " + node.code().substring(2) : "Tiểu dự án " + node.code().substring(node.code().indexOf('.') + 1);
        return prefix + ": " + node.name();
    }
}
