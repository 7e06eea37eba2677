package vn.tonghop.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tonghop.log.Laps;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The files a night takes: those a look finds settled and not taken before, in the order they arrived
 * (then by their own modification time and path, for files first seen in the same look): of two copies
 * of one content, the first sent is the original.
 */
public final class Arrivals {

    private static final Logger log = LoggerFactory.getLogger(Arrivals.class);

    private final DropFolder folder;
    private final FolderLooks looks;
    private final IntakeStore store;
    private final Clock clock;
    private final long settleSeconds;

    public Arrivals(DropFolder folder, FolderLooks looks, IntakeStore store, Clock clock, long settleSeconds) {
        this.folder = folder;
        this.looks = looks;
        this.store = store;
        this.clock = clock;
        this.settleSeconds = settleSeconds;
    }

    /** One look: the files that have settled and were not taken before. */
    public List<InputFile> look() {
        return settled(record(clock.instant(), false), store.takenBefore());
    }

    /**
     * Lists the folder and records what it holds. A night's look is a part of intake the log names; serve's
     * looks every few seconds are only logged at debug level.
     */
    private List<FolderLooks.Looked> record(Instant now, boolean night) {
        Laps time = new Laps();
        List<DropFolder.Entry> entries = folder.look();
        time.lap("listing");
        List<FolderLooks.Looked> looked = looks.record(entries, now, settleSeconds);
        time.lap("recording");
        if (night) {
            log.info("looked at {} paths in the input folder: {}", entries.size(), time);
        } else {
            log.debug("looked at {} paths in the input folder: {}", entries.size(), time);
        }
        return looked;
    }

    /**
     * A night's files. A file first seen (or seen changed) by this look has not settled yet; rather than leave
     * it to the next night, the night waits for it once, up to the settle time, and looks again. What is still
     * changing then waits for a later run.
     */
    public List<InputFile> tonight() throws InterruptedException {
        Instant now = clock.instant();
        List<FolderLooks.Looked> first = record(now, true);
        Predicate<InputFile> taken = store.takenBefore();
        List<FolderLooks.Looked> unsettled = first.stream()
                .filter(l -> l.entry().kind() == DropFolder.Kind.FILE && !l.settled() && !taken.test(file(l))).toList();
        if (unsettled.isEmpty()) {
            return settled(first, taken);
        }
        Instant wait = unsettled.stream().map(l -> l.firstSeen().plusSeconds(settleSeconds))
                .max(Comparator.naturalOrder()).orElseThrow();
        long millis = Math.min(Duration.between(now, wait).toMillis(), settleSeconds * 1000);
        log.info("{} file(s) not settled yet; looking again in {} s", unsettled.size(), (millis + 999) / 1000);
        Thread.sleep(Math.max(0, millis));
        return look();
    }

    private static List<InputFile> settled(List<FolderLooks.Looked> looked, Predicate<InputFile> taken) {
        return looked.stream()
                .filter(l -> l.entry().kind() == DropFolder.Kind.FILE && l.settled())
                .map(Arrivals::file)
                .filter(f -> !taken.test(f))
                .sorted(Comparator.comparing(InputFile::firstSeen).thenComparing(InputFile::modified)
                        .thenComparing(InputFile::relativePath))
                .toList();
    }

    private static InputFile file(FolderLooks.Looked l) {
        DropFolder.Entry e = l.entry();
        return new InputFile(e.path(), e.relativePath(), e.size(), e.modified(), l.firstSeen());
    }
}
