package vn.tonghop.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseSchemaTest {

    private static SingleConnectionDataSource database(Path folder) {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(
                "jdbc:hsqldb:file:" + folder.resolve("db") + ";hsqldb.write_delay=false", "SA", "", true);
        ds.setDriverClassName("org.hsqldb.jdbc.JDBCDriver");
        return ds;
    }

    private static int tables(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME IN ('BATCH_JOB_INSTANCE', 'RECEIVED_FILE', 'FINDING', 'INDICATOR_VALUE', 'INDICATOR_TOTAL',"
                + " 'REGISTER_ROW', 'INDICATOR_FACT', 'SHEET_IN_FORCE')", Integer.class);
    }

    @Test
    void aFreshDatabaseGetsEveryTableAndASecondStartChangesNothing(@TempDir Path folder) throws Exception {
        SingleConnectionDataSource ds = database(folder);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        new DatabaseSchema(ds).ensure();
        assertThat(tables(jdbc)).isEqualTo(8);
        new DatabaseSchema(ds).ensure();
        assertThat(jdbc.queryForList("SELECT version FROM schema_version ORDER BY version", Integer.class)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        // Version 4 replaced the views: a tie between two files is broken by path, which needs modified_at.
        assertThat(jdbc.queryForList("SELECT modified_at FROM sheet_in_force")).isEmpty();
        // Version 5 stores the decision the view used to make on every read.
        assertThat(jdbc.queryForList("SELECT in_force FROM received_sheet")).isEmpty();
        // Version 6 keeps what the check findings were made with, and adds up the pending units alone.
        assertThat(jdbc.queryForList("SELECT fingerprint FROM check_basis")).isEmpty();
        assertThat(jdbc.queryForList("SELECT carry_out FROM pending_leaf_amount")).isEmpty();
        ds.destroy();
    }

    /** A process killed while the second script ran: some of its tables exist, the rest do not, nothing recorded. */
    @Test
    void aScriptCutShortByAKillIsCompletedOnTheNextStart(@TempDir Path folder) throws Exception {
        SingleConnectionDataSource ds = database(folder);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        new DatabaseSchema(ds).ensure();
        jdbc.execute("DROP TABLE indicator_total");
        jdbc.execute("DROP TABLE indicator_fact");
        jdbc.update("DELETE FROM schema_version WHERE version = 2");
        new DatabaseSchema(ds).ensure();
        assertThat(tables(jdbc)).isEqualTo(8);
        jdbc.update("INSERT INTO indicator_fact (unit_code, indicator, year) VALUES ('109', 'CT01', 2023)");
        ds.destroy();
    }

    /** A database made before schema_version existed: its tables are there, the newer ones are added. */
    @Test
    void aDatabaseFromAnEarlierVersionIsBroughtUpToDate(@TempDir Path folder) throws Exception {
        SingleConnectionDataSource ds = database(folder);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        new DatabaseSchema(ds).ensure();
        for (String t : new String[] {"indicator_value", "indicator_total", "register_row", "indicator_fact", "schema_version"}) {
            jdbc.execute("DROP TABLE " + t);
        }
        new DatabaseSchema(ds).ensure();
        assertThat(tables(jdbc)).isEqualTo(8);
        ds.destroy();
    }
}
