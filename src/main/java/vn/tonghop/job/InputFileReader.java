package vn.tonghop.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import vn.tonghop.intake.InputFile;
import vn.tonghop.intake.IntakeStore;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;

/**
 * Reads the files of one partition, as the night's plan lists them. Nothing needs saving for a
 * restart: a file whose chunk committed is "already taken" when the partition is opened again,
 * whichever process (or worker that died half-way) took it.
 */
class InputFileReader implements ItemStreamReader<InputFile> {

    private final Path input;
    private final IntakeStore store;
    private final IntakePlan plans;
    private final long night;
    private final int partition;
    private final Deque<InputFile> pending = new ArrayDeque<>();

    public InputFileReader(Path input, IntakeStore store, IntakePlan plans, long night, String stepName) {
        this.input = input;
        this.store = store;
        this.plans = plans;
        this.night = night;
        this.partition = FilePartitioner.partitionOf(stepName);
    }

    @Override
    public void open(ExecutionContext context) {
        pending.clear();
        // Read in one query: one for each file was a thousand queries per partition of a national night.
        Predicate<InputFile> taken = store.takenBefore();
        for (String line : plans.files(night, partition)) {
            InputFile file = FilePartitioner.decode(line, input);
            if (!taken.test(file)) {
                pending.add(file);
            }
        }
    }

    @Override
    public InputFile read() {
        return pending.poll();
    }
}
