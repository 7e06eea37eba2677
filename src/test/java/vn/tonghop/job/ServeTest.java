package vn.tonghop.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testdata.CapitalForm;
import vn.tonghop.testdata.CapitalWorkbookBuilder;
import vn.tonghop.testdata.TestConfig;
import vn.tonghop.testdata.TonghopProcess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve} runs on its cron, picks up a dropped file once it has settled, and stops cleanly on SIGTERM. */
class ServeTest {

    @Test
    void picksUpADroppedFileWithinTheSettleTimeAndStopsCleanly(@TempDir Path work) throws Exception {
        Path jobs = TestConfig.copyOfJobs(work.resolve("jobs"));
        Files.writeString(jobs.resolve("schedule.properties"), "cron=*/3 * * * * *\npoll.seconds=1\n");
        Path input = work.resolve("input");
        Files.createDirectories(input);
        Path out = work.resolve("output");
        Process serve = TonghopProcess.start(work.resolve("serve.log"), "serve", "--input", input.toString(), "--output",
                out.toString(), "--jobs", jobs.toString(), "--settle", "2");
        try {
            waitFor(() -> Files.exists(out.resolve("latest/facts.csv")), Duration.ofSeconds(40));

            CapitalForm form = new CapitalForm("UBND XÃ NẬM XE", 2024);
            form.total();
            form.project("I", "Dự án 2: Đa dạng hóa sinh kế", "DA2").fund("SN", "NSTW").money(0, 300, 280);
            Path staged = work.resolve("NamXe_2024.xlsx");
            new CapitalWorkbookBuilder().write(staged, List.of(form));
            Instant dropped = Instant.now();
            Files.move(staged, input.resolve("NamXe_2024.xlsx"));
            waitFor(() -> Files.readString(out.resolve("latest/facts.csv"), StandardCharsets.UTF_8).contains("03586"),
                    Duration.ofSeconds(2 + 10));
            assertThat(Duration.between(dropped, Instant.now())).isLessThan(Duration.ofSeconds(12));
        } finally {
            serve.destroy();
        }
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(work.resolve("serve.log"), StandardCharsets.UTF_8);
        // The JVM reports a SIGTERM as 143 once its shutdown hooks are done; systemd is told so (README).
        assertThat(serve.exitValue()).as(log).isIn(0, 143);
        assertThat(log).contains("tonghop: stopped");
        try (var c = UnattendedNightsTest.database(out);
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTED', 'STARTING')")) {
            rs.next();
            assertThat(rs.getInt(1)).as("no run is left looking alive").isZero();
        }
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    static void waitFor(Condition condition, Duration limit) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (IOException e) {
                // the set is being swapped in; look again
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + limit);
    }
}
