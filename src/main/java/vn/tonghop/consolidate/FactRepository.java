package vn.tonghop.consolidate;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** Reads the consolidated facts for the reports. */
public final class FactRepository {

    private final JdbcTemplate jdbc;

    public FactRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Fact> all() {
        return jdbc.query("SELECT * FROM fact ORDER BY unit_code, leaf, fund, source, year,"
                        + " CASE measure WHEN 'carry_in' THEN 1 WHEN 'allocated' THEN 2 WHEN 'available' THEN 3"
                        + " WHEN 'disbursed' THEN 4 WHEN 'returned' THEN 5 ELSE 6 END",
                (rs, i) -> new Fact(rs.getString("unit_code"), rs.getString("leaf"), rs.getString("fund"),
                        rs.getString("source"), rs.getInt("year"), rs.getString("measure"),
                        rs.getBigDecimal("value").stripTrailingZeros(), rs.getString("file"), rs.getString("sheet"),
                        rs.getString("cell")));
    }
}
