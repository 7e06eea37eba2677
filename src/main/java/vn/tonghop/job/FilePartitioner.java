package vn.tonghop.job;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
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
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Splits the night's files over partitions of about equal bytes. Files of one size always share a
 * partition: two copies of one content have one size, and the copy listed first must be the one taken,
 * which only one partition reading them in listing order can decide.
 *
 * <p>The plan is made once per run and kept in the intake step's context before any partition
 * exists. A resumed run gets the same partitions with the same files, whatever the interrupted one
 * had finished; listing the folder again would give fewer files and other partitions, and Spring Batch
 * would then skip a partition by its name because the interrupted run completed one of that name.
 */
class FilePartitioner implements Partitioner {

    /** The partition's files in its step execution context, each as "size|modified|first seen|relative path". */
    static final String FILES = "files";
    static final String PLAN = "tonghop.intake.plan";

    private final Supplier<List<InputFile>> pending;
    private final JobRepository jobs;
    private final StepExecution intake;

    public FilePartitioner(Supplier<List<InputFile>> pending, JobRepository jobs, StepExecution intake) {
        this.pending = pending;
        this.jobs = jobs;
        this.intake = intake;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, ExecutionContext> partition(int gridSize) {
        ExecutionContext context = intake.getExecutionContext();
        if (!context.containsKey(PLAN)) {
            context.put(PLAN, plan(pending.get(), gridSize));
            jobs.updateExecutionContext(intake);
        }
        Map<String, ExecutionContext> out = new LinkedHashMap<>();
        List<ArrayList<String>> plan = (List<ArrayList<String>>) context.get(PLAN);
        for (int p = 0; p < plan.size(); p++) {
            ExecutionContext partition = new ExecutionContext();
            partition.put(FILES, plan.get(p));
            out.put(String.format("partition%03d", p), partition);
        }
        return out;
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
