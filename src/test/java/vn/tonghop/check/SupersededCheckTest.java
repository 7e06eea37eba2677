package vn.tonghop.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.testdata.StagingDatabase;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** SUPERSEDED on a staging database of its own: every sheet taken but not in force names the file that is. */
class SupersededCheckTest {

    private static void file(JdbcTemplate jdbc, int id, String path, String status) {
        jdbc.update("INSERT INTO received_file (file_id, path, size_bytes, modified_at, sha256, received_at, first_seen,"
                + " status) VALUES (?, ?, 1, CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)", id, path,
                String.valueOf(id).repeat(64).substring(0, 64), status);
    }

    private static void sheet(JdbcTemplate jdbc, int id, int file, String name, String form, int year, boolean inForce,
                              boolean hidden) {
        jdbc.update("INSERT INTO received_sheet (sheet_id, file_id, sheet_name, form, year, unit_code, money_unit, in_force,"
                + " hidden) VALUES (?, ?, ?, ?, ?, '03589', 'TRIEU_DONG', ?, ?)", id, file, name, form, year, inForce, hidden);
    }

    @Test
    void aReplacedSheetNamesTheFileInForceAndAHiddenOneSaysItIsHidden(@TempDir Path dir) throws Exception {
        SingleConnectionDataSource ds = StagingDatabase.in(dir);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            file(jdbc, 1, "MuongSo_2023.xlsx", "TAKEN");
            file(jdbc, 2, "MuongSo_2023_sua.xlsx", "TAKEN");
            file(jdbc, 3, "MuongSo_2024.xlsx", "TAKEN");
            file(jdbc, 4, "MuongSo_hong.xlsx", "REJECTED");
            sheet(jdbc, 1, 1, "2023", "01/VỐN", 2023, false, false);
            sheet(jdbc, 2, 2, "2023", "01/VỐN", 2023, true, false);
            sheet(jdbc, 3, 3, "2023 cũ", "01/VỐN", 2023, false, true);
            sheet(jdbc, 4, 3, "2024", "01/VỐN", 2024, true, false);
            sheet(jdbc, 5, 1, "Chỉ tiêu", "02/CT", 0, true, false);

            List<Finding> found = new SupersededCheck(jdbc).check();

            assertThat(found).extracting(Finding::code, Finding::file, Finding::sheet, Finding::year, Finding::expected)
                    .containsExactly(
                            tuple(FindingCode.SUPERSEDED, "MuongSo_2023.xlsx", "2023", 2023, "MuongSo_2023_sua.xlsx"),
                            tuple(FindingCode.SUPERSEDED, "MuongSo_2024.xlsx", "2023 cũ", 2023, "MuongSo_2023_sua.xlsx"));
            assertThat(found.get(0).message()).contains("tệp gửi sau MuongSo_2023_sua.xlsx");
            assertThat(found.get(1).message()).contains("đang ẩn");
        } finally {
            ds.destroy();
        }
    }
}
