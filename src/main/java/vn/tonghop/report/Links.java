package vn.tonghop.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a file the run already wrote at a second place in the output folder. A hard link costs one
 * directory entry where a copy costs a new file: on a national night runs/ and latest/ would
 * otherwise copy some 8,000 returned workbooks every night. Excel and LibreOffice save by writing a
 * new file, so editing one of the two names never changes the other. Where links are not possible
 * (another file system, a share that refuses them) the file is copied.
 */
final class Links {

    private Links() {
    }

    static void linkOrCopy(Path source, Path target) throws IOException {
        Files.deleteIfExists(target);
        linkOrCopyNew(source, target);
    }

    /** The same for a target known not to exist, such as one in a folder just made. */
    static void linkOrCopyNew(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
