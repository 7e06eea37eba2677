package vn.tonghop.job;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.BusyNightSet;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.OutputSnapshot;
import vn.tonghop.testdata.TonghopProcess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nights nobody watches, with tonghop in processes of its own: killed at random moments, started
 * twice at once. A killed run is finished by the next one, which writes what a clean run writes.
 */
class UnattendedNightsTest {

    static final int KILLS = 20;
    static final String JOBS = Path.of("jobs").toAbsolutePath().toString();

    // Kept when a test fails: the killed and resumed runs' logs are the only account of what happened.
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path work;
    static Path input;
    static Map<String, String> clean;
    static int files;

    @BeforeAll
    static void aCleanNight() throws Exception {
        input = work.resolve("input");
        files = BusyNightSet.write(input).size();
        assertThat(files).isGreaterThanOrEqualTo(100);
        Path out = work.resolve("clean");
        assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", out.toString(), "--jobs", JOBS,
                "--settle", "0")).isZero();
        clean = OutputSnapshot.of(out.resolve("latest"));
    }

    @Test
    void aRunKilledAtAnyMomentIsFinishedByTheNextAsIfNothingHappened() throws Exception {
        Random random = new Random(Long.getLong("tonghop.kills.seed", 20241126L));
        int resumed = 0;
        int landed = 0;
        List<String> differences = new ArrayList<>();
        long started = System.nanoTime();
        for (int k = 0; k < KILLS; k++) {
            Path out = work.resolve("killed-" + k);
            Process p = TonghopProcess.start(work.resolve("killed-" + k + ".log"), "run", "--input", input.toString(),
                    "--output", out.toString(), "--jobs", JOBS, "--settle", "0");
            // A run's life is start-up (about 3 s) and the job (about 2 s on this set, intake in two
            // partitions); kill anywhere from late start-up to the end of the report.
            long delay = 2_000 + random.nextInt(3_500);
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                landed++;
            }
            Process next = TonghopProcess.start(work.resolve("resumed-" + k + ".log"), "run", "--input", input.toString(),
                    "--output", out.toString(), "--jobs", JOBS, "--settle", "0");
            assertThat(next.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(next.exitValue()).as(Files.readString(work.resolve("resumed-" + k + ".log"))).isZero();
            if (Files.readString(work.resolve("resumed-" + k + ".log")).contains("was interrupted")) {
                resumed++;
            }
            if (!OutputSnapshot.of(out.resolve("latest")).equals(clean)) {
                differences.add("kill " + k + " after " + delay + " ms");
            }
            Map<String, Integer> received = receivedPerPath(out);
            assertThat(received).as("every file taken exactly once; kill %d after %d ms; missing %s", k, delay,
                    missing(received.keySet())).hasSize(files);
            assertThat(received.values()).allMatch(n -> n == 1);
        }
        System.out.printf("kill test: %d kills, %d landed on a live process, %d resumed an interrupted job, %d differences,"
                + " %d s%n", KILLS, landed, resumed, differences.size(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        assertThat(differences).isEmpty();
        assertThat(resumed).isPositive();
    }

    @Test
    void twoLaunchesAtOnceGiveOneRunAndOneCleanRefusal() throws Exception {
        Path out = work.resolve("twice");
        Process a = TonghopProcess.start(work.resolve("a.log"), "run", "--input", input.toString(), "--output", out.toString(),
                "--jobs", JOBS, "--settle", "0");
        Process b = TonghopProcess.start(work.resolve("b.log"), "run", "--input", input.toString(), "--output", out.toString(),
                "--jobs", JOBS, "--settle", "0");
        assertThat(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(List.of(a.exitValue(), b.exitValue())).containsExactlyInAnyOrder(0, 1);
        String refused = Files.readString(work.resolve(a.exitValue() == 1 ? "a.log" : "b.log"), StandardCharsets.UTF_8);
        assertThat(refused).contains("another tonghop is working on").doesNotContain("Exception");
        assertThat(OutputSnapshot.of(out.resolve("latest"))).isEqualTo(clean);
        try (Connection c = database(out); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM run_log")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aSecondNightWithACorrectedFileSupersedesTheFirst() throws Exception {
        Path night = work.resolve("nights");
        Path in = night.resolve("input");
        Files.createDirectories(in);
        Path out = night.resolve("output");
        Files.copy(input.resolve("xa/MuongSo_2023-2024.xlsx"), in.resolve("MuongSo.xlsx"));
        assertThat(TonghopApplication.run("run", "--input", in.toString(), "--output", out.toString(), "--jobs", JOBS,
                "--settle", "0")).isZero();
        String first = Files.readString(out.resolve("latest/facts.csv"));
        assertThat(TonghopApplication.run("run", "--input", in.toString(), "--output", out.toString(), "--jobs", JOBS,
                "--settle", "0")).isZero();
        assertThat(Files.readString(out.resolve("latest/facts.csv"))).isEqualTo(first);
        Files.copy(input.resolve("xa/MuongSo_2024_da_sua.xlsx"), in.resolve("MuongSo_2024_sua.xlsx"));
        assertThat(TonghopApplication.run("run", "--input", in.toString(), "--output", out.toString(), "--jobs", JOBS,
                "--settle", "0")).isZero();
        List<Map<String, String>> findings = CsvRows.read(out.resolve("latest/findings.csv"));
        assertThat(findings).anyMatch(f -> f.get("code").equals("SUPERSEDED") && f.get("file").equals("MuongSo.xlsx")
                && f.get("year").equals("2024"));
        List<Map<String, String>> facts = CsvRows.read(out.resolve("latest/facts.csv"));
        assertThat(facts).filteredOn(f -> f.get("year").equals("2024")).extracting(f -> f.get("file"))
                .containsOnly("MuongSo_2024_sua.xlsx");
        assertThat(facts).filteredOn(f -> f.get("year").equals("2023")).extracting(f -> f.get("file")).containsOnly("MuongSo.xlsx");
        try (var runs = Files.list(out.resolve("runs"))) {
            assertThat(runs.count()).isEqualTo(3);
        }
    }

    static List<String> missing(java.util.Set<String> received) throws IOException {
        try (var all = Files.walk(input)) {
            return all.filter(Files::isRegularFile).map(f -> input.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !received.contains(f)).sorted().toList();
        }
    }

    static Map<String, Integer> receivedPerPath(Path out) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = database(out);
             ResultSet rs = c.createStatement().executeQuery("SELECT path, COUNT(*) FROM received_file GROUP BY path")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    static Connection database(Path out) throws SQLException {
        return DriverManager.getConnection("jdbc:hsqldb:file:" + out.resolve("db/tonghop") + ";shutdown=true;ifexists=true",
                "SA", "");
    }
}
