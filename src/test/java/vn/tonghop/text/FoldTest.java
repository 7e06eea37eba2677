package vn.tonghop.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FoldTest {

    @ParameterizedTest
    @CsvSource({
        "'Tỷ lệ (%)', tyle",
        "'  Năm trước   chuyển sang ', namtruocchuyensang",
        "'ĐVT: Triệu đồng', dvttrieudong",
        "'Giải ngân', giaingan",
        "'GIẢI NGÂN', giaingan"})
    void keyIgnoresCaseDiacriticsSpacingAndPunctuation(String text, String key) {
        assertThat(Fold.key(text)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"'Tiêu dự án 1', 'tieu du an 1'", "'Tiểu dự án 1', 'tieu du an 1'", "'Dự án 4 - Tiểu dự án 3', 'du an 4 tieu du an 3'"})
    void wordsTreatTheCommonTypoLikeTheWord(String text, String words) {
        assertThat(Fold.words(text)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"'Mu\u031Bo\u031B\u0300ng So', 'Mường So'", "'a\u00A0 b', 'a b'"})
    void cleanNormalisesToNfcAndSingleSpaces(String text, String clean) {
        assertThat(Fold.clean(text)).isEqualTo(clean);
    }
}
