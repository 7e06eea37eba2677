package vn.tonghop.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Makes a run's set visible: written to a temporary folder, kept as runs/&lt;run-id&gt;/, then swapped in
 * as latest/ by renames, so latest/ is always one complete set.
 */
public final class OutputPublisher {

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
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Links.linkOrCopy(p, target);
                }
            }
        }
    }

    /** Deletes a folder and all it holds; nothing to do when it is not there. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
