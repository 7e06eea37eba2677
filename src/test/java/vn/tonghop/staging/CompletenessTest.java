package vn.tonghop.staging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.testdata.StagingDatabase;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompletenessTest {

    @Test
    void aFormReceivedThatNobodyOwesIsListedOnceWithTheFirstPathInForce(@TempDir Path folder) throws Exception {
        SingleConnectionDataSource ds = StagingDatabase.in(folder);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        // Bản Lang owes 01/VỐN 2023-2024, 02/CT, 03/VB and 04/BCĐ, not 05/GV; its 05/GV comes in two files in force.
        sheet(jdbc, "BanLang_VON_2023.xlsx", "03577", "01/VỐN", 2023);
        sheet(jdbc, "BanLang_GV_b.xlsx", "03577", "05/GV", 2023);
        sheet(jdbc, "BanLang_GV_a.xlsx", "03577", "05/GV", 2023);

        List<CompletenessRow> rows = new Completeness(jdbc).rows(JobsConfig.load(Path.of("jobs")));

        assertThat(rows).filteredOn(r -> r.unitCode().equals("03577")).extracting(r -> r.form() + " " + r.year() + " "
                + r.status() + " " + r.file()).containsExactly(
                        "01/VỐN 2023 received BanLang_VON_2023.xlsx", "01/VỐN 2024 missing null", "02/CT null missing null",
                        "03/VB null missing null", "04/BCĐ null missing null", "05/GV 2023 received BanLang_GV_a.xlsx");
        ds.destroy();
    }

    private static void sheet(JdbcTemplate jdbc, String path, String unit, String form, int year) {
        Timestamp at = Timestamp.valueOf("2024-08-01 00:00:00");
        jdbc.update("INSERT INTO received_file (path, size_bytes, modified_at, sha256, received_at, status, unit_code)"
                + " VALUES (?, 1, ?, ?, ?, 'TAKEN', ?)", path, at, "0".repeat(64), at, unit);
        long file = jdbc.queryForObject("SELECT MAX(file_id) FROM received_file", Long.class);
        jdbc.update("INSERT INTO received_sheet (file_id, sheet_name, form, year, unit_code, money_unit, in_force)"
                + " VALUES (?, ?, ?, ?, ?, 'TRIEU_DONG', TRUE)",
                file, form, form, year, unit);
    }
}
