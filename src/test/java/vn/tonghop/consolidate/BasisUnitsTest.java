package vn.tonghop.consolidate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.TonghopApplication;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.testdata.BusyNightSet;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.ReorganisationNight;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conservation: a busy night's figures, with 2025 reports of new units and the resolution cases, carried to the
 * units of any basis date add up to the same scope totals, and every line they are carried into is listed.
 */
class BasisUnitsTest {

    @TempDir
    static Path work;
    static JobsConfig config;
    static List<Fact> facts;
    static List<IndicatorFact> indicators;

    @BeforeAll
    static void aBusyNightAcrossTheReorganisation() throws Exception {
        Path input = work.resolve("input");
        BusyNightSet.write(input);
        ReorganisationNight.write2025(input);
        ReorganisationNight.writeResolutionCases(input);
        Path jobs = ReorganisationNight.writeJobs(work.resolve("jobs"));
        config = JobsConfig.load(jobs);
        Path out = work.resolve("output");
        assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", out.toString(), "--jobs",
                jobs.toString(), "--settle", "0")).isZero();
        facts = CsvRows.read(out.resolve("latest/facts.csv")).stream().map(r -> new Fact(r.get("unit_code"), r.get("leaf"),
                r.get("fund"), r.get("source"), Integer.parseInt(r.get("year")), r.get("measure"), new BigDecimal(r.get("value")),
                r.get("file"), r.get("sheet"), r.get("cell"))).toList();
        indicators = CsvRows.read(out.resolve("latest/indicators.csv")).stream()
                .filter(r -> !r.get("unit_code").equals(config.units().district().code()) && !r.get("actual").isEmpty())
                .map(r -> new IndicatorFact(r.get("unit_code"), r.get("indicator"), Integer.parseInt(r.get("year")), null,
                        new BigDecimal(r.get("actual")), null, null, null)).toList();
        assertThat(facts).extracting(Fact::year).contains(2023, 2024, 2025);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void everyAdditiveFigureKeepsItsScopeTotalAtAnyBasisDate(long seed) {
        Random random = new Random(seed);
        LocalDate day = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(6 * 365));
        BasisUnits basis = new BasisUnits(config.units(), config.successions(), day);
        List<Fact> carried = basis.carried(facts);
        assertThat(totals(carried)).as("basis %s", day).isEqualTo(totals(facts));
        Set<String> lines = carried.stream().map(Fact::unitCode).collect(Collectors.toSet());
        assertThat(basis.lines(u -> true, lines)).as("every line a figure went to is listed").containsAll(lines);
        List<IndicatorFact> carriedIndicators = basis.carriedIndicators(indicators, code -> true);
        assertThat(indicatorTotals(carriedIndicators)).isEqualTo(indicatorTotals(indicators));
        // After the reorganisation no figure is left on a unit that ended, where a successor took it in.
        if (!day.isBefore(LocalDate.of(2025, 7, 1))) {
            assertThat(lines).doesNotContain("03550", "03553", "03589").contains("03562", "03549");
        }
    }

    private static Map<String, BigDecimal> totals(List<Fact> facts) {
        Map<String, BigDecimal> totals = new HashMap<>();
        facts.forEach(f -> totals.merge(f.year() + "|" + f.leaf() + "|" + f.fund() + "|" + f.source() + "|" + f.measure(),
                f.value(), BigDecimal::add));
        return totals;
    }

    private static Map<String, BigDecimal> indicatorTotals(List<IndicatorFact> facts) {
        Map<String, BigDecimal> totals = new HashMap<>();
        facts.forEach(f -> totals.merge(f.year() + "|" + f.indicator(), f.actual(), BigDecimal::add));
        return totals;
    }
}
