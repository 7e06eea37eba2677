package vn.tonghop.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

class LinksTest {

    @Test
    void aSecondNameReplacesWhatWasThereAndSurvivesTheFirstBeingSavedOver(@TempDir Path dir) throws Exception {
        Path source = Files.writeString(dir.resolve("TongHop.xlsx"), "run 2");
        Path target = Files.writeString(dir.resolve("latest.xlsx"), "run 1");
        Links.linkOrCopy(source, target);
        assertThat(Files.readString(target)).isEqualTo("run 2");
        // A spreadsheet program saves by writing a new file and moving it over the old name.
        Path saved = Files.writeString(dir.resolve("~saved.tmp"), "edited by the reviewer");
        Files.move(saved, source, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.readString(target)).isEqualTo("run 2");
    }
}
