package vn.tonghop.intake;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A line for every file received, kept beside the archive in archive/journal/. The archive keeps contents by
 * hash alone; with where each came from and when it arrived, the staging database can be made again from the
 * archive when it is damaged. Each partition of a night writes a file of its own, so no two threads or
 * machines ever append to one file.
 */
public final class ReceivedJournal {

    private static final Logger log = LoggerFactory.getLogger(ReceivedJournal.class);

    private static final String[] HEADER = {"sha256", "archive_name", "path", "size_bytes", "modified", "first_seen",
        "received_at"};

    /** A file as it was received. */
    public record Entry(String sha256, String archiveName, String path, long size, Instant modified, Instant firstSeen,
                        Instant receivedAt) {
    }

    private ReceivedJournal() {
    }

    /** Written before the chunk's transaction commits: a line too many is harmless, a line missing loses a file. */
    public static void append(Path archive, String name, List<? extends IntakeResult> results, Instant receivedAt) {
        Path file = archive.resolve("journal").resolve(name + ".csv");
        try {
            Files.createDirectories(file.getParent());
            boolean fresh = !Files.exists(file);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
                 ICSVWriter csv = new CSVWriter(out)) {
                if (fresh) {
                    csv.writeNext(HEADER, false);
                }
                for (IntakeResult r : results) {
                    InputFile f = r.file();
                    csv.writeNext(new String[] {r.sha256(), r.archiveName() == null ? "" : r.archiveName(), f.relativePath(),
                        String.valueOf(f.size()), f.modified().toString(), f.firstSeen().toString(), receivedAt.toString()}, false);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file, e);
        }
    }

    /** Every file received, once, in the order they were received. */
    public static List<Entry> read(Path archive) throws IOException {
        Path folder = archive.resolve("journal");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Map<List<Object>, Entry> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                for (Entry e : lines(file)) {
                    // A chunk staged again after a restart wrote its lines twice.
                    entries.putIfAbsent(List.of(e.path(), e.size(), e.modified(), e.sha256()), e);
                }
            }
        }
        List<Entry> out = new ArrayList<>(entries.values());
        out.sort(Comparator.comparing(Entry::receivedAt).thenComparing(Entry::firstSeen).thenComparing(Entry::path));
        return out;
    }

    /** The next line; none after a line cut short inside its quotes, which can only be the last. */
    private static String[] next(CSVReader csv, Path file) throws IOException, CsvValidationException {
        try {
            return csv.readNext();
        } catch (CsvMalformedLineException e) {
            log.warn("{}, line {}: not a whole line of the journal; left out", file, csv.getLinesRead());
            return null;
        }
    }

    private static List<Entry> lines(Path file) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            csv.skip(1);
            for (String[] l = next(csv, file); l != null; l = next(csv, file)) {
                try {
                    out.add(new Entry(l[0], l[1].isEmpty() ? null : l[1], l[2], Long.parseLong(l[3]), Instant.parse(l[4]),
                            Instant.parse(l[5]), Instant.parse(l[6])));
                } catch (RuntimeException e) {
                    // A line cut short by a power cut: its chunk never committed, and its file is read again.
                    log.warn("{}, line {}: not a whole line of the journal; left out", file, csv.getLinesRead());
                }
            }
        } catch (CsvValidationException e) {
            throw new IOException("the journal " + file + " cannot be read: " + e.getMessage(), e);
        }
        return out;
    }
}
