package vn.tonghop.job;

import org.springframework.batch.core.partition.Partitioner;
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

/**
 * Splits the night's files over partitions of about equal bytes. Files of one size always share a
 * partition: two copies of one content have one size, and the copy listed first must be the one taken,
 * which only one partition reading them in listing order can decide.
 */
public final class FilePartitioner implements Partitioner {

    /** The partition's files in its step execution context, each as "size|modified|relative path". */
    static final String FILES = "files";

    private final Supplier<List<InputFile>> pending;

    public FilePartitioner(Supplier<List<InputFile>> pending) {
        this.pending = pending;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<InputFile> files = pending.get();
        Map<Long, List<Integer>> bySize = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            bySize.computeIfAbsent(files.get(i).size(), s -> new ArrayList<>()).add(i);
        }
        int count = Math.max(1, Math.min(gridSize, bySize.size()));
        List<List<Integer>> parts = new ArrayList<>();
        long[] bytes = new long[count];
        for (int p = 0; p < count; p++) {
            parts.add(new ArrayList<>());
        }
        // Largest groups first, each to the lightest partition so far: no partition waits on another for long.
        List<List<Integer>> groups = new ArrayList<>(bySize.values());
        groups.sort(Comparator.comparingLong((List<Integer> g) -> -files.get(g.get(0)).size() * g.size()));
        for (List<Integer> group : groups) {
            int lightest = 0;
            for (int p = 1; p < count; p++) {
                if (bytes[p] < bytes[lightest]) {
                    lightest = p;
                }
            }
            parts.get(lightest).addAll(group);
            bytes[lightest] += files.get(group.get(0)).size() * group.size();
        }
        Map<String, ExecutionContext> out = new LinkedHashMap<>();
        for (int p = 0; p < count; p++) {
            List<Integer> part = parts.get(p);
            if (part.isEmpty() && !out.isEmpty()) {
                continue;
            }
            part.sort(Comparator.naturalOrder());
            ArrayList<String> lines = new ArrayList<>();
            for (int i : part) {
                lines.add(encode(files.get(i)));
            }
            ExecutionContext context = new ExecutionContext();
            context.put(FILES, lines);
            out.put(String.format("partition%03d", p), context);
        }
        return out;
    }

    static String encode(InputFile file) {
        return file.size() + "|" + file.modified() + "|" + file.relativePath();
    }

    static InputFile decode(String line, Path input) {
        String[] parts = line.split("\\|", 3);
        return new InputFile(input.resolve(parts[2]), parts[2], Long.parseLong(parts[0]), Instant.parse(parts[1]));
    }
}
