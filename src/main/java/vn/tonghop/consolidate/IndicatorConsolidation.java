package vn.tonghop.consolidate;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.config.Indicators;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Unit;
import vn.tonghop.finding.Decimals;
import vn.tonghop.staging.SheetsInForce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rebuilds the indicator figures: each unit's as reported (the first row naming an indicator wins
 * when a sheet names it twice), and the district's by the catalogue's aggregation. SUM adds the
 * units that report the indicator; RATIO is Σ numerator / Σ denominator × 100 over the units that
 * gave both, never a mean of their rates; NONE is the designated unit's own figure.
 */
public final class IndicatorConsolidation {

    private static final int RATIO_SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcTemplate jdbc;

    public IndicatorConsolidation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int rebuild(JobsConfig config) {
        jdbc.update("DELETE FROM indicator_fact");
        Map<String, IndicatorFact> reported = new LinkedHashMap<>();
        jdbc.query("SELECT s.unit_code, v.indicator, v.year, v.plan, v.actual, f.path, s.sheet_name,"
                + " COALESCE(v.actual_cell, v.plan_cell, v.rate_cell) AS cell FROM indicator_value v"
                + SheetsInForce.joinedFrom("v") + " ORDER BY s.unit_code, v.indicator, v.year, f.path,"
                + " s.sheet_name, v.row_no", rs -> {
            IndicatorFact f = new IndicatorFact(rs.getString("unit_code"), rs.getString("indicator"), rs.getInt("year"),
                    Decimals.stripped(rs.getBigDecimal("plan")), Decimals.stripped(rs.getBigDecimal("actual")), rs.getString("path"),
                    rs.getString("sheet_name"), rs.getString("cell"));
            reported.putIfAbsent(f.unitCode() + "|" + f.indicator() + "|" + f.year(), f);
        });
        List<IndicatorFact> all = new ArrayList<>(reported.values());
        all.addAll(district(config, reported.values()));
        jdbc.batchUpdate("INSERT INTO indicator_fact (unit_code, indicator, year, plan, actual, file, sheet, cell)"
                + " VALUES (?,?,?,?,?,?,?,?)", all.stream().map(f -> new Object[] {f.unitCode(), f.indicator(), f.year(),
                    f.plan(), f.actual(), f.file(), f.sheet(), f.cell()}).toList());
        return all.size();
    }

    static List<IndicatorFact> district(JobsConfig config, Collection<IndicatorFact> reported) {
        String district = config.units().district().code();
        Set<String> communes = config.units().all().stream().filter(Unit::isCommune).map(Unit::code).collect(Collectors.toSet());
        Map<String, List<IndicatorFact>> byIndicator = reported.stream().collect(Collectors.groupingBy(IndicatorFact::indicator));
        List<IndicatorFact> out = new ArrayList<>();
        for (Indicators.Indicator ind : config.indicators().all()) {
            Function<IndicatorFact, Boolean> reporter = ind.byCommunes() ? f -> communes.contains(f.unitCode())
                    : f -> f.unitCode().equals(ind.reportedBy());
            Set<Integer> years = new TreeSet<>();
            List<IndicatorFact> own = byIndicator.getOrDefault(ind.code(), List.of()).stream().filter(reporter::apply).toList();
            own.forEach(f -> years.add(f.year()));
            if (ind.aggregation() == Indicators.Aggregation.RATIO) {
                byIndicator.getOrDefault(ind.numerator(), List.of()).forEach(f -> years.add(f.year()));
            }
            for (int year : years) {
                out.add(switch (ind.aggregation()) {
                    case SUM -> new IndicatorFact(district, ind.code(), year,
                            sum(own, year, IndicatorFact::plan), sum(own, year, IndicatorFact::actual), null, null, null);
                    case RATIO -> new IndicatorFact(district, ind.code(), year,
                            ratio(byIndicator, ind, year, IndicatorFact::plan), ratio(byIndicator, ind, year, IndicatorFact::actual),
                            null, null, null);
                    case NONE -> own.stream().filter(f -> f.year() == year).findFirst()
                            .map(f -> new IndicatorFact(district, ind.code(), year, f.plan(), f.actual(), f.file(), f.sheet(), f.cell()))
                            .orElseThrow();
                });
            }
        }
        return out.stream().filter(f -> f.plan() != null || f.actual() != null).toList();
    }

    private static BigDecimal sum(List<IndicatorFact> facts, int year, Function<IndicatorFact, BigDecimal> measure) {
        return facts.stream().filter(f -> f.year() == year).map(measure).filter(Objects::nonNull)
                .reduce(null, (a, b) -> a == null ? b : a.add(b));
    }

    /** Σ numerator / Σ denominator × 100 over the units that gave both for the year. */
    private static BigDecimal ratio(Map<String, List<IndicatorFact>> byIndicator, Indicators.Indicator ind, int year,
                                    Function<IndicatorFact, BigDecimal> measure) {
        Map<String, BigDecimal> denominators = new LinkedHashMap<>();
        byIndicator.getOrDefault(ind.denominator(), List.of()).stream()
                .filter(f -> f.year() == year && measure.apply(f) != null)
                .forEach(f -> denominators.put(f.unitCode(), measure.apply(f)));
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (IndicatorFact f : byIndicator.getOrDefault(ind.numerator(), List.of())) {
            if (f.year() == year && measure.apply(f) != null && denominators.containsKey(f.unitCode())) {
                num = num.add(measure.apply(f));
                den = den.add(denominators.get(f.unitCode()));
            }
        }
        return den.signum() == 0 ? null : num.multiply(HUNDRED).divide(den, RATIO_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
