package vn.tonghop.cli;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Says how far the night's reading has got, every few seconds while it lasts: "reading files: 1200 of 4000".
 * A line each time, never a rewritten one, so a log of the console reads the same.
 */
final class Progress implements AutoCloseable {

    static final long EVERY_SECONDS = 5;

    private final JdbcTemplate jdbc;
    private final PrintStream out;
    private final Timestamp since;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress");
        t.setDaemon(true);
        return t;
    });
    private int shown = -1;

    Progress(JdbcTemplate jdbc, PrintStream out, Instant since) {
        this.jdbc = jdbc;
        this.out = out;
        this.since = Timestamp.from(since);
        ticker.scheduleAtFixedRate(this::tell, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    void tell() {
        try {
            // The night's plan is kept before its first file is read, so once a file is read it is this night's.
            int done = jdbc.queryForObject("SELECT COUNT(*) FROM received_file WHERE received_at >= ?", Integer.class, since);
            int total = jdbc.queryForObject("SELECT COUNT(*) FROM intake_plan_file", Integer.class);
            if (done > 0 && done != shown && done <= total) {
                out.println("tonghop: reading files: " + done + " of " + total);
                shown = done;
            }
        } catch (RuntimeException e) {
            // A progress line is a courtesy: the night goes on without it.
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
