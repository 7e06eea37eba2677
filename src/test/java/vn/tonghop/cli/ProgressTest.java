package vn.tonghop.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.tonghop.testdata.StagingDatabase;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    /** A line when the count moved, none when it did not, and nothing of files received on earlier nights. */
    @Test
    void progressCountsTheNightsFilesOutOfItsPlan(@TempDir java.nio.file.Path folder) throws Exception {
        SingleConnectionDataSource ds = StagingDatabase.in(folder);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        Instant started = Instant.parse("2026-12-06T19:00:00Z");
        jdbc.update("INSERT INTO intake_plan (job_instance, partitions) VALUES (1, 1)");
        for (int i = 0; i < 3; i++) {
            jdbc.update("INSERT INTO intake_plan_file (job_instance, partition_no, seq, file_line) VALUES (1, 0, ?, ?)", i, "f" + i);
        }
        receive(jdbc, "old.xlsx", started.minusSeconds(86_400));
        receive(jdbc, "a.xlsx", started.plusSeconds(2));
        receive(jdbc, "b.xlsx", started.plusSeconds(3));
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        try (Progress progress = new Progress(jdbc, new PrintStream(console, true, StandardCharsets.UTF_8), started)) {
            progress.tell();
            progress.tell();
        }

        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("tonghop: reading files: 2 of 3" + System.lineSeparator());
        ds.destroy();
    }

    private static void receive(JdbcTemplate jdbc, String path, Instant at) {
        jdbc.update("INSERT INTO received_file (path, size_bytes, modified_at, sha256, received_at, status)"
                + " VALUES (?, 1, ?, ?, ?, 'TAKEN')", path, Timestamp.from(at), path, Timestamp.from(at));
    }
}
