package vn.tonghop.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.testdata.HostileFiles;
import vn.tonghop.testdata.TestConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two readers archiving one content at the same moment: a resumed night reading a file while the interrupted
 * night's reader, abandoned on its thread, still copies it. Both copied into one "&lt;hash&gt;.xlsx.part", so one
 * of them failed and a good file was rejected as unreadable for good (CrashPointsTest caught it once in 15 runs).
 */
class ArchiveCopyTest {

    @Test
    void readersArchivingOneContentAtOnceAllTakeIt(@TempDir Path dir) throws Exception {
        Path file = HostileFiles.good(Files.createDirectories(dir.resolve("input/xa")).resolve("MuongSo_2023.xlsx"));
        InputFile input = new InputFile(file, "xa/MuongSo_2023.xlsx", Files.size(file), Files.getLastModifiedTime(file).toInstant());
        JobsConfig config = TestConfig.jobs();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 30; round++) {
                Path archive = dir.resolve("archive-" + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<IntakeResult>> taken = new ArrayList<>();
                for (int reader = 0; reader < 4; reader++) {
                    taken.add(pool.submit(() -> {
                        start.await();
                        return new FileIntake(config, archive, hash -> false).take(input);
                    }));
                }
                start.countDown();
                for (Future<IntakeResult> t : taken) {
                    assertThat(t.get().status()).as("round %d: %s", round, t.get().reason()).isEqualTo(IntakeResult.Status.TAKEN);
                }
                try (var left = Files.list(archive)) {
                    assertThat(left.map(p -> p.getFileName().toString())).as("one copy, nothing half-written left")
                            .singleElement().asString().endsWith(".xlsx");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
