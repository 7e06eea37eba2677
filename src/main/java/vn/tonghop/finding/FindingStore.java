package vn.tonghop.finding;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Findings in the staging store. Intake findings stay with their file; check findings are redone each run. */
public final class FindingStore {

    private final JdbcTemplate jdbc;

    public FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The insert of one finding, whose values {@link #values} gives. */
    public static final String INSERT = "INSERT INTO finding (origin, file_id, severity, code, unit_code, file, sheet, cell,"
            + " leaf, year, expected, actual, message, root_cell, suggested) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    public void insert(String origin, Long fileId, List<Finding> findings) {
        List<Object[]> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(values(origin, fileId, f));
        }
        jdbc.batchUpdate(INSERT, rows);
    }

    public static Object[] values(String origin, Long fileId, Finding f) {
        return new Object[] {origin, fileId, f.severity().label(), f.code().name(), f.unitCode(), f.file(),
            cut(f.sheet(), 200), cut(f.cell(), 400), f.leaf(), f.year(), cut(f.expected(), 200), cut(f.actual(), 2000),
            cut(f.message(), 4000), cut(f.rootCell(), 240), f.suggested()};
    }

    public void deleteChecks() {
        jdbc.update("DELETE FROM finding WHERE origin = 'check'");
    }

    /** The check findings about the units in unit_pending, and every finding of the codes given. */
    public void deleteChecks(Set<FindingCode> everywhere) {
        String codes = everywhere.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(","));
        jdbc.update("DELETE FROM finding WHERE origin = 'check' AND (unit_code IN (SELECT unit_code FROM unit_pending)"
                + (codes.isEmpty() ? "" : " OR code IN (" + codes + ")") + ")");
    }

    /**
     * The findings that stand: every check finding, every finding about a whole file, and a reading
     * finding on a sheet only while that sheet is in force (a superseded file's cell errors are gone).
     */
    public List<Finding> inForce() {
        return jdbc.query("SELECT f.* FROM finding f WHERE f.origin = 'check' OR f.sheet IS NULL OR f.file_id IS NULL"
                        + " OR NOT EXISTS (SELECT 1 FROM received_sheet s WHERE s.file_id = f.file_id AND s.sheet_name = f.sheet)"
                        + " OR EXISTS (SELECT 1 FROM sheet_in_force s WHERE s.file_id = f.file_id AND s.sheet_name = f.sheet)",
                (rs, i) -> new Finding(FindingCode.valueOf(rs.getString("code")), rs.getString("unit_code"),
                        rs.getString("file"), rs.getString("sheet"), rs.getString("cell"), rs.getString("leaf"),
                        (Integer) rs.getObject("year"), rs.getString("expected"), rs.getString("actual"),
                        rs.getString("message"), rs.getString("root_cell"), rs.getString("suggested")));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
