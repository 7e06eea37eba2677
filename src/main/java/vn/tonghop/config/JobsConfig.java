package vn.tonghop.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything an operator may edit under jobs/, loaded once per run. The fingerprint is a hash of the
 * files as they were read: findings made under another one were made by other rules and tolerances.
 */
public record JobsConfig(Path folder, Catalogue catalogue, Indicators indicators, Units units, HeaderAliases headers, Tolerances tolerances,
                         ReportSettings report, Layouts layouts, Schedule schedule, Limits limits, String fingerprint) {

    private static final List<String> FILES = List.of("catalogue.csv", "indicators.csv", "units.csv", "headers.csv",
            "tolerances.properties", "report.properties", "layouts.properties", "schedule.properties", "limits.properties");

    public static JobsConfig load(Path folder) {
        String fingerprint = fingerprint(folder);
        return new JobsConfig(folder,
                Catalogue.load(folder.resolve("catalogue.csv")),
                Indicators.load(folder.resolve("indicators.csv")),
                Units.load(folder.resolve("units.csv")),
                HeaderAliases.load(folder.resolve("headers.csv")),
                Tolerances.load(folder.resolve("tolerances.properties")),
                ReportSettings.load(folder.resolve("report.properties")),
                Layouts.load(folder.resolve("layouts.properties")),
                Schedule.load(folder.resolve("schedule.properties")),
                Limits.load(folder.resolve("limits.properties")),
                fingerprint);
    }

    /** The same settings under another fingerprint: for a test that changes one part in memory. */
    public JobsConfig withLimits(Limits other) {
        return new JobsConfig(folder, catalogue, indicators, units, headers, tolerances, report, layouts, schedule, other,
                fingerprint + "+limits");
    }

    private static String fingerprint(Path folder) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : FILES) {
                Path file = folder.resolve(name);
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                // A file left out (the defaults apply) hashes differently from an empty one.
                sha.update(Files.exists(file) ? Files.readAllBytes(file) : new byte[] {0});
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
