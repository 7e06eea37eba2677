package vn.tonghop.intake;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A workbook in the drop folder that has settled and was not taken before. {@code firstSeen} is when
 * tonghop first saw it as it is, by its own clock: the order files arrived in, whatever their own
 * timestamps say.
 */
public record InputFile(Path path, String relativePath, long size, Instant modified, Instant firstSeen) {

    /** A file whose arrival is not known apart from its own timestamp (tests, a plan of an older version). */
    public InputFile(Path path, String relativePath, long size, Instant modified) {
        this(path, relativePath, size, modified, modified);
    }

    /** The name the clerk gave it; the path read may be its copy in the archive. */
    public String fileName() {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }
}
