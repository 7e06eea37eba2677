package vn.tonghop.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import vn.tonghop.intake.DropFolder;
import vn.tonghop.intake.InputFile;
import vn.tonghop.intake.IntakeStore;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Lists the drop folder when the intake step opens. Nothing needs saving for a restart: a file
 * whose chunk committed is "already taken" the next time the folder is listed.
 */
public final class InputFileReader implements ItemStreamReader<InputFile> {

    private final DropFolder folder;
    private final IntakeStore store;
    private final Deque<InputFile> pending = new ArrayDeque<>();

    public InputFileReader(DropFolder folder, IntakeStore store) {
        this.folder = folder;
        this.store = store;
    }

    @Override
    public void open(ExecutionContext context) {
        pending.clear();
        pending.addAll(folder.settled(f -> store.alreadyTaken(f.relativePath(), f.size(), f.modified())));
    }

    @Override
    public InputFile read() {
        return pending.poll();
    }
}
