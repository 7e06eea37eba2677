package vn.tonghop.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Remote partitioning on the embedded database would split one night over databases that never meet. */
class SharedDatabaseTest {

    static final String JOBS = Path.of("jobs").toAbsolutePath().toString();

    @Test
    void aManagerOrWorkerOnTheEmbeddedDatabaseIsRefusedBeforeItTakesAFile(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.writeString(input.resolve("not-taken.xlsx"), "x");
        assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", dir.resolve("out").toString(),
                "--jobs", JOBS, "--settle", "0", "--spring.profiles.active=remote")).isEqualTo(2);
        assertThat(TonghopApplication.run("worker", "--input", input.toString(), "--output", dir.resolve("out").toString(),
                "--jobs", JOBS)).isEqualTo(2);
        assertThat(dir.resolve("out/latest")).doesNotExist();
    }
}
