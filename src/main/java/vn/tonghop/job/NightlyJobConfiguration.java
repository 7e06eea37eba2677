package vn.tonghop.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tonghop.check.CheckRunner;
import vn.tonghop.cli.Options;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.consolidate.FactConsolidation;
import vn.tonghop.consolidate.IndicatorConsolidation;
import vn.tonghop.intake.DropFolder;
import vn.tonghop.intake.InputFile;
import vn.tonghop.intake.IntakeResult;
import vn.tonghop.intake.IntakeStore;
import vn.tonghop.report.OutputPublisher;
import vn.tonghop.report.ReportWriter;
import vn.tonghop.report.RunInfo;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The nightly job: intake → checks → consolidation → reports. Steps share data only through the
 * staging tables, so any step can be rerun from what the one before it committed.
 */
@Configuration
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightly";
    /** A run is named by when it first started; a resumed run keeps its name. */
    public static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int FILES_PER_CHUNK = 5;

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    @Bean
    DatabaseSchema databaseSchema(DataSource dataSource) {
        return new DatabaseSchema(dataSource);
    }

    @Bean
    IntakeStore intakeStore(JdbcTemplate jdbc) {
        return new IntakeStore(jdbc);
    }

    @Bean
    Job nightlyJob(JobRepository jobs, Step intakeStep, Step checkStep, Step consolidateStep, Step reportStep,
                   RunLog runLog) {
        return new JobBuilder(JOB_NAME, jobs)
                .listener(runLog)
                .start(intakeStep).next(checkStep).next(consolidateStep).next(reportStep)
                .build();
    }

    @Bean
    RunLog runLog(JdbcTemplate jdbc) {
        return new RunLog(jdbc);
    }

    @Bean
    Step intakeStep(JobRepository jobs, PlatformTransactionManager tx, Options options, JobsConfig config,
                    IntakeStore store, Clock clock) {
        DropFolder folder = new DropFolder(options.input(), options.settleSeconds(), clock);
        IntakeProcessor processor = new IntakeProcessor(config, options.output().resolve("archive"), store, folder);
        IntakeWriter writer = new IntakeWriter(store, clock);
        return new StepBuilder("intake", jobs)
                .<InputFile, IntakeResult>chunk(FILES_PER_CHUNK)
                .transactionManager(tx)
                .reader(new InputFileReader(folder, store))
                .processor(processor)
                .writer(writer)
                .listener(processor)
                .listener(writer)
                .build();
    }

    @Bean
    Step checkStep(JobRepository jobs, PlatformTransactionManager tx, JdbcTemplate jdbc, JobsConfig config) {
        return new StepBuilder("check", jobs).tasklet((contribution, context) -> {
            contribution.incrementWriteCount(new CheckRunner(jdbc).run(config));
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    @Bean
    Step consolidateStep(JobRepository jobs, PlatformTransactionManager tx, JdbcTemplate jdbc, JobsConfig config) {
        return new StepBuilder("consolidate", jobs).tasklet((contribution, context) -> {
            contribution.incrementWriteCount(new FactConsolidation(jdbc).rebuild());
            contribution.incrementWriteCount(new IndicatorConsolidation(jdbc).rebuild(config));
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    @Bean
    Step reportStep(JobRepository jobs, PlatformTransactionManager tx, JdbcTemplate jdbc, JobsConfig config,
                    Options options) {
        return new StepBuilder("report", jobs).tasklet((contribution, context) -> {
            var execution = context.getStepContext().getStepExecution().getJobExecution();
            String runId = execution.getJobParameters().getString("run");
            // The run id is the run's first start, so a resumed run writes what the uninterrupted one would have.
            LocalDateTime started = LocalDateTime.parse(runId.substring(0, 15), RUN_ID);
            OutputPublisher publisher = new OutputPublisher(options.output());
            Path staged = publisher.staging(runId);
            new ReportWriter(jdbc).write(staged, options.output().resolve("archive"), config, new RunInfo(runId, execution.getId(), started));
            publisher.publish(staged, runId);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }
}
