package vn.tonghop.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The shared input folder, which the program only ever reads. A file is a candidate once it has not
 * changed for the settle time: neither its modification time nor its status-change time, because
 * Windows Explorer and {@code cp -p} copy a file's old modification time onto a file still being written.
 */
public final class DropFolder {

    private final Path input;
    private final long settleSeconds;
    private final Clock clock;

    public DropFolder(Path input, long settleSeconds, Clock clock) {
        this.input = input;
        this.settleSeconds = settleSeconds;
        this.clock = clock;
    }

    /** Settled files not taken before, oldest first: of two copies of the same content, the first sent is the original. */
    public List<InputFile> settled(Predicate<InputFile> alreadyTaken) {
        List<InputFile> found = new ArrayList<>();
        if (!Files.isDirectory(input)) {
            return found;
        }
        Instant settledBefore = clock.instant().minusSeconds(settleSeconds);
        try (Stream<Path> paths = Files.walk(input)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile).filter(DropFolder::isCandidate)::iterator) {
                InputFile file = describe(p);
                if (file == null || (settleSeconds > 0 && lastChange(p).isAfter(settledBefore))) {
                    continue;
                }
                if (!alreadyTaken.test(file)) {
                    found.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
        found.sort(Comparator.comparing(InputFile::modified).thenComparing(InputFile::relativePath));
        return found;
    }

    /** Whether a listed file is still as it was listed; a file that changed is left for a later run. */
    public boolean unchanged(InputFile file) {
        InputFile now = describe(file.path());
        return now != null && now.size() == file.size() && now.modified().equals(file.modified());
    }

    /**
     * Excel's lock files (~$Book.xlsx), temporary files (*.tmp, ~*.tmp), hidden files, and the files Windows
     * puts in a shared folder by itself (Thumbs.db, desktop.ini) are never reports: a clerk sent none of
     * them, and an error about one would send the reviewer after nobody.
     */
    static boolean isCandidate(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith("~") && !name.startsWith(".") && !lower.endsWith(".tmp")
                && !SYSTEM_FILES.contains(lower);
    }

    private static final java.util.Set<String> SYSTEM_FILES = java.util.Set.of("thumbs.db", "ehthumbs.db", "desktop.ini");

    private InputFile describe(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return new InputFile(p, input.relativize(p).toString().replace('\\', '/'), a.size(),
                    a.lastModifiedTime().toInstant());
        } catch (IOException e) {
            return null;
        }
    }

    private static Instant lastChange(Path p) throws IOException {
        Instant last = Files.getLastModifiedTime(p).toInstant();
        try {
            FileTime ctime = (FileTime) Files.getAttribute(p, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
            last = ctime.toInstant().isAfter(last) ? ctime.toInstant() : last;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // Windows: a copy's creation time is when the copy began.
            Instant created = Files.readAttributes(p, BasicFileAttributes.class).creationTime().toInstant();
            last = created.isAfter(last) ? created : last;
        }
        return last;
    }
}
