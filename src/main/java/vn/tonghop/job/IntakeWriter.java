package vn.tonghop.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.tonghop.intake.IntakeResult;
import vn.tonghop.intake.IntakeStore;

import java.time.Clock;

/** Stages each chunk of taken files in one transaction. */
public final class IntakeWriter implements ItemWriter<IntakeResult>, StepExecutionListener {

    private final IntakeStore store;
    private final Clock clock;
    private long jobExecution;

    public IntakeWriter(IntakeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecution = stepExecution.getJobExecution().getId();
    }

    @Override
    public void write(Chunk<? extends IntakeResult> chunk) {
        for (IntakeResult result : chunk) {
            store.save(result, jobExecution, clock.instant());
        }
    }
}
