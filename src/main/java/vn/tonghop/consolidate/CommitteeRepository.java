package vn.tonghop.consolidate;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.staging.SheetsInForce;

import java.util.LinkedHashMap;
import java.util.Map;

/** The steering committees of the files in force, one per unit and term: the last row reported for it. */
public final class CommitteeRepository {

    private final JdbcTemplate jdbc;

    public CommitteeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Committee> byUnit() {
        Map<String, Committee> out = new LinkedHashMap<>();
        jdbc.query("SELECT c.*, s.year AS term FROM committee_row c" + SheetsInForce.joinedFrom("c")
                + " WHERE c.unit_code IS NOT NULL ORDER BY f.modified_at, f.path, c.row_no", rs -> {
            int term = rs.getInt("term");
            out.put(rs.getString("unit_code") + (term == 0 ? "" : "@" + term), new Committee(rs.getString("unit_code"), term,
                    (Boolean) rs.getObject("established"), rs.getString("decision"), (Integer) rs.getObject("members"),
                    (Integer) rs.getObject("reformed"), rs.getString("note")));
        });
        return out;
    }
}
