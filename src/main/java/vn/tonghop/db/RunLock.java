package vn.tonghop.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One process at a time owns an output folder. The operating system drops the lock when the holder
 * dies, even by {@code kill -9} or a power cut, so no stale lock ever needs removing by hand; and
 * while it is held, the embedded database is ours alone.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process holds it. */
    public static Optional<RunLock> tryAcquire(Path output, String command) throws IOException {
        Files.createDirectories(output);
        Path file = output.resolve("tonghop.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(StandardCharsets.UTF_8.encode(command + " since " + LocalDateTime.now().withNano(0)
                + ", pid " + ProcessHandle.current().pid() + "\n"));
        channel.force(true);
        return Optional.of(new RunLock(channel, lock));
    }

    /** Who holds the lock, as the holder wrote it. */
    public static String holder(Path output) {
        try {
            return Files.readString(output.resolve("tonghop.lock"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
