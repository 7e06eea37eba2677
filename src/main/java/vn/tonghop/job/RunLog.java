package vn.tonghop.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/** The run history that {@code status} prints: one line per run, with files and findings counted. */
public final class RunLog implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunLog.class);

    /** One run as {@code status} shows it. */
    public record Entry(String runId, LocalDateTime started, LocalDateTime ended, String outcome, int taken,
                        int duplicate, int superseded, int rejected, int errors, int warnings, int notes) {
    }

    private final JdbcTemplate jdbc;

    public RunLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        jdbc.update("DELETE FROM run_log WHERE job_execution = ?", execution.getId());
        jdbc.update("INSERT INTO run_log (job_execution, run_id, started_at, outcome) VALUES (?, ?, ?, 'STARTED')",
                execution.getId(), execution.getJobParameters().getString("run"),
                Timestamp.valueOf(execution.getStartTime() == null ? LocalDateTime.now() : execution.getStartTime()));
    }

    @Override
    public void afterJob(JobExecution execution) {
        long id = execution.getId();
        // Where a night's time went, step by step: the profile an operator can read without tools.
        for (var step : execution.getStepExecutions()) {
            if (step.getStartTime() != null && step.getEndTime() != null) {
                log.info("step {} {}: {} ms, {} read, {} written", step.getStepName(), step.getStatus(),
                        Duration.between(step.getStartTime(), step.getEndTime()).toMillis(), step.getReadCount(),
                        step.getWriteCount());
            }
        }
        jdbc.update("UPDATE run_log SET ended_at = ?, outcome = ?,"
                        + " files_taken = (SELECT COUNT(*) FROM received_file WHERE job_execution = ? AND status = 'TAKEN'),"
                        + " files_duplicate = (SELECT COUNT(*) FROM received_file WHERE job_execution = ? AND status = 'DUPLICATE'),"
                        + " files_rejected = (SELECT COUNT(*) FROM received_file WHERE job_execution = ? AND status = 'REJECTED'),"
                        + " files_superseded = (SELECT COUNT(DISTINCT file) FROM finding WHERE origin = 'check' AND code = 'SUPERSEDED'),"
                        + " errors = (SELECT COUNT(*) FROM finding WHERE severity = 'LỖI'),"
                        + " warnings = (SELECT COUNT(*) FROM finding WHERE severity = 'CẢNH BÁO'),"
                        + " notes = (SELECT COUNT(*) FROM finding WHERE severity = 'GHI CHÚ')"
                        + " WHERE job_execution = ?",
                Timestamp.valueOf(LocalDateTime.now()), execution.getStatus().name(), id, id, id, id);
    }

    /** A run that died without a word: what the history says of it. */
    public void interrupted(long jobExecution) {
        jdbc.update("UPDATE run_log SET outcome = 'INTERRUPTED', ended_at = COALESCE(ended_at, ?) WHERE job_execution = ?",
                Timestamp.valueOf(LocalDateTime.now()), jobExecution);
    }

    public List<Entry> last(int n) {
        return jdbc.query("SELECT * FROM run_log ORDER BY started_at DESC, job_execution DESC LIMIT ?", (rs, i) -> new Entry(
                rs.getString("run_id"), rs.getTimestamp("started_at").toLocalDateTime(),
                rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toLocalDateTime(),
                rs.getString("outcome"), rs.getInt("files_taken"), rs.getInt("files_duplicate"),
                rs.getInt("files_superseded"), rs.getInt("files_rejected"), rs.getInt("errors"),
                rs.getInt("warnings"), rs.getInt("notes")), n);
    }
}
