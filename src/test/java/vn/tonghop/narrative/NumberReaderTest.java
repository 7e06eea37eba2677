package vn.tonghop.narrative;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NumberReaderTest {

    private final NumberReader reader = new NumberReader();

    /** text | typed | value in its unit (money in triệu đồng) | unit | decimals typed */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Giải ngân kế hoạch vốn là 248.045 triệu đồng, đạt  | 248.045       | 248045      | MONEY   | 0",
        "đạt 81,82% kế hoạch                                 | 81,82         | 81.82       | PERCENT | 2",
        "vốn sự nghiệp 1.493,825 triệu đồng                  | 1.493,825     | 1493.825    | MONEY   | 3",
        "đạt 30.05% kế hoạch vốn giao                        | 30.05         | 30.05       | PERCENT | 2",
        "giải ngân 100%% kế hoạch vốn giao                   | 100           | 100         | PERCENT | 0",
        "tổng vốn 1,2 tỷ đồng                                | 1,2           | 1200        | MONEY   | 0",
        "là: 1.250.000.000 đồng.                             | 1.250.000.000 | 1250        | MONEY   | 6",
        "gồm 1.032 triệu chuyển năm 2023 sang 2024           | 1.032         | 1032        | MONEY   | 0",
        "hỗ trợ cho 5.898 hộ, với số vốn                     | 5.898         | 5898        | HOUSEHOLDS | 0",
        "Triển khai 06 lớp, với 684 người tham gia           | 684           | 684         | PEOPLE  | 0",
        "gồm 5,257 triệu đồng chuyển nguồn                   | 5,257         | 5.257       | MONEY   | 3",
    })
    void readsVietnameseNumbersWithTheirUnit(String text, String typed, String value, String unit, int decimals) {
        List<StatedFigure> figures = reader.read(text);
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.typed()).isEqualTo(typed);
            assertThat(f.value()).isEqualByComparingTo(new BigDecimal(value));
            assertThat(f.unit()).isEqualTo(StatedFigure.Unit.valueOf(unit));
            assertThat(f.decimals()).isEqualTo(decimals);
            assertThat(text.substring(f.start(), f.end())).isEqualTo(typed);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tại Quyết định 970/QĐ-UBND ngày 08/4/2022",
        "theo thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022",
        "Tại khoản 1, khoản 2 Điều 9; Khoản 1, khoản 2 điều 12 Nghị định số 32/2019/NĐ-CP",
        "+ Vốn đầu tư: Tiểu dự án 1,2 là",
        "1.1. Tiểu dự án 2: Hỗ trợ người lao động",
        "giai đoạn 2021-2025 trên địa bàn Huyện Phong Thổ, năm 2023",
        "Ước giải ngân đến 31/12/2024",
        "năm 2020 tỷ lệ giảm nghèo",
        "tại QĐ 413, ngày 06/4/2022 của UBND tỉnh Lai Châu",
        "thực hiện đầu tư 20 dự án, 06 công trình đường giao thông",
    })
    void datesNumbersOfDocumentsYearsAndListNumbersAreNoFigures(String text) {
        assertThat(reader.read(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Giải ngân 66.313/71.570 triệu đồng đạt 92,65% | 66313 | 71570 | MONEY",
        "Số hộ nghèo, hộ cận nghèo: 3.480/11.282 hộ.     | 3480  | 11282 | HOUSEHOLDS",
    })
    void aPartOfAWholeIsTwoFigures(String text, String part, String whole, String unit) {
        List<StatedFigure> figures = reader.read(text).stream().filter(f -> f.ratio() > 0).toList();
        assertThat(figures).extracting(StatedFigure::ratio).containsExactly(1, 2);
        assertThat(figures.get(0).value()).isEqualByComparingTo(part);
        assertThat(figures.get(1).value()).isEqualByComparingTo(whole);
        assertThat(figures).allMatch(f -> f.unit() == StatedFigure.Unit.valueOf(unit));
    }
}
