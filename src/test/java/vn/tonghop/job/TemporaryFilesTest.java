package vn.tonghop.job;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.report.OutputPublisher;
import vn.tonghop.testdata.Nights;
import vn.tonghop.testdata.SeedExampleSet;
import vn.tonghop.testdata.TestConfig;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night writes its temporary files under its own output folder. The system's temporary folder may belong
 * to another user (POI's "poifiles", made by whoever ran first); here it is not even a folder, so a night
 * that wrote there would fail.
 */
class TemporaryFilesTest {

    /**
     * The case as an office server has it: a night run by root (which leaves POI's "poifiles" folder in /tmp, root's),
     * then one run by the service user with an output of its own. Both must succeed. Run where the suite runs as root
     * and setpriv is there, as on CI; the other user gets a copy of the classpath, since root's Maven folder and the
     * checkout may be closed to it.
     */
    @Test
    void aNightAsRootThenOneAsAnotherUserBothSucceed() throws Exception {
        Assumptions.assumeTrue(System.getProperty("user.name").equals("root") && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs root and setpriv");
        Path shared = Files.createDirectories(Path.of("/tmp", "tonghop-users-" + ProcessHandle.current().pid()));
        try {
            Path input = shared.resolve("input");
            SeedExampleSet.write(input);
            assertThat(Nights.run(input, shared.resolve("out-root"))).isZero();

            List<String> classpath = new ArrayList<>();
            Path jars = Files.createDirectories(shared.resolve("classpath"));
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path from = Path.of(entry);
                // Copied, jars and class folders alike: the checkout itself may be closed to other users.
                Path to = jars.resolve(classpath.size() + "-" + from.getFileName());
                if (Files.isRegularFile(from)) {
                    Files.copy(from, to);
                } else if (Files.isDirectory(from)) {
                    copyTree(from, to);
                } else {
                    continue;
                }
                classpath.add(to.toString());
            }
            Path jobs = shared.resolve("jobs");
            TestConfig.copyOfJobs(jobs);
            Path out = Files.createDirectories(shared.resolve("out-service"));
            openToAll(shared);
            UserPrincipal nobody = shared.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(out, nobody);
            Process p = new ProcessBuilder("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-cp",
                    String.join(File.pathSeparator, classpath), "vn.tonghop.TonghopApplication", "run", "--input", input.toString(),
                    "--output", out.toString(), "--jobs", jobs.toString(), "--settle", "0")
                    .redirectErrorStream(true).redirectOutput(shared.resolve("service.log").toFile()).start();
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(shared.resolve("service.log"))).isZero();
            assertThat(out.resolve("latest/TongHop.xlsx")).isNotEmptyFile();
        } finally {
            OutputPublisher.deleteTree(shared);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Readable by every user, as a share is; the other user's own output is made its own above. */
    private static void openToAll(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    @Test
    void aNightNeedsNothingFromTheSystemsTemporaryFolder(@TempDir Path work) throws Exception {
        Path input = work.resolve("input");
        SeedExampleSet.write(input);
        Path notAFolder = Files.writeString(work.resolve("tmp-of-another-user"), "");
        Path out = work.resolve("output");
        String saved = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", notAFolder.toString());
        int exit;
        try {
            exit = Nights.run(input, out);
        } finally {
            System.setProperty("java.io.tmpdir", saved);
        }

        assertThat(exit).isZero();
        assertThat(out.resolve("latest/TongHop.xlsx")).isNotEmptyFile();
        try (var left = Files.list(out.resolve("tmp"))) {
            assertThat(left).as("the night's own temporary folder is gone when it ends").isEmpty();
        }
    }
}
