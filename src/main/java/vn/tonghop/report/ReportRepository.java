package vn.tonghop.report;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** What the reports need from the staging store beyond facts and findings. */
final class ReportRepository {

    private final JdbcTemplate jdbc;

    ReportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every file received, with the forms and years it has in force; a taken file with none in force is superseded. */
    List<ReceivedFile> files() {
        // Forms are joined here rather than in SQL, whose string aggregation differs between databases.
        Map<Long, SortedSet<String>> forms = new HashMap<>();
        Map<Long, Integer> latest = new HashMap<>();
        jdbc.query("SELECT DISTINCT i.file_id, i.form, i.year FROM sheet_in_force i", rs -> {
            int year = rs.getInt("year");
            forms.computeIfAbsent(rs.getLong("file_id"), k -> new TreeSet<>())
                    .add(year == 0 ? rs.getString("form") : rs.getString("form") + " " + year);
            if (year != 0) {
                latest.merge(rs.getLong("file_id"), year, Math::max);
            }
        });
        return jdbc.query("SELECT f.file_id, f.path, f.unit_code, f.status, f.received_at, f.sha256, f.reason, f.archive_name,"
                        + " (SELECT COUNT(*) FROM received_sheet s WHERE s.file_id = f.file_id) AS sheets"
                        + " FROM received_file f ORDER BY f.unit_code, f.path, f.modified_at, f.file_id",
                (rs, i) -> {
                    String status = rs.getString("status");
                    SortedSet<String> inForce = "TAKEN".equals(status) ? forms.get(rs.getLong("file_id")) : null;
                    if ("TAKEN".equals(status) && inForce == null && rs.getInt("sheets") > 0) {
                        status = "SUPERSEDED";
                    }
                    return new ReceivedFile(rs.getString("path"), rs.getString("unit_code"), status,
                            inForce == null ? null : String.join("; ", inForce),
                            rs.getTimestamp("received_at").toLocalDateTime(), rs.getString("sha256"), rs.getString("reason"),
                            rs.getString("archive_name"), inForce == null ? null : latest.get(rs.getLong("file_id")));
                });
    }
}
