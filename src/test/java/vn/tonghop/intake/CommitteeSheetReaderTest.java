package vn.tonghop.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CommitteeSheetReaderTest {

    @ParameterizedTest
    @CsvSource(value = {"x|true", "X|true", "có|true", "Có|true", "đã|true", "1|true", "|false", "không|false", "chưa|false",
        "0|false", "đang làm|null"}, delimiter = '|', nullValues = "null")
    void readsEstablishedAsClerksWriteIt(String text, Boolean expected) {
        assertThat(CommitteeSheetReader.established(text == null ? "" : text)).isEqualTo(expected);
    }
}
