package vn.tonghop.intake.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyUnitTest {

    @ParameterizedTest
    @CsvSource({"'Triệu đồng', TRIEU_DONG", "'triệu đồng', TRIEU_DONG", "'Tr.đ', TRIEU_DONG", "'Đồng', DONG",
        "'đồng', DONG", "'VNĐ', DONG", "'Nghìn đồng', NGHIN_DONG", "'ngàn đồng', NGHIN_DONG", "'1.000 đồng', NGHIN_DONG"})
    void recognisesTheMoneyUnitsClerksWrite(String text, MoneyUnit unit) {
        assertThat(MoneyUnit.parse(text)).contains(unit);
    }

    /** The ways of writing a unit that were read as another unit, or as none (so triệu đồng), before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.000.000 đồng     | TRIEU_DONG
            1.000.000đ         | TRIEU_DONG
            1000000 đồng       | TRIEU_DONG
            1.000đ             | NGHIN_DONG
            1000đ              | NGHIN_DONG
            1 000 VNĐ          | NGHIN_DONG
            Tỉ đồng            | TY_DONG
            tỷ                 | TY_DONG
            1.000.000.000 đồng | TY_DONG
            đ                  | DONG
            đồng, tỷ lệ: %     | DONG
            triệu đ            | TRIEU_DONG
            Triệu VNĐ          | TRIEU_DONG
            ngàn đ             | NGHIN_DONG
            """)
    void recognisesAMultipleOfTheDongAndOtherSpellings(String text, MoneyUnit unit) {
        assertThat(MoneyUnit.parse(text)).contains(unit);
        assertThat(MoneyUnit.only(text.replace(", tỷ lệ: %", ""))).contains(unit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tỷ lệ %
            2023
            1.000 hộ
            người
            """)
    void aRateANumberOrAnotherUnitIsNoMoneyUnit(String text) {
        assertThat(MoneyUnit.parse(text)).isEmpty();
        assertThat(MoneyUnit.only(text)).isEmpty();
    }

    @Test
    void convertsExactlyToTrieuDong() {
        assertThat(MoneyUnit.DONG.toTrieu(new BigDecimal("181934879"))).isEqualByComparingTo("181.934879");
        assertThat(MoneyUnit.DONG.toTrieu(new BigDecimal("1250000000"))).isEqualByComparingTo("1250");
        assertThat(MoneyUnit.NGHIN_DONG.toTrieu(new BigDecimal("844000"))).isEqualByComparingTo("844");
        assertThat(MoneyUnit.TRIEU_DONG.toTrieu(new BigDecimal("5808"))).isEqualByComparingTo("5808");
    }

    @Test
    void textThatNamesNoMoneyUnitGivesNone() {
        assertThat(MoneyUnit.parse("hộ")).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            triệu đồng      | TRIEU_DONG
            Tr.đ            | TRIEU_DONG
            ĐVT: đồng       | DONG
            nghìn đồng      | NGHIN_DONG
            Ngân sách TW    |
            Dự án, tiểu dự án |
            %               |
            """)
    void onlyATextThatIsNothingButAUnitNamesOne(String text, MoneyUnit unit) {
        assertThat(MoneyUnit.only(text)).isEqualTo(Optional.ofNullable(unit));
    }
}
