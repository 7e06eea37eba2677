package vn.tonghop.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.db.DatabaseSchema;
import vn.tonghop.db.SharedDatabase;
import vn.tonghop.finding.Severity;
import vn.tonghop.intake.ArchiveRestage;
import vn.tonghop.intake.Arrivals;
import vn.tonghop.intake.DropFolder;
import vn.tonghop.intake.IntakeStore;
import vn.tonghop.job.NightlyJobConfiguration;
import vn.tonghop.job.PartitionWorker;
import vn.tonghop.job.RunLog;
import vn.tonghop.report.FileLedger;
import vn.tonghop.report.template.TemplateWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Carries out a command inside the application context and returns the contract's exit code. */
@Component
public class Commands {

    private static final Logger log = LoggerFactory.getLogger(Commands.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyJob;
    private final Optional<DatabaseSchema> schema;
    private final RunLog runLog;
    private final Arrivals arrivals;
    private final DropFolder folder;
    private final JobsConfig config;
    private final Clock clock;
    private final SharedDatabase database;
    private final Optional<PartitionWorker> worker;
    private final NightRecovery recovery;
    private final JdbcTemplate jdbc;
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile JobExecution current;

    public Commands(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob, Optional<DatabaseSchema> schema,
                    RunLog runLog, Arrivals arrivals, DropFolder folder, JobsConfig config, Clock clock, SharedDatabase database,
                    Optional<PartitionWorker> worker, JdbcTemplate jdbc) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
        this.schema = schema;
        this.runLog = runLog;
        this.arrivals = arrivals;
        this.folder = folder;
        this.config = config;
        this.clock = clock;
        this.database = database;
        this.worker = worker;
        this.recovery = new NightRecovery(jobOperator, jobRepository);
        this.jdbc = jdbc;
    }

    public int execute(Options options, PrintStream out) throws Exception {
        // The embedded database is built here; a shared PostgreSQL one by Flyway when the context started.
        if (schema.isPresent()) {
            schema.get().ensure();
        }
        if (options.rebuild()) {
            restage(options, out);
        }
        return switch (options.command()) {
            case "run", "rebuild", "worker" -> {
                Optional<String> refusal = database.refusal();
                if (refusal.isPresent()) {
                    out.println("tonghop: " + refusal.get());
                    yield 2;
                }
                if (!options.command().equals("worker")) {
                    Optional<String> unusable = folder.unusable();
                    if (unusable.isPresent()) {
                        // Nothing is read and nothing published: output/latest/ stays the last good night's.
                        // INFO: the console already has the line below, and a second copy of it only confuses.
                        log.info("{}; the run stops and output/latest/ is unchanged", unusable.get());
                        out.println("tonghop: " + unusable.get() + "; nothing was read and output/latest/ is unchanged");
                        yield 1;
                    }
                }
                yield options.command().equals("worker") ? work(out) : run(out, options.output());
            }
            case "status" -> status(out);
            case "serve" -> serve(options, out);
            case "templates" -> templates(options, out);
            default -> {
                out.println("tonghop: '" + options.command() + "' is not available in this version");
                yield 2;
            }
        };
    }

    /** Stages again every file the archive's journal names, into the new database the run was given. */
    private void restage(Options options, PrintStream out) throws IOException {
        var restaged = new ArchiveRestage(config, options.output().resolve("archive"), new IntakeStore(jdbc)).restage();
        out.println("tonghop: " + restaged.files() + " file(s) received before were read again from the archive"
                + (restaged.withoutJournal() == 0 ? "" : "; " + restaged.withoutJournal() + " of them were received before"
                + " the archive kept a journal, and are listed under their names in the archive")
                + (restaged.missing().isEmpty() ? "" : "; " + restaged.missing().size()
                + " named by its journal are no longer in it and are read again only if still in the input folder"));
    }

    /**
     * Takes intake partitions from the queue until stopped. Stopped in the middle of a partition, the
     * process ends at once, as if killed: its request goes back to the queue and the next worker
     * resumes the partition from its last committed chunk.
     */
    int work(PrintStream out) {
        worker.orElseThrow().listen();
        out.println("tonghop: worker " + ProcessHandle.current().pid() + " waiting for intake partitions");
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println("tonghop: worker stopped");
        return 0;
    }

    /** One night: resumes a run that was interrupted (killed, power cut, stopped), or starts a new one. */
    int run(PrintStream out, Path output) throws Exception {
        JobExecution execution;
        try (Progress progress = new Progress(jdbc, out, clock.instant())) {
            execution = resumeOrStart();
        }
        current = execution;
        runLog.last(1).stream().findFirst().ifPresent(e -> out.println(line(e)));
        current = null;
        if (execution.getStatus() == BatchStatus.STOPPED) {
            out.println("tonghop: the run was stopped; the next run finishes it");
            return 0;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            execution.getAllFailureExceptions().forEach(e -> log.error("run failed", e));
            return 1;
        }
        out.println(files());
        out.println(findings());
        out.println("tonghop: outputs: " + output.resolve("latest") + " (TongHop.xlsx, BaoCaoLoi.xlsx, index.html,"
                + " files.csv, findings.csv)");
        return 0;
    }

    /** The night's findings by severity, as BaoCaoLoi.xlsx lists them. */
    String findings() {
        Map<String, Integer> by = new HashMap<>();
        jdbc.query("SELECT severity, COUNT(*) FROM finding GROUP BY severity", rs -> {
            by.put(rs.getString(1), rs.getInt(2));
        });
        return "tonghop: findings: " + by.getOrDefault(Severity.ERROR.label(), 0) + " LỖI (errors), "
                + by.getOrDefault(Severity.WARNING.label(), 0) + " CẢNH BÁO (warnings), "
                + by.getOrDefault(Severity.NOTE.label(), 0) + " GHI CHÚ (notes)";
    }

    /** What became of every file in the input folder, as files.csv counts it; waiting files are read by a later run. */
    String files() {
        var counts = FileLedger.counts(new FileLedger(jdbc).rows());
        return "tonghop: files: " + counts.get("in_force") + " in force, " + counts.get("superseded") + " superseded, "
                + counts.get("duplicate") + " duplicate, " + counts.get("rejected") + " rejected, " + counts.get("waiting")
                + " waiting to settle, " + counts.get("ignored") + " ignored";
    }

    private JobExecution resumeOrStart() throws Exception {
        JobInstance instance = jobRepository.getLastJobInstance(NightlyJobConfiguration.JOB_NAME);
        JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
        if (last != null && last.getStatus().isRunning()) {
            // We hold the run lock, so no process is running it: it died without a word (kill -9, power cut).
            log.warn("run {} was interrupted; recovering it", last.getJobParameters().getString("run"));
            last = recovery.recover(last);
            runLog.interrupted(last.getId());
        } else if (last != null && last.getStatus() == BatchStatus.FAILED
                && last.getStepExecutions().stream().anyMatch(s -> s.getStatus().isRunning())) {
            // A manager that gave up waiting for workers leaves partitions that were never taken.
            last = recovery.recover(last);
        }
        if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
            log.info("resuming run {}", last.getJobParameters().getString("run"));
            return jobOperator.restart(last);
        }
        String base = NightlyJobConfiguration.RUN_ID.format(LocalDateTime.now(clock));
        String runId = base;
        // Two runs in one second (serve on a busy share, an impatient operator) are still two runs.
        for (int n = 2; jobRepository.getJobInstance(NightlyJobConfiguration.JOB_NAME, params(runId)) != null; n++) {
            runId = base + "-" + n;
        }
        return jobOperator.start(nightlyJob, params(runId));
    }

    private static JobParameters params(String runId) {
        return new JobParametersBuilder().addString("run", runId).toJobParameters();
    }

    /**
     * Stays up: runs the night on the cron expression of jobs/schedule.properties, and at once when
     * new files have settled in the drop folder. A stop request (SIGTERM) ends it between runs, or
     * stops the running job at its next chunk, which leaves a run the next start resumes.
     */
    int serve(Options options, PrintStream out) throws Exception {
        ZonedDateTime next = config.schedule().cron().next(ZonedDateTime.now(clock));
        out.println("tonghop: serving " + options.input() + "; next nightly run " + shown(next));
        while (stop.getCount() > 0) {
            ZonedDateTime now = ZonedDateTime.now(clock);
            boolean due = next != null && !now.isBefore(next);
            Optional<String> unusable = folder.unusable();
            if (unusable.isPresent()) {
                log.error("{}; no run until it can be read", unusable.get());
                stop.await(config.schedule().pollSeconds(), TimeUnit.SECONDS);
                continue;
            }
            boolean newFiles = !arrivals.look().isEmpty();
            if (due || newFiles) {
                log.info("starting a run: {}", due ? "scheduled" : "new files have settled");
                int code = run(out, options.output());
                if (code != 0) {
                    log.error("the run failed; serve goes on and the next run resumes it");
                }
                if (due) {
                    next = config.schedule().cron().next(ZonedDateTime.now(clock));
                }
            }
            stop.await(config.schedule().pollSeconds(), TimeUnit.SECONDS);
        }
        out.println("tonghop: stopped");
        return 0;
    }

    /** Blank forms for every unit, header filled in, under output/templates/. */
    int templates(Options options, PrintStream out) throws IOException {
        var files = new TemplateWriter(config).writeAll(options.output().resolve("templates"));
        out.println("tonghop: wrote " + files.size() + " blank forms to " + options.output().resolve("templates"));
        return 0;
    }

    /** Asks {@code serve} to end, and a running job to stop at its next chunk. */
    public void requestStop() {
        if (worker.isPresent() && worker.get().busy()) {
            log.warn("stopped in the middle of a partition; it goes back to the queue for another worker");
            Runtime.getRuntime().halt(143);
        }
        stop.countDown();
        JobExecution running = current;
        if (running != null && running.getStatus().isRunning()) {
            try {
                jobOperator.stop(running);
            } catch (Exception e) {
                log.warn("cannot stop the running job cleanly", e);
            }
        }
    }

    int status(PrintStream out) {
        out.println("run id           start                end                  outcome     taken  dup super  rej   LỖI CẢNH BÁO GHI CHÚ");
        for (RunLog.Entry e : runLog.last(10)) {
            out.println(line(e));
        }
        return 0;
    }

    /** A time as the operator's machine writes it, in its own zone and language. */
    static String shown(ZonedDateTime at) {
        return at == null ? "none" : at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM));
    }

    private static String line(RunLog.Entry e) {
        return String.format("%-16s %-20s %-20s %-11s %5d %4d %5d %4d %5d %9d %7d", e.runId(), SHOWN.format(e.started()),
                e.ended() == null ? "-" : SHOWN.format(e.ended()), e.outcome(), e.taken(), e.duplicate(),
                e.superseded(), e.rejected(), e.errors(), e.warnings(), e.notes());
    }
}
