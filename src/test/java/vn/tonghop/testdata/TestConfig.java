package vn.tonghop.testdata;

import vn.tonghop.config.JobsConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The project's own jobs/ configuration, which tests read as an operator would leave it. */
public final class TestConfig {

    private static JobsConfig config;

    private TestConfig() {
    }

    public static synchronized JobsConfig jobs() {
        if (config == null) {
            config = JobsConfig.load(Path.of("jobs").toAbsolutePath());
        }
        return config;
    }

    /** A copy of the project's jobs/ in {@code folder}, for a test or tool that changes a setting. */
    public static Path copyOfJobs(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (var files = Files.list(Path.of("jobs"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
    }
}
