package vn.tonghop.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** How much one input file may cost (jobs/limits.properties); past these it is FILE_HOSTILE. */
public record Limits(long maxFileBytes, long maxEntryBytes, int maxEntries, double minInflateRatio, int maxRows,
                     long maxCells, long maxSecondsPerFile) {

    public static Limits defaults() {
        return new Limits(50L << 20, 50L << 20, 2000, 0.01, 1_000_000, 5_000_000, 120);
    }

    static Limits load(Path file) {
        Limits d = defaults();
        if (!Files.isRegularFile(file)) {
            return d;
        }
        Properties p = Tolerances.PropertiesFile.read(file);
        try {
            return new Limits(
                    Long.parseLong(p.getProperty("max.file.bytes", "" + d.maxFileBytes()).strip()),
                    Long.parseLong(p.getProperty("max.entry.bytes", "" + d.maxEntryBytes()).strip()),
                    Integer.parseInt(p.getProperty("max.entries", "" + d.maxEntries()).strip()),
                    Double.parseDouble(p.getProperty("min.inflate.ratio", "" + d.minInflateRatio()).strip()),
                    Integer.parseInt(p.getProperty("max.rows", "" + d.maxRows()).strip()),
                    Long.parseLong(p.getProperty("max.cells", "" + d.maxCells()).strip()),
                    Long.parseLong(p.getProperty("max.seconds.per.file", "" + d.maxSecondsPerFile()).strip()));
        } catch (NumberFormatException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }
}
