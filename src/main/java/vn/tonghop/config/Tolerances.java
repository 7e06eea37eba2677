package vn.tonghop.config;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The tolerances the checks decide with: rounding per addend, rate precision, outliers (jobs/tolerances.properties). */
public record Tolerances(BigDecimal amountPerChild, BigDecimal rateLastDigitUnits, BigDecimal outlierFactor,
                         BigDecimal unitSuspectRatio, BigDecimal unitSuspectAbsolute, int firstYear, int lastYear) {

    public static Tolerances defaults() {
        return new Tolerances(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(5), BigDecimal.valueOf(500),
                BigDecimal.valueOf(10_000_000), 2021, 2025);
    }

    static Tolerances load(Path file) {
        Properties p = PropertiesFile.read(file);
        Tolerances d = defaults();
        try {
            return new Tolerances(
                    decimal(p, "amount.per.child", d.amountPerChild()),
                    decimal(p, "rate.last.digit.units", d.rateLastDigitUnits()),
                    decimal(p, "outlier.factor", d.outlierFactor()),
                    decimal(p, "unit.suspect.ratio", d.unitSuspectRatio()),
                    decimal(p, "unit.suspect.absolute", d.unitSuspectAbsolute()),
                    Integer.parseInt(p.getProperty("period.first.year", "" + d.firstYear()).strip()),
                    Integer.parseInt(p.getProperty("period.last.year", "" + d.lastYear()).strip()));
        } catch (NumberFormatException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }

    private static BigDecimal decimal(Properties p, String name, BigDecimal fallback) {
        String v = p.getProperty(name);
        return v == null ? fallback : new BigDecimal(v.strip());
    }

    public boolean inPeriod(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** Reads a properties file as UTF-8, so Vietnamese texts survive. */
    static final class PropertiesFile {
        private PropertiesFile() {
        }

        static Properties read(Path file) {
            Properties p = new Properties();
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("missing configuration file " + file);
            }
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
            }
            return p;
        }
    }
}
