package vn.tonghop.report;

import vn.tonghop.config.Catalogue;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Layouts;
import vn.tonghop.config.Unit;
import vn.tonghop.consolidate.BasisUnits;
import vn.tonghop.consolidate.Fact;
import vn.tonghop.consolidate.MediumTermPlan;
import vn.tonghop.consolidate.ScheduleFigures;
import vn.tonghop.consolidate.ScheduleFigures.Slice;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.finding.Severity;
import vn.tonghop.staging.Fund;
import vn.tonghop.staging.Measure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Phụ lục IV (capital by project), V (investment capital) and VI (recurrent capital), and Theo đơn vị. Every
 * figure is one consolidation added up (ScheduleFigures); every parent figure is also a formula over its
 * children, so what the reviewer signs adds up by construction, and caches the consolidated total.
 */
final class CapitalSchedules {

    /** The column of the medium-term plan in Phụ lục IV. */
    private static final int PLAN = 2;

    private final JobsConfig config;
    private final List<Integer> years;
    private final List<Finding> flagged;
    /** The same findings by unit, leaf and year: a national schedule looks up thousands of unit rows. */
    private final Map<String, List<Finding>> flaggedByUnit;
    private final MediumTermPlan mediumTermPlan;
    private final ScheduleFigures figures;
    private final Set<String> reporting;
    private final BasisUnits basis;
    /** The years whose figures are partly estimates, headed "Ước TH". */
    private final Set<Integer> estimated;
    private final Map<String, String> fundByRow = new HashMap<>();

    CapitalSchedules(JobsConfig config, List<Fact> reported, ScheduleFigures figures, List<Finding> findings,
                     MediumTermPlan mediumTermPlan, BasisUnits basis, Set<Integer> estimated) {
        this.config = config;
        this.estimated = estimated;
        this.basis = basis;
        List<Fact> facts = basis.carried(reported);
        this.mediumTermPlan = mediumTermPlan;
        this.figures = figures;
        this.years = figures.years();
        this.reporting = facts.stream().map(Fact::unitCode).collect(Collectors.toSet());
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
        fillByProject(total, Slice.ofCatalogue());
        total.put(PLAN, mediumTermPlan.total());
        int p = 0;
        Catalogue catalogue = config.catalogue();
        for (Catalogue.Node project : catalogue.projects()) {
            p++;
            ScheduleLine projectLine = total.add(new ScheduleLine(String.valueOf(p), label(project),
                    catalogue.isLeaf(project.code()) ? ScheduleLine.Level.LEAF : ScheduleLine.Level.PROJECT));
            List<Catalogue.Node> subs = catalogue.children(project.code());
            fillByProject(projectLine, Slice.ofCatalogue().project(project.code()));
            flagByProject(projectLine, project.code());
            int s = 0;
            for (Catalogue.Node sub : subs) {
                s++;
                ScheduleLine subLine = projectLine.add(new ScheduleLine(p + "." + s, label(sub), ScheduleLine.Level.LEAF));
                fillByProject(subLine, Slice.ofCatalogue().leaf(sub.code()));
                flagByProject(subLine, sub.code());
                subLine.put(PLAN, mediumTermPlan.of(sub.code()));
            }
            // A plan given for the whole project, not per sub-project, stands on the project's row as a number.
            boolean whole = !subs.isEmpty() && subs.stream().noneMatch(sub -> mediumTermPlan.of(sub.code()) != null);
            if (whole) {
                projectLine.fix(PLAN, mediumTermPlan.ofProject(project.code()));
            } else {
                projectLine.put(PLAN, mediumTermPlan.ofProject(project.code()));
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
        fillByUnit(total, Slice.of());
        int n = 0;
        Predicate<Unit> owes = unit -> unit.owed().stream().anyMatch(o -> o.form().equals("01/VỐN"));
        for (String unit : basis.lines(owes, reporting)) {
            fillByUnit(total.add(new ScheduleLine(String.valueOf(++n), basis.label(unit), ScheduleLine.Level.UNIT)),
                    Slice.of().line(unit));
        }
        sheets.write(layout, true, cols, total);
    }

    private void fillByUnit(ScheduleLine line, Slice slice) {
        for (int i = 0; i < years.size(); i++) {
            Slice ofYear = slice.year(years.get(i));
            line.put(2 + i * 3, figures.get(ofYear, Measure.AVAILABLE));
            line.put(3 + i * 3, figures.get(ofYear, Measure.DISBURSED));
        }
    }

    private void fillByProject(ScheduleLine line, Slice slice) {
        for (int i = 0; i < years.size(); i++) {
            Slice ofYear = slice.year(years.get(i));
            int ci = 3 + i * 6;
            line.put(ci, figures.get(ofYear, Measure.CARRY_IN));
            line.put(ci + 1, figures.get(ofYear, Measure.ALLOCATED));
            line.put(ci + 3, figures.get(ofYear, Measure.DISBURSED));
            line.put(ci + 5, figures.get(ofYear, Measure.CARRY_OUT));
        }
    }

    /** Marks a leaf's cells with the findings its figures rest on. */
    private void flagByProject(ScheduleLine line, String leaf) {
        if (!config.catalogue().isLeaf(leaf)) {
            return;
        }
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            int ci = 3 + i * 6;
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

        ScheduleLine total = new ScheduleLine("", "TỔNG CỘNG", ScheduleLine.Level.TOTAL);
        fillByFund(total, Slice.ofCatalogue().fund(fund), perYear, recurrent, cum);
        Catalogue catalogue = config.catalogue();
        int p = 0;
        for (Catalogue.Node project : catalogue.projects()) {
            p++;
            List<Catalogue.Node> leaves = catalogue.isLeaf(project.code()) ? List.of(project)
                    : catalogue.children(project.code());
            List<Catalogue.Node> withData = leaves.stream()
                    .filter(l -> !figures.lines(fund, l.code()).isEmpty()).toList();
            if (withData.isEmpty()) {
                continue;
            }
            ScheduleLine projectLine = total.add(new ScheduleLine(String.valueOf(p), label(project), ScheduleLine.Level.PROJECT));
            fillByFund(projectLine, Slice.ofCatalogue().fund(fund).project(project.code()), perYear, recurrent, cum);
            for (Catalogue.Node leaf : withData) {
                ScheduleLine leafLine = leaf == project ? projectLine
                        : projectLine.add(new ScheduleLine(p + "." + leaf.code().substring(leaf.code().indexOf('.') + 1),
                                label(leaf), ScheduleLine.Level.LEAF));
                fillByFund(leafLine, Slice.ofCatalogue().fund(fund).leaf(leaf.code()), perYear, recurrent, cum);
                // The units consolidation added up under the leaf; ScheduleCells finds the same rows from the same list.
                for (String unit : figures.lines(fund, leaf.code())) {
                    ScheduleLine unitLine = leafLine.add(new ScheduleLine("-", basis.label(unit), ScheduleLine.Level.UNIT));
                    fillByFund(unitLine, Slice.of().fund(fund).leaf(leaf.code()).line(unit), perYear, recurrent, cum);
                    flagByUnit(unitLine, fund, leaf.code(), unit, perYear, recurrent);
                }
            }
        }
        sheets.write(layout, true, cols, total);
    }

    /** A line of Phụ lục V or VI: money by source, each year, then what was allocated over all years. */
    private void fillByFund(ScheduleLine line, Slice slice, int perYear, boolean recurrent, int cum) {
        for (int i = 0; i < years.size(); i++) {
            Slice ofYear = slice.year(years.get(i));
            int c = 2 + i * perYear;
            // Only the two sources the schedules have columns for; money of no known source has none.
            line.put(c + 1, figures.get(ofYear.source(Fund.NSTW), Measure.AVAILABLE));
            line.put(c + 2, figures.get(ofYear.source(Fund.NSDP), Measure.AVAILABLE));
            line.put(c + 4, figures.get(ofYear.source(Fund.NSTW), Measure.DISBURSED));
            line.put(c + 5, figures.get(ofYear.source(Fund.NSDP), Measure.DISBURSED));
            if (recurrent) {
                line.put(c + 7, figures.get(ofYear, Measure.CARRY_OUT));
                line.put(c + 8, figures.get(ofYear, Measure.RETURNED));
            }
        }
        line.put(cum, figures.get(slice, Measure.ALLOCATED));
    }

    private void flagByUnit(ScheduleLine line, String fund, String leaf, String unit, int perYear, boolean recurrent) {
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            int c = 2 + i * perYear;
            for (Finding f : flaggedByUnit.getOrDefault(key(unit, leaf, year), List.of())) {
                if (fundOf(f).map(fund::equals).orElse(true)) {
                    line.comment(c + (recurrent ? RECURRENT : INVESTMENT).of(f.code()), note(f));
                }
            }
        }
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
