package vn.tonghop.services;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testdata.BusyNightSet;
import vn.tonghop.testdata.Nights;
import vn.tonghop.testdata.OutputSnapshot;
import vn.tonghop.testdata.TestDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The postgres profile against the machine's real PostgreSQL: the night it writes is the embedded database's. */
@Tag("services")
class PostgresNightTest {

    @Test
    void aNightOnPostgresWritesWhatTheEmbeddedDatabaseWrites(@TempDir Path work) throws Exception {
        Path input = work.resolve("input");
        int files = BusyNightSet.write(input).size();
        assertThat(Nights.run(input, work.resolve("hsqldb"))).isZero();
        Map<String, String> embedded = OutputSnapshot.of(work.resolve("hsqldb/latest"));

        try (TestDatabase db = TestDatabase.create()) {
            Path out = work.resolve("postgres");
            assertThat(Nights.run(input, out, db.options())).isZero();
            assertThat(OutputSnapshot.of(out.resolve("latest"))).isEqualTo(embedded);
            // A second night on the same database finds every file taken and changes nothing.
            assertThat(Nights.run(input, out, db.options())).isZero();
            assertThat(OutputSnapshot.of(out.resolve("latest"))).isEqualTo(embedded);
            try (Connection c = db.connect()) {
                assertThat(count(c, "SELECT COUNT(*) FROM received_file")).isEqualTo(files);
                // Spring Batch's tables, then staging versions 1 to 15.
                assertThat(count(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE success")).isEqualTo(16);
                assertThat(count(c, "SELECT COUNT(*) FROM batch_job_execution WHERE status = 'COMPLETED'")).isEqualTo(2);
            }
        }
    }

    static int count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
