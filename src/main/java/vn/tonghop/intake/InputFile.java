package vn.tonghop.intake;

import java.nio.file.Path;
import java.time.Instant;

/** A workbook in the drop folder that has settled and was not taken before. */
public record InputFile(Path path, String relativePath, long size, Instant modified) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
