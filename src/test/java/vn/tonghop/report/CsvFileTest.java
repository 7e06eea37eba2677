package vn.tonghop.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFileTest {

    @ParameterizedTest
    @CsvSource({"'=1+1', '''=1+1'", "'+84 912', '''+84 912'", "'-x', '''-x'", "'@SUM(A1)', '''@SUM(A1)'",
        "'-50', '-50'", "'12.5', '12.5'", "'Dự án 2', 'Dự án 2'"})
    void textThatCouldRunAsAFormulaIsMadeInertButNumbersStayNumbers(String text, String written) {
        assertThat(CsvFile.inert(text)).isEqualTo(written);
    }

    @Test
    void aLeadingTabOrCarriageReturnIsMadeInertToo() {
        assertThat(CsvFile.inert("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvFile.inert("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(CsvFile.cell(new BigDecimal("-5"))).isEqualTo("-5");
    }

    @Test
    void writesBomCommasQuotesAndPlainDecimals(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.csv");
        try (CsvFile csv = new CsvFile(file, "a", "b", "c")) {
            csv.row("Giám sát, đánh giá", new BigDecimal("1046.000"), new BigDecimal("1.5E+3"));
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b,c\r\n\"Giám sát, đánh giá\",1046,1500\r\n");
    }
}
