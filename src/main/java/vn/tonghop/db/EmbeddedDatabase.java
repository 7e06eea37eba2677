package vn.tonghop.db;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.tonghop.report.OutputPublisher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;

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
