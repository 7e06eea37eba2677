package vn.tonghop.testdata;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.job.Folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For a test of the application context that touches no file: an empty input folder and an output folder
 * of its own under a new temporary folder, and the project's jobs/.
 */
@TestConfiguration
public class ScratchFolders {

    @Bean
    Folders folders() throws IOException {
        Path work = Files.createTempDirectory("tonghop-scratch");
        return new Folders(Files.createDirectories(work.resolve("input")), work.resolve("output"), 0);
    }

    @Bean
    JobsConfig jobsConfig() {
        return TestConfig.jobs();
    }
}
