package vn.tonghop.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyEncodingTest {

    /** Every Vietnamese letter, plain and with each of the five tones. */
    static final String LOWER = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";
    static final String UPPER = LOWER.toUpperCase(Locale.ROOT);

    @Test
    void tcvn3RoundTripsEveryLowerCaseLetterAndTheCapitalsFontEveryCapital() {
        assertThat(LegacyEncoding.TCVN3.decode(LegacyEncoding.TCVN3.encode(LOWER), false)).isEqualTo(LOWER);
        assertThat(LegacyEncoding.TCVN3.decode(LegacyEncoding.TCVN3.encode(UPPER), true)).isEqualTo(UPPER);
        assertThat(LegacyEncoding.TCVN3.decode(LegacyEncoding.TCVN3.encode("ĂÂÊÔƠƯĐ"), false)).isEqualTo("ĂÂÊÔƠƯĐ");
    }

    @Test
    void vniRoundTripsEveryLetterInBothCases() {
        assertThat(LegacyEncoding.VNI.decode(LegacyEncoding.VNI.encode(LOWER), false)).isEqualTo(LOWER);
        assertThat(LegacyEncoding.VNI.decode(LegacyEncoding.VNI.encode(UPPER), false)).isEqualTo(UPPER);
        assertThat(LegacyEncoding.VNI.decode(LegacyEncoding.VNI.encode(LOWER + " " + UPPER), false)).isEqualTo(LOWER + " " + UPPER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "M\u00ADêng So|false|Mường So",
        "ubnd x· s× lë lÇu|true|UBND XÃ SÌ LỞ LẦU",
        "§¬n vÞ tÝnh: TriÖu ®ång|false|Đơn vị tính: Triệu đồng",
        "N\u00A8m tr\u00ADíc chuyÓn sang|false|Năm trước chuyển sang",
        "Dù ¸n 2: §a d¹ng hãa sinh kÕ, ph¸t triÓn m« h×nh gi¶m nghÌo|false|Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo"})
    void decodesTheTcvn3SampleAsItsClerkMeantIt(String legacy, boolean capitals, String unicode) {
        assertThat(LegacyEncoding.TCVN3.decode(legacy, capitals)).isEqualTo(unicode);
    }

    @Test
    void decodesVniText() {
        assertThat(LegacyEncoding.VNI.decode("Xaõ Möôøng So", false)).isEqualTo("Xã Mường So");
        assertThat(LegacyEncoding.VNI.decode("Ñôn vò tính: Trieäu ñoàng", false)).isEqualTo("Đơn vị tính: Triệu đồng");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"M\u00ADêng So||TCVN3", "Xaõ Möôøng So||VNI", "Néi dung|.VnTime|TCVN3",
        "Noäi dung|VNI-Times|VNI"})
    void detectsTheEncodingByFontThenByCharacters(String text, String font, LegacyEncoding expected) {
        assertThat(LegacyEncoding.detect(text, font)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mường So", "Hoàng Thèn", "Dào San", "Tổng số", "TT", "DA2", "Ghi chú"})
    void unicodeVietnameseIsLeftAlone(String text) {
        assertThat(LegacyEncoding.detect(text, "Times New Roman")).isEmpty();
    }
}
