package vn.tonghop.excel.write;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8FileWriterTest {

    /** Vietnamese, ASCII, XML's specials, a character beyond the BMP, lone halves of one, and a buffer's worth. */
    static Stream<String> seededTexts() {
        Random random = new Random(20261127L);
        String[] pieces = {"Mường Tè", "ĐTPT", "<c r=\"A1\">", "&amp;", "\t", "x", "😀", "\uD83D", "\uDE00", "\u00A0", "€", "\uFFFD"};
        return Stream.generate(() -> {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(10) == 0 ? 20_000 : random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            return sb.toString();
        }).limit(300);
    }

    /** Written in pieces of every kind the Writer API has, a surrogate pair split across two of them included. */
    @ParameterizedTest
    @MethodSource("seededTexts")
    void writesWhatTheJdkEncoderWrites(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Random random = new Random(text.length());
        try (Utf8FileWriter w = new Utf8FileWriter(bytes)) {
            int i = 0;
            while (i < text.length()) {
                int n = Math.min(text.length() - i, 1 + random.nextInt(7));
                switch (random.nextInt(4)) {
                    case 0 -> w.write(text, i, n);
                    case 1 -> w.write(text.toCharArray(), i, n);
                    case 2 -> {
                        n = 1;
                        w.write(text.charAt(i));
                    }
                    default -> w.append(text, i, i + n);
                }
                i += n;
            }
        }
        assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
}
