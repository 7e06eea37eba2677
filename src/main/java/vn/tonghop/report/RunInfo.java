package vn.tonghop.report;

import java.time.LocalDateTime;

/** The run the outputs belong to. */
public record RunInfo(String runId, long jobExecution, LocalDateTime startedAt) {
}
