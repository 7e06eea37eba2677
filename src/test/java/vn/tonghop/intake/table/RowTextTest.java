package vn.tonghop.intake.table;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a table ends: the signature block, as units head it. */
class RowTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Người lập biểu", "NGƯỜI LẬP", "KT. CHỦ TỊCH", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "KT. GIÁM ĐỐC",
        "GIÁM ĐỐC", "TRƯỞNG PHÒNG", "Thủ trưởng cơ quan", "NGƯỜI TỔNG HỢP", "Cán bộ tổng hợp", "TM. BAN QUẢN LÝ", "KẾ TOÁN"})
    void aSignatureHeadingEndsTheTable(String text) {
        assertThat(RowText.isSignature(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tiểu dự án 3: Hỗ trợ việc làm bền vững", "TỔNG CỘNG", "Số hộ nghèo", "Xã Mường So",
        "Hỗ trợ giám sát, đánh giá"})
    void aRowOfTheTableDoesNot(String text) {
        assertThat(RowText.isSignature(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TỔNG CỘNG", "Tổng cộng (A+B)", "Tổng số", "Cộng chung", "Cộng toàn xã", "CỘNG TOÀN HUYỆN",
        "Cộng tất cả", "Cộng cả"})
    void aTotalOfEverythingIsTheGrandTotal(String text) {
        assertThat(RowText.isGrandTotal(text)).isTrue();
        assertThat(RowText.isSectionSum(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cộng", "Cộng A", "Cộng (A)", "Cộng mục A", "Cộng vốn ĐTPT"})
    void aCongOfASectionClosesThatSection(String text) {
        assertThat(RowText.isSectionSum(text)).isTrue();
        assertThat(RowText.isGrandTotal(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A. VỐN ĐẦU TƯ PHÁT TRIỂN", "I. Vốn đầu tư", "Vốn sự nghiệp:", "PHẦN A: VỐN ĐẦU TƯ",
        "Phần I. Vốn đầu tư phát triển", "Mục B - Vốn sự nghiệp"})
    void aSectionTitleNamesItsFund(String text) {
        assertThat(RowText.isSectionTitle(text)).isTrue();
    }
}
