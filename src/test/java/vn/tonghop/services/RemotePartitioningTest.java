package vn.tonghop.services;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.BusyNightSet;
import vn.tonghop.testdata.Nights;
import vn.tonghop.testdata.OutputSnapshot;
import vn.tonghop.testdata.TestDatabase;
import vn.tonghop.testdata.TestQueue;
import vn.tonghop.testdata.TonghopProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager and worker processes on the machine's PostgreSQL and RabbitMQ. The night they write is
 * the single process's, also when a worker is killed with SIGKILL in the middle of its partition.
 */
@Tag("services")
class RemotePartitioningTest {

    @TempDir
    static Path work;
    static Path input;
    static int files;
    static Map<String, String> single;

    final List<Process> workers = new ArrayList<>();

    @BeforeAll
    static void aSingleProcessNight() throws Exception {
        input = work.resolve("input");
        files = BusyNightSet.write(input).size();
        Path out = work.resolve("single");
        assertThat(Nights.run(input, out)).isZero();
        single = OutputSnapshot.of(out.resolve("latest"));
    }

    @AfterEach
    void stopWorkers() throws InterruptedException {
        for (Process p : workers) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aManagerWithTwoWorkersWritesWhatOneProcessWrites() throws Exception {
        try (TestDatabase db = TestDatabase.create(); TestQueue queue = new TestQueue()) {
            Path out = work.resolve("two-workers");
            Process a = startWorker(db, queue, out, "a");
            Process b = startWorker(db, queue, out, "b");
            assertThat(manager(db, queue, out, 8).get(300, TimeUnit.SECONDS)).isZero();

            assertThat(OutputSnapshot.of(out.resolve("latest"))).isEqualTo(single);
            assertEveryFileTakenOnce(db);
            assertThat(partitionsTaken(out, a)).as("worker a took partitions").isPositive();
            assertThat(partitionsTaken(out, b)).as("worker b took partitions").isPositive();
            assertThat(partitionsTaken(out, a) + partitionsTaken(out, b)).isEqualTo(8);
            assertThat(queue.waiting()).isZero();
        }
    }

    @Test
    void aWorkerKilledInTheMiddleOfItsPartitionChangesNothing() throws Exception {
        try (TestDatabase db = TestDatabase.create(); TestQueue queue = new TestQueue()) {
            Path out = work.resolve("killed-worker");
            Process victim = startWorker(db, queue, out, "victim");
            Process survivor = startWorker(db, queue, out, "survivor");
            // Two partitions of about 50 files: each worker holds one for a few seconds.
            CompletableFuture<Integer> night = manager(db, queue, out, 2);
            waitFor(() -> partitionsTaken(out, victim) == 1 && staged(db) >= 10, 120);
            assertThat(log(out, victim)).as("the victim is still in its partition").doesNotContain("COMPLETED");
            victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            assertThat(night.get(300, TimeUnit.SECONDS)).isZero();
            assertThat(OutputSnapshot.of(out.resolve("latest"))).isEqualTo(single);
            assertEveryFileTakenOnce(db);
            // The survivor ran its own partition and then the victim's, resumed from its last chunk.
            assertThat(partitionsTaken(out, survivor)).isEqualTo(2);
            assertThat(log(out, survivor)).contains(", STARTED)");
        }
    }

    @Test
    void aNightWithoutWorkersGivesUpAndTheNextRunFinishesIt() throws Exception {
        try (TestDatabase db = TestDatabase.create(); TestQueue queue = new TestQueue()) {
            Path out = work.resolve("no-worker");
            assertThat(manager(db, queue, out, 2, "--tonghop.remote.timeout-seconds=3").get(120, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(queue.waiting()).as("the requests wait in the queue").isEqualTo(2);
            Process late = startWorker(db, queue, out, "late");
            assertThat(manager(db, queue, out, 2).get(300, TimeUnit.SECONDS)).isZero();
            assertThat(OutputSnapshot.of(out.resolve("latest"))).isEqualTo(single);
            assertEveryFileTakenOnce(db);
            // The requests of the night that gave up are not run beside the ones the next manager sent: run, they
            // raced it for their partitions' rows, and a manager that lost that race exited 1.
            assertThat(log(out, late)).contains("dropped: its night is FAILED").doesNotContain("unknown state");
            assertThat(partitionsTaken(out, late)).isEqualTo(2);
        }
    }

    Process startWorker(TestDatabase db, TestQueue queue, Path out, String name) throws Exception {
        List<String> args = new ArrayList<>(List.of("worker", "--input", input.toString(), "--output", out.toString(),
                "--jobs", Nights.JOBS, "--tonghop.remote.queue=" + queue.name()));
        args.addAll(List.of(db.options()));
        Path console = work.resolve(out.getFileName() + "-" + name + ".console");
        Process p = TonghopProcess.start(console, args.toArray(String[]::new));
        workers.add(p);
        waitFor(() -> Files.exists(console) && Files.readString(console).contains("waiting for intake partitions"), 60);
        return p;
    }

    static CompletableFuture<Integer> manager(TestDatabase db, TestQueue queue, Path out, int partitions, String... extra) {
        List<String> args = Nights.args(input, out, "--tonghop.remote.queue=" + queue.name(),
                "--tonghop.remote.partitions=" + partitions, "--tonghop.remote.poll-millis=200");
        args.addAll(List.of(db.options()));
        args.addAll(List.of(extra));
        args.set(args.indexOf("--spring.profiles.active=postgres"), "--spring.profiles.active=postgres,remote");
        return CompletableFuture.supplyAsync(() -> TonghopApplication.run(args.toArray(String[]::new)));
    }

    static String log(Path out, Process worker) throws Exception {
        Path log = out.resolve("logs").resolve("worker-" + worker.pid() + ".log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    static int partitionsTaken(Path out, Process worker) throws Exception {
        return log(out, worker).split("taking partition", -1).length - 1;
    }

    static int staged(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM received_file")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            return 0; // the manager has not made the tables yet
        }
    }

    static void assertEveryFileTakenOnce(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*), COUNT(DISTINCT path) FROM received_file")) {
            rs.next();
            assertThat(rs.getInt(1)).as("files staged").isEqualTo(files);
            assertThat(rs.getInt(2)).as("distinct paths").isEqualTo(files);
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static void waitFor(Check check, int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.holds()) {
            assertThat(System.nanoTime()).as("waited %d s", seconds).isLessThan(until);
            Thread.sleep(50);
        }
    }
}
