package vn.tonghop.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import vn.tonghop.intake.InputFile;
import vn.tonghop.intake.IntakeStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Lists the drop folder when the intake step opens: workbooks that have settled (unchanged for the
 * settle time) and were not taken before. Excel's lock and temporary files are never candidates.
 */
public final class InputFileReader implements ItemStreamReader<InputFile> {

    private final Path input;
    private final long settleSeconds;
    private final IntakeStore store;
    private final Clock clock;
    private final Deque<InputFile> pending = new ArrayDeque<>();

    public InputFileReader(Path input, long settleSeconds, IntakeStore store, Clock clock) {
        this.input = input;
        this.settleSeconds = settleSeconds;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void open(ExecutionContext context) {
        pending.clear();
        if (!Files.isDirectory(input)) {
            return;
        }
        Instant settledBefore = clock.instant().minusSeconds(settleSeconds);
        List<InputFile> found = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(input)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile).filter(InputFileReader::isCandidate)::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                Instant modified = a.lastModifiedTime().toInstant();
                String relative = input.relativize(p).toString().replace('\\', '/');
                if (settleSeconds > 0 && modified.isAfter(settledBefore)) {
                    continue;
                }
                if (!store.alreadyTaken(relative, a.size(), modified)) {
                    found.add(new InputFile(p, relative, a.size(), modified));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
        // Oldest first: of two copies of the same content, the one sent first is the original.
        found.sort(Comparator.comparing(InputFile::modified).thenComparing(InputFile::relativePath));
        pending.addAll(found);
    }

    static boolean isCandidate(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && !name.startsWith(".") && !lower.endsWith(".tmp") && !name.startsWith("~");
    }

    @Override
    public InputFile read() {
        return pending.poll();
    }
}
