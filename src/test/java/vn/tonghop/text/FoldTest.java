package vn.tonghop.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tonghop.testdata.SeededTexts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

    /** The expressions Fold once used, kept as the oracle for its single pass. */
    private static String wordsByExpressions(String text) {
        String bare = Pattern.compile("\\p{M}+")
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return bare.replaceAll("[^a-z0-9]+", " ").strip();
    }

    static Stream<String> seededTexts() {
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ ÀÁẢÃẠằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                + "0123456789 .,;:()%-/\t\u00A0\u0300\u0301\u0303\u0309\u0323\u031B\u0306";
        return SeededTexts.of(20261127L, alphabet, 40, 200);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("seededTexts")
    void theSinglePassFoldsAsTheExpressionsDid(String text) {
        assertThat(Fold.words(text)).isEqualTo(wordsByExpressions(text));
        assertThat(Fold.key(text)).isEqualTo(wordsByExpressions(text).replace(" ", ""));
        // Folded again, a Vietnamese text comes from the texts kept: the same, and words and key apart.
        assertThat(Fold.words(text)).isEqualTo(wordsByExpressions(text));
        assertThat(Fold.key(text)).isEqualTo(wordsByExpressions(text).replace(" ", ""));
        for (String t : new String[] {text, text + "\r\n " + text, " " + text.replace(' ', '\u000B')}) {
            assertThat(Fold.clean(t)).isEqualTo(Normalizer.normalize(t, Normalizer.Form.NFC)
                    .replace('\u00A0', ' ').strip().replaceAll("\\s+", " "));
        }
    }

    /** Letter for letter: the same length, the words' letters where the words have them, a space elsewhere. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "b) Lũy kế, trong đó: vốn đầu tư 187.661 | b  luy ke  trong do  von dau tu 187 661",
        "Đường GTNT–Chang Hồng                    | duong gtnt chang hong",
    })
    void inPlaceKeepsEveryLetterWhereItStands(String text, String folded) {
        assertThat(Fold.inPlace(text)).isEqualTo(folded).hasSameSizeAs(text);
        assertThat(Fold.inPlace(text).replaceAll(" +", " ").strip()).isEqualTo(Fold.words(text));
    }
}
