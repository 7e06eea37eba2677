package vn.tonghop.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.SeedExampleSet;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** index.html as a browser shows it, on a desk screen and on a phone; its figures are those of facts.csv. */
class IndexPageInChromiumTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void theSummaryShowsTheConsolidatedRatesAtDeskAndPhoneSizes(@TempDir Path work) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), ".ci/run installs Debian's chromium");
        Path input = work.resolve("input");
        SeedExampleSet.write(input);
        Path out = work.resolve("output");
        assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", out.toString(), "--jobs",
                Path.of("jobs").toAbsolutePath().toString(), "--settle", "0")).isZero();
        Path page = out.resolve("latest/index.html");

        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            Path shot = work.resolve("index-" + size[0] + "x" + size[1] + ".png");
            chromium(work, "--window-size=" + size[0] + "," + size[1], "--screenshot=" + shot, page.toUri().toString());
            assertThat(pngSize(shot)).containsExactly(size[0], size[1]);
            Files.copy(shot, Path.of("target").resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        String dom = chromium(work, "--dump-dom", page.toUri().toString());

        Map<String, BigDecimal> available = new HashMap<>();
        Map<String, BigDecimal> disbursed = new HashMap<>();
        for (Map<String, String> f : CsvRows.read(out.resolve("latest/facts.csv"))) {
            String key = f.get("leaf").replaceAll("\\..*", "") + " " + f.get("year");
            Map<String, BigDecimal> target = f.get("measure").equals("available") ? available
                    : f.get("measure").equals("disbursed") ? disbursed : null;
            if (target != null) {
                target.merge(key, new BigDecimal(f.get("value")), BigDecimal::add);
            }
        }
        Matcher shown = Pattern.compile("data-rate=\"([^\"]+)\">([0-9,]+) %").matcher(dom);
        List<String> checked = new ArrayList<>();
        while (shown.find()) {
            BigDecimal expected = disbursed.get(shown.group(1)).multiply(BigDecimal.valueOf(100))
                    .divide(available.get(shown.group(1)), 2, RoundingMode.HALF_UP);
            assertThat(new BigDecimal(shown.group(2).replace(',', '.'))).as(shown.group(1)).isEqualByComparingTo(expected);
            checked.add(shown.group(1));
        }
        assertThat(checked).hasSize((int) available.values().stream().filter(v -> v.signum() > 0).count());
        assertThat(dom).contains("ROUNDING_DIFFERENCE").contains("files.csv").contains("Xã Mường So");
    }

    private static String chromium(Path work, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory(work, "chromium")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] stdout;
        try (InputStream in = p.getInputStream()) {
            stdout = in.readAllBytes();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(stdout, StandardCharsets.UTF_8);
    }

    private static List<Integer> pngSize(Path png) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(png))) {
            in.skipNBytes(16);
            return List.of(in.readInt(), in.readInt());
        }
    }
}
