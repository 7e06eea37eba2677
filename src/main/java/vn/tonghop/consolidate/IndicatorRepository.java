package vn.tonghop.consolidate;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.finding.Decimals;
import vn.tonghop.staging.SheetsInForce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the consolidated indicator figures and the medium-term plan for the reports. */
public final class IndicatorRepository {

    private final JdbcTemplate jdbc;

    public IndicatorRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<IndicatorFact> all() {
        return jdbc.query("SELECT * FROM indicator_fact ORDER BY unit_code, indicator, year",
                (rs, i) -> new IndicatorFact(rs.getString("unit_code"), rs.getString("indicator"), rs.getInt("year"),
                        Decimals.stripped(rs.getBigDecimal("plan")), Decimals.stripped(rs.getBigDecimal("actual")), rs.getString("file"),
                        rs.getString("sheet"), rs.getString("cell")));
    }

    public MediumTermPlan mediumTermPlan() {
        Map<String, BigDecimal> byNode = new LinkedHashMap<>();
        String plan = "SELECT g.node, SUM(g.amount) AS amount FROM register_row g" + SheetsInForce.joinedFrom("g")
                + " WHERE g.is_plan GROUP BY g.node";
        jdbc.query(plan + " ORDER BY g.node", rs -> {
            byNode.put(rs.getString("node"), rs.getBigDecimal("amount").stripTrailingZeros());
        });
        Map<String, BigDecimal> byProject = new LinkedHashMap<>();
        BigDecimal[] total = new BigDecimal[1];
        // A project's plan is its sub-projects' where the register gives any, else its own (a plan given whole).
        jdbc.query("SELECT project, SUM(amount) AS amount, GROUPING(project) AS whole FROM (SELECT n.project,"
                + " COALESCE(SUM(CASE WHEN n.is_leaf THEN p.amount END), SUM(CASE WHEN p.node = n.project THEN p.amount END))"
                + " AS amount FROM (" + plan + ") p JOIN schedule_node n ON n.node = p.node GROUP BY n.project) x"
                + " GROUP BY GROUPING SETS ((project), ())", rs -> {
            BigDecimal amount = Decimals.stripped(rs.getBigDecimal("amount"));
            if (rs.getInt("whole") == 1) {
                total[0] = amount;
            } else if (amount != null) {
                byProject.put(rs.getString("project"), amount);
            }
        });
        return new MediumTermPlan(byNode, byProject, total[0]);
    }

    /**
     * The actuals of the given indicators added up by the line of the basis date each is carried into, and over all
     * lines (line ""), by indicator and year, the district's own left out: Biểu 2's figures and its total. An
     * indicator not in {@code carried} stays on its unit's line. Keyed "line|indicator|year". Needs {@link BasisLines}.
     */
    public Map<String, BigDecimal> actualsByLine(List<String> indicators, Collection<String> carried, String district) {
        Map<String, BigDecimal> sums = new HashMap<>();
        if (indicators.isEmpty()) {
            return sums;
        }
        String list = indicators.stream().map(i -> "?").collect(Collectors.joining(", "));
        String carriedList = carried.isEmpty() ? "NULL" : carried.stream().map(i -> "?").collect(Collectors.joining(", "));
        List<Object> args = new ArrayList<>(carried);
        args.add(district);
        args.addAll(indicators);
        jdbc.query("SELECT line, indicator, year, SUM(actual) AS actual, GROUPING(line) AS all_lines FROM (SELECT"
                + " CASE WHEN v.indicator IN (" + carriedList + ") THEN COALESCE(b.line, v.unit_code) ELSE v.unit_code END AS line,"
                + " v.indicator, v.year, v.actual FROM indicator_fact v"
                + " LEFT JOIN basis_line b ON b.unit_code = v.unit_code AND b.year = v.year"
                + " WHERE v.unit_code <> ? AND v.actual IS NOT NULL AND v.indicator IN (" + list + ")) x"
                + " GROUP BY GROUPING SETS ((line, indicator, year), (indicator, year))", rs -> {
            String line = rs.getInt("all_lines") == 1 ? "" : rs.getString("line");
            sums.put(line + "|" + rs.getString("indicator") + "|" + rs.getInt("year"), rs.getBigDecimal("actual").stripTrailingZeros());
        }, args.toArray());
        return sums;
    }

    /** The years for which some unit's figures in force are estimates ("Ước TH 2024"). */
    public Set<Integer> estimatedYears() {
        return new TreeSet<>(jdbc.queryForList("SELECT DISTINCT v.year FROM indicator_value v"
                + " JOIN received_sheet s ON s.sheet_id = v.sheet_id AND s.in_force WHERE v.estimate", Integer.class));
    }
}
