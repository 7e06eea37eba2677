package vn.tonghop.config;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A configuration CSV read into rows keyed by header name, so operators may reorder its columns. */
final class CsvTable {

    private CsvTable() {
    }

    static List<Map<String, String>> read(Path file, String... requiredColumns) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("missing configuration file " + file);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(in)) {
            List<String[]> lines = csv.readAll();
            if (lines.isEmpty()) {
                throw new ConfigException(file + " is empty");
            }
            String[] header = lines.get(0);
            header[0] = header[0].replace("\uFEFF", "");
            for (String required : requiredColumns) {
                if (!List.of(header).contains(required)) {
                    throw new ConfigException(file + " lacks the column '" + required + "'");
                }
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] line : lines.subList(1, lines.size())) {
                if (line.length == 1 && line[0].isBlank()) {
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].strip(), i < line.length ? line[i].strip() : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException | CsvException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
