package vn.tonghop.config;

import vn.tonghop.text.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.stream.Stream;

/**
 * Everything an operator may edit under jobs/, loaded once per run. The fingerprint is a hash of the
 * folder's files: findings made under another one were made by other rules and tolerances.
 */
public record JobsConfig(Path folder, Catalogue catalogue, Indicators indicators, Units units, Successions successions,
                         HeaderAliases headers, Tolerances tolerances, ReportSettings report, Layouts layouts,
                         Schedule schedule, Limits limits, CrossChecks crossChecks, NarrativePhrases narrative,
                         String fingerprint) {

    public static JobsConfig load(Path folder) {
        String fingerprint = fingerprint(folder);
        Units units = Units.load(folder.resolve("units.csv"));
        Catalogue catalogue = Catalogue.load(folder.resolve("catalogue.csv"));
        Indicators indicators = Indicators.load(folder.resolve("indicators.csv"));
        return new JobsConfig(folder,
                catalogue,
                indicators,
                units,
                Successions.load(folder.resolve("successions.csv"), units),
                HeaderAliases.load(folder.resolve("headers.csv")),
                Tolerances.load(folder.resolve("tolerances.properties")),
                ReportSettings.load(folder.resolve("report.properties")),
                Layouts.load(folder.resolve("layouts.properties")),
                Schedule.load(folder.resolve("schedule.properties")),
                Limits.load(folder.resolve("limits.properties")),
                CrossChecks.load(folder.resolve("crosschecks.properties"), catalogue, indicators),
                NarrativePhrases.load(folder.resolve("narrative.csv")),
                fingerprint);
    }

    /** The same settings under another fingerprint: for a test that changes one part in memory. */
    public JobsConfig withLimits(Limits other) {
        return new JobsConfig(folder, catalogue, indicators, units, successions, headers, tolerances, report, layouts, schedule, other,
                crossChecks, narrative, fingerprint + "+limits");
    }

    /**
     * Every file directly under the folder, by name and content: the loaders above read their own, and
     * one added to them later counts without being listed twice. A file left out (its defaults apply)
     * hashes differently from an empty one, as its name is then missing.
     */
    private static String fingerprint(Path folder) {
        MessageDigest sha = Sha256.digest();
        if (!Files.isDirectory(folder)) {
            return Sha256.hex(sha);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        return Sha256.hex(sha);
    }
}
