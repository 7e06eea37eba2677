package vn.tonghop.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testdata.Nights;
import vn.tonghop.testdata.SeedExampleSet;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night writes its temporary files under its own output folder. The system's temporary folder may belong
 * to another user (POI's "poifiles", made by whoever ran first); here it is not even a folder, so a night
 * that wrote there would fail.
 */
class TemporaryFilesTest {

    @Test
    void aNightNeedsNothingFromTheSystemsTemporaryFolder(@TempDir Path work) throws Exception {
        Path input = work.resolve("input");
        SeedExampleSet.write(input);
        Path notAFolder = Files.writeString(work.resolve("tmp-of-another-user"), "");
        Path out = work.resolve("output");
        String saved = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", notAFolder.toString());
        int exit;
        try {
            exit = Nights.run(input, out);
        } finally {
            System.setProperty("java.io.tmpdir", saved);
        }

        assertThat(exit).isZero();
        assertThat(out.resolve("latest/TongHop.xlsx")).isNotEmptyFile();
        try (var left = Files.list(out.resolve("tmp"))) {
            assertThat(left).as("the night's own temporary folder is gone when it ends").isEmpty();
        }
    }
}
