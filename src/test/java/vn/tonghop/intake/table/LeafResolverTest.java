package vn.tonghop.intake.table;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.testdata.TestConfig;

import static org.assertj.core.api.Assertions.assertThat;

class LeafResolverTest {

    private final LeafResolver resolver = new LeafResolver(TestConfig.jobs().catalogue());

    @ParameterizedTest
    @CsvSource({"DA4.3, DA4.3", "'DA 4.3', DA4.3", "4.3, DA4.3", "da2, DA2", "DA7, DA7", "DA04.3, DA4.3", "DA4-3, DA4.3",
        "'Dự án 4.3', DA4.3",
        "'TDA 4.3', DA4.3", "'DA4.TDA3', DA4.3", "'DA 4 TDA 3', DA4.3"})
    void readsTheCodeColumn(String code, String expected) {
        assertThat(resolver.fromCode(code)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DA9", "DA4.7", "", "x", "TDA3"})
    void anUnknownCodeIsNone(String code) {
        assertThat(resolver.fromCode(code)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "'Dự án 2: Đa dạng hóa sinh kế', , DA2",
        "'DA 2', , DA2",
        "'Tiểu dự án 3: Hỗ trợ việc làm bền vững', DA4, DA4.3",
        "'Tiêu dự án 1: Hỗ trợ sản xuất', DA3, DA3.1",
        "'TDA3', DA4, DA4.3",
        "'Dự án 4 - Tiểu dự án 3', , DA4.3",
        "'Dự án IV: Phát triển giáo dục nghề nghiệp', , DA4",
        "'Dự án số 4', , DA4",
        "'Tiểu dự án 1 - Dự án 3', DA4, DA3.1",
        "'Tiểu dự án 1 thuộc Dự án 3', , DA3.1",
        "'Tiểu dự án 1 (Dự án 3): Hỗ trợ phát triển sản xuất', , DA3.1",
        "'TDA1 - DA3', , DA3.1",
        "'Tiểu DA 3', DA4, DA4.3",
        "'Tiểu dự án III', DA4, DA4.3",
        "'Tiểu dự án số 2', DA3, DA3.2",
        "'Cải thiện dinh dưỡng', DA3, DA3.2",
        "'Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo', , DA5",
        "'Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo', , DA1",
        "'Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo', DA1, DA1.1"})
    void namesTheNodeFromTheRowText(String text, String project, String expected) {
        assertThat(resolver.fromText(text, project)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sửa chữa trường THCS xã Mường So", "Dự án đường GTNT bản Nà Củng", "Tiểu dự án 3"})
    void aWorkOrASubProjectWithoutItsProjectIsNone(String text) {
        assertThat(resolver.fromText(text, null)).isEmpty();
    }
}
