package vn.tonghop.testdata;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Files that attack or break a reader, made from a good workbook of the test-data builder. */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** A good one-sheet workbook of Mường So, 2023. */
    public static Path good(Path file) throws IOException {
        CapitalForm form = new CapitalForm("UBND XÃ MƯỜNG SO", 2023);
        form.total();
        form.project("I", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", "DA2").fund("SN", "NSTW").money(0, 480, 455);
        new CapitalWorkbookBuilder().write(file, List.of(form));
        return file;
    }

    /** A copy of a .xlsx with one part replaced (or added) and optionally many padding parts. */
    public static Path rezip(Path from, Path to, String part, byte[] content, int extraParts) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            boolean replaced = false;
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(part)) {
                    out.write(content);
                    replaced = true;
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            if (!replaced && part != null) {
                out.putNextEntry(new ZipEntry(part));
                out.write(content);
                out.closeEntry();
            }
            for (int i = 0; i < extraParts; i++) {
                out.putNextEntry(new ZipEntry("xl/media/pad" + i + ".bin"));
                out.write(new byte[] {(byte) i});
                out.closeEntry();
            }
        }
        return to;
    }

    /** A .xlsx whose sheet part inflates from a small compressed size to {@code bytes} of XML-looking padding. */
    public static Path bomb(Path good, Path to, long bytes) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] head = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            .getBytes(StandardCharsets.UTF_8);
                    out.write(head);
                    byte[] block = new byte[1 << 16];
                    Arrays.fill(block, (byte) ' ');
                    for (long n = head.length; n < bytes; n += block.length) {
                        out.write(block);
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return to;
    }

    /** The good workbook with its shared strings behind an external entity (XXE). */
    public static Path externalEntity(Path good, Path to) throws IOException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&xxe;</t></si></sst>";
        return rezip(good, to, "xl/sharedStrings.xml", xml.getBytes(StandardCharsets.UTF_8), 0);
    }

    /** The good workbook with its shared strings as a billion-laughs entity expansion. */
    public static Path entityExpansion(Path good, Path to) throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&l9;</t></si></sst>");
        return rezip(good, to, "xl/sharedStrings.xml", dtd.toString().getBytes(StandardCharsets.UTF_8), 0);
    }

    /** The good workbook, encrypted with a password as Excel does. */
    public static Path encrypted(Path good, Path to) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("matkhau");
            try (InputStream in = Files.newInputStream(good); OutputStream os = enc.getDataStream(fs)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(to)) {
                fs.writeFilesystem(out);
            }
        }
        return to;
    }

    /** Excel's binary workbook (.xlsb): an Office zip whose workbook part is xl/workbook.bin. */
    public static Path xlsb(Path to) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(to))) {
            for (String part : new String[] {"[Content_Types].xml", "_rels/.rels", "xl/workbook.bin", "xl/worksheets/sheet1.bin"}) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write(part.endsWith(".bin") ? new byte[] {0x01, 0x02, 0x03} : "<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return to;
    }

    /** An Excel 5.0/95 workbook: an OLE2 container whose stream is "Book", not Excel 97's "Workbook". */
    public static Path excel95(Path to) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            // A BIFF5 BOF record: type 0x0809, length 8, version 0x0500, a workbook globals substream.
            fs.createDocument(new ByteArrayInputStream(new byte[] {0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00,
                0x00, 0x00, 0x00, 0x00}), "Book");
            try (var out = Files.newOutputStream(to)) {
                fs.writeFilesystem(out);
            }
        }
        return to;
    }
}
