package vn.tonghop.intake;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decides, once the night's files are all staged, which sheet of each unit, form and year is in
 * force: the one from the newest file (by modification time, then path, then arrival). Everything
 * after intake reads the decision through the view sheet_in_force.
 */
public final class SheetsInForce {

    private static final String NEWEST = "EXISTS (SELECT 1 FROM received_file f WHERE f.file_id = s.file_id AND f.status = 'TAKEN'"
            + " AND NOT EXISTS (SELECT 1 FROM received_sheet s2 JOIN received_file f2 ON f2.file_id = s2.file_id"
            + " WHERE f2.status = 'TAKEN' AND s2.unit_code = s.unit_code AND s2.form = s.form AND s2.year = s.year"
            + " AND (f2.modified_at > f.modified_at OR (f2.modified_at = f.modified_at AND f2.path > f.path)"
            + " OR (f2.modified_at = f.modified_at AND f2.path = f.path AND f2.file_id > f.file_id))))";

    private final JdbcTemplate jdbc;

    public SheetsInForce(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many sheets changed state: none on a night that brought nothing new. */
    public int decide() {
        return jdbc.update("UPDATE received_sheet s SET in_force = NOT in_force"
                + " WHERE in_force <> CASE WHEN " + NEWEST + " THEN TRUE ELSE FALSE END");
    }
}
