package vn.tonghop.report;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The contract's CSV dialect: UTF-8 with a byte-order mark (so Excel shows Vietnamese), commas,
 * RFC 4180 quoting, numbers with a dot and no grouping, and text that cannot run as a formula.
 */
final class CsvFile implements AutoCloseable {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

    private final ICSVWriter csv;

    CsvFile(Path file, String... header) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        OutputStream out = Files.newOutputStream(file);
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        // Buffered as characters: opencsv hands over a line at a time, and encoding each line on its own is slow.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        csv = new CSVWriter(writer, ',', '"', '"', "\r\n");
        csv.writeNext(header, false);
    }

    void row(Object... values) {
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = cell(values[i]);
        }
        csv.writeNext(cells, false);
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            BigDecimal s = d.stripTrailingZeros();
            return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        return inert(v.toString());
    }

    /** A text that a spreadsheet would take for a formula gets a leading apostrophe. */
    static String inert(String text) {
        if (text.isEmpty()) {
            return text;
        }
        // The first character decides; only a leading minus needs the pattern, since a negative number is not a formula.
        char c = text.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r'
                || c == '-' && !PLAIN_NUMBER.matcher(text).matches();
        return risky ? "'" + text : text;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
