package vn.tonghop.excel.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks at a file before any parser does: its size, and for a .xlsx (a zip) how many parts it has,
 * how large they claim to be, how much they inflate, and whether any XML part declares a DTD, which
 * an Excel file never needs and an entity-expansion or external-entity attack always does.
 * POI's own zip limits still apply while reading, since a zip's directory can lie.
 */
public final class WorkbookScreen {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int XML_PROBE = 8192;
    private static final long RATIO_FLOOR_BYTES = 1 << 20;
    private static final byte[] DOCTYPE = "DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "ENTITY".getBytes(StandardCharsets.US_ASCII);

    private WorkbookScreen() {
    }

    /** Why the file is refused for its size alone, or empty. */
    static Optional<String> oversized(Path file, ReadLimits limits) throws IOException {
        long size = Files.size(file);
        return size > limits.maxFileBytes()
                ? Optional.of("file of " + size + " bytes is over the limit of " + limits.maxFileBytes()) : Optional.empty();
    }

    /** Why an open .xlsx is refused for its parts, or empty; a part that cannot be read is the parser's to name. */
    static Optional<String> hostile(ZipFile zip, ReadLimits limits) {
        try {
            if (zip.size() > limits.maxEntries()) {
                return Optional.of(zip.size() + " zip entries, over the limit of " + limits.maxEntries());
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getSize() > limits.maxEntryBytes()) {
                    return Optional.of("part " + e.getName() + " unzips to " + e.getSize() + " bytes, over the limit of "
                            + limits.maxEntryBytes());
                }
                if (e.getSize() > RATIO_FLOOR_BYTES && e.getCompressedSize() > 0
                        && (double) e.getCompressedSize() / e.getSize() < limits.minInflateRatio()) {
                    return Optional.of("part " + e.getName() + " inflates " + e.getSize() / e.getCompressedSize()
                            + " times: a zip bomb");
                }
                String name = e.getName().toLowerCase(Locale.ROOT);
                if ((name.endsWith(".xml") || name.endsWith(".rels")) && declaresDtd(zip, e)) {
                    return Optional.of("part " + e.getName() + " declares a DTD (entity expansion or external entities)");
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean declaresDtd(ZipFile zip, ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return declaresDtd(in.readNBytes(XML_PROBE));
        }
    }

    /**
     * Whether the bytes hold "&lt;!DOCTYPE" or "&lt;!ENTITY". Searched as bytes, not as decoded text: both
     * are ASCII, so their UTF-8 bytes are the same, and every workbook part of every file comes here.
     */
    static boolean declaresDtd(byte[] head) {
        // '!' is rare in a part, '<' is in every tag.
        for (int i = 1; i < head.length; i++) {
            if (head[i] == '!' && head[i - 1] == '<' && (follows(head, i + 1, DOCTYPE) || follows(head, i + 1, ENTITY))) {
                return true;
            }
        }
        return false;
    }

    private static boolean follows(byte[] bytes, int at, byte[] word) {
        return at + word.length <= bytes.length && Arrays.equals(bytes, at, at + word.length, word, 0, word.length);
    }

    /** Whether the file is a zip (.xlsx), by its first bytes. */
    public static boolean isZip(Path file) {
        try {
            return startsWith(file, ZIP);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the file is markup: a web page (HTML) or Excel 2003's XML, which web systems hand out as
     * ".xls" and which Excel keeps in that form when the clerk only presses Save.
     */
    static boolean isMarkup(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(512), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            return head.startsWith("<");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the file is plain text (a .csv or .txt export, whatever its name): no NUL byte in its first 4 KB,
     * which every binary workbook has, and a line break or a separator.
     */
    static boolean isText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            for (byte b : head) {
                if (b == 0) {
                    return false;
                }
            }
            String text = new String(head, StandardCharsets.UTF_8);
            return text.indexOf('\n') >= 0 || text.indexOf(',') >= 0 || text.indexOf(';') >= 0 || text.indexOf('\t') >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What a file that is no workbook is instead, when that is plain: the scanned report (PDF, a photo), the
     * Word report the form came with, or an archive of forms. Empty for anything else, such as a broken
     * workbook, which the parser names.
     */
    static Optional<UnreadableWorkbookException.Kind> notAWorkbook(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (head.length == 0) {
            return Optional.of(UnreadableWorkbookException.Kind.EMPTY);
        }
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("%PDF")) {
            return Optional.of(UnreadableWorkbookException.Kind.PDF);
        }
        if (ascii.startsWith("\u00FF\u00D8\u00FF") || ascii.startsWith("\u0089PNG") || ascii.startsWith("GIF8")
                || ascii.startsWith("II*\0") || ascii.startsWith("MM\0*") || ascii.startsWith("BM")) {
            return Optional.of(UnreadableWorkbookException.Kind.IMAGE);
        }
        if (ascii.startsWith("Rar!") || ascii.startsWith("7z\u00BC\u00AF")) {
            return Optional.of(UnreadableWorkbookException.Kind.ARCHIVE);
        }
        if (!ascii.startsWith("PK")) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(UnreadableWorkbookException.Kind.WORD);
            }
            if (zip.getEntry("xl/workbook.bin") != null) {
                return Optional.of(UnreadableWorkbookException.Kind.XLSB);
            }
            boolean office = zip.getEntry("[Content_Types].xml") != null || zip.getEntry("mimetype") != null;
            return office || zip.size() == 0 ? Optional.empty() : Optional.of(UnreadableWorkbookException.Kind.ARCHIVE);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(Path file, byte[] magic) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(magic.length);
            return Arrays.equals(head, magic);
        }
    }
}
