package vn.tonghop.report;

import vn.tonghop.config.Indicators;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Layouts;
import vn.tonghop.config.Unit;
import vn.tonghop.consolidate.BasisUnits;
import vn.tonghop.consolidate.IndicatorFact;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.finding.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Phụ lục II (the district's indicators, one row per catalogue indicator) and Biểu 2 (poverty by
 * commune, whose total rates are formulas over the summed households, never a mean of rates).
 */
final class IndicatorSchedules {

    private final JobsConfig config;
    private final List<IndicatorFact> facts;
    /** The units' figures carried into the units of the basis date; a NONE indicator stays with its unit. */
    private final List<IndicatorFact> carried;
    private final List<Finding> flagged;
    private final BasisUnits basis;
    /** The years whose figures are partly estimates, headed "Ước TH". */
    private final Set<Integer> estimated;
    /** Biểu 2's actuals by line ("" for all), indicator and year, as consolidation added them up. */
    private final Map<String, BigDecimal> actuals;

    IndicatorSchedules(JobsConfig config, List<IndicatorFact> facts, Map<String, BigDecimal> povertyActuals,
                       List<Finding> findings, BasisUnits basis, Set<Integer> estimated) {
        this.config = config;
        this.estimated = estimated;
        this.facts = facts;
        this.basis = basis;
        // The district's own figures are worked out from its units', not reported: they are not a unit's line.
        String district = config.units().district().code();
        this.carried = basis.carriedIndicators(facts.stream().filter(f -> !f.unitCode().equals(district)).toList(),
                code -> carried(config.indicators(), code));
        this.actuals = povertyActuals;
        this.flagged = findings.stream().filter(f -> f.severity() != Severity.NOTE && f.leaf() != null
                && config.indicators().find(f.leaf()).isPresent()).toList();
    }

    void writeTargets(ScheduleSheet sheets, Layouts.Schedule layout) {
        String district = config.units().district().code();
        List<IndicatorFact> ofDistrict = facts.stream().filter(f -> f.unitCode().equals(district)).toList();
        List<Integer> years = years(ofDistrict, f -> true);
        List<ScheduleColumn> cols = new ArrayList<>();
        cols.add(new ScheduleColumn(null, "TT", ScheduleColumn.Kind.TT, List.of(), 5));
        cols.add(new ScheduleColumn(null, "Chỉ tiêu", ScheduleColumn.Kind.LABEL, List.of(), 40));
        cols.add(new ScheduleColumn(null, "Đơn vị tính", ScheduleColumn.Kind.MEASURE, List.of(), 10));
        for (int year : years) {
            int c = cols.size();
            String g = ScheduleColumn.year(year, estimated);
            cols.add(ScheduleColumn.value(g, "Kế hoạch"));
            cols.add(ScheduleColumn.value(g, "Thực hiện"));
            cols.add(ScheduleColumn.rate(g, "Tỷ lệ đạt (%)", c + 1, c));
        }
        cols.add(new ScheduleColumn(null, "Ghi chú", ScheduleColumn.Kind.NOTE, List.of(), 14));
        List<ScheduleLine> lines = new ArrayList<>();
        int n = 0;
        for (Indicators.Indicator ind : config.indicators().all()) {
            ScheduleLine line = new ScheduleLine(String.valueOf(++n), ind.name(), ScheduleLine.Level.LEAF).measure(ind.unit());
            if (ind.isPercentage()) {
                line.withDecimals();
            }
            for (int i = 0; i < years.size(); i++) {
                int year = years.get(i);
                Optional<IndicatorFact> f = ofDistrict.stream().filter(x -> x.indicator().equals(ind.code()) && x.year() == year).findFirst();
                line.put(3 + i * 3, f.map(IndicatorFact::plan).orElse(null));
                line.put(4 + i * 3, f.map(IndicatorFact::actual).orElse(null));
            }
            // A district figure rests on the units' figures of the indicator, and of its numerator and denominator.
            List<String> basis = Stream.of(ind.code(), ind.numerator(), ind.denominator())
                    .filter(Objects::nonNull).toList();
            for (Finding f : flagged) {
                if (!basis.contains(f.leaf())) {
                    continue;
                }
                int i = f.year() == null ? -1 : years.indexOf(f.year());
                int column = i < 0 ? cols.size() - 1 : 3 + i * 3 + (f.code() == FindingCode.ACHIEVEMENT_MISMATCH ? 2 : 1);
                line.comment(column, CapitalSchedules.note(f) + " (" + config.units().nameOf(f.unitCode(), f.year()) + ")");
            }
            lines.add(line);
        }
        sheets.write(layout, false, cols, lines);
    }

    void writePovertyByCommune(ScheduleSheet sheets, Layouts.Schedule layout) {
        String households = config.layouts().povertyIndicators().get(0);
        String poor = config.layouts().povertyIndicators().get(1);
        String nearPoor = config.layouts().povertyIndicators().get(2);
        List<Integer> years = years(facts, f -> config.layouts().povertyIndicators().contains(f.indicator()));
        List<String> poverty = config.layouts().povertyIndicators();
        Set<String> withFigures = carried.stream().filter(f -> poverty.contains(f.indicator()) && f.actual() != null)
                .map(IndicatorFact::unitCode).collect(Collectors.toSet());
        List<String> communes = basis.lines(Unit::isCommune, withFigures);
        boolean wards = communes.stream().anyMatch(c -> basis.unit(c).filter(u -> "ward".equals(u.kind())).isPresent());
        List<ScheduleColumn> cols = new ArrayList<>();
        cols.add(new ScheduleColumn(null, "TT", ScheduleColumn.Kind.TT, List.of(), 5));
        cols.add(new ScheduleColumn(null, wards ? "Xã, phường, thị trấn" : "Xã, thị trấn", ScheduleColumn.Kind.LABEL,
                List.of(), 24));
        for (int year : years) {
            int c = cols.size();
            String g = ScheduleColumn.year(year, estimated);
            cols.add(ScheduleColumn.value(g, "Tổng số hộ"));
            cols.add(ScheduleColumn.value(g, "Số hộ nghèo"));
            cols.add(ScheduleColumn.rate(g, "Tỷ lệ hộ nghèo (%)", c + 1, c));
            cols.add(ScheduleColumn.value(g, "Số hộ cận nghèo"));
            cols.add(ScheduleColumn.rate(g, "Tỷ lệ hộ cận nghèo (%)", c + 3, c));
        }
        cols.add(new ScheduleColumn(null, "Ghi chú", ScheduleColumn.Kind.NOTE, List.of(), 14));
        ScheduleLine total = new ScheduleLine("", "TỔNG CỘNG", ScheduleLine.Level.TOTAL);
        for (int i = 0; i < years.size(); i++) {
            int c = 2 + i * 5;
            total.put(c, actual("", households, years.get(i)));
            total.put(c + 1, actual("", poor, years.get(i)));
            total.put(c + 3, actual("", nearPoor, years.get(i)));
        }
        int n = 0;
        for (String commune : communes) {
            ScheduleLine line = total.add(new ScheduleLine(String.valueOf(++n), basis.label(commune), ScheduleLine.Level.UNIT));
            for (int i = 0; i < years.size(); i++) {
                int c = 2 + i * 5;
                line.put(c, actual(commune, households, years.get(i)));
                line.put(c + 1, actual(commune, poor, years.get(i)));
                line.put(c + 3, actual(commune, nearPoor, years.get(i)));
                for (Finding f : flagged) {
                    int offset = List.of(households, poor, "", nearPoor).indexOf(f.leaf());
                    if (offset >= 0 && commune.equals(basis.carry(f.unitCode(), f.year())) && years.get(i).equals(f.year())) {
                        line.comment(c + offset, CapitalSchedules.note(f) + (commune.equals(f.unitCode()) ? ""
                                : " (" + config.units().nameOf(f.unitCode(), f.year()) + ")"));
                    }
                }
            }
        }
        sheets.write(layout, false, cols, total);
    }

    /** Whether an indicator's figures move to the successor of their unit: not a NONE one's, which are its own. */
    static boolean carried(Indicators indicators, String code) {
        return indicators.find(code).filter(i -> i.aggregation() != Indicators.Aggregation.NONE).isPresent();
    }

    /** A line's figure ("" for the whole list): the sum of what its units reported, none when none did. */
    private BigDecimal actual(String line, String indicator, int year) {
        return actuals.get(line + "|" + indicator + "|" + year);
    }

    private static List<Integer> years(List<IndicatorFact> facts, Predicate<IndicatorFact> which) {
        return List.copyOf(facts.stream().filter(which).map(IndicatorFact::year).collect(Collectors.toCollection(TreeSet::new)));
    }
}
