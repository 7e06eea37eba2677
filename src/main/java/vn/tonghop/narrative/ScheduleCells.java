package vn.tonghop.narrative;

import vn.tonghop.config.Catalogue;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.consolidate.MediumTermPlan;
import vn.tonghop.consolidate.ScheduleFigures;
import vn.tonghop.consolidate.ScheduleFigures.Slice;
import vn.tonghop.excel.CellRef;
import vn.tonghop.staging.Fund;
import vn.tonghop.staging.Measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the schedules hold for a stated key, and in which cell of TongHop.xlsx: Phụ lục IV for the programme, a
 * project or a sub-project; Phụ lục V (ĐTPT) or VI (SN) where the text names the fund. The rows and columns are
 * those CapitalSchedules lays out; NarrativeNightTest reads each cell named back from the workbook.
 */
public final class ScheduleCells {

    /**
     * A consolidated value, where it stands ("PL IV - Vốn theo dự án!G11"), and how many figures it adds up; and the
     * central budget's part of it, where the local budget has some: a text that names no source may mean either.
     */
    public record Held(BigDecimal value, String cell, int lines, BigDecimal central) {

        Held withCentral(BigDecimal v) {
            return new Held(value, cell, lines, v);
        }
    }

    /** Phụ lục IV's first line (TỔNG CỘNG), 0-based: five heading rows, two header rows and the column numbers. */
    private static final int PL4_FIRST = 8;
    /** Phụ lục V and VI have a third header row (Kế hoạch vốn / Giải ngân). */
    private static final int BY_FUND_FIRST = 9;

    private final JobsConfig config;
    private final ScheduleFigures figures;
    private final MediumTermPlan plan;
    private final List<Integer> years;

    public ScheduleCells(JobsConfig config, ScheduleFigures figures, MediumTermPlan plan) {
        this.config = config;
        this.figures = figures;
        this.plan = plan;
        this.years = figures.years();
    }

    public Optional<Held> held(StatedKey key) {
        if (key.source() != null && !onlySource(key.source())) {
            return Optional.empty();
        }
        return key.fund() == null ? byProject(key) : byFund(key);
    }

    /** Whether every fact is of this source: then a figure "of the central budget" is the schedules' figure. */
    private boolean onlySource(String source) {
        for (int year : years) {
            for (String fund : List.of(Fund.DTPT, Fund.SN)) {
                for (String other : List.of(Fund.NSTW, Fund.NSDP)) {
                    BigDecimal v = figures.get(Slice.ofCatalogue().fund(fund).year(year).source(other), Measure.AVAILABLE);
                    if (!other.equals(source) && v != null && v.signum() != 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private Optional<Held> byProject(StatedKey key) {
        Catalogue catalogue = config.catalogue();
        int row = PL4_FIRST;
        boolean found = key.scope().isEmpty();
        int lines = catalogue.all().stream().filter(n -> catalogue.isLeaf(n.code())).toList().size();
        for (Catalogue.Node project : catalogue.projects()) {
            if (found) {
                break;
            }
            row++;
            List<Catalogue.Node> subs = catalogue.children(project.code());
            if (project.code().equals(key.scope())) {
                found = true;
                lines = Math.max(1, subs.size());
                break;
            }
            for (Catalogue.Node sub : subs) {
                row++;
                if (sub.code().equals(key.scope())) {
                    found = true;
                    lines = 1;
                    break;
                }
            }
        }
        if (!found) {
            return Optional.empty();
        }
        Slice slice = key.scope().isEmpty() ? Slice.ofCatalogue() : catalogue.isLeaf(key.scope())
                ? Slice.ofCatalogue().leaf(key.scope()) : Slice.ofCatalogue().project(key.scope());
        String sheet = config.layouts().schedule("pl4").sheet();
        if (key.measure().equals("plan")) {
            return value(planOf(key.scope()), sheet, row, 2, 1);
        }
        int n = years.size();
        if (key.year() == null) {
            int years = n;
            return switch (key.measure()) {
                case "allocated" -> value(figures.get(slice, Measure.ALLOCATED), sheet, row, 3 + 6 * n, lines * years);
                case "disbursed" -> value(figures.get(slice, Measure.DISBURSED), sheet, row, 4 + 6 * n, lines * years);
                default -> Optional.empty();
            };
        }
        int i = years.indexOf(key.year());
        if (i < 0) {
            return Optional.empty();
        }
        Slice ofYear = slice.year(key.year());
        int c = 3 + 6 * i;
        Optional<Held> held = switch (key.measure()) {
            case "carry_in" -> value(figures.get(ofYear, Measure.CARRY_IN), sheet, row, c, lines);
            case "allocated" -> value(figures.get(ofYear, Measure.ALLOCATED), sheet, row, c + 1, lines);
            case "available" -> value(figures.get(ofYear, Measure.AVAILABLE), sheet, row, c + 2, lines);
            case "disbursed" -> value(figures.get(ofYear, Measure.DISBURSED), sheet, row, c + 3, lines);
            case "rate" -> rate(figures.get(ofYear, Measure.DISBURSED), figures.get(ofYear, Measure.AVAILABLE), sheet, row, c + 4);
            default -> Optional.empty();
        };
        if (key.source() != null || key.measure().equals("rate")) {
            return held;
        }
        Measure measure = Measure.valueOf(key.measure().toUpperCase(Locale.ROOT));
        BigDecimal central = null;
        for (String fund : List.of(Fund.DTPT, Fund.SN)) {
            Slice ofFund = key.scope().isEmpty() ? Slice.ofCatalogue().fund(fund) : catalogue.isLeaf(key.scope())
                    ? Slice.ofCatalogue().fund(fund).leaf(key.scope()) : Slice.ofCatalogue().fund(fund).project(key.scope());
            central = plus(central, figures.get(ofFund.year(key.year()).source(Fund.NSTW), measure));
        }
        BigDecimal nstw = central;
        return held.map(h -> h.withCentral(nstw));
    }

    /** As Phụ lục IV shows it: a sub-project's own, a project's sub-projects' (or its own when they have none). */
    private BigDecimal planOf(String scope) {
        if (scope.isEmpty()) {
            return plan.total();
        }
        return config.catalogue().find(scope).filter(Catalogue.Node::isProject).isPresent() ? plan.ofProject(scope)
                : plan.of(scope);
    }

    private Optional<Held> byFund(StatedKey key) {
        Catalogue catalogue = config.catalogue();
        boolean recurrent = Fund.SN.equals(key.fund());
        int perYear = recurrent ? 9 : 7;
        int row = BY_FUND_FIRST;
        boolean found = key.scope().isEmpty();
        int lines = 0;
        for (Catalogue.Node project : catalogue.projects()) {
            List<Catalogue.Node> leaves = catalogue.isLeaf(project.code()) ? List.of(project) : catalogue.children(project.code());
            List<Catalogue.Node> withData = leaves.stream().filter(l -> !figures.lines(key.fund(), l.code()).isEmpty()).toList();
            if (withData.isEmpty()) {
                continue;
            }
            if (!found) {
                row++;
            }
            if (project.code().equals(key.scope())) {
                found = true;
            }
            for (Catalogue.Node leaf : withData) {
                int units = figures.lines(key.fund(), leaf.code()).size();
                if (key.scope().isEmpty() || leaf.code().equals(key.scope()) || project.code().equals(key.scope())) {
                    lines += units;
                }
                if (found) {
                    continue;
                }
                if (leaf != project) {
                    row++;
                }
                if (leaf.code().equals(key.scope())) {
                    found = true;
                    continue;
                }
                row += units;
            }
        }
        if (!found || lines == 0) {
            return Optional.empty();
        }
        Slice slice = Slice.ofCatalogue().fund(key.fund());
        slice = key.scope().isEmpty() ? slice : catalogue.isLeaf(key.scope()) ? slice.leaf(key.scope()) : slice.project(key.scope());
        String sheet = config.layouts().schedule(recurrent ? "pl6" : "pl5").sheet();
        int n = years.size();
        if (key.year() == null) {
            if (key.measure().equals("allocated") && key.source() == null) {
                return value(figures.get(slice, Measure.ALLOCATED), sheet, row, 2 + n * perYear, lines * n);
            }
            if (key.measure().equals("disbursed") && key.source() == null) {
                BigDecimal sum = null;
                for (int year : years) {
                    sum = plus(sum, bothSources(slice.year(year), Measure.DISBURSED));
                }
                return value(sum, sheet, row, 3 + n * perYear, lines * n);
            }
            return Optional.empty();
        }
        int i = years.indexOf(key.year());
        if (i < 0) {
            return Optional.empty();
        }
        Slice ofYear = slice.year(key.year());
        int c = 2 + i * perYear;
        int bySource = key.source() == null ? 0 : Fund.NSTW.equals(key.source()) ? 1 : 2;
        Optional<Held> held = switch (key.measure()) {
            case "available" -> value(bySource == 0 ? bothSources(ofYear, Measure.AVAILABLE)
                    : figures.get(ofYear.source(key.source()), Measure.AVAILABLE), sheet, row, c + bySource, lines);
            case "disbursed" -> value(bySource == 0 ? bothSources(ofYear, Measure.DISBURSED)
                    : figures.get(ofYear.source(key.source()), Measure.DISBURSED), sheet, row, c + 3 + bySource, lines);
            case "rate" -> bySource != 0 ? Optional.empty() : rate(bothSources(ofYear, Measure.DISBURSED),
                    bothSources(ofYear, Measure.AVAILABLE), sheet, row, c + 6);
            default -> Optional.empty();
        };
        if (bySource != 0 || key.measure().equals("rate")) {
            return held;
        }
        BigDecimal central = figures.get(ofYear.source(Fund.NSTW),
                key.measure().equals("available") ? Measure.AVAILABLE : Measure.DISBURSED);
        return held.map(h -> h.withCentral(central));
    }

    /** The "Tổng số" of Phụ lục V and VI: the central and the local budget's columns, as its formula adds them. */
    private BigDecimal bothSources(Slice slice, Measure measure) {
        return plus(figures.get(slice.source(Fund.NSTW), measure), figures.get(slice.source(Fund.NSDP), measure));
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static Optional<Held> value(BigDecimal v, String sheet, int row, int col, int lines) {
        return Optional.ofNullable(v).map(x -> new Held(x, cell(sheet, row, col), Math.max(1, lines), null));
    }

    private static Optional<Held> rate(BigDecimal disbursed, BigDecimal available, String sheet, int row, int col) {
        if (disbursed == null || available == null || available.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Held(disbursed.multiply(BigDecimal.valueOf(100)).divide(available, 10, RoundingMode.HALF_UP),
                cell(sheet, row, col), 1, null));
    }

    private static String cell(String sheet, int row, int col) {
        return sheet + "!" + CellRef.name(row, col);
    }
}
