package vn.tonghop.bench;

import org.springframework.jdbc.core.RowMapper;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import vn.tonghop.report.OutputPublisher;
import vn.tonghop.testdata.NationalNight;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

/**
 * Times, on the same generated national night and in one invocation: the parsing floor (every
 * .xlsx unzipped and its sheet XML SAX-parsed by the JDK on two threads), {@code tonghop run} end
 * to end on it, and a second run after ten files are corrected; then, once, pandas.read_excel on the
 * same files (PandasPeer). Prints files/s, rows/s, peak RSS and the ratios, as the median and range of {@code --runs} repetitions (default 3). Run with
 * {@code mvn -B -Pbenchmark package -DskipTests} (see README).
 */
public final class Benchmark {

    private Benchmark() {
    }

    record Timed(double seconds, long peakRssKb, double jobSeconds) {
    }

    public static void main(String[] args) throws Exception {
        int units = Integer.parseInt(arg(args, "--units", "4000"));
        Path work = Path.of(arg(args, "--work", "target/national")).toAbsolutePath();
        String heap = arg(args, "--heap", "512m");
        Path jar = Path.of(arg(args, "--jar", "target/tonghop.jar")).toAbsolutePath();
        String jvmArg = arg(args, "--jvm", "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC").strip();
        List<String> jvm = jvmArg.isEmpty() || jvmArg.equals("none") ? List.of() : List.of(jvmArg.split("\\s+"));
        Path marker = work.resolve("generated-" + units);
        if (!Files.exists(marker)) {
            OutputPublisher.deleteTree(work);
            long t = System.nanoTime();
            NationalNight.write(work, units, 2022, 2024);
            Files.writeString(marker, "");
            System.out.printf("generated %d workbooks in %.1f s%n", units, (System.nanoTime() - t) / 1e9);
        }
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        int runs = Integer.parseInt(arg(args, "--runs", "3"));
        List<Path> files;
        try (Stream<Path> s = Files.walk(input)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        long[] floorCounts = new long[2];
        List<Double> floors = new ArrayList<>();
        List<Timed> fulls = new ArrayList<>();
        List<Timed> incrementals = new ArrayList<>();
        List<String> plain = List.of("-jar", jar.toString());
        boolean cds = Boolean.parseBoolean(arg(args, "--cds", "true"));
        List<String> shared = cds ? CdsLaunch.prepare(jar, work, heap, jvm, input, work.resolve("jobs")) : null;
        Path outputCds = work.resolve("output-cds");
        List<Timed> fullsCds = new ArrayList<>();
        List<Timed> incrementalsCds = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            OutputPublisher.deleteTree(output);
            OutputPublisher.deleteTree(outputCds);
            floors.add(floor(files, floorCounts));
            fulls.add(run(plain, heap, jvm, input, output, work.resolve("jobs")));
            if (cds) {
                fullsCds.add(run(shared, heap, jvm, input, outputCds, work.resolve("jobs")));
            }
            // Other figures each time, also across invocations: a file corrected the same way twice is the same file.
            Path counter = work.resolve("corrections");
            int round = Files.exists(counter) ? Integer.parseInt(Files.readString(counter).strip()) : 0;
            Files.writeString(counter, Integer.toString(round + 1));
            for (int k = 0; k < 10; k++) {
                NationalNight.correct(work, k * (units / 10) + round % (units / 10), 2022, 2024, round);
            }
            incrementals.add(run(plain, heap, jvm, input, output, work.resolve("jobs")));
            tenRead(output);
            if (cds) {
                incrementalsCds.add(run(shared, heap, jvm, input, outputCds, work.resolve("jobs")));
                tenRead(outputCds);
            }
            System.out.printf(Locale.ROOT, "run %d: floor %.2f s, night %.2f s, 10 changed %.2f s%n", r + 1, floors.get(r),
                    fulls.get(r).jobSeconds(), incrementals.get(r).jobSeconds());
        }
        // The peer once, after the runs: a single Python process reading every file takes minutes.
        Optional<PandasPeer.Result> pandas = PandasPeer.time(files, work);
        long rows = floorCounts[1];
        Stat floor = Stat.of(floors);
        Stat full = Stat.of(fulls.stream().map(Timed::jobSeconds).toList());
        Stat wall = Stat.of(fulls.stream().map(Timed::seconds).toList());
        Stat rss = Stat.of(fulls.stream().map(t -> t.peakRssKb() / 1024.0).toList());
        Stat incremental = Stat.of(incrementals.stream().map(Timed::jobSeconds).toList());
        Stat incrementalWall = Stat.of(incrementals.stream().map(Timed::seconds).toList());
        Stat ratio = Stat.of(IntStream.range(0, runs).mapToObj(i -> fulls.get(i).jobSeconds() / floors.get(i)).toList());
        System.out.println();
        System.out.printf(Locale.ROOT, "files: %d (%d .xlsx parsed by the floor), sheet rows: %d; %d runs, median [min-max];"
                + " java -Xmx%s %s%n", files.size(), floorCounts[0], rows, runs, heap, String.join(" ", jvm));
        System.out.printf(Locale.ROOT, "%-34s %22s %9s %11s %18s%n", "", "wall s", "files/s", "rows/s", "peak RSS MB");
        System.out.printf(Locale.ROOT, "%-34s %22s %9.0f %11.0f %18s%n", "floor (JDK unzip + SAX, 2 threads)", floor,
                floorCounts[0] / floor.median(), rows / floor.median(), "-");
        System.out.printf(Locale.ROOT, "%-34s %22s %9.0f %11.0f %18s%n", "tonghop run, JVM start excluded", full,
                files.size() / full.median(), rows / full.median(), rss.whole());
        System.out.printf(Locale.ROOT, "%-34s %22s%n", "tonghop run, process wall", wall);
        System.out.printf(Locale.ROOT, "%-34s %22s%n", "10 files changed, JVM start excl.", incremental);
        System.out.printf(Locale.ROOT, "%-34s %22s%n", "10 files changed, process wall", incrementalWall);
        if (cds) {
            System.out.printf(Locale.ROOT, "%-34s %22s%n", "run, extracted + CDS, JVM excl.",
                    Stat.of(fullsCds.stream().map(Timed::jobSeconds).toList()));
            System.out.printf(Locale.ROOT, "%-34s %22s%n", "run, extracted + CDS, process",
                    Stat.of(fullsCds.stream().map(Timed::seconds).toList()));
            System.out.printf(Locale.ROOT, "%-34s %22s%n", "10 changed, extr. + CDS, JVM excl.",
                    Stat.of(incrementalsCds.stream().map(Timed::jobSeconds).toList()));
            System.out.printf(Locale.ROOT, "%-34s %22s%n", "10 changed, extr. + CDS, process",
                    Stat.of(incrementalsCds.stream().map(Timed::seconds).toList()));
        }
        System.out.printf(Locale.ROOT, "%-34s %22s%n", "ratio run / floor", ratio);
        pandas.ifPresent(pd -> {
            System.out.printf(Locale.ROOT, "%-34s %22.2f %9.1f %11.0f %18s%n", "pandas.read_excel .xlsx, 1 process",
                    pd.seconds(), pd.files() / pd.seconds(), pd.rows() / pd.seconds(), "-");
            // By rate: the peer reads the .xlsx files only.
            System.out.printf(Locale.ROOT, "%-34s %22.1f%n", "ratio run files/s / pandas files/s",
                    (files.size() / full.median()) / (pd.files() / pd.seconds()));
        });
    }

    /** Median and range of a few measurements. */
    record Stat(double median, double min, double max) {
        static Stat of(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            return new Stat(median, sorted.get(0), sorted.get(n - 1));
        }

        String whole() {
            return String.format(Locale.ROOT, "%.0f [%.0f-%.0f]", median, min, max);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", median, min, max);
        }
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** Unzips each .xlsx and SAX-parses its worksheets and shared strings with the JDK, two files at a time. */
    static double floor(List<Path> files, long[] counts) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        AtomicLong parsed = new AtomicLong();
        AtomicLong rows = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (Path file : files) {
            if (!file.toString().endsWith(".xlsx")) {
                continue;
            }
            done.add(pool.submit(() -> {
                SAXParser parser = factory.newSAXParser();
                DefaultHandler counter = new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String local, String qName, Attributes attributes) {
                        if ("row".equals(local)) {
                            rows.incrementAndGet();
                        }
                    }
                };
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry e : Collections.list(zip.entries())) {
                        if (e.getName().startsWith("xl/worksheets/sheet") || e.getName().equals("xl/sharedStrings.xml")) {
                            try (InputStream in = zip.getInputStream(e)) {
                                parser.parse(in, counter);
                            }
                        }
                    }
                }
                parsed.incrementAndGet();
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        counts[0] = parsed.get();
        counts[1] = rows.get();
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * Runs the program as an operator would ({@code launch}: how the JVM finds it), sampling its resident set;
     * the job's own time comes from the job repository.
     */
    static Timed run(List<String> launch, String heap, List<String> jvm, Path input, Path output, Path jobs) throws Exception {
        long started = System.nanoTime();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap));
        command.addAll(jvm);
        command.addAll(launch);
        command.addAll(List.of("run", "--input", input.toString(), "--output", output.toString(),
                "--jobs", jobs.toString(), "--settle", "0"));
        Path log = output.resolveSibling(output.getFileName() + "-run.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long peak = 0;
        Path status = Path.of("/proc/" + p.pid() + "/status");
        while (p.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (IOException e) {
                // the process ended between the check and the read
            }
            Thread.sleep(100);
        }
        double wall = (System.nanoTime() - started) / 1e9;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("tonghop run exited " + p.exitValue() + "; see " + log);
        }
        return new Timed(wall, peak, lastJobSeconds(output));
    }

    /** The guard against timing an empty night: the one after the corrections must read exactly those ten files. */
    private static void tenRead(Path output) throws Exception {
        long taken = lastIntakeReads(output);
        if (taken != 10) {
            throw new IllegalStateException("the night after the corrections read " + taken + " files, not 10");
        }
    }

    /** How many files the last run's intake read. */
    private static long lastIntakeReads(Path output) throws Exception {
        return firstRow(output, "SELECT READ_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'intake'"
                + " ORDER BY STEP_EXECUTION_ID DESC LIMIT 1", (rs, i) -> rs.getLong(1));
    }

    private static double lastJobSeconds(Path output) throws Exception {
        return firstRow(output, "SELECT START_TIME, END_TIME FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC LIMIT 1",
                (rs, i) -> (rs.getTimestamp(2).getTime() - rs.getTimestamp(1).getTime()) / 1000.0);
    }

    private static <T> T firstRow(Path output, String sql, RowMapper<T> read) throws Exception {
        String url = "jdbc:hsqldb:file:" + output.resolve("db/tonghop") + ";hsqldb.lock_file=false;shutdown=true";
        try (Connection c = DriverManager.getConnection(url, "SA", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return read.mapRow(rs, 0);
        }
    }
}
