package vn.tonghop.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.tonghop.intake.IntakeResult;
import vn.tonghop.intake.IntakeStore;
import vn.tonghop.intake.ReceivedJournal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/** Stages each chunk of taken files in one transaction, and notes them in the archive's journal first. */
class IntakeWriter implements ItemWriter<IntakeResult> {

    private final IntakeStore store;
    private final Clock clock;
    private final long jobExecution;
    private final Path archive;
    private final String journal;

    public IntakeWriter(IntakeStore store, Clock clock, long jobExecution, Path archive, long partition) {
        this.store = store;
        this.clock = clock;
        this.jobExecution = jobExecution;
        this.archive = archive;
        this.journal = jobExecution + "-" + partition;
    }

    @Override
    public void write(Chunk<? extends IntakeResult> chunk) {
        Instant now = clock.instant();
        ReceivedJournal.append(archive, journal, chunk.getItems(), now);
        store.save(chunk.getItems(), jobExecution, now);
    }
}
