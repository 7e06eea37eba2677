package vn.tonghop.bench;

import vn.tonghop.report.OutputPublisher;
import vn.tonghop.testdata.CapitalForm;
import vn.tonghop.testdata.CapitalWorkbookBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * One commune's Biểu 01/VỐN whose sub-project lists 200,000 works line by line, run through the
 * packaged jar under a small heap: the night must finish and stage every line.
 * {@code mvn -B -Pbig-sheet package -DskipTests} (see README).
 */
public final class BigSheet {

    private BigSheet() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(Benchmark.arg(args, "--rows", "200000"));
        String heap = Benchmark.arg(args, "--heap", "256m");
        Path work = Path.of(Benchmark.arg(args, "--work", "target/big-sheet")).toAbsolutePath();
        Path jar = Path.of(Benchmark.arg(args, "--jar", "target/tonghop.jar")).toAbsolutePath();
        Path jobs = Path.of(Benchmark.arg(args, "--jobs", "jobs")).toAbsolutePath();
        Path file = work.resolve("input").resolve("MuongSo_2023_" + rows + "_dong.xlsx");
        if (!Files.exists(file)) {
            CapitalForm form = new CapitalForm("UBND XÃ MƯỜNG SO", 2023);
            form.total();
            form.project("I", "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng", "DA3");
            form.leaf("1", "Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp", "DA3.1").fund("SN", "NSTW");
            for (int i = 0; i < rows; i++) {
                form.detail("Hỗ trợ hộ số " + (i + 1)).money(0, 2, 1);
            }
            long t = System.nanoTime();
            new CapitalWorkbookBuilder().write(file, List.of(form));
            System.out.printf(Locale.ROOT, "wrote %s (%d bytes) in %.1f s%n", file, Files.size(file), (System.nanoTime() - t) / 1e9);
        }
        // The sheet's XML unzips to about 78 MB, over the 50 MB a district's limits.properties allows for
        // one part; an office that receives such lists raises the limit, as this copy of jobs/ does.
        Path ownJobs = work.resolve("jobs");
        OutputPublisher.deleteTree(ownJobs);
        Files.createDirectories(ownJobs);
        try (var files = Files.list(jobs)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, ownJobs.resolve(f.getFileName()));
            }
        }
        Files.writeString(ownJobs.resolve("limits.properties"), "\nmax.entry.bytes=268435456\n",
                StandardOpenOption.APPEND);
        Path output = work.resolve("output");
        OutputPublisher.deleteTree(output);
        Benchmark.Timed run = Benchmark.run(List.of("-jar", jar.toString()), heap, List.of(), work.resolve("input"), output, ownJobs);
        System.out.printf(Locale.ROOT, "%n%d rows in one sheet, -Xmx%s: job %.2f s, process %.2f s, peak RSS %d MB%n",
                rows, heap, run.jobSeconds(), run.seconds(), run.peakRssKb() / 1024);
    }
}
