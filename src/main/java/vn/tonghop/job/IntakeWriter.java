package vn.tonghop.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.tonghop.intake.IntakeResult;
import vn.tonghop.intake.IntakeStore;

import java.time.Clock;

/** Stages each chunk of taken files in one transaction. */
class IntakeWriter implements ItemWriter<IntakeResult> {

    private final IntakeStore store;
    private final Clock clock;
    private final long jobExecution;

    public IntakeWriter(IntakeStore store, Clock clock, long jobExecution) {
        this.store = store;
        this.clock = clock;
        this.jobExecution = jobExecution;
    }

    @Override
    public void write(Chunk<? extends IntakeResult> chunk) {
        store.save(chunk.getItems(), jobExecution, clock.instant());
    }
}
