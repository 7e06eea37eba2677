package vn.tonghop.report;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** What the reports need from the staging store beyond facts and findings. */
final class ReportRepository {

    private final JdbcTemplate jdbc;

    ReportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every file received, with the forms and years it has in force; a taken file with none in force is superseded. */
    List<ReceivedFile> files() {
        return jdbc.query("SELECT f.path, f.unit_code, f.status, f.received_at, f.sha256, f.reason, f.archive_name,"
                        + " (SELECT COUNT(*) FROM received_sheet s WHERE s.file_id = f.file_id) AS sheets,"
                        + " (SELECT GROUP_CONCAT(DISTINCT i.form || ' ' || CAST(i.year AS VARCHAR(4)) ORDER BY"
                        + "   i.form || ' ' || CAST(i.year AS VARCHAR(4)) SEPARATOR '; ') FROM sheet_in_force i"
                        + "   WHERE i.file_id = f.file_id) AS forms"
                        + " FROM received_file f ORDER BY f.unit_code, f.path",
                (rs, i) -> {
                    String status = rs.getString("status");
                    String forms = rs.getString("forms");
                    if ("TAKEN".equals(status) && forms == null && rs.getInt("sheets") > 0) {
                        status = "SUPERSEDED";
                    }
                    return new ReceivedFile(rs.getString("path"), rs.getString("unit_code"), status, forms,
                            rs.getTimestamp("received_at").toLocalDateTime(), rs.getString("sha256"), rs.getString("reason"),
                            rs.getString("archive_name"));
                });
    }
}
