package vn.tonghop.consolidate;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.staging.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The money the capital schedules show, added up once, by one grouping query over the facts: by leaf, project and
 * scope (Phụ lục IV), by line of the basis date (Theo đơn vị), by fund, leaf, line and source (Phụ lục V and VI)
 * and by project as the index draws it. The report places these figures, and its SUM formulas cache them; it adds
 * nothing up itself. Needs {@link BasisLines} written first.
 */
public final class ScheduleFigures {

    /**
     * Which figures: a null field is over all of it. {@code placed} keeps to the catalogue's leaves, as the schedules
     * by project list them; without it, the slice takes every fact, and its project is the leaf's as the catalogue says
     * (the code itself where the catalogue does not know it).
     */
    public record Slice(boolean placed, String fund, String project, String leaf, String line, Integer year, String source) {

        public static Slice of() {
            return new Slice(false, null, null, null, null, null, null);
        }

        public static Slice ofCatalogue() {
            return new Slice(true, null, null, null, null, null, null);
        }

        public Slice fund(String value) {
            return new Slice(placed, value, project, leaf, line, year, source);
        }

        public Slice project(String value) {
            return new Slice(placed, fund, value, leaf, line, year, source);
        }

        public Slice leaf(String value) {
            return new Slice(placed, fund, project, value, line, year, source);
        }

        public Slice line(String value) {
            return new Slice(placed, fund, project, leaf, value, year, source);
        }

        public Slice year(Integer value) {
            return new Slice(placed, fund, project, leaf, line, value, source);
        }

        public Slice source(String value) {
            return new Slice(placed, fund, project, leaf, line, year, value);
        }
    }

    /** fact_figure's measures, in its columns' order. */
    private static final List<Measure> MEASURES = List.of(Measure.CARRY_IN, Measure.ALLOCATED, Measure.AVAILABLE,
            Measure.DISBURSED, Measure.RETURNED, Measure.CARRY_OUT);

    /** The lines of units, as grouping sets: by fund, leaf, year and source (Phụ lục V, VI), and all of a year (Theo đơn vị). */
    private static final List<String> BY_LINE = List.of(
            "(fund, leaf, line, year, source)", "(fund, leaf, line, year)", "(fund, leaf, line)", "(line, year)");

    /** The lines above units: leaves, projects and the whole scope, by fund and source where Phụ lục V and VI ask. */
    private static final List<String> ABOVE = List.of(
            "(placed, leaf, year)", "(placed, project, year)", "(placed, year)", "(year)", "(project, year)",
            "(placed, leaf)", "(placed, project)", "(placed)",
            "(placed, fund, leaf, year, source)", "(placed, fund, leaf, year)", "(placed, fund, leaf)",
            "(placed, fund, project, year, source)", "(placed, fund, project, year)", "(placed, fund, project)",
            "(placed, fund, year, source)", "(placed, fund, year)", "(placed, fund)");

    private static final String SUMS = "SUM(carry_in), SUM(allocated), SUM(available), SUM(disbursed), SUM(returned),"
            + " SUM(carry_out)";
    private static final String FACTS = " FROM fact_figure f LEFT JOIN schedule_node n ON n.node = f.leaf";

    private static final String LINES = "SELECT 'N', fund, CAST(NULL AS VARCHAR(20)), leaf, line, year, source,"
            + " 1, GROUPING(fund), 1, GROUPING(leaf), GROUPING(line), GROUPING(year), GROUPING(source), " + SUMS
            + " FROM (SELECT f.fund, f.leaf, COALESCE(b.line, f.unit_code) AS line, f.year, f.source, f.carry_in, f.allocated,"
            + " f.available, f.disbursed, f.returned, f.carry_out FROM fact_figure f"
            + " LEFT JOIN basis_line b ON b.unit_code = f.unit_code AND b.year = f.year) x"
            + " GROUP BY GROUPING SETS (" + String.join(", ", BY_LINE) + ")";

    /*
     * Grouping sets cost HSQLDB a pass over their rows each: the figures are first added up without their units,
     * a few hundred rows, and the sets above units are taken over those (a national night: 0.1 s, not 1.5 s).
     */
    private static final String LEVELS = "WITH x AS (SELECT CASE WHEN n.is_leaf THEN 'Y' ELSE 'N' END AS placed, f.fund,"
            + " COALESCE(n.project, f.leaf) AS project, f.leaf, f.year, f.source, SUM(f.carry_in) AS carry_in,"
            + " SUM(f.allocated) AS allocated, SUM(f.available) AS available, SUM(f.disbursed) AS disbursed,"
            + " SUM(f.returned) AS returned, SUM(f.carry_out) AS carry_out" + FACTS
            + " GROUP BY n.is_leaf, n.project, f.fund, f.leaf, f.year, f.source)"
            + " SELECT placed, fund, project, leaf, CAST(NULL AS VARCHAR(120)), year, source,"
            + " GROUPING(placed), GROUPING(fund), GROUPING(project), GROUPING(leaf), 1, GROUPING(year), GROUPING(source), "
            + SUMS + " FROM x GROUP BY GROUPING SETS (" + String.join(", ", ABOVE) + ")";

    private final Map<Slice, BigDecimal[]> sums;
    /** The unit lines under each fund and leaf, in order, and the years: what the schedules lay out, found once. */
    private final Map<String, List<String>> lines = new HashMap<>();
    private final List<Integer> years;

    private ScheduleFigures(Map<Slice, BigDecimal[]> sums) {
        this.sums = sums;
        Set<Integer> found = new TreeSet<>();
        for (Slice s : sums.keySet()) {
            if (s.placed()) {
                continue;
            }
            if (s.fund() != null && s.leaf() != null && s.line() != null && s.year() == null && s.source() == null) {
                lines.computeIfAbsent(s.fund() + '\u0000' + s.leaf(), k -> new ArrayList<>()).add(s.line());
            } else if (s.year() != null && s.fund() == null && s.line() == null && s.project() == null) {
                found.add(s.year());
            }
        }
        lines.values().forEach(Collections::sort);
        this.years = List.copyOf(found);
    }

    public static ScheduleFigures read(JdbcTemplate jdbc) {
        Map<Slice, BigDecimal[]> sums = new HashMap<>();
        read(jdbc, LINES, sums);
        read(jdbc, LEVELS, sums);
        return new ScheduleFigures(sums);
    }

    /** Columns: placed, fund, project, leaf, line, year, source; their GROUPING() flags; the six sums. */
    private static void read(JdbcTemplate jdbc, String query, Map<Slice, BigDecimal[]> sums) {
        jdbc.query(query, rs -> {
            boolean placed = rs.getInt(8) == 0;
            if (placed && !"Y".equals(rs.getString(1))) {
                return;
            }
            Slice slice = new Slice(placed, grouped(rs.getString(2), rs.getInt(9)), grouped(rs.getString(3), rs.getInt(10)),
                    grouped(rs.getString(4), rs.getInt(11)), grouped(rs.getString(5), rs.getInt(12)),
                    rs.getInt(13) == 0 ? rs.getInt(6) : null, grouped(rs.getString(7), rs.getInt(14)));
            BigDecimal[] values = new BigDecimal[MEASURES.size()];
            for (int m = 0; m < values.length; m++) {
                values[m] = rs.getBigDecimal(15 + m);
            }
            sums.put(slice, values);
        });
    }

    /** The years any fact has, in order: the year columns of the capital schedules. */
    public List<Integer> years() {
        return years;
    }

    /** The lines of units with figures of a fund under a leaf, in their order in Phụ lục V and VI; none, empty. */
    public List<String> lines(String fund, String leaf) {
        return lines.getOrDefault(fund + '\u0000' + leaf, List.of());
    }

    /** Figures already added up, as a test of a schedule gives them. */
    public static ScheduleFigures given(Map<Slice, Map<Measure, BigDecimal>> figures) {
        Map<Slice, BigDecimal[]> sums = new HashMap<>();
        figures.forEach((slice, byMeasure) -> {
            BigDecimal[] values = new BigDecimal[MEASURES.size()];
            byMeasure.forEach((m, v) -> values[MEASURES.indexOf(m)] = v);
            sums.put(slice, values);
        });
        return new ScheduleFigures(sums);
    }

    private static String grouped(String value, int grouping) {
        return grouping == 0 ? value : null;
    }

    /** The sum of a measure over a slice; null where no fact falls in it (a blank cell, or 0 under a formula). */
    public BigDecimal get(Slice slice, Measure measure) {
        int m = MEASURES.indexOf(measure);
        BigDecimal[] values = sums.get(slice);
        if (m < 0 || values == null && !(BY_LINE.contains(set(slice)) || ABOVE.contains(set(slice)))) {
            // A slice the query does not add up would read as a blank cell: a mistake here, not in the data. A slice
            // found was added up, so only one not found is looked into.
            throw new IllegalArgumentException(measure.field() + " by " + set(slice) + " is not added up");
        }
        // Without the zeros of the column's scale only when asked for: a national night adds up 96,000 slices.
        return values == null || values[m] == null ? null : values[m].stripTrailingZeros();
    }

    /** The grouping set a slice belongs to, as BY_LINE and ABOVE write it. */
    private static String set(Slice s) {
        StringJoiner set = new StringJoiner(", ", "(", ")");
        if (s.placed()) {
            set.add("placed");
        }
        String[] names = {"fund", "project", "leaf", "line", "year", "source"};
        Object[] values = {s.fund(), s.project(), s.leaf(), s.line(), s.year(), s.source()};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                set.add(names[i]);
            }
        }
        return set.toString();
    }
}
