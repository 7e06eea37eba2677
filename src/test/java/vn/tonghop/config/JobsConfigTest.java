package vn.tonghop.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testdata.TestConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprint the stored check findings are kept under follows every file of jobs/. */
class JobsConfigTest {

    @Test
    void theFingerprintChangesWithAnyFileOfTheFolderAndOnlyThen(@TempDir Path dir) throws Exception {
        Path jobs = TestConfig.copyOfJobs(dir.resolve("jobs"));
        String first = JobsConfig.load(jobs).fingerprint();
        assertThat(JobsConfig.load(jobs).fingerprint()).as("the same files").isEqualTo(first);
        assertThat(JobsConfig.load(Path.of("jobs")).fingerprint()).as("the same files elsewhere").isEqualTo(first);

        Files.writeString(jobs.resolve("tolerances.properties"), "\n# edited\n", StandardOpenOption.APPEND);
        String edited = JobsConfig.load(jobs).fingerprint();
        assertThat(edited).isNotEqualTo(first);

        Files.writeString(jobs.resolve("extra.properties"), "");
        assertThat(JobsConfig.load(jobs).fingerprint()).as("a new file, even empty").isNotEqualTo(edited);
    }
}
