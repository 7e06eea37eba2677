package vn.tonghop.cli;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.tonghop.TonghopApplication;
import vn.tonghop.db.DatabaseSchema;
import vn.tonghop.job.NightlyJobConfiguration;
import vn.tonghop.testdata.ScratchFolders;

import static org.assertj.core.api.Assertions.assertThat;

/** Recovering a night whose manager died while a worker still commits chunks of one of its partitions. */
@SpringBootTest(classes = {TonghopApplication.class, ScratchFolders.class}, properties = {
    "spring.datasource.url=jdbc:hsqldb:mem:recoverytest;hsqldb.tx=mvcc", "spring.datasource.username=SA"})
class NightRecoveryTest {

    @Autowired
    JobOperator jobOperator;
    @Autowired
    JobRepository jobs;
    @Autowired
    DatabaseSchema schema;

    @Test
    void aChunkCommittedBetweenReadingTheNightAndRecoveringItDoesNotFailTheRun() throws Exception {
        schema.ensure();
        JobParameters params = new JobParametersBuilder().addString("run", "20261128-010000").toJobParameters();
        JobInstance instance = jobs.createJobInstance(NightlyJobConfiguration.JOB_NAME, params);
        JobExecution night = jobs.createJobExecution(instance, params, new ExecutionContext());
        night.setStatus(BatchStatus.STARTED);
        jobs.update(night);
        StepExecution partition = jobs.createStepExecution("intakeFiles:partition000", night);
        partition.setStatus(BatchStatus.STARTED);
        jobs.update(partition);

        JobExecution read = jobs.getJobExecution(night.getId());
        // The worker commits a chunk after the manager read the night.
        StepExecution workers = jobs.getStepExecution(partition.getId());
        workers.setWriteCount(25);
        jobs.update(workers);

        JobExecution recovered = new NightRecovery(jobOperator, jobs).recover(read);

        assertThat(recovered.getStatus()).isEqualTo(BatchStatus.FAILED);
        StepExecution after = jobs.getStepExecution(partition.getId());
        assertThat(after.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(after.getWriteCount()).as("the worker's committed chunk is kept").isEqualTo(25);
    }
}
