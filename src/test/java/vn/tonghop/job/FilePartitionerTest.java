package vn.tonghop.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import vn.tonghop.intake.InputFile;
import vn.tonghop.testdata.StagingDatabase;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeded random nights: every file in exactly one partition, copies together, listing order kept, bytes balanced. */
class FilePartitionerTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyFileOnceCopiesTogetherInListingOrder(long seed) {
        Random random = new Random(seed);
        List<InputFile> files = new ArrayList<>();
        int n = 1 + random.nextInt(400);
        for (int i = 0; i < n; i++) {
            // One file in five is a copy of an earlier one (same size); sizes of real files, 20 KB to 2 MB.
            long size = i > 0 && random.nextInt(5) == 0 ? files.get(random.nextInt(i)).size() : 20_000 + random.nextInt(2_000_000);
            files.add(new InputFile(Path.of("/in/f" + i + ".xlsx"), "f" + i + ".xlsx", size, Instant.ofEpochSecond(1_700_000_000L + i)));
        }
        int grid = 1 + random.nextInt(8);
        List<ArrayList<String>> plan = FilePartitioner.plan(files, grid);

        assertThat(plan).hasSizeBetween(1, grid);
        Map<String, Integer> partitionOf = new HashMap<>();
        long[] bytes = new long[plan.size()];
        for (int p = 0; p < plan.size(); p++) {
            List<Integer> order = new ArrayList<>();
            for (String line : plan.get(p)) {
                InputFile f = FilePartitioner.decode(line, Path.of("/in"));
                assertThat(partitionOf.put(f.relativePath(), p)).as("taken once").isNull();
                order.add(Integer.parseInt(f.relativePath().replaceAll("\\D", "")));
                bytes[p] += FilePartitioner.cost(f.size());
            }
            assertThat(order).isSorted();
        }
        assertThat(partitionOf).hasSize(files.size());
        Map<Long, Integer> partitionOfSize = new HashMap<>();
        for (InputFile f : files) {
            Integer p = partitionOfSize.putIfAbsent(f.size(), partitionOf.get(f.relativePath()));
            assertThat(p == null || p.equals(partitionOf.get(f.relativePath()))).as("copies share a partition").isTrue();
        }
        // Largest group first to the lightest partition: the heaviest exceeds the lightest by at most one group.
        Map<Long, Long> groupBytes = new HashMap<>();
        files.forEach(f -> groupBytes.merge(f.size(), FilePartitioner.cost(f.size()), Long::sum));
        long largestGroup = groupBytes.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long max = Arrays.stream(bytes).max().orElse(0);
        long min = Arrays.stream(bytes).min().orElse(0);
        assertThat(max - min).isLessThanOrEqualTo(largestGroup);
    }

    /**
     * A national night: a tenth .xls, all of 11,264 bytes (whole blocks), so one group that one partition takes;
     * the rest .xlsx of about 6.6 KB. Each file costs more than its bytes.
     */
    @Test
    void partitionsOfSmallFilesTakeAboutAsManyFilesEach() {
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            long size = i % 10 == 0 ? 11_264 : 6_000 + i % 1_300;
            files.add(new InputFile(Path.of("/in/f" + i), "f" + i, size, Instant.ofEpochSecond(1_700_000_000L + i)));
        }
        List<ArrayList<String>> plan = FilePartitioner.plan(files, 2);
        assertThat(Math.abs(plan.get(0).size() - plan.get(1).size())).isLessThan(200);
    }

    /** A resumed night is split as it was first split, not by what the folder holds now. */
    @Test
    void aNightIsPlannedOnceAndResumedWithItsPlan(@TempDir Path folder) throws Exception {
        SingleConnectionDataSource ds = StagingDatabase.in(folder);
        IntakePlan plans = new IntakePlan(new JdbcTemplate(ds), new JdbcTransactionManager(ds));
        List<InputFile> listed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            listed.add(new InputFile(Path.of("/in/f" + i), "f" + i, 1000 + i, Instant.ofEpochSecond(1_700_000_000L + i)));
        }
        StepExecution intake = intakeOfNight(7);

        assertThat(new FilePartitioner(() -> listed, plans, intake).partition(2)).containsOnlyKeys("partition000", "partition001");
        assertThat(new FilePartitioner(() -> List.of(), plans, intakeOfNight(7)).partition(4))
                .as("resumed: the folder is not listed again").containsOnlyKeys("partition000", "partition001");
        assertThat(plans.files(7, 0)).hasSize(3);
        assertThat(new FilePartitioner(() -> List.of(), plans, intakeOfNight(8)).partition(4))
                .as("a new night lists the folder").containsOnlyKeys("partition000");
        assertThat(plans.partitions(7)).as("only the last night is ever resumed").isEmpty();
        ds.destroy();
    }

    /** A night an older version planned in its step's context, and left interrupted, is resumed with that plan. */
    @Test
    void aNightPlannedByAnOlderVersionKeepsItsPlan(@TempDir Path folder) throws Exception {
        SingleConnectionDataSource ds = StagingDatabase.in(folder);
        IntakePlan plans = new IntakePlan(new JdbcTemplate(ds), new JdbcTransactionManager(ds));
        StepExecution intake = intakeOfNight(7);
        ArrayList<ArrayList<String>> old = new ArrayList<>(List.of(new ArrayList<>(List.of("100|2024-08-01T07:30:00Z|a.xlsx")),
                new ArrayList<>(List.of("120|2024-08-01T07:30:00Z|b.xlsx"))));
        intake.getExecutionContext().put(FilePartitioner.OLD_PLAN, old);

        assertThat(new FilePartitioner(() -> List.of(), plans, intake).partition(4)).hasSize(2);
        assertThat(plans.files(7, 1)).containsExactly("120|2024-08-01T07:30:00Z|b.xlsx");
        ds.destroy();
    }

    private static StepExecution intakeOfNight(long instance) {
        JobExecution night = new JobExecution(instance * 10, new JobInstance(instance, "nightly"), new JobParameters());
        return new StepExecution(instance * 100, "intake", night);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aNightWithoutFilesStillHasOneEmptyPartition(int grid) {
        assertThat(FilePartitioner.plan(List.of(), grid)).hasSize(1).allMatch(List::isEmpty);
    }
}
