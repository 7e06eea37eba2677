package vn.tonghop.testdata;

import vn.tonghop.TonghopApplication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One night in this process, on the repository's jobs/, every file taken at once (--settle 0). */
public final class Nights {

    public static final String JOBS = Path.of("jobs").toAbsolutePath().toString();

    private Nights() {
    }

    /** The arguments of {@code run} for these folders, then the extra ones. */
    public static List<String> args(Path input, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", out.toString(),
                "--jobs", JOBS, "--settle", "0"));
        args.addAll(List.of(extra));
        return args;
    }

    public static int run(Path input, Path out, String... extra) {
        return TonghopApplication.run(args(input, out, extra).toArray(String[]::new));
    }
}
