package vn.tonghop.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;
import vn.tonghop.finding.FindingCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a reader does to itself, the file is rejected with a reason and the caller carries on. */
class GuardedIntakeTest {

    @TempDir
    Path dir;

    private IntakeResult take(Function<InputFile, IntakeResult> reader, long seconds) throws Exception {
        Path file = Files.writeString(dir.resolve("x.xlsx"), "x");
        return new GuardedIntake(reader, seconds).take(new InputFile(file, "x.xlsx", 1, Instant.EPOCH));
    }

    private static int depth(int n) {
        return depth(n + 1) + 1;
    }

    @Test
    void anEndlessParseIsCutOffAtTheTimeLimit() throws Exception {
        long started = System.nanoTime();
        IntakeResult r = take(f -> {
            while (true) {
                Thread.onSpinWait();
            }
        }, 1);
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo(FindingCode.FILE_HOSTILE));
    }

    @Test
    void runningOutOfMemoryOrStackIsHostile() throws Exception {
        assertThat(take(f -> {
            throw new OutOfMemoryError("Java heap space");
        }, 5).findings().get(0).code()).isEqualTo(FindingCode.FILE_HOSTILE);
        assertThat(take(f -> new IntakeResult(f, null, null, null, String.valueOf(depth(0)), null, null, null, null), 5)
                .findings().get(0).code()).isEqualTo(FindingCode.FILE_HOSTILE);
    }

    @Test
    void aBugInTheReaderIsUnreadableNotACrash() throws Exception {
        IntakeResult r = take(f -> {
            throw new IllegalStateException("a layout nobody foresaw");
        }, 5);
        assertThat(r.status()).isEqualTo(IntakeResult.Status.REJECTED);
        assertThat(r.sha256()).hasSize(64);
        assertThat(r.findings().get(0).code()).isEqualTo(FindingCode.FILE_UNREADABLE);
    }

    @Test
    void theReaderLogsUnderTheCallersFileAndAStuckReaderLeavesTheNextFileAReader() throws Exception {
        MDC.put("file", "xa/x.xlsx");
        try {
            CountDownLatch stuck = new CountDownLatch(1);
            assertThat(take(f -> {
                try {
                    stuck.await();
                } catch (InterruptedException e) {
                    // Ignores the interrupt, as a reader deep in a parser might.
                    Thread.onSpinWait();
                }
                while (stuck.getCount() > 0) {
                    Thread.onSpinWait();
                }
                return null;
            }, 1).findings().get(0).code()).isEqualTo(FindingCode.FILE_HOSTILE);
            IntakeResult next = take(f -> new IntakeResult(f, null, IntakeResult.Status.TAKEN, null,
                    MDC.get("file"), null, List.of(), List.of(), null), 5);
            stuck.countDown();
            assertThat(next.status()).isEqualTo(IntakeResult.Status.TAKEN);
            assertThat(next.reason()).isEqualTo("xa/x.xlsx");
        } finally {
            MDC.clear();
        }
    }
}
