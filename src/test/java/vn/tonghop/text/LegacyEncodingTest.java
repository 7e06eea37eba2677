package vn.tonghop.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.testdata.SeededTexts;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

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
    /** detect as it was before it skipped the characters outside 0xA0-0xFF, kept as the oracle. */
    private static Optional<LegacyEncoding> detectByEveryCharacter(String text) {
        String tcvn3Only = "\u00A7\u00A8\u00A9\u00AB\u00AC\u00AD\u00AE\u00B5\u00B6\u00B7\u00B8\u00B9\u00BB\u00BC\u00BD\u00BE";
        String unicodeLatin1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
        boolean odd = false;
        for (char c : text.toCharArray()) {
            if (tcvn3Only.indexOf(c) >= 0) {
                return Optional.of(LegacyEncoding.TCVN3);
            }
            odd |= c >= 0xA0 && c <= 0xFF && c != 0xA0 && unicodeLatin1.indexOf(c) < 0;
        }
        if (!odd) {
            return Optional.empty();
        }
        for (char c : text.toCharArray()) {
            if ("øûïöñëäåüæîØÛÏÖÑËÄÅÜÆÎ".indexOf(c) >= 0) {
                return Optional.of(LegacyEncoding.VNI);
            }
        }
        return Optional.of(LegacyEncoding.TCVN3);
    }

    /** Unicode Vietnamese, TCVN3 and VNI letters, Latin-1 neighbours of both, and the characters just outside 0xA0-0xFF. */
    static Stream<String> seededTexts() {
        String alphabet = "aăâđêôơư ÀÁÂÃÈÉàáâãèéìíòóùúýĂĐƠƯằắẳệộ0123.%\u009F\u00A0\u00FF\u0100"
                + LegacyEncoding.TCVN3.encode("Mường Tè Điện Biên Phủ ắẵặẩẫậ") + LegacyEncoding.VNI.encode("Mường Tè Điện Biên Phủ ỡợữự")
                + "\u00A1\u00A4\u00AF\u00B0\u00BA\u00BF\u00C0\u00D7\u00F7";
        return SeededTexts.of(20261127L, alphabet, 30, 500);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("seededTexts")
    void detectsAsWhenItLookedAtEveryCharacter(String text) {
        assertThat(LegacyEncoding.detect(text, "Times New Roman")).isEqualTo(detectByEveryCharacter(text));
    }
}
