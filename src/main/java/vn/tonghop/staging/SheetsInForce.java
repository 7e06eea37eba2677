package vn.tonghop.staging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.log.Laps;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides, once the night's files are all staged, which sheet of each unit, form and year is in
 * force: the one from the file that arrived last (first seen by tonghop's clock; of files seen in one look,
 * by modification time, then path, then staging), whatever the clerk's PC clock said, except that
 * a sheet its workbook hides never replaces a visible one from another file: clerks keep last year's
 * sheet, hidden, in this year's workbook; and an estimate ("Ước thực hiện") never replaces the actual
 * figures of another file, whichever came last. Everything after intake reads the decision through the
 * view sheet_in_force.
 */
public final class SheetsInForce {

    private static final String NEWEST = "EXISTS (SELECT 1 FROM received_file f WHERE f.file_id = s.file_id AND f.status = 'TAKEN'"
            + " AND NOT EXISTS (SELECT 1 FROM received_sheet s2 JOIN received_file f2 ON f2.file_id = s2.file_id"
            + " WHERE f2.status = 'TAKEN' AND s2.unit_code = s.unit_code AND s2.form = s.form AND s2.year = s.year"
            + " AND ((s.hidden AND NOT s2.hidden AND s2.file_id <> s.file_id)"
            + " OR (s2.hidden = s.hidden AND s.estimate AND NOT s2.estimate AND s2.file_id <> s.file_id)"
            + " OR (s2.hidden = s.hidden AND s2.estimate = s.estimate"
            + " AND (f2.first_seen > f.first_seen OR f2.first_seen = f.first_seen"
            + " AND (f2.modified_at > f.modified_at OR (f2.modified_at = f.modified_at AND f2.path > f.path)"
            + " OR (f2.modified_at = f.modified_at AND f2.path = f.path AND f2.file_id > f.file_id)))))))";

    private static final Logger log = LoggerFactory.getLogger(SheetsInForce.class);

    private final JdbcTemplate jdbc;

    /**
     * The sheets in force joined from the rows of a staged table ({@code alias}.sheet_id), as s (the sheet) and f
     * (its file), for the tables that hold a few rows or none. Joined to the view instead, HSQLDB first builds
     * all of sheet_in_force, every sheet of every unit, before the join.
     */
    public static String joinedFrom(String alias) {
        return " JOIN received_sheet s ON s.sheet_id = " + alias + ".sheet_id AND s.in_force"
                + " JOIN received_file f ON f.file_id = s.file_id";
    }

    public SheetsInForce(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Returns how many sheets changed state: none on a night that brought nothing new. Their units
     * join unit_pending, where they stay until consolidation has rebuilt their facts, however many
     * nights that takes.
     */
    public int decide() {
        Laps time = new Laps();
        List<Object[]> flips = new ArrayList<>();
        Set<String> units = new TreeSet<>();
        jdbc.query("SELECT s.sheet_id, s.unit_code FROM received_sheet s"
                + " WHERE in_force <> CASE WHEN " + NEWEST + " THEN TRUE ELSE FALSE END", rs -> {
            flips.add(new Object[] {rs.getLong("sheet_id")});
            units.add(rs.getString("unit_code"));
        });
        time.lap("deciding");
        jdbc.batchUpdate("UPDATE received_sheet SET in_force = NOT in_force WHERE sheet_id = ?", flips);
        time.lap("storing");
        units.removeAll(jdbc.queryForList("SELECT unit_code FROM unit_pending", String.class));
        jdbc.batchUpdate("INSERT INTO unit_pending (unit_code) VALUES (?)", units.stream().map(u -> new Object[] {u}).toList());
        time.lap("pending units");
        // A large part of the check step on a first night, and one that nothing else names.
        log.info("sheets in force: {} changed, {} units newly pending; {}", flips.size(), units.size(), time);
        return flips.size();
    }
}
