package vn.tonghop.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.report.OutputPublisher;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.Nights;
import vn.tonghop.testdata.OutputSnapshot;
import vn.tonghop.testdata.SeedExampleSet;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staging database is a cache of the archive: a night that finds it damaged sets it aside, makes it again
 * from the archive's copies and journal, and writes what a night on the undamaged database would have, even
 * for files no longer in the input folder.
 */
class DamagedDatabaseTest {

    @Test
    void aDamagedDatabaseIsSetAsideAndMadeAgainFromTheArchive(@TempDir Path work) throws Exception {
        Path input = work.resolve("input");
        Path out = firstNight(work);
        Map<String, String> first = OutputSnapshot.of(out.resolve("latest"));
        // A clerk's file taken on the first night is gone from the share since.
        Files.delete(input.resolve("xa/MuongSo_2023-2024.xlsx"));
        Path script = out.resolve("db/tonghop.script");
        byte[] whole = Files.readAllBytes(script);
        Files.write(script, Arrays.copyOf(whole, whole.length / 2));

        String console = console("run", "--input", input.toString(), "--output", out.toString(), "--jobs", Nights.JOBS,
                "--settle", "0");

        assertThat(console).contains("could not be opened", "is made again from", "25 file(s) received before were read"
                + " again from the archive").doesNotContain("Exception");
        try (var aside = Files.list(out)) {
            assertThat(aside.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("db.damaged-"));
        }
        assertThat(OutputSnapshot.of(out.resolve("latest"))).isEqualTo(first);

        String rebuilt = console("rebuild", "--input", input.toString(), "--output", out.toString(), "--jobs", Nights.JOBS,
                "--settle", "0");
        assertThat(rebuilt).contains("was set aside", "25 file(s) received before");
        assertThat(OutputSnapshot.of(out.resolve("latest"))).isEqualTo(first);
    }

    /** An archive kept before the journal: names and arrival times are lost, not a figure. */
    @Test
    void anArchiveWithoutAJournalStillGivesBackEveryFigure(@TempDir Path work) throws Exception {
        Path input = work.resolve("input");
        Path out = firstNight(work);
        List<Map<String, String>> first = CsvRows.read(out.resolve("latest/facts.csv"));
        OutputPublisher.deleteTree(out.resolve("archive/journal"));
        OutputPublisher.deleteTree(input.resolve("xa"));
        Files.write(out.resolve("db/tonghop.script"), new byte[] {'/', '*'});

        String console = console("run", "--input", input.toString(), "--output", out.toString(), "--jobs", Nights.JOBS,
                "--settle", "0");

        assertThat(console).contains("25 file(s) received before were read again from the archive; 25 of them were"
                + " received before the archive kept a journal");
        List<Map<String, String>> after = CsvRows.read(out.resolve("latest/facts.csv"));
        assertThat(after).hasSameSizeAs(first);
        assertThat(total(after)).isEqualByComparingTo(total(first));
        assertThat(after.stream().map(f -> f.get("unit_code")).distinct().count())
                .isEqualTo(first.stream().map(f -> f.get("unit_code")).distinct().count());
    }

    /** A database that never received a file has no archive: rebuilding it stages nothing and the night goes on. */
    @Test
    void rebuildingWhatNeverReceivedAFileIsAnEmptyNight(@TempDir Path work) throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        Path out = work.resolve("output");
        assertThat(Nights.run(input, out)).isZero();
        assertThat(out.resolve("archive")).doesNotExist();

        String console = console("rebuild", "--input", input.toString(), "--output", out.toString(), "--jobs", Nights.JOBS,
                "--settle", "0");

        assertThat(console).contains("was set aside", "0 file(s) received before were read again from the archive");
    }

    /** The example set in work/input, taken by a night into work/output, which is returned. */
    private static Path firstNight(Path work) throws Exception {
        SeedExampleSet.write(work.resolve("input"));
        Path out = work.resolve("output");
        assertThat(Nights.run(work.resolve("input"), out)).isZero();
        return out;
    }

    private static BigDecimal total(List<Map<String, String>> facts) {
        return facts.stream().map(f -> new BigDecimal(f.get("value"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String console(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(TonghopApplication.run(args)).isZero();
        } finally {
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
