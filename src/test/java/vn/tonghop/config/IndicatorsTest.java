package vn.tonghop.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tonghop.testdata.TestConfig;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorsTest {

    @ParameterizedTest
    @CsvSource(value = {
        "CT08|anything|CT08", "ct 8|anything|CT08", "|Số hộ nghèo|CT01", "|1. Số hộ nghèo cuối năm|CT01",
        "|Tỷ lệ hộ nghèo (%)|CT04", "|Tỷ lệ hộ cận nghèo|CT05", "|SỐ HỘ CẬN NGHÈO|CT02",
        "|Số lao động được đào tạo nghề|CT09", "|Tỷ lệ lao động qua đào tạo nghề|CT10", "|Hộ nghèo|null",
        "|Tỉ lệ hộ nghèo|CT04", "|Tỉ lệ hộ cận nghèo (%)|CT05",
        "|Số con gà|null"}, delimiter = '|', nullValues = "null")
    void matchesAnIndicatorByCodeOrByName(String code, String label, String expected) {
        assertThat(TestConfig.jobs().indicators().match(code, label).map(Indicators.Indicator::code).orElse(null))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"CT04,RATIO,CT01,CT03", "CT07,NONE,,", "CT01,SUM,,"})
    void theCatalogueSaysHowEachIndicatorAggregates(String code, String aggregation, String numerator, String denominator) {
        Indicators.Indicator i = TestConfig.jobs().indicators().find(code).orElseThrow();
        assertThat(i.aggregation().name()).isEqualTo(aggregation);
        assertThat(i.numerator()).isEqualTo(numerator);
        assertThat(i.denominator()).isEqualTo(denominator);
    }
}
