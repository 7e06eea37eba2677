package vn.tonghop.intake.table;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.config.Unit;
import vn.tonghop.config.Units;
import vn.tonghop.testdata.TestConfig;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnitMatcherTest {

    private final UnitMatcher matcher = new UnitMatcher(TestConfig.jobs().units());

    @ParameterizedTest
    @CsvSource({
        "'UBND xã Mường So', 03589", "'Xã Mường so', 03589", "'MUONG SO', 03589", "'Mường Só', 03589",
        "'ỦY BAN NHÂN DÂN XÃ MƯỜNG SO', 03589", "'UBND THỊ TRẤN PHONG THỔ', 03549", "'UBND huyện Phong Thổ', 109",
        "'Lả Nhì Thàng', 03391", "'Ma Ly Pho', 03574", "'Tông Qua Lìn', 03565",
        "'PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 109-LDTBXH", "'Phòng LĐ-TB&XH', 109-LDTBXH",
        "'BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG HUYỆN', 109-BQLDA", "'TRUNG TÂM Y TẾ HUYỆN', 109-TTYT",
        "'U B N D  X Ã  M Ư Ờ N G  S O', 03589", "'ỦY BAN NHÂN DÂN X Ã  N Ậ M  X E', 03586", "'T R U N G  T Â M  Y  T Ế  H U Y Ệ N', 109-TTYT",
        "'PHÒNG LĐTB&XH HUYỆN PHONG THỔ', 109-LDTBXH", "'Xã Mường So, huyện Phong Thổ', 03589",
        "'NGÂN HÀNG CHÍNH SÁCH XÃ HỘI HUYỆN PHONG THỔ', 109-NHCSXH", "'Phòng giao dịch NHCSXH huyện Phong Thổ', 109-NHCSXH",
        "'BAN QUẢN LÍ DỰ ÁN ĐẦU TƯ XÂY DỰNG HUYỆN', 109-BQLDA",
        "'U B N D  X Ã  M A  L I  P H O', 03574"})
    void matchesAUnitHoweverItIsWritten(String name, String code) {
        assertThat(matcher.match(name)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ma Li Chải", "UBND xã Mường Tè", "", "Phòng", "M Ư Ờ N G  T È", "Xã A B C D"})
    void aNameThatFitsNoUnitIsNoMatch(String name) {
        assertThat(matcher.match(name)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aNameThatFitsTwoUnitsIsNoMatch() {
        var units = new Units(List.of(
                new Unit("1", "Xã Nậm Xe", "commune", "109", List.of("Nậm Xe"), List.of()),
                new Unit("2", "Phòng Nậm Xe", "department", "109", List.of("Nam Xe"), List.of())));
        assertThat(new UnitMatcher(units).match("UBND xã Nậm Xe")).isEmpty();
        assertThat(new UnitMatcher(units).match("Phòng Nậm Xe")).contains("2");
    }

    @ParameterizedTest
    @CsvSource({"'MuongSo_2023.xlsx', 03589", "'Mường So - von.xls', 03589", "'TungQuaLin_2024_excel2003.xls', 03565",
        "'BQLDA_2023_theo_phan_nguon_von.xlsx', 109-BQLDA", "'SiLoLau_2024_font_TCVN3.xlsx', 03550",
        "'BC_GNBV_2023_MuongSo.xlsx', 03589", "'Bao cao von 2023 - xa Nam Xe.xlsx', 03586",
        "'MUONGSO2023.xlsx', 03589", "'BaoCao_XaMuongSo_2023.xlsx', 03589", "'LDTBXH_2023.xlsx', 109-LDTBXH",
        "'BQL du an huyen 2023.xlsx', 109-BQLDA"})
    void findsTheUnitInAFileName(String file, String code) {
        assertThat(matcher.matchFileName(file)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MaLiChai_2023.xlsx", "baocao.xlsx", "BC_2023_MuongSo_NamXe.xlsx"})
    void aFileNameOfNoUnitIsNoMatch(String file) {
        assertThat(matcher.matchFileName(file)).isEmpty();
    }
}
