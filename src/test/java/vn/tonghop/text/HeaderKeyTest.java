package vn.tonghop.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
