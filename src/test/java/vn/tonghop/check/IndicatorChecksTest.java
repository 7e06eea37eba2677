package vn.tonghop.check;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.finding.Severity;
import vn.tonghop.testdata.TestConfig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorChecksTest {

    private static StagedIndicator value(String unit, String indicator, int year, String plan, String actual, String rate) {
        return new StagedIndicator(unit, unit + ".xlsx", "Chỉ tiêu", 8, indicator, year, dec(plan), dec(actual), dec(rate),
                rate == null ? 0 : Math.max(0, new BigDecimal(rate).scale()), "D8", "E8", "F8");
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static IndicatorInput input(List<StagedIndicator> values, List<StagedCumulative> totals) {
        return new IndicatorInput(TestConfig.jobs(), values, totals);
    }

    @Test
    void achievementRatesAreCheckedAgainstActualOverPlan() {
        List<Finding> found = new AchievementCheck().check(input(List.of(
                value("109-LDTBXH", "CT08", 2021, "1000", "1322", "1132.2"),
                value("109-LDTBXH", "CT08", 2024, "1230", "11230", "100"),
                value("109-LDTBXH", "CT10", 2022, "48", "48.8", "101.7"),
                value("109-LDTBXH", "CT09", 2023, "1200", "1260", "105"),
                value("109-LDTBXH", "CT09", 2024, "0", "5", "100")), List.of()));
        assertThat(found).extracting(Finding::year, Finding::expected, Finding::actual, Finding::cell)
                .containsExactly(Tuple.tuple(2021, "132.2", "1132.2", "F8"),
                        Tuple.tuple(2024, "913.01", "100", "F8"));
        assertThat(found.get(0).message()).contains("1.322").contains("132,2%");
    }

    @Test
    void aCumulativeOfASumIndicatorIsTheSumOfItsYears() {
        List<StagedIndicator> years = List.of(value("u", "CT08", 2021, null, "1322", null),
                value("u", "CT08", 2022, null, "1286", null), value("u", "CT08", 2023, null, "2032", null),
                value("u", "CT08", 2024, null, "11230", null), value("u", "CT08", 2025, null, "9999", null));
        StagedCumulative typed = new StagedCumulative("u", "u.xlsx", "Chỉ tiêu", 8, "CT08", new BigDecimal("5870"), "Q8", 2021, 2024);
        assertThat(new CumulativeCheck().check(input(years, List.of(typed)))).singleElement()
                .satisfies(f -> assertThat(f.expected() + "|" + f.actual()).isEqualTo("15870|5870"));
        StagedCumulative right = new StagedCumulative("u", "u.xlsx", "Chỉ tiêu", 8, "CT08", new BigDecimal("15870"), "Q8", 2021, 2024);
        assertThat(new CumulativeCheck().check(input(years, List.of(right)))).isEmpty();
        StagedCumulative ofARate = new StagedCumulative("u", "u.xlsx", "Chỉ tiêu", 8, "CT10", new BigDecimal("1"), "Q8", 2021, 2024);
        assertThat(new CumulativeCheck().check(input(List.of(value("u", "CT10", 2021, null, "48", null)), List.of(ofARate)))).isEmpty();
    }

    @Test
    void aPercentageOutsideItsRangeIsAnError() {
        List<Finding> found = new RangeCheck().check(input(List.of(value("03589", "CT04", 2023, "30", "130", null),
                value("03589", "CT04", 2024, "30", "29.5", null), value("03589", "CT01", 2024, null, "400", null)), List.of()));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.RATE_OUT_OF_RANGE);
            assertThat(f.cell()).isEqualTo("E8");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void anExtraDigitStandsOutAgainstTheUnitsOtherYears() {
        List<Finding> found = new OutlierCheck().check(input(List.of(value("u", "CT08", 2021, "1000", "1322", null),
                value("u", "CT08", 2022, "1000", "1286", null), value("u", "CT08", 2023, "1070", "2032", null),
                value("u", "CT08", 2024, "1230", "11230", null)), List.of()));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.year()).isEqualTo(2024);
            assertThat(f.cell()).isEqualTo("E8");
            assertThat(f.actual()).isEqualTo("11230");
        });
    }

    /** Seeded communes of like sizes (300–499 households in poverty): none stands out until one gets an extra digit. */
    static Stream<Long> seeds() {
        return LongStream.of(1, 2, 3, 4, 5, 6, 7, 8).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anExtraDigitStandsOutAgainstTheOtherUnitsOfTheYear(long seed) {
        Random random = new Random(seed);
        List<StagedIndicator> values = new ArrayList<>();
        IntStream.range(0, 17).forEach(i -> values.add(value("c" + i, "CT01", 2023, null, String.valueOf(300 + random.nextInt(200)), null)));
        assertThat(new OutlierCheck().check(input(values, List.of()))).isEmpty();
        StagedIndicator slip = values.get(5);
        values.set(5, value("c5", "CT01", 2023, null, slip.actual().multiply(BigDecimal.TEN).toPlainString(), null));
        assertThat(new OutlierCheck().check(input(values, List.of()))).singleElement()
                .satisfies(f -> assertThat(f.unitCode()).isEqualTo("c5"));
    }
}
