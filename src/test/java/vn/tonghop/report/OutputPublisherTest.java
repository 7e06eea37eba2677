package vn.tonghop.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
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
