package vn.tonghop.services;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.BusyNightSet;
import vn.tonghop.testdata.OutputSnapshot;
import vn.tonghop.testdata.TestDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The postgres profile against the machine's real PostgreSQL: the night it writes is the embedded database's. */
@Tag("services")
class PostgresNightTest {

    static final String JOBS = Path.of("jobs").toAbsolutePath().toString();

    @Test
    void aNightOnPostgresWritesWhatTheEmbeddedDatabaseWrites(@TempDir Path work) throws Exception {
        Path input = work.resolve("input");
        int files = BusyNightSet.write(input).size();
        assertThat(run(work.resolve("hsqldb"), input)).isZero();
        Map<String, String> embedded = OutputSnapshot.of(work.resolve("hsqldb/latest"));

        try (TestDatabase db = TestDatabase.create()) {
            Path out = work.resolve("postgres");
            assertThat(run(out, input, db.options())).isZero();
            assertThat(OutputSnapshot.of(out.resolve("latest"))).isEqualTo(embedded);
            // A second night on the same database finds every file taken and changes nothing.
            assertThat(run(out, input, db.options())).isZero();
            assertThat(OutputSnapshot.of(out.resolve("latest"))).isEqualTo(embedded);
            try (Connection c = db.connect()) {
                assertThat(count(c, "SELECT COUNT(*) FROM received_file")).isEqualTo(files);
                assertThat(count(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE success")).isEqualTo(5);
                assertThat(count(c, "SELECT COUNT(*) FROM batch_job_execution WHERE status = 'COMPLETED'")).isEqualTo(2);
            }
        }
    }

    static int run(Path out, Path input, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", out.toString(),
                "--jobs", JOBS, "--settle", "0"));
        args.addAll(List.of(extra));
        return TonghopApplication.run(args.toArray(String[]::new));
    }

    static int count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
