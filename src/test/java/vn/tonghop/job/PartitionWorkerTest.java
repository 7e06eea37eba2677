package vn.tonghop.job;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tonghop.TonghopApplication;
import vn.tonghop.db.DatabaseSchema;
import vn.tonghop.testdata.ScratchFolders;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a worker does with a partition request, by the state the job repository holds for it. No broker:
 * the request is handed to the worker as the listener would hand it.
 */
@SpringBootTest(classes = {TonghopApplication.class, ScratchFolders.class}, properties = {
    "spring.datasource.url=jdbc:hsqldb:mem:workertest;hsqldb.tx=mvcc", "spring.datasource.username=SA"})
class PartitionWorkerTest {

    private static final AtomicInteger NIGHTS = new AtomicInteger();

    @Autowired
    JobRepository jobs;
    @Autowired
    @Qualifier("intakeFilesStep")
    Step intakeFilesStep;
    @Autowired
    DatabaseSchema schema;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager tx;

    @Test
    void aPartitionOfARunningNightIsRun() throws Exception {
        StepExecution partition = partitionOfANight(BatchStatus.STARTED);

        worker().run(request(partition));

        assertThat(jobs.getStepExecution(partition.getId()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    /**
     * A manager that gave up waiting leaves its requests in the queue. The next manager marks their partitions
     * failed and sends them again; a worker that ran one meanwhile raced it for the partition's row, and the
     * manager that lost exited 1 (RemotePartitioningTest caught it once).
     */
    @Test
    void aPartitionOfAFailedNightIsLeftForTheManagerThatResumesIt() throws Exception {
        StepExecution partition = partitionOfANight(BatchStatus.FAILED);
        long version = jobs.getStepExecution(partition.getId()).getVersion();

        worker().run(request(partition));

        StepExecution after = jobs.getStepExecution(partition.getId());
        assertThat(after.getStatus()).isEqualTo(BatchStatus.STARTING);
        assertThat(after.getVersion()).as("the partition's row is untouched").isEqualTo(version);
    }

    private PartitionWorker worker() {
        // Never started: run() is what the listener calls, and nothing here connects to a broker.
        return new PartitionWorker(jobs, intakeFilesStep, new CachingConnectionFactory("127.0.0.1"), new Queue("unused"));
    }

    /** A night in the given state with one partition sent to the workers and not yet taken. */
    private StepExecution partitionOfANight(BatchStatus night) throws Exception {
        schema.ensure();
        JobParameters params = new JobParametersBuilder()
                .addString("run", "20261128-0100" + String.format("%02d", NIGHTS.incrementAndGet())).toJobParameters();
        JobInstance instance = jobs.createJobInstance(NightlyJobConfiguration.JOB_NAME, params);
        JobExecution execution = jobs.createJobExecution(instance, params, new ExecutionContext());
        execution.setStatus(night);
        jobs.update(execution);
        // A night's partitions exist only once its plan is kept; this one has nothing to read.
        new IntakePlan(jdbc, tx).keep(instance.getInstanceId(), List.of(List.of()));
        StepExecution partition = jobs.createStepExecution(NightlyJobConfiguration.INTAKE_FILES + ":partition000", execution);
        assertThat(partition.getStatus()).isEqualTo(BatchStatus.STARTING);
        return partition;
    }

    private static String request(StepExecution partition) {
        return NightlyJobConfiguration.INTAKE_FILES + "|" + partition.getId();
    }
}
