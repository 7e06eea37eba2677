package vn.tonghop.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTest {

    private static final String OPTIONS = ";hsqldb.write_delay=false;shutdown=true;hsqldb.lock_file=false";

    private static <T> T query(Path folder, Function<JdbcTemplate, T> q) {
        SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:hsqldb:file:" + folder.resolve("tonghop") + OPTIONS,
                "SA", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            T result = q.apply(jdbc);
            jdbc.execute("SHUTDOWN");
            return result;
        } finally {
            ds.destroy();
        }
    }

    @Test
    void aNewDatabaseAppearsWholeWithItsSchema(@TempDir Path out) throws Exception {
        Path db = out.resolve("db");
        EmbeddedDatabase.createIfAbsent(db, "tonghop", OPTIONS);
        assertThat(db.resolve("tonghop.script")).isRegularFile();
        assertThat(out.resolve("db.new")).doesNotExist();
        List<Integer> versions = query(db, jdbc -> jdbc.queryForList("SELECT version FROM schema_version ORDER BY version", Integer.class));
        assertThat(versions).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    }

    /** What a kill during HSQLDB's own creation of a database leaves: files, but no catalogue. */
    @Test
    void leftoversOfACreationCutShortAreReplaced(@TempDir Path out) throws Exception {
        Path db = out.resolve("db");
        Files.createDirectories(db.resolve("tonghop.tmp"));
        Files.writeString(db.resolve("tonghop.log"), "/*C1*/SET SCHEMA PUBLIC\n");
        Files.createDirectories(out.resolve("db.new"));
        Files.writeString(out.resolve("db.new/tonghop.properties"), "modified=yes\n");

        EmbeddedDatabase.createIfAbsent(db, "tonghop", OPTIONS);

        Integer versions = query(db, jdbc -> jdbc.queryForObject("SELECT COUNT(*) FROM schema_version", Integer.class));
        assertThat(versions).isEqualTo(16);
        assertThat(out.resolve("db.new")).doesNotExist();
    }

    @Test
    void anExistingDatabaseIsLeftAlone(@TempDir Path out) throws Exception {
        Path db = out.resolve("db");
        EmbeddedDatabase.createIfAbsent(db, "tonghop", OPTIONS);
        query(db, jdbc -> jdbc.update("INSERT INTO unit_pending (unit_code) VALUES ('03589')"));

        EmbeddedDatabase.createIfAbsent(db, "tonghop", OPTIONS);

        List<String> pending = query(db, jdbc -> jdbc.queryForList("SELECT unit_code FROM unit_pending", String.class));
        assertThat(pending).containsExactly("03589");
    }
}
