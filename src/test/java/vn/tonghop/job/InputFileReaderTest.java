package vn.tonghop.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.tonghop.intake.InputFile;
import vn.tonghop.intake.IntakeStore;
import vn.tonghop.testdata.StagingDatabase;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputFileReaderTest {

    /** A partition opened again after a restart reads only what no committed chunk took. */
    @Test
    void aReopenedPartitionLeavesOutTheFilesAlreadyStaged(@TempDir Path folder) throws Exception {
        SingleConnectionDataSource ds = StagingDatabase.in(folder);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        Path input = folder.resolve("input");
        // Modification times finer than the database keeps, as file systems give them.
        Instant at = Instant.parse("2024-08-01T07:30:00.123456789Z");
        InputFile taken = new InputFile(input.resolve("a.xlsx"), "a.xlsx", 100, at);
        InputFile resaved = new InputFile(input.resolve("b.xlsx"), "b.xlsx", 120, at.plusSeconds(60));
        InputFile fresh = new InputFile(input.resolve("c.xlsx"), "c.xlsx", 100, at);
        stage(jdbc, "a.xlsx", 100, at);
        stage(jdbc, "b.xlsx", 120, at);

        IntakePlan plans = new IntakePlan(jdbc, new JdbcTransactionManager(ds));
        plans.keep(7, List.of(List.of(), List.of(FilePartitioner.encode(taken), FilePartitioner.encode(resaved),
                FilePartitioner.encode(fresh))));
        InputFileReader reader = new InputFileReader(input, new IntakeStore(jdbc), plans, 7L,
                "intakeFiles:partition001");
        reader.open(new ExecutionContext());
        List<String> read = new ArrayList<>();
        for (InputFile f = reader.read(); f != null; f = reader.read()) {
            read.add(f.relativePath());
        }

        assertThat(read).containsExactly("b.xlsx", "c.xlsx");
        ds.destroy();
    }

    /** A partition that cannot know its files stops the night; reading none would complete it and lose them. */
    @Test
    void aPartitionOfANightWithoutAPlanRefusesToRun(@TempDir Path folder) throws Exception {
        SingleConnectionDataSource ds = StagingDatabase.in(folder);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        InputFileReader reader = new InputFileReader(folder, new IntakeStore(jdbc),
                new IntakePlan(jdbc, new JdbcTransactionManager(ds)), 7L, "intakeFiles:partition000");

        assertThatThrownBy(() -> reader.open(new ExecutionContext())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("night 7 has no plan");
        ds.destroy();
    }

    private static void stage(JdbcTemplate jdbc, String path, long size, Instant modified) {
        jdbc.update("INSERT INTO received_file (path, size_bytes, modified_at, sha256, received_at, status)"
                + " VALUES (?, ?, ?, ?, ?, 'TAKEN')", path, size, Timestamp.from(modified), "0".repeat(64), Timestamp.from(modified));
    }
}
