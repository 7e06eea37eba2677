package vn.tonghop.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.consolidate.Fact;
import vn.tonghop.consolidate.ScheduleFigures;
import vn.tonghop.consolidate.ScheduleFigures.Slice;
import vn.tonghop.staging.Measure;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.CompletenessRow;
import vn.tonghop.testdata.TestConfig;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IndexPageTest {

    @Test
    void everythingFromAnInputIsEscapedAndThePageFetchesNothing(@TempDir Path dir) throws Exception {
        String evil = "<script>alert('x')</script>&.xlsx";
        List<ReceivedFile> files = List.of(new ReceivedFile(evil, "03589", "TAKEN", "01/VỐN 2023",
                LocalDateTime.of(2024, 8, 15, 9, 0), "a".repeat(64), null, null, 2023));
        List<Finding> findings = List.of(Finding.of(FindingCode.CODE_UNKNOWN).unit("03589").at(evil, "<b>2023</b>", "B5")
                .message("Dòng \"<img src=x onerror=alert(1)>\" không thuộc dự án nào."));
        List<Fact> facts = List.of(
                new Fact("03589", "DA2", "SN", "NSTW", 2023, "available", new BigDecimal("858"), evil, "2023", "H5"),
                new Fact("03589", "DA2", "SN", "NSTW", 2023, "disbursed", new BigDecimal("696"), evil, "2023", "I5"));
        Path page = dir.resolve("index.html");
        new IndexPage().write(page, TestConfig.jobs(), new RunInfo("20241126-020000", 1, LocalDateTime.of(2024, 11, 26, 2, 0)),
                files, Map.of("in_force", 1), findings, List.of(new CompletenessRow("03589", "01/VỐN", 2023, CompletenessRow.Status.received, evil)),
                facts, ScheduleFigures.given(Map.of(Slice.of().project("DA2").year(2023),
                        Map.of(Measure.AVAILABLE, new BigDecimal("858"), Measure.DISBURSED, new BigDecimal("696")))));
        String html = Files.readString(page);
        // A finding's message is shown, escaped: "src=" may be in its text, never in a tag.
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<link")
                .doesNotContainPattern("<[^>]*\\ssrc=")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;.xlsx")
                .contains("data-rate=\"DA2 2023\">81,12 %")
                .contains("CODE_UNKNOWN");
    }

    /**
     * The reviewer's fold per unit: what it sent (linked to its marked copy, or to the note of a rejected file), what it
     * still owes, and its findings by their Vietnamese names, the worst first, each linked to the copy of its file.
     */
    @Test
    void eachUnitShowsWhatItSentWhatItOwesAndItsFindingsLinkedToItsCopies(@TempDir Path dir) throws Exception {
        LocalDateTime at = LocalDateTime.of(2024, 8, 15, 9, 0);
        List<ReceivedFile> files = List.of(
                new ReceivedFile("xa/Mường So 2023.xlsx", "03589", "TAKEN", "01/VỐN 2023", at, "a".repeat(64), null, "a.xlsx", 2023),
                new ReceivedFile("xa/MuongSo_cu.xlsx", "03589", "REJECTED", null, at, "b".repeat(64), "không đọc được", null, null));
        List<Finding> findings = List.of(
                Finding.of(FindingCode.ROUNDING_DIFFERENCE).unit("03589").at("xa/Mường So 2023.xlsx", "2023", "H12").message("làm tròn"),
                Finding.of(FindingCode.DISBURSED_OVER_AVAILABLE).unit("03589").at("xa/Mường So 2023.xlsx", "2023", "I12")
                        .message("giải ngân vượt"));
        List<CompletenessRow> completeness = List.of(
                new CompletenessRow("03589", "01/VỐN", 2023, CompletenessRow.Status.received, "xa/Mường So 2023.xlsx"),
                new CompletenessRow("03589", "02/CT", 2023, CompletenessRow.Status.missing, null));
        Path page = dir.resolve("index.html");
        new IndexPage().write(page, TestConfig.jobs(), new RunInfo("20241126-020000", 1, at), files, Map.of("in_force", 1),
                findings, completeness, List.of(), ScheduleFigures.given(Map.of()));
        String html = Files.readString(page);
        String fold = html.substring(html.indexOf("<details id=\"u03589\">"), html.indexOf("</details>", html.indexOf("u03589")));

        assertThat(fold).contains("1 LỖI, 1 GHI CHÚ; còn thiếu 1 biểu")
                .contains("<a href=\"returned/03589/M%C6%B0%E1%BB%9Dng%20So%202023.xlsx\">xa/Mường So 2023.xlsx</a>")
                .contains("<a href=\"returned/03589/MuongSo_cu.xlsx.txt\">xa/MuongSo_cu.xlsx</a>")
                .contains("Còn thiếu: 02/CT 2023")
                .contains("Giải ngân vượt kế hoạch vốn (DISBURSED_OVER_AVAILABLE)");
        assertThat(fold.indexOf("Giải ngân vượt kế hoạch vốn")).as("the worst first")
                .isLessThan(fold.indexOf("Chênh lệch do làm tròn"));
        assertThat(html).contains("<td>Giải ngân vượt kế hoạch vốn</td><td class=\"code\">DISBURSED_OVER_AVAILABLE</td>");
    }
}
