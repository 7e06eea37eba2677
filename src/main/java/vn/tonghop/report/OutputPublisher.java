package vn.tonghop.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes a run's set visible: written to a temporary folder, kept as runs/&lt;run-id&gt;/, then swapped in
 * as latest/ by renames, so latest/ is always one complete set.
 */
public final class OutputPublisher {

    private static final Logger log = LoggerFactory.getLogger(OutputPublisher.class);

    private final Path output;

    public OutputPublisher(Path output) {
        this.output = output;
    }

    public Path staging(String runId) throws IOException {
        Path tmp = output.resolve(".tmp-" + runId);
        deleteTree(tmp);
        Files.createDirectories(tmp);
        return tmp;
    }

    public void publish(Path staged, String runId) throws IOException {
        long started = System.nanoTime();
        Path run = output.resolve("runs").resolve(runId);
        deleteTree(run);
        Files.createDirectories(run.getParent());
        copyTree(staged, run);
        Path latest = output.resolve("latest");
        Path old = output.resolve(".old-latest");
        deleteTree(old);
        if (Files.exists(latest)) {
            Files.move(latest, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staged, latest, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
        log.info("publish: runs/{} and latest/ in {} ms", runId, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Keeps the last {@code keep} nights' sets under runs/ and the last of every month; the older ones go. Only
     * folders named like a run are touched, and never the archive, from which every set can be made again.
     */
    public List<String> prune(int keep) throws IOException {
        Path runs = output.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        List<String> names;
        try (var listed = Files.list(runs)) {
            names = listed.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> RUN.matcher(n).matches()).toList();
        }
        List<String> pruned = pruned(names, keep);
        for (String name : pruned) {
            deleteTree(runs.resolve(name));
        }
        if (!pruned.isEmpty()) {
            log.info("pruned {} older night(s) from runs/, keeping the last {} and the last of each month", pruned.size(), keep);
        }
        return pruned;
    }

    /** Which of the runs to delete: all but the last {@code keep} and the last of each month. */
    static List<String> pruned(List<String> runIds, int keep) {
        List<String> sorted = runIds.stream().sorted().toList();
        Map<String, String> lastOfMonth = new HashMap<>();
        sorted.forEach(id -> lastOfMonth.put(id.substring(0, 6), id));
        Set<String> kept = new HashSet<>(lastOfMonth.values());
        kept.addAll(sorted.subList(Math.max(0, sorted.size() - keep), sorted.size()));
        return sorted.stream().filter(id -> !kept.contains(id)).toList();
    }

    /** A run's name: when it first started, and a number when two started in one second. */
    private static final Pattern RUN = Pattern.compile("\\d{8}-\\d{6}(-\\d+)?");

    /**
     * The staged set again under {@code to}, which does not exist yet, file by file as links. Walked with
     * the attributes the walk already read, and every target known to be new: each extra look at a path is a
     * system call of its own, over thousands of folders of returned copies.
     */
    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectory(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Links.linkOrCopyNew(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a folder and all it holds; nothing to do when it is not there. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Each folder once its files are gone, as the walk leaves it: no list of every path to sort first.
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException failed) throws IOException {
                if (failed != null) {
                    throw failed;
                }
                Files.delete(folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
