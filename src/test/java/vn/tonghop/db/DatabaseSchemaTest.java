package vn.tonghop.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Path;
import java.util.List;

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
        assertThat(jdbc.queryForList("SELECT version FROM schema_version ORDER BY version", Integer.class)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        // Version 4 replaced the views: a tie between two files is broken by path, which needs modified_at.
        assertThat(jdbc.queryForList("SELECT modified_at FROM sheet_in_force")).isEmpty();
        // Version 5 stores the decision the view used to make on every read.
        assertThat(jdbc.queryForList("SELECT in_force FROM received_sheet")).isEmpty();
        // Version 6 keeps what the check findings were made with.
        assertThat(jdbc.queryForList("SELECT fingerprint FROM check_basis")).isEmpty();
        // Version 10 keeps a night's plan of intake apart from Spring Batch's step contexts.
        assertThat(jdbc.queryForList("SELECT file_line FROM intake_plan_file")).isEmpty();
        // Versions 11 and 12 explain findings and tell estimates; 13 adds leaf amounts up in one query, not a view.
        assertThat(jdbc.queryForList("SELECT root_cell, suggested FROM finding")).isEmpty();
        assertThat(jdbc.queryForList("SELECT estimate FROM received_sheet")).isEmpty();
        assertThat(jdbc.queryForList("SELECT COUNT(*) FROM information_schema.views WHERE table_name = 'PENDING_LEAF_AMOUNT'",
                Integer.class)).containsExactly(0);
        // Version 14 keeps the catalogue and the basis lines for the query that adds the schedules up.
        assertThat(jdbc.queryForList("SELECT node, project, is_leaf FROM schedule_node")).isEmpty();
        assertThat(jdbc.queryForList("SELECT unit_code, year, line FROM basis_line")).isEmpty();
        // Version 15 keeps a draft report's passages and the figures found in them, and a finding's longer "cell".
        assertThat(jdbc.queryForList("SELECT seq, text FROM draft_passage")).isEmpty();
        assertThat(jdbc.queryForList("SELECT span, status FROM narrative_figure")).isEmpty();
        ds.destroy();
    }

    /** The row cache follows the heap, at every start, and stays set when the database is opened again. */
    @Test
    void theRowCacheIsAnEighthOfTheHeap(@TempDir Path folder) throws Exception {
        SingleConnectionDataSource ds = database(folder);
        new DatabaseSchema(ds).sizeCache(512L << 20);
        assertThat(cache(ds)).containsExactly(65_536, 262_144);
        new DatabaseSchema(ds).sizeCache(32L << 20);
        assertThat(cache(ds)).as("never below HSQLDB's own default").containsExactly(10_000, 50_000);
        new DatabaseSchema(ds).sizeCache(256L << 20);
        new JdbcTemplate(ds).execute("SHUTDOWN");
        ds.destroy();
        SingleConnectionDataSource reopened = database(folder);
        assertThat(cache(reopened)).containsExactly(32_768, 131_072);
        reopened.destroy();
    }

    private static List<Integer> cache(SingleConnectionDataSource ds) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        String sql = "SELECT property_value FROM information_schema.system_properties WHERE property_name = ?";
        return List.of(Integer.valueOf(jdbc.queryForObject(sql, String.class, "hsqldb.cache_size")),
                Integer.valueOf(jdbc.queryForObject(sql, String.class, "hsqldb.cache_rows")));
    }

    /** A process killed while the second script ran: some of its tables exist, the rest do not, nothing recorded. */
    @Test
    void aScriptCutShortByAKillIsCompletedOnTheNextStart(@TempDir Path folder) throws Exception {
        SingleConnectionDataSource ds = database(folder);
        JdbcTemplate jdbc = takenBackBefore(ds, 2, "DROP TABLE indicator_total", "DROP TABLE indicator_fact");
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

    /**
     * Version 7 stores a figure as one row: the facts of the old table are dropped, and every unit with a
     * sheet in force waits in unit_pending for the next night to make them again.
     */
    @Test
    void theSeventhVersionQueuesEveryUnitInForceForItsFacts(@TempDir Path folder) throws Exception {
        SingleConnectionDataSource ds = database(folder);
        // Back to version 6: the fact table as it was, with a fact in it.
        JdbcTemplate jdbc = takenBackBefore(ds, 7, "DROP VIEW fact", "DROP TABLE fact_figure",
                "CREATE TABLE fact (unit_code VARCHAR(40) NOT NULL, leaf VARCHAR(20) NOT NULL, fund VARCHAR(10) NOT NULL,"
                + " source VARCHAR(10) NOT NULL, year INT NOT NULL, measure VARCHAR(20) NOT NULL, value DECIMAL(24, 9) NOT NULL,"
                + " file VARCHAR(2000), sheet VARCHAR(200), cell VARCHAR(20), PRIMARY KEY (unit_code, leaf, fund, source, year, measure))",
                "INSERT INTO fact VALUES ('03589', 'DA2', 'SN', 'NSTW', 2023, 'allocated', 5, 'a.xlsx', '2023', 'D9')");
        stageFileWithSheets(jdbc, "03589", true, "03550", false, "03565", true);
        jdbc.update("INSERT INTO unit_pending (unit_code) VALUES ('03565')");

        new DatabaseSchema(ds).ensure();

        assertThat(jdbc.queryForList("SELECT unit_code FROM unit_pending ORDER BY unit_code", String.class))
                .containsExactly("03565", "03589");
        assertThat(jdbc.queryForList("SELECT * FROM fact")).isEmpty();
        jdbc.update("INSERT INTO fact_figure VALUES ('03589', 'DA2', 'SN', 'NSTW', 2023, 'a.xlsx', '2023',"
                + " 1, 5, 6, 2, 0, 4, 'C9', 'D9', 'E9', 'F9', 'C9', 'C9')");
        assertThat(jdbc.queryForList("SELECT measure || '=' || CAST(value AS INT) || '@' || cell FROM fact ORDER BY cell, measure",
                String.class)).containsExactly("carry_in=1@C9", "carry_out=4@C9", "returned=0@C9", "allocated=5@D9",
                "available=6@E9", "disbursed=2@F9");
        ds.destroy();
    }

    /** Version 8 keeps whether a sheet is hidden; sheets staged before it are taken as visible. */
    @Test
    void theEighthVersionTakesEarlierSheetsAsVisible(@TempDir Path folder) throws Exception {
        SingleConnectionDataSource ds = database(folder);
        JdbcTemplate jdbc = takenBackBefore(ds, 8, "ALTER TABLE received_sheet DROP COLUMN hidden");
        stageFileWithSheets(jdbc, "03589", true);

        new DatabaseSchema(ds).ensure();

        assertThat(jdbc.queryForList("SELECT hidden FROM received_sheet", Boolean.class)).containsExactly(false);
        assertThat(jdbc.queryForList("SELECT version FROM schema_version ORDER BY version", Integer.class)).contains(7, 8);
        ds.destroy();
    }

    /**
     * Version 9 records the folder as tonghop saw it, and when each file arrived: a file staged before it
     * arrived when it was taken, and no rejection is read again until a night re-reads it.
     */
    @Test
    void theNinthVersionTakesArrivalFromWhenAFileWasTaken(@TempDir Path folder) throws Exception {
        SingleConnectionDataSource ds = database(folder);
        JdbcTemplate jdbc = takenBackBefore(ds, 9, "DROP TABLE folder_entry", "ALTER TABLE received_file DROP COLUMN retry",
                "ALTER TABLE received_file DROP COLUMN first_seen");
        stageFileWithSheets(jdbc, "03589", true);

        new DatabaseSchema(ds).ensure();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_file WHERE first_seen = received_at AND NOT retry",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT path FROM folder_entry")).isEmpty();
        ds.destroy();
    }

    /**
     * A database of today's schema taken back to before a version: the statements that undo it run, and
     * the version is forgotten, as a database made by an earlier build would be.
     */
    private static JdbcTemplate takenBackBefore(SingleConnectionDataSource ds, int version, String... undo) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        new DatabaseSchema(ds).ensure();
        for (String statement : undo) {
            jdbc.execute(statement);
        }
        jdbc.update("DELETE FROM schema_version WHERE version = ?", version);
        return jdbc;
    }

    /** A taken file a.xlsx with a 2023 capital sheet per unit, each in force or not: unit, in force, unit, in force … */
    private static void stageFileWithSheets(JdbcTemplate jdbc, Object... unitsInForce) {
        jdbc.update("INSERT INTO received_file (file_id, path, size_bytes, modified_at, sha256, received_at, status)"
                + " VALUES (1, 'a.xlsx', 1, CURRENT_TIMESTAMP, '" + "0".repeat(64) + "', CURRENT_TIMESTAMP, 'TAKEN')");
        for (int i = 0; i < unitsInForce.length; i += 2) {
            jdbc.update("INSERT INTO received_sheet (sheet_id, file_id, sheet_name, form, year, unit_code, money_unit, in_force)"
                    + " VALUES (?, 1, '2023', '01/VỐN', 2023, ?, 'TRIEU_DONG', ?)", i / 2 + 1, unitsInForce[i], unitsInForce[i + 1]);
        }
    }
}
