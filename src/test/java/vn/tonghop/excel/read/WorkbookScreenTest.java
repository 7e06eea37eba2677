package vn.tonghop.excel.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookScreenTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<?xml version=\"1.0\"?><!DOCTYPE sst []><sst/>|true",
        "<!ENTITY x \"y\">|true",
        "<sst><si><t>Mường Tè</t></si></sst><!DOCTYPE|true",
        "<sst><!-- ghi chú! --><si><t>Hết!</t></si></sst>|false",
        "<sst/><!DOCTYP|false",
        "<sst/><!ENTIT|false",
        "< !DOCTYPE sst>|false",
        "<!doctype sst>|false",
        "!DOCTYPE|false",
        "<![CDATA[x]]>|false"})
    void findsADtdDeclarationAnywhereInTheHead(String xml, boolean declares) {
        assertThat(WorkbookScreen.declaresDtd(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(declares);
    }

    /** Bytes made mostly of the pieces that matter, Vietnamese UTF-8 and a cut multi-byte character among them. */
    static Stream<byte[]> seededHeads() {
        Random random = new Random(20261127L);
        String[] pieces = {"<", "!", "<!", "DOCTYPE", "ENTITY", "DOC", "TYPE", "ENT", "<!DOCTYPE", "<!ENTITY", "<t>", "ờ", " ", "x"};
        return Stream.generate(() -> {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        }).limit(400);
    }

    @ParameterizedTest
    @MethodSource("seededHeads")
    void agreesWithSearchingTheDecodedText(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        assertThat(WorkbookScreen.declaresDtd(head)).isEqualTo(text.contains("<!DOCTYPE") || text.contains("<!ENTITY"));
    }
}
