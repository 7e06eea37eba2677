package vn.tonghop.narrative;

import org.junit.jupiter.api.Test;
import vn.tonghop.excel.read.DocxText;
import vn.tonghop.testdata.TestConfig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NarrativeArithmeticTest {

    private final NarrativeArithmetic arithmetic = new NarrativeArithmetic(TestConfig.jobs().narrative().parts(), BigDecimal.ONE);

    private List<NarrativeArithmetic.Slip> slips(String... paragraphs) {
        List<DocxText.Passage> passages = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            passages.add(new DocxText.Passage(i + 1, 0, 0, 0, paragraphs[i]));
        }
        return arithmetic.slips(passages);
    }

    @Test
    void theSeedsDisbursementOverThePeriodIsNotItsParts() {
        assertThat(slips("c) Giải ngân kế hoạch vốn ngân sách trung ương giai đoạn 2021-2024 là 248.045 triệu đồng, đạt 64,76%"
                + " kế hoạch vốn ngân sách trung ương giao, trong đó vốn đầu tư 197.770 triệu đồng; vốn sự nghiệp 50.527 triệu"
                + " đồng; cụ thể từng chương trình như sau:")).singleElement().satisfies(s -> {
                    assertThat(s.total().typed()).isEqualTo("248.045");
                    assertThat(s.sum()).isEqualByComparingTo("248297");
                });
    }

    @Test
    void partsThatAddUpWithinRoundingAndTheirOwnPartsInBracketsPass() {
        assertThat(slips(
                "a) Kế hoạch trung hạn vốn ngân sách trung ương giao là 383.032 triệu đồng, trong đó vốn đầu tư 273.187 triệu"
                        + " đồng; vốn sự nghiệp 109.845 triệu đồng",
                "Năm 2023: Vốn giao: 133.077 triệu đồng (*trong đó: vốn đầu tư 121.457 triệu đồng (gồm 5.257 triệu đồng chuyển"
                        + " nguồn năm 2022 sang 2023; giao năm 2023 116.200 triệu đồng); vốn sự nghiệp 11.620 triệu đồng*)",
                "Vốn tín dụng: hỗ trợ cho 5.898 hộ, với số vốn 281.291 triệu đồng. Trong đó hộ sản xuất kinh doanh khu vực khó"
                        + " khăn là 2.429 hộ, 100.136 triệu đồng; vay ưu đãi hộ nghèo hộ 3.469 hộ, 181.155 triệu đồng.",
                "Tổng huy động: 40.235 triệu đồng, trong đó:",
                "- Bộ công an hỗ trợ 30.000 triệu đồng hỗ trợ làm mới nhà ở cho 600 hộ dân có hoàn cảnh khó khăn.",
                "- Ủy ban MTTQ Việt Nam 6.000 triệu đồng bổ sung vào nguồn Bộ Công an hỗ trợ cho 600 hộ.",
                "- Các tổ chức, cá nhân, doanh nghiệp: 4.235 triệu đồng, hỗ trợ cho 85 hộ.",
                "Trong đó 1.000,4 triệu đồng là vốn đầu tư: 600,2 triệu đồng và 400,7 triệu đồng.")).isEmpty();
    }

    @Test
    void aSlipInAPartOrABulletIsFound() {
        assertThat(slips("- Tiểu dự án 1: 2.902 triệu đồng (*vốn chuyển nguồn năm 2022 sang 2023 1.070 triệu đồng; giao 2023"
                        + " 1.832 triệu đồng*), trong đó:",
                "+ Vốn chuyển nguồn 2022 sang 2023: 1.070 triệu đồng, thực hiện sửa chữa. Giải ngân 1.055/1.070 triệu đồng.",
                "+ Vốn giao năm 2023: 1.823 triệu đồng, thực hiện đào tạo nghề.",
                "- Tiểu dự án 2: 1.250 triệu đồng"))
                .singleElement().satisfies(s -> {
                    assertThat(s.total().typed()).isEqualTo("2.902");
                    assertThat(s.parts()).extracting(StatedFigure::typed).containsExactly("1.070", "1.823");
                });
    }
}
