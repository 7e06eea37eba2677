package vn.tonghop.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.DraftBuilder;
import vn.tonghop.testdata.Nights;
import vn.tonghop.testdata.SeedExampleSet;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed report itself (../shared/seed) as a draft beside the example set: its findings are the slips a reviewer
 * would want told, and only those. Each is judged in the README ("The draft report").
 */
class SeedNarrativeTest {

    @Test
    void theSeedsSlipsAreFoundAndNothingElse(@TempDir Path work) throws Exception {
        Path input = work.resolve("input");
        SeedExampleSet.write(input);
        new DraftBuilder(1).paragraphs(DraftBuilder.seedParagraphs())
                .write(input.resolve("Du thao bao cao so ket.docx"), Instant.parse("2024-08-20T02:00:00Z"));
        Path out = work.resolve("output");
        assertThat(Nights.run(input, out)).isZero();

        List<String> found = CsvRows.read(out.resolve("latest/findings.csv")).stream()
                .filter(r -> r.get("code").startsWith("NARRATIVE"))
                .map(r -> r.get("code") + " " + r.get("sheet") + " " + last(r.get("cell")) + " → " + r.get("expected")).toList();
        assertThat(found).containsExactly(
                "NARRATIVE_MISMATCH đoạn 39 187.661 → 274187",
                "NARRATIVE_MISMATCH đoạn 39 231.041 → 384032",
                "NARRATIVE_MISMATCH đoạn 39 43.380 → 109845",
                "NARRATIVE_ARITHMETIC đoạn 40 248.045 → 248297",
                "NARRATIVE_MISMATCH đoạn 105 296.578 → 384032",
                "NARRATIVE_ARITHMETIC đoạn 112 121.457 → 116205.257",
                "NARRATIVE_MISMATCH đoạn 122 10.515 → 12391",
                "NARRATIVE_MISMATCH đoạn 178 1.046 → 1098",
                "NARRATIVE_MISMATCH đoạn 178 75,96 → 79.7385620915",
                "NARRATIVE_MISMATCH đoạn 179 81,82 → 81.1188811189");
        List<Map<String, String>> figures = CsvRows.read(out.resolve("latest/narrative.csv"));
        assertThat(figures).hasSize(344);
        assertThat(figures.stream().filter(r -> r.get("status").equals("match")).count()).isEqualTo(138);
    }

    private static String last(String span) {
        return span.substring(span.lastIndexOf(' ') + 1);
    }
}
