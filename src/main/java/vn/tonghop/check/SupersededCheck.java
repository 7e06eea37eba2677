package vn.tonghop.check;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * SUPERSEDED: a newer file from the same unit for the same form and year replaced this one, or a
 * visible sheet of another file replaced this hidden one, or actual figures replaced this estimate.
 */
final class SupersededCheck {

    private final JdbcTemplate jdbc;

    public SupersededCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Finding> check() {
        return jdbc.query("SELECT s.unit_code, s.form, s.year, s.sheet_name, s.hidden, s.estimate, f.path,"
                        + " (SELECT MIN(nf.path) FROM received_sheet n JOIN received_file nf ON nf.file_id = n.file_id"
                        + "  WHERE n.in_force AND n.unit_code = s.unit_code AND n.form = s.form AND n.year = s.year) AS newer,"
                        + " (SELECT COUNT(*) FROM received_sheet n WHERE n.in_force AND n.estimate AND n.unit_code = s.unit_code"
                        + "  AND n.form = s.form AND n.year = s.year) AS newer_estimates"
                        + " FROM received_sheet s JOIN received_file f ON f.file_id = s.file_id WHERE f.status = 'TAKEN'"
                        + " AND NOT s.in_force"
                        + " ORDER BY f.path, s.sheet_name",
                (rs, i) -> {
                    Integer year = rs.getInt("year") == 0 ? null : rs.getInt("year");
                    String form = rs.getString("form") + (year == null ? "" : " năm " + year);
                    String newer = rs.getString("newer");
                    return Finding.of(FindingCode.SUPERSEDED).unit(rs.getString("unit_code"))
                            .at(rs.getString("path"), rs.getString("sheet_name"), null).year(year)
                            .expected(newer).actual(rs.getString("path"))
                            .message(rs.getBoolean("hidden")
                                    ? "Trang tính \"" + rs.getString("sheet_name") + "\" đang ẩn trong tệp này; biểu " + form
                                            + " được lấy từ tệp " + newer + ", nên số liệu của trang tính ẩn không được tính."
                                    : rs.getBoolean("estimate") && !estimate(newer, rs)
                                    ? "Biểu " + form + " trong tệp này ghi số ước thực hiện; số thực hiện của tệp " + newer
                                            + " đã thay cho số ước."
                                    : "Biểu " + form + " trong tệp này đã được thay bằng tệp gửi sau " + newer
                                            + "; số liệu của tệp cũ không còn được tính.");
                });
    }

    /** Whether the sheet in force in its place is an estimate too. */
    private static boolean estimate(String newer, ResultSet rs) throws SQLException {
        return newer != null && rs.getInt("newer_estimates") > 0;
    }
}
