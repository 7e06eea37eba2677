package vn.tonghop.job;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which files a night takes, partition by partition: decided once, when the night starts, and kept whole in
 * one transaction. Spring Batch writes a partition's row and its execution context in two transactions, so
 * a night killed between them left a partition with no files, and the resumed night completed it having read
 * none; a partition reads its files from here instead.
 */
class IntakePlan {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    IntakePlan(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Keeps the night's plan; an earlier night's is not needed again, as only the last night is ever resumed. */
    void keep(long night, List<? extends List<String>> plan) {
        List<Object[]> rows = new ArrayList<>();
        for (int p = 0; p < plan.size(); p++) {
            for (int i = 0; i < plan.get(p).size(); i++) {
                rows.add(new Object[] {night, p, i, plan.get(p).get(i)});
            }
        }
        tx.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM intake_plan_file");
            jdbc.update("DELETE FROM intake_plan");
            jdbc.update("INSERT INTO intake_plan (job_instance, partitions) VALUES (?, ?)", night, plan.size());
            jdbc.batchUpdate("INSERT INTO intake_plan_file (job_instance, partition_no, seq, file_line) VALUES (?, ?, ?, ?)", rows);
        });
    }

    /** One partition's files; a night without a plan is a defect, never a partition with nothing to read. */
    List<String> files(long night, int partition) {
        int partitions = partitions(night).orElseThrow(() -> new IllegalStateException(
                "night " + night + " has no plan of its files, so partition " + partition + " cannot know what to read"));
        if (partition >= partitions) {
            throw new IllegalStateException("night " + night + " has " + partitions + " partitions, not partition " + partition);
        }
        return jdbc.queryForList("SELECT file_line FROM intake_plan_file WHERE job_instance = ? AND partition_no = ? ORDER BY seq",
                String.class, night, partition);
    }

    /** How many partitions the night's plan has; empty when none was kept yet. */
    Optional<Integer> partitions(long night) {
        return jdbc.queryForList("SELECT partitions FROM intake_plan WHERE job_instance = ?", Integer.class, night).stream().findFirst();
    }
}
