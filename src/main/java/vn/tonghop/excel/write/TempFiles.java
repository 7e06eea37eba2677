package vn.tonghop.excel.write;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where POI writes its temporary files (the streaming writer keeps each sheet in one): a folder of this
 * process's own under the output folder. POI's default, a "poifiles" folder in the system's temporary
 * directory, belongs to whichever user ran first, and every other user's night then fails to write.
 */
public final class TempFiles {

    /** A folder left by a process that was killed: no process keeps writing to one for two days. */
    private static final Duration STALE = Duration.ofDays(2);

    private TempFiles() {
    }

    /** Sends POI's temporary files to output/tmp/&lt;pid&gt;/ and removes what killed processes left there. */
    public static Path under(Path output) throws IOException {
        Path all = output.resolve("tmp");
        Path mine = all.resolve(String.valueOf(ProcessHandle.current().pid()));
        Files.createDirectories(mine);
        Instant stale = Instant.now().minus(STALE);
        try (Stream<Path> left = Files.list(all)) {
            for (Path p : left.filter(p -> !p.equals(mine)).toList()) {
                if (Files.getLastModifiedTime(p).compareTo(FileTime.from(stale)) < 0) {
                    delete(p);
                }
            }
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(mine.toFile()));
        return mine;
    }

    /** Deletes this process's folder and gives POI back its default. */
    public static void release(Path mine) throws IOException {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        delete(mine);
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
