package vn.tonghop.config;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.ReorganisationNight;
import vn.tonghop.testdata.TestConfig;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** jobs/units.csv is refused, naming the file and line, when a file would otherwise go to the wrong unit. */
class UnitsTest {

    private static Path units(Path dir, String... extraLines) throws Exception {
        Path jobs = TestConfig.copyOfJobs(dir.resolve("jobs"));
        Path file = jobs.resolve("units.csv");
        Files.writeString(file, String.join("\n", extraLines) + "\n", StandardOpenOption.APPEND);
        return file;
    }

    @Test
    void aCodeListedTwiceIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = units(dir, "03589,Xã Mường So mới,commune,109,,01/VỐN 2023-2024");
        int line = Files.readAllLines(file).size();
        assertThatThrownBy(() -> Units.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("units.csv line " + line + ": code 03589 is listed again");
    }

    @Test
    void anAliasThatNamesTwoUnitsIsRefused(@TempDir Path dir) throws Exception {
        Path file = units(dir, "03999,Xã Mới,commune,109,XÃ MƯỜNG SO,01/VỐN 2023-2024");
        assertThatThrownBy(() -> Units.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("the name or alias 'XÃ MƯỜNG SO' of unit 03999 also names unit 03589");
    }

    @Test
    void aRowWithAColumnTooFewIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = units(dir, "03999,Xã Mới,commune,109,01/VỐN 2023-2024");
        int line = Files.readAllLines(file).size();
        assertThatThrownBy(() -> Units.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("units.csv line " + line + ": 5 columns where the header has 6");
    }

    /** Every CSV under jobs/ is read the same way. */
    @Test
    void aCatalogueRowWithAColumnTooManyIsRefused(@TempDir Path dir) throws Exception {
        Path jobs = TestConfig.copyOfJobs(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("catalogue.csv"), "DA9,,Dự án 9,Dự án 9,extra\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> JobsConfig.load(jobs)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("catalogue.csv line ");
    }

    /** After the 2025 reorganisation a code and a name mean another unit from a date: periods apart are allowed. */
    @Test
    void theSpecsDatedUnitsLoad() {
        Path spec = Path.of("../shared/spec/units-phong-tho.csv");
        Assumptions.assumeTrue(Files.isRegularFile(spec), "the shared spec is beside the project");
        Units units = Units.load(spec);
        assertThat(units.all()).extracting(Unit::code).contains("03562", "03550");
    }

    @Test
    void theNightExitsTwoWithOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = units(dir, "03589,Xã Mường So mới,commune,109,,01/VỐN 2023-2024");
        assertThat(runRefused(dir, file.getParent())).doesNotContain("\n")
                .startsWith("tonghop: ").contains("units.csv line ").contains("03589");
    }

    /** jobs/reorganisation-2025: 03562 is Vàng Ma Chải until 30/6/2025 and the new Sì Lở Lầu after. */
    @Test
    void aCodeOfTwoUnitsNamesTheOneOfTheYear(@TempDir Path dir) throws Exception {
        JobsConfig config = JobsConfig.load(ReorganisationNight.writeJobs(dir.resolve("jobs")));
        assertThat(config.units().nameOf("03562", 2024)).isEqualTo("Xã Vàng Ma Chải");
        assertThat(config.units().nameOf("03562", 2025)).isEqualTo("Xã Sì Lở Lầu");
        assertThat(config.units().inForce("03550", LocalDate.of(2025, 7, 1))).isEmpty();
        assertThat(config.successions().all()).hasSize(19);
        assertThat(config.units().dated()).isTrue();
        assertThat(TestConfig.jobs().units().dated()).isFalse();
        assertThat(TestConfig.jobs().successions().all()).as("no successions.csv: none").isEmpty();
    }

    @Test
    void overlappingPeriodsOfOneCodeAreRefused(@TempDir Path dir) throws Exception {
        Path jobs = ReorganisationNight.writeJobs(dir.resolve("jobs"));
        Path file = jobs.resolve("units.csv");
        Files.writeString(file, "03562,Xã Tạm,commune,12,,,2025-06-01,2025-06-30\n", StandardOpenOption.APPEND);
        int line = Files.readAllLines(file).size();
        assertThatThrownBy(() -> Units.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("units.csv line " + line + ": code 03562 is listed again with a period that overlaps");
    }

    @Test
    void aSuccessionWhoseOldUnitHadEndedIsRefusedWithExitTwo(@TempDir Path dir) throws Exception {
        Path jobs = ReorganisationNight.writeJobs(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("successions.csv"), "03550,03562,2025-08-01,sai ngày\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> JobsConfig.load(jobs)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("successions.csv line 21: unit 03550 is not in force on 2025-07-31");
        assertThat(runRefused(dir, jobs)).doesNotContain("\n").contains("successions.csv line 21");
    }

    /** A night on these jobs/, which must exit 2; what it printed on stderr. */
    private static String runRefused(Path dir, Path jobs) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = TonghopApplication.run("run", "--input", dir.resolve("input").toString(), "--output",
                    dir.resolve("output").toString(), "--jobs", jobs.toString(), "--settle", "0");
        } finally {
            System.setErr(err);
        }
        assertThat(code).isEqualTo(2);
        return captured.toString(StandardCharsets.UTF_8).strip();
    }
}
