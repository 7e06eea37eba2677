package vn.tonghop.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class OutputPublisherTest {

    @TempDir
    Path output;

    @Test
    void eachRunIsKeptUnderRunsAndTheLastIsLatestWithNothingElseLeftBehind() throws Exception {
        OutputPublisher publisher = new OutputPublisher(output);
        publish(publisher, "20250101-010000", "đêm một");
        publish(publisher, "20250102-010000", "đêm hai");

        assertThat(Files.readString(output.resolve("latest/returned/03589/MuongSo_2023.xlsx"))).isEqualTo("đêm hai");
        assertThat(Files.readString(output.resolve("latest/facts.csv"))).isEqualTo("facts đêm hai");
        assertThat(Files.readString(output.resolve("runs/20250101-010000/returned/03589/MuongSo_2023.xlsx"))).isEqualTo("đêm một");
        assertThat(Files.readString(output.resolve("runs/20250102-010000/returned/03589/MuongSo_2023.xlsx"))).isEqualTo("đêm hai");
        assertThat(Files.isDirectory(output.resolve("runs/20250102-010000/returned/khong-xac-dinh"))).isTrue();
        // The run's set and latest/ are the same files, not copies.
        assertThat(Files.isSameFile(output.resolve("latest/facts.csv"), output.resolve("runs/20250102-010000/facts.csv"))).isTrue();
        try (Stream<Path> top = Files.list(output)) {
            assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("latest", "runs");
        }
    }

    /** 120 nights, some two in one second: the last 30 stay, and the last of each month; nothing else in runs/ is touched. */
    @Test
    void runsKeepsTheLastNightsAndTheLastOfEachMonth() throws Exception {
        OutputPublisher publisher = new OutputPublisher(output);
        LocalDate day = LocalDate.of(2025, 9, 1);
        for (int i = 0; i < 120; i++, day = day.plusDays(1)) {
            Files.createDirectories(output.resolve("runs").resolve(day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-020000"
                    + (i % 7 == 0 ? "-2" : "")));
        }
        Files.createDirectories(output.resolve("runs/ghi chu cua can bo"));

        List<String> pruned = publisher.prune(30);

        List<String> kept;
        try (Stream<Path> runs = Files.list(output.resolve("runs"))) {
            kept = runs.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(pruned).as("30 last, and September's and October's last").hasSize(120 - 30 - 2);
        assertThat(kept).hasSize(30 + 2 + 1).contains("ghi chu cua can bo", "20250930-020000", "20251031-020000",
                "20251130-020000", "20251229-020000-2");
        assertThat(kept.subList(0, 3)).containsExactly("20250930-020000", "20251031-020000", "20251130-020000");
        assertThat(publisher.prune(30)).as("a second pruning finds nothing to do").isEmpty();
    }

    @Test
    void deletingATreeTakesEveryLevelAndIgnoresOneThatIsNotThere() throws Exception {
        Path tree = output.resolve("a");
        Files.createDirectories(tree.resolve("b/c/d"));
        Files.writeString(tree.resolve("b/c/d/e.txt"), "x");
        Files.writeString(tree.resolve("b/f.txt"), "y");

        OutputPublisher.deleteTree(tree);
        OutputPublisher.deleteTree(output.resolve("khong-co"));

        assertThat(tree).doesNotExist();
        assertThat(output).isEmptyDirectory();
    }

    private static void publish(OutputPublisher publisher, String runId, String night) throws Exception {
        Path staged = publisher.staging(runId);
        Files.createDirectories(staged.resolve("returned/03589"));
        Files.createDirectories(staged.resolve("returned/khong-xac-dinh"));
        Files.writeString(staged.resolve("returned/03589/MuongSo_2023.xlsx"), night);
        Files.writeString(staged.resolve("facts.csv"), "facts " + night);
        publisher.publish(staged, runId);
    }
}
