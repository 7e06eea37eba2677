package vn.tonghop.bench;

import vn.tonghop.report.OutputPublisher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The nightly deployment of the README's "faster start": the jar extracted by Spring Boot's tools
 * and a class data sharing archive recorded by one training night. The benchmark times it beside
 * the plain jar; both read the same files.
 */
final class CdsLaunch {

    private CdsLaunch() {
    }

    /** Extracts the jar under {@code work/app}, records the archive on a night of its own, and returns how to start it. */
    static List<String> prepare(Path jar, Path work, String heap, List<String> jvm, Path input, Path jobs)
            throws IOException, InterruptedException {
        Path app = work.resolve("app");
        OutputPublisher.deleteTree(app);
        exec(work.resolve("extract.log"), List.of("java", "-Djarmode=tools", "-jar", jar.toString(), "extract",
                "--destination", app.toString()));
        Path extracted = app.resolve(jar.getFileName());
        Path archive = app.resolve("tonghop.jsa");
        Path training = work.resolve("training-output");
        OutputPublisher.deleteTree(training);
        List<String> train = new ArrayList<>(List.of("java", "-Xmx" + heap));
        train.addAll(jvm);
        train.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-jar", extracted.toString(), "run", "--input",
                input.toString(), "--output", training.toString(), "--jobs", jobs.toString(), "--settle", "0"));
        exec(work.resolve("training.log"), train);
        OutputPublisher.deleteTree(training);
        return List.of("-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString());
    }

    private static void exec(Path log, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue() + "; see " + log);
        }
    }
}
