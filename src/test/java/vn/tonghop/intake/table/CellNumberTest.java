package vn.tonghop.intake.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.excel.CellValue;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CellNumberTest {

    @ParameterizedTest
    @CsvSource({
        "'1.250.000', 1250000, 0",
        "'1.250', 1250, 0",
        "'64,76', 64.76, 2",
        "'64,76%', 64.76, 2",
        "'76,92 %', 76.92, 2",
        "'81,80', 81.80, 2",
        "'1.250.000,5', 1250000.5, 1",
        "'-1.250', -1250, 0",
        "'(500)', -500, 0",
        "'640.000.000 đ', 640000000, 0",
        "'1.250.000đ', 1250000, 0",
        "'1.250.000 VNĐ', 1250000, 0",
        "'35.000.000 đồng', 35000000, 0",
        "'1\u00A0250\u00A0000', 1250000, 0",
        "'1\u202F250\u202F000', 1250000, 0",
        "'\u20071.250\u2009', 1250, 0",
        "'0', 0, 0"})
    void readsTheVietnameseConvention(String text, String value, int scale) {
        CellNumber n = CellNumber.ofText(text, NumberConvention.VIETNAMESE);
        assertThat(n.status()).isEqualTo(CellNumber.Status.NUMBER);
        assertThat(n.value()).isEqualByComparingTo(value);
        assertThat(n.typedScale()).isEqualTo(scale);
    }

    @ParameterizedTest
    @CsvSource({"'1,250.00', 1250.00", "'1,250,000', 1250000", "'0.5', 0.5", "'12.3456', 12.3456"})
    void readsTheEnglishConvention(String text, String value) {
        assertThat(CellNumber.ofText(text, NumberConvention.ENGLISH).value()).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "x", "X", "", "  ", "--"})
    void dashesAndCrossesAreNoFigure(String text) {
        assertThat(CellNumber.ofText(text, NumberConvention.VIETNAMESE).status()).isEqualTo(CellNumber.Status.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12a", "1.2.3,4", "abc", "1,2,3.4.5", "đ", "12 tỷ"})
    void textThatIsNoNumberInEitherConventionIsNotANumber(String text) {
        assertThat(CellNumber.ofText(text, NumberConvention.VIETNAMESE).status()).isEqualTo(CellNumber.Status.NOT_A_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?"})
    void formulaErrorsTypedOrCachedAreFormulaErrors(String text) {
        assertThat(CellNumber.ofText(text, NumberConvention.VIETNAMESE).status()).isEqualTo(CellNumber.Status.FORMULA_ERROR);
        CellValue error = new CellValue(0, 0, CellValue.Kind.ERROR, text, null, "General", "Arial");
        assertThat(CellNumber.of(error, NumberConvention.VIETNAMESE, false).status()).isEqualTo(CellNumber.Status.FORMULA_ERROR);
    }

    @Test
    void aPercentFormattedFractionInARateColumnIsScaledToPercent() {
        CellValue cell = new CellValue(0, 0, CellValue.Kind.NUMBER, null, new BigDecimal("0.8112"), "0.00%", "Arial");
        assertThat(CellNumber.of(cell, NumberConvention.VIETNAMESE, true).value()).isEqualByComparingTo("81.12");
        assertThat(CellNumber.of(cell, NumberConvention.VIETNAMESE, false).value()).isEqualByComparingTo("0.8112");
    }

    @ParameterizedTest
    @CsvSource({"'1.250', AMBIGUOUS", "'1.250.000', VIETNAMESE_ONLY", "'64,76', VIETNAMESE_ONLY", "'1,250.00', ENGLISH_ONLY",
        "'0.5', ENGLISH_ONLY", "'100', NONE"})
    void evidenceTellsWhichConventionATextNumberShows(String text, NumberConvention.Evidence evidence) {
        assertThat(NumberConvention.evidence(text)).isEqualTo(evidence);
    }
}
