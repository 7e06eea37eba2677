package vn.tonghop.consolidate;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.finding.Decimals;
import vn.tonghop.staging.SheetsInForce;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;

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

    /** The medium-term plan 2021–2025 per catalogue node, all funds and sources together, from the register in force. */
    public Map<String, BigDecimal> mediumTermPlan() {
        Map<String, BigDecimal> plan = new LinkedHashMap<>();
        jdbc.query("SELECT g.node, SUM(g.amount) AS amount FROM register_row g" + SheetsInForce.joinedFrom("g")
                + " WHERE g.is_plan GROUP BY g.node ORDER BY g.node",
                rs -> {
                    plan.put(rs.getString("node"), rs.getBigDecimal("amount").stripTrailingZeros());
                });
        return plan;
    }

    /** The years for which some unit's figures in force are estimates ("Ước TH 2024"). */
    public Set<Integer> estimatedYears() {
        return new TreeSet<>(jdbc.queryForList("SELECT DISTINCT v.year FROM indicator_value v"
                + " JOIN received_sheet s ON s.sheet_id = v.sheet_id AND s.in_force WHERE v.estimate", Integer.class));
    }
}
