package vn.tonghop.consolidate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.log.Laps;
import vn.tonghop.staging.LeafAmounts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the leaf-level facts in step with the files in force: one figure per unit, leaf, fund, source
 * and year, holding each measure and the cell it came from (the row's first figure for a computed one).
 * Only the units in unit_pending are rebuilt: a unit's facts rest on its own sheets alone.
 */
public final class FactConsolidation {

    private static final Logger log = LoggerFactory.getLogger(FactConsolidation.class);
    private static final String FIRST_FIGURE = "COALESCE(s.col_carry_in, s.col_allocated, s.col_available, s.col_disbursed)";

    /** measure → (value expression, column of its cell), in the order of a form's columns and of fact_figure's. */
    static final Map<String, String[]> MEASURES = new LinkedHashMap<>();

    static {
        MEASURES.put("carry_in", new String[] {"a.carry_in", "s.col_carry_in"});
        MEASURES.put("allocated", new String[] {"a.allocated", "s.col_allocated"});
        MEASURES.put("available", new String[] {"a.carry_in + a.allocated", "s.col_available"});
        MEASURES.put("disbursed", new String[] {"a.disbursed", "s.col_disbursed"});
        MEASURES.put("returned", new String[] {"a.returned", "s.col_returned"});
        MEASURES.put("carry_out", new String[] {"a.carry_out", "CASE WHEN r.carry_out IS NOT NULL THEN s.col_carry_out END"});
    }

    private final JdbcTemplate jdbc;

    public FactConsolidation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the number of facts written (six a figure): 0 on a night that changed nothing. */
    public int rebuild() {
        Laps time = new Laps();
        int units = jdbc.queryForObject("SELECT COUNT(*) FROM unit_pending", Integer.class);
        if (units == 0) {
            return 0;
        }
        jdbc.update("DELETE FROM fact_figure WHERE unit_code IN (SELECT unit_code FROM unit_pending)");
        time.lap("delete");
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (Map.Entry<String, String[]> m : MEASURES.entrySet()) {
            columns.append(", ").append(m.getKey());
            values.append(", ").append(m.getValue()[0]);
        }
        for (Map.Entry<String, String[]> m : MEASURES.entrySet()) {
            columns.append(", cell_").append(m.getKey());
            values.append(", COALESCE(").append(m.getValue()[1]).append(", ").append(FIRST_FIGURE)
                    .append(") || CAST(r.row_no AS VARCHAR(10))");
        }
        // One row a figure, its six measures side by side: the database's cost is per row.
        int figures = jdbc.update("INSERT INTO fact_figure (unit_code, leaf, fund, source, year, file, sheet" + columns + ")"
                + " SELECT a.unit_code, a.leaf, a.fund, a.source, a.year, f.path, s.sheet_name" + values
                + " FROM (" + LeafAmounts.of(LeafAmounts.PENDING) + ") a JOIN capital_row r ON r.row_id = a.first_row_id"
                + " JOIN received_sheet s ON s.sheet_id = r.sheet_id JOIN received_file f ON f.file_id = s.file_id");
        time.lap("insert");
        jdbc.update("DELETE FROM unit_pending");
        log.info("facts of {} units: {}", units, time);
        return figures * MEASURES.size();
    }
}
