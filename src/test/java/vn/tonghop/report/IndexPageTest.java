package vn.tonghop.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.consolidate.Fact;
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
                LocalDateTime.of(2024, 8, 15, 9, 0), "a".repeat(64), null, null));
        List<Finding> findings = List.of(Finding.of(FindingCode.CODE_UNKNOWN).unit("03589").at(evil, "<b>2023</b>", "B5")
                .message("Dòng \"<img src=x onerror=alert(1)>\" không thuộc dự án nào."));
        List<Fact> facts = List.of(
                new Fact("03589", "DA2", "SN", "NSTW", 2023, "available", new BigDecimal("858"), evil, "2023", "H5"),
                new Fact("03589", "DA2", "SN", "NSTW", 2023, "disbursed", new BigDecimal("696"), evil, "2023", "I5"));
        Path page = dir.resolve("index.html");
        new IndexPage().write(page, TestConfig.jobs(), new RunInfo("20241126-020000", 1, LocalDateTime.of(2024, 11, 26, 2, 0)),
                files, Map.of("in_force", 1), findings, List.of(new CompletenessRow("03589", "01/VỐN", 2023, CompletenessRow.Status.received, evil)),
                facts);
        String html = Files.readString(page);
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<link").doesNotContain(" src=")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;.xlsx")
                .contains("data-rate=\"DA2 2023\">81,12 %")
                .contains("CODE_UNKNOWN");
    }
}
