package vn.tonghop.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.SeedExampleSet;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** More intake threads than the old fixed pool had connections: every file is still read, without waiting on one. */
class IntakeThreadsTest {

    @Test
    void theConfiguredNumberOrOnePerCoreAndTwoConnectionsEach() {
        assertThat(IntakeThreads.of(new MockEnvironment().withProperty(IntakeThreads.PROPERTY, "6"))).isEqualTo(6);
        assertThat(IntakeThreads.of(new MockEnvironment())).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
        assertThat(IntakeThreads.connections(4)).isEqualTo(10);
    }

    @Test
    void sixIntakeThreadsReadEveryFileWithoutWaitingForAConnection(@TempDir Path work) throws Exception {
        Path input = work.resolve("input");
        List<Path> files = SeedExampleSet.write(input);
        long started = System.nanoTime();
        int exit = TonghopApplication.run("run", "--input", input.toString(), "--output", work.resolve("output").toString(),
                "--jobs", Path.of("jobs").toAbsolutePath().toString(), "--settle", "0", "--tonghop.intake.threads=6");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(exit).isZero();
        List<Map<String, String>> findings = CsvRows.read(work.resolve("output/latest/findings.csv"));
        assertThat(findings).noneMatch(f -> f.get("code").equals("FILE_UNREADABLE"));
        // A reader left without a connection waited Hikari's 30 s before its file was rejected.
        assertThat(seconds).as("%d files", files.size()).isLessThan(25);
    }
}
