package vn.tonghop.check;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.text.Sha256;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the stored check findings were made with: the settings under jobs/ and the program itself
 * (each file on the class path by name, size and time; a jar installed anew changes them). Findings of
 * a unit with no new sheets stand only while both are the same.
 */
final class CheckBasis {

    private final JdbcTemplate jdbc;

    CheckBasis(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String of(JobsConfig config) {
        StringBuilder basis = new StringBuilder(config.fingerprint());
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            try {
                if (Files.isRegularFile(p)) {
                    basis.append('|').append(p.toAbsolutePath()).append('|').append(Files.size(p))
                            .append('|').append(Files.getLastModifiedTime(p).toMillis());
                }
            } catch (IOException e) {
                basis.append('|').append(entry).append("|unreadable");
            }
        }
        return Sha256.of(basis.toString());
    }

    /** The fingerprint the stored findings were made with; empty before the first check. */
    String stored() {
        List<String> stored = jdbc.queryForList("SELECT fingerprint FROM check_basis", String.class);
        return stored.isEmpty() ? "" : stored.get(0);
    }

    void store(String fingerprint) {
        jdbc.update("DELETE FROM check_basis");
        jdbc.update("INSERT INTO check_basis (fingerprint) VALUES (?)", fingerprint);
    }
}
