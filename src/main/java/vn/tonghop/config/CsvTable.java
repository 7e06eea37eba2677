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

    /** The rows of a file, each with the line it starts on, for a refusal that names it. */
    static List<Map<String, String>> read(Path file, String... requiredColumns) {
        return lines(file, requiredColumns).stream().map(Line::cells).toList();
    }

    record Line(int number, Map<String, String> cells) {
    }

    /**
     * A row whose number of cells is not the header's is refused, naming the file and the line: read as it
     * stood, a unit with one column too few took its aliases for the forms it owes, and nobody was told.
     */
    static List<Line> lines(Path file, String... requiredColumns) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("missing configuration file " + file);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(in)) {
            String[] header = csv.readNext();
            if (header == null) {
                throw new ConfigException(file + " is empty");
            }
            header[0] = header[0].replace("\uFEFF", "");
            for (String required : requiredColumns) {
                if (!List.of(header).contains(required)) {
                    throw new ConfigException(file + " lacks the column '" + required + "'");
                }
            }
            List<Line> rows = new ArrayList<>();
            long lineNo = csv.getLinesRead() + 1;
            for (String[] line = csv.readNext(); line != null; line = csv.readNext()) {
                int number = (int) lineNo;
                lineNo = csv.getLinesRead() + 1;
                if (line.length == 1 && line[0].isBlank()) {
                    continue;
                }
                if (line.length != header.length) {
                    throw new ConfigException(file + " line " + number + ": " + line.length + " columns where the header has "
                            + header.length + " (a comma too many or too few?)");
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].strip(), line[i].strip());
                }
                rows.add(new Line(number, row));
            }
            return rows;
        } catch (IOException | CsvException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
