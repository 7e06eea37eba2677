package vn.tonghop.consolidate;

import org.junit.jupiter.api.Test;
import vn.tonghop.testdata.TestConfig;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorConsolidationTest {

    private static IndicatorFact fact(String unit, String indicator, String actual) {
        return new IndicatorFact(unit, indicator, 2023, null, new BigDecimal(actual), "f.xlsx", "Chỉ tiêu", "E8");
    }

    private static BigDecimal district(List<IndicatorFact> district, String indicator) {
        return district.stream().filter(f -> f.indicator().equals(indicator)).map(IndicatorFact::actual).findFirst().orElse(null);
    }

    @Test
    void ratioIsSumOverSumAndSumLeavesOutUnitsThatDoNotReportIt() {
        // A small commune at 50 % and a large one at 10 %: the mean of rates is 30 %, the district 13.6364 %.
        List<IndicatorFact> district = IndicatorConsolidation.district(TestConfig.jobs(), List.of(
                fact("03589", "CT01", "100"), fact("03589", "CT03", "200"),
                fact("03586", "CT01", "200"), fact("03586", "CT03", "2000"),
                fact("03577", "CT01", "999"),
                fact("03589", "CT04", "50"), fact("03586", "CT04", "10"),
                fact("109-LDTBXH", "CT01", "5000")));
        assertThat(district(district, "CT04")).isEqualByComparingTo("13.6364");
        assertThat(district(district, "CT01")).as("communes only").isEqualByComparingTo("1299");
        assertThat(district).allMatch(f -> f.unitCode().equals("109"));
    }

    @Test
    void noneTakesTheDesignatedUnitOnly() {
        List<IndicatorFact> district = IndicatorConsolidation.district(TestConfig.jobs(), List.of(
                fact("109-LDTBXH", "CT10", "48.8"), fact("03589", "CT10", "70")));
        assertThat(district(district, "CT10")).isEqualByComparingTo("48.8");
        assertThat(district).singleElement().satisfies(f -> assertThat(f.cell()).isEqualTo("E8"));
    }
}
