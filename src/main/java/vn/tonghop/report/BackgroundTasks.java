package vn.tonghop.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work the report starts on threads of its own and waits for before it is complete: the clerks'
 * copies, TongHop.xlsx. The threads are daemons, so a night given up does not wait for them.
 */
final class BackgroundTasks<T> {

    private final String what;
    private final List<Future<T>> started;

    private BackgroundTasks(String what, List<Future<T>> started) {
        this.what = what;
        this.started = started;
    }

    /** Starts the tasks on at most {@code threads} threads named after {@code what}. */
    static <T> BackgroundTasks<T> start(String what, int threads, List<Callable<T>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, what);
            t.setDaemon(true);
            return t;
        });
        List<Future<T>> started = new ArrayList<>();
        for (Callable<T> task : tasks) {
            started.add(pool.submit(task));
        }
        pool.shutdown();
        return new BackgroundTasks<>(what, started);
    }

    /** The tasks' results in their order; the first that fails gives up the others. */
    List<T> await() throws IOException {
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> f : started) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + what, e);
        } catch (ExecutionException e) {
            cancel();
            throw new IOException(what + " could not be written", e.getCause());
        }
    }

    void cancel() {
        started.forEach(f -> f.cancel(true));
    }
}
