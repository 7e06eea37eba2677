package vn.tonghop.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;
import vn.tonghop.job.DatabaseSchema;
import vn.tonghop.job.RunLog;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Carries out a command inside the application context and returns the contract's exit code. */
@Component
public class Commands {

    private static final Logger log = LoggerFactory.getLogger(Commands.class);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobOperator jobOperator;
    private final Job nightlyJob;
    private final DatabaseSchema schema;
    private final RunLog runLog;
    private final Clock clock;

    public Commands(JobOperator jobOperator, Job nightlyJob, DatabaseSchema schema, RunLog runLog, Clock clock) {
        this.jobOperator = jobOperator;
        this.nightlyJob = nightlyJob;
        this.schema = schema;
        this.runLog = runLog;
        this.clock = clock;
    }

    public int execute(Options options, PrintStream out) throws Exception {
        schema.ensure();
        return switch (options.command()) {
            case "run" -> run(out);
            case "status" -> status(out);
            default -> {
                out.println("tonghop: '" + options.command() + "' is not available in this version");
                yield 2;
            }
        };
    }

    int run(PrintStream out) throws Exception {
        String runId = RUN_ID.format(LocalDateTime.now(clock));
        JobParameters params = new JobParametersBuilder().addString("run", runId).toJobParameters();
        JobExecution execution = jobOperator.start(nightlyJob, params);
        RunLog.Entry entry = runLog.last(1).stream().findFirst().orElse(null);
        if (entry != null) {
            out.println(line(entry));
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            execution.getAllFailureExceptions().forEach(e -> log.error("run {} failed", runId, e));
            return 1;
        }
        return 0;
    }

    int status(PrintStream out) {
        out.println("run id           start                end                  outcome    taken dup  super rej  LỖI  CẢNH BÁO GHI CHÚ");
        for (RunLog.Entry e : runLog.last(10)) {
            out.println(line(e));
        }
        return 0;
    }

    private static String line(RunLog.Entry e) {
        return String.format("%-16s %-20s %-20s %-10s %5d %4d %5d %4d %4d %8d %7d", e.runId(), SHOWN.format(e.started()),
                e.ended() == null ? "-" : SHOWN.format(e.ended()), e.outcome(), e.taken(), e.duplicate(),
                e.superseded(), e.rejected(), e.errors(), e.warnings(), e.notes());
    }
}
