package vn.tonghop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an analyst would do instead: every .xlsx read whole by pandas.read_excel (openpyxl), one file
 * after another in one Python process. The .xls files are left out: Debian 12's pandas wants an xlrd
 * newer than the one it ships. Skipped, with the reason, where no python3 imports pandas and
 * openpyxl (Debian: python3-pandas python3-openpyxl).
 */
final class PandasPeer {

    /** Files read, sheet rows seen and seconds taken. */
    record Result(int files, long rows, double seconds) {
    }

    private static final String SCRIPT = String.join("\n",
            "import sys, time",
            "import pandas as pd",
            "files = [line.rstrip('\\n') for line in open(sys.argv[1], encoding='utf-8')]",
            "started = time.perf_counter()",
            "rows = 0",
            "for f in files:",
            "    for frame in pd.read_excel(f, sheet_name=None, header=None).values():",
            "        rows += len(frame)",
            "print(len(files), rows, time.perf_counter() - started)",
            "");

    private PandasPeer() {
    }

    static Optional<Result> time(List<Path> files, Path work) throws IOException, InterruptedException {
        Path script = work.resolve("pandas_peer.py");
        Path list = work.resolve("pandas_files.txt");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        Files.write(list, files.stream().filter(f -> f.toString().endsWith(".xlsx")).map(Path::toString).toList(),
                StandardCharsets.UTF_8);
        Path log = work.resolve("pandas.log");
        Optional<String> python = python(log);
        if (python.isEmpty()) {
            System.out.println("pandas peer skipped: no python3 here imports pandas and openpyxl");
            return Optional.empty();
        }
        Process p = new ProcessBuilder(python.get(), script.toString(), list.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        List<String> lines = Files.readAllLines(log);
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        if (exit != 0 || !last.matches("\\d+ \\d+ [0-9.]+")) {
            System.out.println("pandas peer skipped: " + (lines.isEmpty() ? "exit " + exit : last));
            return Optional.empty();
        }
        String[] parts = last.split(" ");
        return Optional.of(new Result(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), Double.parseDouble(parts[2])));
    }

    /** The first python3 that has both libraries: a pyenv or venv one on PATH may not, Debian's may. */
    private static Optional<String> python(Path log) throws IOException, InterruptedException {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process check = new ProcessBuilder(candidate, "-c", "import pandas, openpyxl").redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                if (check.waitFor() == 0) {
                    return Optional.of(candidate);
                }
            } catch (IOException e) {
                // Not installed under that name: try the next.
            }
        }
        return Optional.empty();
    }
}
