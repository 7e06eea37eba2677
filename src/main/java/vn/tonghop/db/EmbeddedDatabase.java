package vn.tonghop.db;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.tonghop.report.OutputPublisher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Creates the embedded database whole or not at all. HSQLDB writes a new database's files one after
 * another; a process killed among them (a power cut on the first night) leaves files it will not open
 * again. So the database and its schema are built in a folder of their own, shut down, and only then
 * moved into place: the database folder either holds a complete database or none.
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /**
     * Why the database in {@code folder} cannot serve a night, or empty when it opens and answers (or is not
     * there yet). Half a .script or .data file, left by a full disk or a failing one, makes HSQLDB refuse it.
     */
    public static Optional<String> damage(Path folder, String name, String options) {
        if (!Files.exists(folder.resolve(name + ".properties")) && !Files.exists(folder.resolve(name + ".script"))) {
            return Optional.empty();
        }
        String url = "jdbc:hsqldb:file:" + folder.resolve(name).toString().replace('\\', '/') + options + ";ifexists=true";
        try (Connection c = DriverManager.getConnection(url, "SA", ""); Statement s = c.createStatement()) {
            for (String table : List.of("schema_version", "received_file", "received_sheet", "BATCH_JOB_EXECUTION")) {
                s.executeQuery("SELECT COUNT(*) FROM " + table).close();
            }
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            // HSQLDB names its exception classes inside its messages; the operator needs only what they say.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of(why.replaceAll("[\\w.]+Exception:\\s*", "").replaceAll("\\s+", " ").strip());
        }
    }

    /** Moves the database out of the way, to db.damaged-&lt;time&gt;/ beside it, for whoever wants to look at it. */
    public static Path moveAside(Path folder, LocalDateTime now) throws IOException {
        Path aside = folder.resolveSibling(folder.getFileName() + ".damaged-" + now.format(ASIDE));
        for (int n = 2; Files.exists(aside); n++) {
            aside = folder.resolveSibling(folder.getFileName() + ".damaged-" + now.format(ASIDE) + "-" + n);
        }
        Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }

    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * @param folder  where the database lives (output/db)
     * @param name    the database's file name without extension ("tonghop")
     * @param options the URL's options, from the first ';'
     */
    public static void createIfAbsent(Path folder, String name, String options) throws IOException, SQLException {
        if (Files.exists(folder.resolve(name + ".properties")) || Files.exists(folder.resolve(name + ".script"))) {
            return;
        }
        Path fresh = folder.resolveSibling(folder.getFileName() + ".new");
        OutputPublisher.deleteTree(fresh);
        Files.createDirectories(fresh);
        String url = "jdbc:hsqldb:file:" + fresh.resolve(name).toString().replace('\\', '/') + options;
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url, "SA", "", true);
        try {
            new DatabaseSchema(ds).ensure();
            new JdbcTemplate(ds).execute("SHUTDOWN");
        } finally {
            ds.destroy();
        }
        // What is there has neither a catalogue nor a properties file: HSQLDB could not open it anyway.
        OutputPublisher.deleteTree(folder);
        Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
    }
}
