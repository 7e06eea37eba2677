package vn.tonghop.bench;

import vn.tonghop.report.OutputPublisher;
import vn.tonghop.testdata.NationalNight;
import vn.tonghop.testdata.TestDatabase;
import vn.tonghop.testdata.TestQueue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The national night on PostgreSQL, with intake in one process (two threads) and then spread over
 * 1, 2, 3 … worker processes by remote partitioning over RabbitMQ. Each run gets a fresh database
 * and queue; workers are started and ready before the manager, so their start-up is not timed.
 * Run with {@code mvn -B -Pbenchmark-workers package -DskipTests} (see README).
 */
public final class WorkersBenchmark {

    private WorkersBenchmark() {
    }

    record Night(String setup, double jobSeconds, double intakeSeconds, double wallSeconds) {
    }

    public static void main(String[] args) throws Exception {
        int units = Integer.parseInt(Benchmark.arg(args, "--units", "4000"));
        Path work = Path.of(Benchmark.arg(args, "--work", "target/national")).toAbsolutePath();
        Path jar = Path.of(Benchmark.arg(args, "--jar", "target/tonghop.jar")).toAbsolutePath();
        String heap = Benchmark.arg(args, "--heap", "2g");
        List<Integer> counts = new ArrayList<>();
        for (String n : Benchmark.arg(args, "--workers", "1,2,3").split(",")) {
            counts.add(Integer.parseInt(n.strip()));
        }
        Path marker = work.resolve("generated-" + units);
        if (!Files.exists(marker)) {
            OutputPublisher.deleteTree(work);
            NationalNight.write(work, units, 2022, 2024);
            Files.writeString(marker, "");
        }
        List<Night> nights = new ArrayList<>();
        nights.add(night(jar, heap, work, 0));
        for (int n : counts) {
            nights.add(night(jar, heap, work, n));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-40s %9s %9s %9s%n", units + " units on PostgreSQL", "job s", "intake s", "wall s");
        for (Night n : nights) {
            System.out.printf(Locale.ROOT, "%-40s %9.2f %9.2f %9.2f%n", n.setup(), n.jobSeconds(), n.intakeSeconds(), n.wallSeconds());
        }
    }

    /** One night; 0 workers is the single process with its own intake threads. */
    static Night night(Path jar, String heap, Path work, int workers) throws Exception {
        Path output = work.resolve("output-workers-" + workers);
        OutputPublisher.deleteTree(output);
        List<Process> started = new ArrayList<>();
        try (TestDatabase db = TestDatabase.create(); TestQueue queue = new TestQueue()) {
            List<String> common = new ArrayList<>(List.of("--input", work.resolve("input").toString(), "--output",
                    output.toString(), "--jobs", work.resolve("jobs").toString(), "--tonghop.remote.queue=" + queue.name()));
            common.addAll(List.of(db.options()));
            for (int w = 0; w < workers; w++) {
                Path console = work.resolve("worker-" + workers + "-" + w + ".console");
                List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap, "-jar", jar.toString(), "worker"));
                command.addAll(common);
                started.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start());
                while (!Files.exists(console) || !Files.readString(console).contains("waiting for intake partitions")) {
                    Thread.sleep(100);
                }
            }
            List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap, "-jar", jar.toString(), "run", "--settle", "0"));
            command.addAll(common);
            if (workers > 0) {
                command.set(command.indexOf("--spring.profiles.active=postgres"), "--spring.profiles.active=postgres,remote");
                command.add("--tonghop.remote.partitions=" + Math.max(8, 4 * workers));
            }
            long t = System.nanoTime();
            Process manager = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("manager-" + workers + ".console").toFile()).start();
            if (manager.waitFor() != 0) {
                throw new IllegalStateException("the manager exited " + manager.exitValue());
            }
            double wall = (System.nanoTime() - t) / 1e9;
            try (Connection c = db.connect()) {
                return new Night(workers == 0 ? "one process, 2 intake threads" : workers + " worker process(es) + manager",
                        seconds(c, "SELECT start_time, end_time FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1"),
                        seconds(c, "SELECT start_time, end_time FROM batch_step_execution WHERE step_name = 'intake'"
                                + " ORDER BY step_execution_id DESC LIMIT 1"), wall);
            }
        } finally {
            for (Process p : started) {
                p.destroy();
                p.waitFor();
            }
        }
    }

    static double seconds(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return (rs.getTimestamp(2).getTime() - rs.getTimestamp(1).getTime()) / 1000.0;
        }
    }
}
