package vn.tonghop.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderKeyTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Giao trong năm 2023                  | Giao trong năm
            GIAO TRONG NĂM                       | giao trong
            Kế hoạch vốn năm 2023                | Kế hoạch vốn
            Giải ngân đến 31/12/2023             | Giải ngân
            Ước giải ngân đến hết năm 2024       | Ước giải ngân
            Giải ngân tính đến ngày 30/6         | Giải ngân
            Số tiền (triệu đồng)                 | Số tiền
            Số tiền - triệu đồng                 | Số tiền
            Tỷ lệ %                              | Tỷ lệ (%)
            Nội dung (Dự án, tiểu dự án)         | Nội dung
            Chuyển nguồn sang năm 2024           | Chuyển nguồn sang năm sau
            Năm 2022 chuyển sang                 | Năm trước chuyển sang
            Vốn năm 2022 chuyển sang             | Vốn năm trước chuyển sang
            Kết dư chuyển nguồn sang năm 2025    | Kết dư chuyển nguồn sang năm sau
            """)
    void aQualifiedHeaderHasTheKeyOfItsPlainForm(String header, String plain) {
        assertThat(HeaderKey.of(header)).isEqualTo(HeaderKey.of(plain));
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Chuyển sang năm sau                  | Năm trước chuyển sang
            Chuyển nguồn sang năm 2024           | Chuyển nguồn từ năm trước
            Giao trong năm 2023                  | Giải ngân
            Tổng số                              | Số tiền
            """)
    void qualifiersGoButMeaningStays(String header, String other) {
        assertThat(HeaderKey.of(header)).isNotEqualTo(HeaderKey.of(other));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Năm           | nam
            Năm 2023      | nam2023
            (%)           | ''
            Tổng số       | tongso
            """)
    void aTextThatWouldLoseEveryWordKeepsItsWholeKey(String header, String key) {
        assertThat(HeaderKey.of(header)).isEqualTo(key);
    }

    /** Header-like texts from the words clerks use, qualifiers and all, from a fixed seed. */
    static Stream<String> generatedHeaders() {
        String[] words = {"Giao", "trong", "năm", "Năm", "2023", "trước", "sau", "chuyển", "sang", "nguồn", "Kế hoạch", "vốn",
            "Giải ngân", "đến", "31/12/2024", "tính đến", "hết", "ngày", "(triệu đồng)", "(%)", "triệu đồng", "đồng", "Tr.đ",
            "Số tiền", "Tổng số", "Cộng", "[1]", "(Dự án, tiểu dự án)", "Tỷ lệ", "%", "VNĐ", "ĐVT:", "-", ",", "tới", "nay"};
        Random random = new Random(20261127L);
        return IntStream.range(0, 500).mapToObj(i -> {
            StringBuilder sb = new StringBuilder();
            for (int w = 1 + random.nextInt(6); w > 0; w--) {
                sb.append(words[random.nextInt(words.length)]).append(' ');
            }
            return sb.toString().strip();
        });
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("generatedHeaders")
    void theQuickTestNeverPassesOverATextWithQualifiers(String header) {
        if (!HeaderKey.of(header).equals(Fold.key(header))) {
            assertThat(HeaderKey.mayQualify(Fold.key(header), header)).as(header).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Giao năm 2023                                     | [2023]
            Kế hoạch vốn (năm 2022)                           | [2022]
            Giải ngân đến 31/01/2024                          | []
            Giải ngân năm 2023 đến 31/01/2024                 | [2023]
            Ước giải ngân đến hết năm 2024                    | []
            Vốn năm 2022 chuyển sang năm 2023                 | [2022, 2023]
            Giao trong năm                                    | []
            Số tiền (triệu đồng)                              | []
            """)
    void theYearsAHeaderNamesLeaveOutACutOffDate(String header, String years) {
        assertThat(HeaderKey.yearsNamed(header).toString()).isEqualTo(years);
    }
}
