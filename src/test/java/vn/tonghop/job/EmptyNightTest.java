package vn.tonghop.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.CsvRows;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The first night of a new installation, before any clerk has sent anything. */
class EmptyNightTest {

    @Test
    void aNightWithNoFileWritesAnEmptySetAndSaysWhatIsMissing(@TempDir Path work) throws Exception {
        Files.createDirectories(work.resolve("input"));
        assertThat(TonghopApplication.run("run", "--input", work.resolve("input").toString(), "--output",
                work.resolve("output").toString(), "--jobs", Path.of("jobs").toAbsolutePath().toString())).isZero();
        assertThat(work.resolve("output/latest/TongHop.xlsx")).isRegularFile();
        assertThat(CsvRows.read(work.resolve("output/latest/facts.csv"))).isEmpty();
        assertThat(CsvRows.read(work.resolve("output/latest/completeness.csv"))).isNotEmpty()
                .allMatch(r -> r.get("status").equals("missing"));
    }
}
