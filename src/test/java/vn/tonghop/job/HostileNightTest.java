package vn.tonghop.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.HostileFiles;
import vn.tonghop.testdata.SeedExampleSet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** A night with -Xmx256m, a 1000:1 zip bomb and a 300 MB sheet among the district's files. */
class HostileNightTest {

    @Test
    void hostileFilesAreRefusedAndTheRestIsConsolidatedInA256MegabyteHeap(@TempDir Path work) throws Exception {
        Path input = work.resolve("input");
        SeedExampleSet.write(input);
        Path good = HostileFiles.good(work.resolve("good.xlsx"));
        Path bomb = HostileFiles.bomb(good, input.resolve("BanLang_bom.xlsx"), 100L << 20);
        Path huge = HostileFiles.bomb(good, input.resolve("NamXe_300MB.xlsx"), 300L << 20);
        try (ZipFile zip = new ZipFile(bomb.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            assertThat(sheet.getSize() / sheet.getCompressedSize()).as("inflate ratio").isGreaterThanOrEqualTo(1000);
        }

        Path log = work.resolve("run.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "vn.tonghop.TonghopApplication", "run",
                "--input", input.toString(), "--output", work.resolve("output").toString(), "--jobs",
                Path.of("jobs").toAbsolutePath().toString(), "--settle", "0"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long peakKb = 0;
        Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
        while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
            try {
                Matcher m = Pattern.compile("VmHWM:\\s+(\\d+) kB").matcher(Files.readString(status));
                if (m.find()) {
                    peakKb = Math.max(peakKb, Long.parseLong(m.group(1)));
                }
            } catch (IOException gone) {
                // the process has just ended
            }
        }
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();

        List<Map<String, String>> findings = CsvRows.read(work.resolve("output/latest/findings.csv"));
        assertThat(findings).filteredOn(f -> f.get("code").equals("FILE_HOSTILE")).extracting(f -> f.get("file"))
                .containsExactlyInAnyOrder("BanLang_bom.xlsx", "NamXe_300MB.xlsx");
        List<Map<String, String>> facts = CsvRows.read(work.resolve("output/latest/facts.csv"));
        assertThat(CsvRows.sum(facts.stream().filter(f -> f.get("measure").equals("allocated") && f.get("source").equals("NSTW"))
                .toList(), "value")).isEqualByComparingTo("383032");

        String appLog = Files.readString(work.resolve("output/logs/tonghop.log"), StandardCharsets.UTF_8);
        Matcher times = Pattern.compile("\\[(BanLang_bom|NamXe_300MB)\\.xlsx\\].*?(\\d+) ms").matcher(appLog);
        List<String> spent = new ArrayList<>();
        while (times.find()) {
            spent.add(times.group(1) + " " + times.group(2) + " ms");
        }
        System.out.printf("hostile night: peak RSS %d MB with -Xmx256m; %s; 300 MB entry file is %d KB on disk%n",
                peakKb / 1024, spent, Files.size(huge) / 1024);
        assertThat(spent).hasSize(2);
    }
}
