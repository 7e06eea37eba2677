package vn.tonghop.narrative;

import org.junit.jupiter.api.Test;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.excel.read.DocxText;
import vn.tonghop.testdata.TestConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The key finder on sentences of the seed report, with the example set's years 2022–2024 consolidated. */
class DraftReadingTest {

    private final JobsConfig config = TestConfig.jobs();
    private final DraftReading reading = new DraftReading(config.narrative(), config.catalogue(), 2022, 2024);

    /** Each figure as typed → its key, or "-" when it is left unchecked. */
    private Map<String, String> keys(String... paragraphs) {
        List<DocxText.Passage> passages = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            passages.add(new DocxText.Passage(i + 1, 0, 0, 0, paragraphs[i]));
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (ReadFigure r : reading.read(passages)) {
            String name = r.passage().paragraph() + ":" + r.figure().typed();
            while (keys.containsKey(name)) {
                name += "'";
            }
            keys.put(name, r.key() == null ? "-" : r.key().toString());
        }
        return keys;
    }

    @Test
    void aSubProjectNamedButNotNumberedUnderItsYearAndItsFundBullets() {
        assertThat(keys(
                "Năm 2022:",
                "- Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, xã đặc biệt khó khăn vùng"
                        + " bãi ngang, ven biển và hải đảo: Kế hoạch vốn giao 73.655 triệu đồng (*trong đó: vốn đầu tư 71.570"
                        + " triệu đồng, nguồn vốn sự nghiệp là 2.085 triệu đồng*).",
                "+ Vốn đầu tư: 71.570 triệu đồng, thực hiện đầu tư 20 dự án (*trong đó: có 07 công trình nước sinh hoạt và"
                        + " thủy lợi*). Giải ngân 66.313/71.570 triệu đồng đạt 92,65% kế hoạch vốn giao."))
                .containsExactly(
                        Map.entry("2:73.655", "DA1.1 2022 available"),
                        Map.entry("2:71.570", "DA1.1 ĐTPT 2022 available"),
                        Map.entry("2:2.085", "DA1.1 SN 2022 available"),
                        Map.entry("3:71.570", "-"),
                        Map.entry("3:66.313", "DA1.1 ĐTPT 2022 disbursed"),
                        Map.entry("3:71.570'", "DA1.1 ĐTPT 2022 available"),
                        Map.entry("3:92,65", "DA1.1 ĐTPT 2022 rate"));
    }

    @Test
    void aCarryOverBelongsToTheYearItIsCarriedIntoAndAnOddSplitIsNotCompared() {
        assertThat(keys(
                "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo",
                "Năm 2022: Vốn giao 6.629 triệu đồng (*trong đó, giao bổ sung thực hiện dự án năm 2021 là 2.455 triệu đồng"
                        + " tại QĐ 413, ngày 06/4/2022 của UBND tỉnh Lai Châu; giao năm 2022 4.174 triệu đồng*). Kết quả thực"
                        + " hiện hết 31/12/2022 giải ngân 1.957/6.629 triệu đồng thực hiện mô hình phát triển sản xuất nông"
                        + " nghiệp, đạt 29,52%. Kết dư chuyển nguồn sang năm 2023 4.672 triệu đồng.",
                "Năm 2023: Vốn giao thực hiện: 15.187 triệu đồng (*vốn năm 2022 chuyển sang 2023 4.672 triệu đồng; giao"
                        + " 2023 10.515 triệu đồng*)"))
                .containsEntry("2:6.629", "DA2 2022 available")
                .containsEntry("2:2.455", "-")
                .containsEntry("2:4.174", "-")
                .containsEntry("2:1.957", "DA2 2022 disbursed")
                .containsEntry("2:29,52", "DA2 2022 rate")
                .containsEntry("2:4.672", "DA2 2023 carry_in")
                .containsEntry("3:15.187", "DA2 2023 available")
                .containsEntry("3:4.672", "DA2 2023 carry_in")
                .containsEntry("3:10.515", "DA2 2023 allocated");
    }

    @Test
    void aTotalOverThePeriodAndItsPartsByFund() {
        assertThat(keys(
                "II. CÔNG TÁC CÂN ĐỐI NGÂN SÁCH NHÀ NƯỚC",
                "b) Lũy kế vốn đã bố trí giai đoạn 2021-2024 là 231.041 triệu đồng, trong đó vốn đầu tư 187.661 triệu đồng;"
                        + " vốn sự nghiệp 43.380 triệu đồng.",
                "Lũy kế vốn đã bố trí giai đoạn 2021-2023 là 200.000 triệu đồng."))
                .containsExactly(
                        Map.entry("2:231.041", "toàn chương trình lũy kế allocated"),
                        Map.entry("2:187.661", "toàn chương trình ĐTPT lũy kế allocated"),
                        Map.entry("2:43.380", "toàn chương trình SN lũy kế allocated"),
                        Map.entry("3:200.000", "-"));
    }

    @Test
    void aUnitsMoneyAnEstimateAndAnActivityAreLeftUnchecked() {
        assertThat(keys(
                "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo",
                "Năm 2023: Vốn giao thực hiện: 15.187 triệu đồng.",
                "- Trung tâm DVNN: 6.687 triệu đồng thực hiện 05 chuỗi liên kết, kết quả thực hiện giải ngân 5.808/6.687 triệu"
                        + " đồng, đạt 86,85%.",
                "Ước giải ngân đến 31/12/2023 là 15.000 triệu đồng.",
                "- Bồi dưỡng kiến thức cho cán bộ, giải ngân 593 triệu đồng.",
                "- Học tập kinh nghiệm tại Thái Nguyên, giải ngân 103 triệu đồng."))
                .containsEntry("2:15.187", "DA2 2023 available")
                .containsEntry("3:6.687", "-").containsEntry("3:5.808", "-").containsEntry("3:86,85", "-")
                .containsEntry("4:15.000", "-")
                .containsEntry("5:593", "DA2 2023 disbursed")
                .containsEntry("6:103", "-");
    }

    @Test
    void aTableCellReadsAsItsRowAndItsColumnHeading() {
        List<DocxText.Passage> passages = List.of(
                new DocxText.Passage(1, 0, 0, 0, "Năm 2023:"),
                new DocxText.Passage(0, 1, 1, 1, "Dự án"), new DocxText.Passage(0, 1, 1, 2, "Giải ngân năm 2023"),
                new DocxText.Passage(0, 1, 2, 1, "Dự án 5: Hỗ trợ nhà ở"), new DocxText.Passage(0, 1, 2, 2, "11.680 triệu đồng"));
        assertThat(reading.read(passages)).singleElement().satisfies(r -> {
            assertThat(r.key()).hasToString("DA5 2023 disbursed");
            assertThat(r.passage().place()).isEqualTo("bảng 1 hàng 2 cột 2");
        });
    }
}
