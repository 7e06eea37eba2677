package vn.tonghop.consolidate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.consolidate.ScheduleFigures.Slice;
import vn.tonghop.staging.Measure;
import vn.tonghop.testdata.ReorganisationNight;
import vn.tonghop.testdata.StagingDatabase;
import vn.tonghop.testdata.TestConfig;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleFiguresTest {

    @TempDir
    Path dir;
    private SingleConnectionDataSource ds;
    private JdbcTemplate jdbc;
    private final JobsConfig config = TestConfig.jobs();

    @BeforeEach
    void open() throws Exception {
        ds = StagingDatabase.in(dir);
        jdbc = new JdbcTemplate(ds);
    }

    @AfterEach
    void close() {
        ds.destroy();
    }

    /** A fact_figure row: carry-in, allocated, disbursed, returned and carry-out; available is carry-in plus allocated. */
    private void figure(String unit, String leaf, String fund, String source, int year, long carryIn, long allocated,
                        long disbursed, long returned, long carryOut) {
        jdbc.update("INSERT INTO fact_figure (unit_code, leaf, fund, source, year, file, sheet, carry_in, allocated, available,"
                + " disbursed, returned, carry_out) VALUES (?, ?, ?, ?, ?, 'f.xlsx', '2023', ?, ?, ?, ?, ?, ?)",
                unit, leaf, fund, source, year, carryIn, allocated, carryIn + allocated, disbursed, returned, carryOut);
    }

    private ScheduleFigures added() {
        new BasisLines(jdbc).write(config.catalogue(), BasisUnits.of(config, List.of(2024)));
        return ScheduleFigures.read(jdbc);
    }

    @Test
    void eachLineOfTheCapitalSchedulesIsAddedUpByTheQuery() {
        figure("03577", "DA2", "SN", "NSTW", 2023, 0, 500, 360, 0, 140);
        figure("03577", "DA2", "SN", "NSĐP", 2023, 0, 80, 0, 0, 80);
        figure("03577", "DA2", "SN", "KHAC", 2023, 0, 7, 0, 0, 7);
        figure("03577", "DA2", "ĐTPT", "NSTW", 2023, 0, 1000, 0, 0, 1000);
        figure("03589", "DA2", "SN", "NSTW", 2024, 140, 30, 100, 5, 65);
        figure("03589", "DA1.1", "ĐTPT", "NSTW", 2024, 0, 900, 800, 0, 100);
        // A project with sub-projects, reported at the project's own code: not a leaf, outside the schedules by project.
        figure("03589", "DA1", "ĐTPT", "NSTW", 2024, 0, 11, 0, 0, 11);
        ScheduleFigures figures = added();

        Slice unitSn = Slice.of().fund("SN").leaf("DA2").line("03577");
        assertThat(figures.get(unitSn.year(2023).source("NSTW"), Measure.AVAILABLE)).isEqualByComparingTo("500");
        assertThat(figures.get(unitSn.year(2023).source("NSĐP"), Measure.DISBURSED)).isEqualByComparingTo("0");
        assertThat(figures.get(unitSn.year(2024).source("NSTW"), Measure.DISBURSED)).as("no fact, a blank cell").isNull();
        assertThat(figures.get(unitSn.year(2023), Measure.CARRY_OUT)).as("every source").isEqualByComparingTo("227");
        assertThat(figures.get(unitSn, Measure.ALLOCATED)).as("every year and source").isEqualByComparingTo("587");

        assertThat(figures.get(Slice.ofCatalogue().leaf("DA2").year(2023), Measure.ALLOCATED)).isEqualByComparingTo("1587");
        assertThat(figures.get(Slice.ofCatalogue().project("DA1").year(2024), Measure.ALLOCATED))
                .as("the sub-projects, not the project's own code").isEqualByComparingTo("900");
        assertThat(figures.get(Slice.ofCatalogue().year(2024), Measure.DISBURSED)).isEqualByComparingTo("900");
        assertThat(figures.get(Slice.ofCatalogue().fund("SN").year(2024).source("NSTW"), Measure.RETURNED)).isEqualByComparingTo("5");
        assertThat(figures.get(Slice.ofCatalogue().fund("ĐTPT").project("DA1"), Measure.ALLOCATED)).isEqualByComparingTo("900");

        assertThat(figures.get(Slice.of().line("03589").year(2024), Measure.AVAILABLE)).as("by unit, every fact")
                .isEqualByComparingTo("1081");
        assertThat(figures.get(Slice.of().project("DA1").year(2024), Measure.ALLOCATED)).as("as the index draws it")
                .isEqualByComparingTo("911");
        assertThatThrownBy(() -> figures.get(Slice.of().leaf("DA2").year(2023), Measure.ALLOCATED))
                .as("a slice the query does not add up fails, not reads as blank")
                .hasMessageContaining("allocated by (leaf, year) is not added up");
    }

    @Test
    void aFigureIsAddedIntoTheLineOfTheBasisDate() throws Exception {
        JobsConfig dated = JobsConfig.load(ReorganisationNight.writeJobs(dir.resolve("jobs")));
        figure("03550", "DA2", "SN", "NSTW", 2024, 0, 100, 50, 0, 50);
        figure("03562", "DA2", "SN", "NSTW", 2024, 0, 40, 40, 0, 0);
        figure("03562", "DA2", "SN", "NSTW", 2025, 0, 7, 0, 0, 7);
        new BasisLines(jdbc).write(dated.catalogue(), new BasisUnits(dated.units(), dated.successions(), LocalDate.of(2025, 7, 1)));
        ScheduleFigures figures = ScheduleFigures.read(jdbc);

        assertThat(figures.get(Slice.of().line("03562").year(2024), Measure.ALLOCATED)).as("Sì Lở Lầu and Vàng Ma Chải")
                .isEqualByComparingTo("140");
        assertThat(figures.get(Slice.of().line("03562").year(2025), Measure.ALLOCATED)).isEqualByComparingTo("7");
        assertThat(figures.get(Slice.of().line("03550").year(2024), Measure.ALLOCATED)).isNull();
    }
}
