package vn.tonghop.testdata;

import java.util.Random;
import java.util.stream.Stream;

/** Texts for property tests: each of up to {@code maxLength - 1} characters drawn from an alphabet, the same every run. */
public final class SeededTexts {

    private SeededTexts() {
    }

    public static Stream<String> of(long seed, String alphabet, int maxLength, int count) {
        Random random = new Random(seed);
        return Stream.generate(() -> {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(maxLength);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return sb.toString();
        }).limit(count);
    }
}
