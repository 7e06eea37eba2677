package vn.tonghop.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads one file on a thread other than the caller's, under a time limit, and turns whatever escapes
 * the reader (an OutOfMemoryError, a StackOverflowError, a bug) into that file's rejection. One file
 * can cost the night a bounded time and never the other files. A reader that will not stop is
 * abandoned on its daemon thread; the threads of readers that finished read the next files, rather than
 * a thread started for each file.
 */
public final class GuardedIntake {

    private static final Logger log = LoggerFactory.getLogger(GuardedIntake.class);

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService READERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "reader-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    private final Function<InputFile, IntakeResult> reader;
    private final long seconds;

    public GuardedIntake(Function<InputFile, IntakeResult> reader, long seconds) {
        this.reader = reader;
        this.seconds = seconds;
    }

    public IntakeResult take(InputFile file) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        FutureTask<IntakeResult> task = new FutureTask<>(() -> {
            // The reader's log lines name the file as the caller's do.
            if (context != null) {
                MDC.setContextMap(context);
            }
            try {
                return reader.apply(file);
            } finally {
                MDC.clear();
            }
        });
        READERS.execute(task);
        try {
            return task.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            log.error("gave up reading after {} s", seconds);
            return rejected(file, FindingCode.FILE_HOSTILE,
                    "đọc quá " + seconds + " giây mà chưa xong, nên bị bỏ qua để không làm chậm cả đêm tổng hợp");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            log.error("cannot read", cause);
            boolean resources = cause instanceof OutOfMemoryError || cause instanceof StackOverflowError;
            return rejected(file, resources ? FindingCode.FILE_HOSTILE : FindingCode.FILE_UNREADABLE,
                    resources ? "cần quá nhiều bộ nhớ để đọc, nên bị từ chối vì lý do an toàn"
                            : "gặp lỗi khi đọc và chưa được tổng hợp");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file.relativePath(), e);
        }
    }

    /** The log has the cause; the clerk's finding and files.csv say what happened in words. */
    private static IntakeResult rejected(InputFile file, FindingCode code, String what) {
        Finding f = Finding.of(code).at(file.relativePath(), null, null)
                .message("Tệp " + file.fileName() + " " + what + ". Hãy mở tệp trong Excel, lưu thành tệp mới rồi gửi lại.");
        String hash;
        try {
            hash = FileIntake.sha256(file.path());
        } catch (RuntimeException e) {
            hash = "0".repeat(64);
        }
        return new IntakeResult(file, hash, IntakeResult.Status.REJECTED, null, f.message(), null, List.of(), List.of(f),
                NonCapitalSheets.NONE);
    }
}
