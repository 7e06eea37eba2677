package vn.tonghop.finding;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class FindingCodeTest {

    /** A reviewer reads the name, a script the code: every code has a name of its own, in Vietnamese. */
    @Test
    void everyCodeHasAVietnameseNameOfItsOwn() {
        assertThat(Arrays.stream(FindingCode.values()).map(FindingCode::shown)).doesNotHaveDuplicates()
                .allMatch(name -> !name.isBlank() && !name.matches(".*[A-Z_]{4,}.*"));
        assertThat(FindingCode.DISBURSED_OVER_AVAILABLE.shown()).isEqualTo("Giải ngân vượt kế hoạch vốn");
    }
}
