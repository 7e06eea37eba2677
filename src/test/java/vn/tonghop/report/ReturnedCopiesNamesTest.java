package vn.tonghop.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Names from inputs become path segments only after cleaning: nothing can climb out of returned/. */
class ReturnedCopiesNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\..\\Windows\\win.ini", "/abs/path.xlsx", ".hidden.xlsx", "a\u0000b.xls",
        "..", "   ", "Báo cáo (sửa) - xã Mường So.xlsx"})
    void aCleanedNameIsOneHarmlessSegment(String name) {
        String safe = ReturnedCopies.safe(name);
        Path base = Path.of("/out/returned/03589");
        assertThat(safe).isNotBlank().doesNotStartWith(".").doesNotContain("/").doesNotContain("\\").doesNotContain("\u0000");
        assertThat(base.resolve(safe).normalize().getParent()).isEqualTo(base);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Báo cáo (sửa) - xã Mường So.xlsx", "MuongSo_2023.xls"})
    void aDecentNameIsKept(String name) {
        assertThat(ReturnedCopies.safe(name)).isEqualTo(name);
    }
}
