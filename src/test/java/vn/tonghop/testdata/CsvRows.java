package vn.tonghop.testdata;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an output CSV back into rows keyed by the header, checking the byte-order mark on the way. */
public final class CsvRows {

    private CsvRows() {
    }

    public static List<String> header(Path file) throws IOException {
        return List.of(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "").split(","));
    }

    public static List<Map<String, String>> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 3 || bytes[0] != (byte) 0xEF || bytes[1] != (byte) 0xBB || bytes[2] != (byte) 0xBF) {
            throw new AssertionError(file + " does not start with a UTF-8 byte-order mark");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            List<String[]> lines = csv.readAll();
            String[] head = lines.get(0);
            head[0] = head[0].replace("\uFEFF", "");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] line : lines.subList(1, lines.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < head.length; i++) {
                    row.put(head[i], line[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (CsvException e) {
            throw new IOException(e);
        }
    }

    public static BigDecimal sum(List<Map<String, String>> rows, String column) {
        return rows.stream().map(r -> new BigDecimal(r.get(column))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
