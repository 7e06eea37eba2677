package vn.tonghop.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Marks the partitions a night left running as failed, so that the night can be resumed. With workers on
 * other machines, one may still be in a partition of a night whose manager died: each chunk it commits
 * updates that partition's row, and a recovery written over the row as it was read a moment before loses
 * the optimistic lock. It reads the night again and tries again; the worker's next commit then fails
 * instead, and the resumed night sends that partition again from its last committed chunk.
 */
final class NightRecovery {

    private static final Logger log = LoggerFactory.getLogger(NightRecovery.class);
    /** A worker commits a chunk of 25 files every second or so; a recovery takes milliseconds. */
    static final int ATTEMPTS = 5;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;

    NightRecovery(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    JobExecution recover(JobExecution night) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jobOperator.recover(night);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("a worker updated run {} while it was being recovered; reading it again",
                        night.getJobParameters().getString("run"));
                night = jobRepository.getJobExecution(night.getId());
            }
        }
    }
}
