package vn.tonghop.job;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tonghop.check.CheckRunner;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.consolidate.BasisLines;
import vn.tonghop.consolidate.FactConsolidation;
import vn.tonghop.consolidate.IndicatorConsolidation;
import vn.tonghop.db.DatabaseSchema;
import vn.tonghop.intake.Arrivals;
import vn.tonghop.intake.DropFolder;
import vn.tonghop.intake.FolderLooks;
import vn.tonghop.intake.InputFile;
import vn.tonghop.intake.IntakeResult;
import vn.tonghop.intake.IntakeStore;
import vn.tonghop.report.OutputPublisher;
import vn.tonghop.report.ReportWriter;
import vn.tonghop.report.RunInfo;
import vn.tonghop.staging.SheetsInForce;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;

/**
 * The nightly job: intake → checks → consolidation → reports. Steps share data only through the
 * staging tables, so any step can be rerun from what the one before it committed.
 */
@Configuration
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightly";
    /** A run is named by when it first started; a resumed run keeps its name. */
    public static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /**
     * Files per transaction. Each commit is a disk sync (write_delay=false), so at five files a
     * national night spent most of its intake waiting on the disk; a resumed run redoes at most one chunk.
     */
    private static final int FILES_PER_CHUNK = 25;
    static final String INTAKE_FILES = "intakeFiles";

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    @Bean
    @Profile("!postgres")
    DatabaseSchema databaseSchema(DataSource dataSource) {
        return new DatabaseSchema(dataSource);
    }

    /** Static: it must exist before the data source it sizes. */
    @Bean
    static BeanPostProcessor intakeConnections(Environment env) {
        return IntakeThreads.poolSizer(env);
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
    IntakePlan intakePlan(JdbcTemplate jdbc, PlatformTransactionManager tx) {
        return new IntakePlan(jdbc, tx);
    }

    @Bean
    RunLog runLog(JdbcTemplate jdbc) {
        return new RunLog(jdbc);
    }

    @Bean
    DropFolder dropFolder(Folders folders) {
        return new DropFolder(folders.input());
    }

    @Bean
    Arrivals arrivals(DropFolder folder, JdbcTemplate jdbc, IntakeStore store, Clock clock, Folders folders) {
        return new Arrivals(folder, new FolderLooks(jdbc), store, clock, folders.settleSeconds());
    }

    /**
     * Intake is partitioned over files: here over threads of this process, with the {@code remote}
     * profile over worker processes (RemoteIntakeConfiguration). The files are listed once, when the
     * partitions are made, so a resumed run takes the set the interrupted one listed.
     */
    @Bean
    Step intakeStep(JobRepository jobs, FilePartitioner intakePartitioner, PartitionHandler intakePartitionHandler) {
        return new StepBuilder("intake", jobs)
                .partitioner(INTAKE_FILES, intakePartitioner)
                .partitionHandler(intakePartitionHandler)
                .build();
    }

    @Bean
    @StepScope
    FilePartitioner intakePartitioner(Arrivals arrivals, IntakePlan plans, @Value("#{stepExecution}") StepExecution intake) {
        return new FilePartitioner(() -> {
            try {
                return arrivals.tonight();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("stopped while waiting for files to settle", e);
            }
        }, plans, intake);
    }

    @Bean
    @Profile("!remote")
    PartitionHandler intakePartitionHandler(Step intakeFilesStep, Environment env) {
        int threads = IntakeThreads.of(env);
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("intake-");
        executor.setConcurrencyLimit(threads);
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(intakeFilesStep);
        handler.setTaskExecutor(executor);
        handler.setGridSize(threads);
        return handler;
    }

    /** One partition's files, a chunk of files per transaction; a worker process runs this same step. */
    @Bean
    Step intakeFilesStep(JobRepository jobs, PlatformTransactionManager tx, InputFileReader intakeReader,
                         IntakeProcessor intakeProcessor, IntakeWriter intakeWriter) {
        return new StepBuilder(INTAKE_FILES, jobs)
                .<InputFile, IntakeResult>chunk(FILES_PER_CHUNK)
                .transactionManager(tx)
                .reader(intakeReader)
                .processor(intakeProcessor)
                .writer(intakeWriter)
                .build();
    }

    // Step-scoped: partitions run side by side, each with its own list of files and its own record of contents seen.
    // The scope proxies a bean by subclassing it, which is why these classes are not final.
    @Bean
    @StepScope
    InputFileReader intakeReader(Folders folders, IntakeStore store, IntakePlan plans,
                                 @Value("#{stepExecution}") StepExecution partition) {
        return new InputFileReader(folders.input(), store, plans, partition.getJobExecution().getJobInstance().getInstanceId(),
                partition.getStepName());
    }

    @Bean
    @StepScope
    IntakeProcessor intakeProcessor(JobsConfig config, Folders folders, IntakeStore store, DropFolder folder) {
        return new IntakeProcessor(config, folders.output().resolve("archive"), store, folder);
    }

    @Bean
    @StepScope
    IntakeWriter intakeWriter(IntakeStore store, Clock clock, Folders folders, @Value("#{stepExecution}") StepExecution partition) {
        return new IntakeWriter(store, clock, partition.getJobExecutionId(), folders.output().resolve("archive"), partition.getId());
    }

    @Bean
    Step checkStep(JobRepository jobs, PlatformTransactionManager tx, JdbcTemplate jdbc, JobsConfig config) {
        return new StepBuilder("check", jobs).tasklet((contribution, context) -> {
            // This step runs on one core: the other loads the report's libraries meanwhile.
            ReportWriter.warmUpInBackground();
            // Decided here, not by each partition: only now are all of the night's files staged.
            new SheetsInForce(jdbc).decide();
            contribution.incrementWriteCount(new CheckRunner(jdbc).run(config));
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    @Bean
    Step consolidateStep(JobRepository jobs, PlatformTransactionManager tx, JdbcTemplate jdbc, JobsConfig config) {
        return new StepBuilder("consolidate", jobs).tasklet((contribution, context) -> {
            contribution.incrementWriteCount(new FactConsolidation(jdbc).rebuild());
            contribution.incrementWriteCount(new IndicatorConsolidation(jdbc).rebuild(config));
            new BasisLines(jdbc).write(config);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    @Bean
    Step reportStep(JobRepository jobs, PlatformTransactionManager tx, JdbcTemplate jdbc, JobsConfig config,
                    Folders folders) {
        return new StepBuilder("report", jobs).tasklet((contribution, context) -> {
            var execution = context.getStepContext().getStepExecution().getJobExecution();
            String runId = execution.getJobParameters().getString("run");
            // The run id is the run's first start, so a resumed run writes what the uninterrupted one would have.
            LocalDateTime started = LocalDateTime.parse(runId.substring(0, 15), RUN_ID);
            OutputPublisher publisher = new OutputPublisher(folders.output());
            Path staged = publisher.staging(runId);
            new ReportWriter(jdbc).write(staged, folders.output().resolve("archive"), config, new RunInfo(runId, execution.getId(), started));
            publisher.publish(staged, runId);
            publisher.prune(config.schedule().keepNights());
            return RepeatStatus.FINISHED;
        }, tx).build();
    }
}
