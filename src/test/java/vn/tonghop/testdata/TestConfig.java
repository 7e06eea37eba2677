package vn.tonghop.testdata;

import vn.tonghop.config.JobsConfig;

import java.nio.file.Path;

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
}
