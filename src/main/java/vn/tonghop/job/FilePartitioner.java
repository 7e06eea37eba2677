package vn.tonghop.job;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.tonghop.intake.InputFile;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Splits the night's files over partitions of about equal bytes. Files of one size always share a
 * partition: two copies of one content have one size, and the copy listed first must be the one taken,
 * which only one partition reading them in listing order can decide.
 *
 * <p>The plan is made once per night and kept (IntakePlan) before any partition exists. A resumed night
 * gets the same partitions with the same files, whatever the interrupted one had finished; listing the
 * folder again would give fewer files and other partitions, and Spring Batch would then skip a partition by
 * its name because the interrupted night completed one of that name.
 */
class FilePartitioner implements Partitioner {

    /** Where versions before the plan was a table kept it: a night they left interrupted is resumed with it. */
    static final String OLD_PLAN = "tonghop.intake.plan";
    private static final String PARTITION = "partition";

    private final Supplier<List<InputFile>> pending;
    private final IntakePlan plans;
    private final StepExecution intake;

    public FilePartitioner(Supplier<List<InputFile>> pending, IntakePlan plans, StepExecution intake) {
        this.pending = pending;
        this.plans = plans;
        this.intake = intake;
    }

    /** The partitions by name; each reads its files from the plan, so their contexts hold nothing. */
    @Override
    @SuppressWarnings("unchecked")
    public Map<String, ExecutionContext> partition(int gridSize) {
        long night = intake.getJobExecution().getJobInstance().getInstanceId();
        Optional<Integer> kept = plans.partitions(night);
        int partitions;
        if (kept.isPresent()) {
            partitions = kept.get();
        } else {
            Object old = intake.getExecutionContext().get(OLD_PLAN);
            List<? extends List<String>> plan = old != null ? (List<ArrayList<String>>) old : plan(pending.get(), gridSize);
            plans.keep(night, plan);
            partitions = plan.size();
        }
        Map<String, ExecutionContext> out = new LinkedHashMap<>();
        for (int p = 0; p < partitions; p++) {
            out.put(String.format(PARTITION + "%03d", p), new ExecutionContext());
        }
        return out;
    }

    /** The partition a worker step runs, from its name ("intakeFiles:partition001"). */
    static int partitionOf(String stepName) {
        return Integer.parseInt(stepName.substring(stepName.lastIndexOf(PARTITION) + PARTITION.length()));
    }

    /** The files of each partition, in listing order; never more partitions than sizes, and at least one. */
    static ArrayList<ArrayList<String>> plan(List<InputFile> files, int gridSize) {
        Map<Long, List<Integer>> bySize = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            bySize.computeIfAbsent(files.get(i).size(), s -> new ArrayList<>()).add(i);
        }
        int count = Math.max(1, Math.min(gridSize, bySize.size()));
        List<List<Integer>> parts = new ArrayList<>();
        long[] load = new long[count];
        for (int p = 0; p < count; p++) {
            parts.add(new ArrayList<>());
        }
        // Largest groups first, each to the lightest partition so far: no partition waits on another for long.
        List<List<Integer>> groups = new ArrayList<>(bySize.values());
        groups.sort(Comparator.comparingLong((List<Integer> g) -> -cost(files, g)));
        for (List<Integer> group : groups) {
            int lightest = 0;
            for (int p = 1; p < count; p++) {
                if (load[p] < load[lightest]) {
                    lightest = p;
                }
            }
            parts.get(lightest).addAll(group);
            load[lightest] += cost(files, group);
        }
        ArrayList<ArrayList<String>> plan = new ArrayList<>();
        for (List<Integer> part : parts) {
            part.sort(Comparator.naturalOrder());
            ArrayList<String> lines = new ArrayList<>();
            for (int i : part) {
                lines.add(encode(files.get(i)));
            }
            plan.add(lines);
        }
        return plan;
    }

    /**
     * What a file costs to take, in bytes: its own and what every file costs whatever its size (hashing,
     * opening, screening, finding its header, staging it). Balanced by bytes alone, the partition with the larger
     * .xls files got far fewer files and finished long before the others.
     */
    static long cost(long size) {
        return size + PER_FILE_BYTES;
    }

    private static final long PER_FILE_BYTES = 16_384;

    /** A group's files are all of one size. */
    private static long cost(List<InputFile> files, List<Integer> group) {
        return cost(files.get(group.get(0)).size()) * group.size();
    }

    static String encode(InputFile file) {
        return file.size() + "|" + file.modified() + "|" + file.firstSeen() + "|" + file.relativePath();
    }

    /** A plan an older version saved, interrupted and resumed by this one, has no arrival: its file's own time stands in. */
    static InputFile decode(String line, Path input) {
        String[] parts = line.split("\\|", 4);
        Instant modified = Instant.parse(parts[1]);
        if (parts.length == 4 && ARRIVAL.matcher(parts[2]).matches()) {
            return new InputFile(input.resolve(parts[3]), parts[3], Long.parseLong(parts[0]), modified, Instant.parse(parts[2]));
        }
        String path = line.split("\\|", 3)[2];
        return new InputFile(input.resolve(path), path, Long.parseLong(parts[0]), modified);
    }

    private static final Pattern ARRIVAL = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z");
}
