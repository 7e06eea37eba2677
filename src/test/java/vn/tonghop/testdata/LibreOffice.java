package vn.tonghop.testdata;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** A file opened the way a user's spreadsheet program opens it: headless LibreOffice, which .ci/run installs. */
public final class LibreOffice {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private LibreOffice() {
    }

    /** Skips the calling test where LibreOffice is not installed. */
    public static void assumeInstalled() {
        assumeThat(Files.isExecutable(SOFFICE)).as(".ci/run installs libreoffice-calc-nogui").isTrue();
    }

    /** Whether a command is on the PATH (pdftotext, from poppler-utils, which .ci/run installs beside LibreOffice). */
    public static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }

    /**
     * Converts {@code file} with a filter ("pdf", "fods", "csv:…") into {@code out}; its own profile and
     * log go next to {@code out}. Returns the log, for a test to show when the file it expects is missing.
     */
    public static String convert(Path file, String filter, Path out) throws IOException, InterruptedException {
        return convert(List.of(file), filter, out);
    }

    /** Several files in one start of LibreOffice, which takes seconds on its own. */
    public static String convert(List<Path> files, String filter, Path out) throws IOException, InterruptedException {
        Path log = out.resolveSibling(out.getFileName() + ".log");
        List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "--headless",
                "-env:UserInstallation=file://" + out.resolveSibling(out.getFileName() + "-profile"),
                "--convert-to", filter, "--outdir", out.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return Files.readString(log);
    }
}
