package vn.tonghop.db;

import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Creates the job repository and the staging tables on first use, and adds what a newer version
 * needs to a database an older one created. Spring Boot's automatic schema initialisation is off:
 * this database lives for years under output/ and must not depend on it.
 *
 * <p>Each script is recorded in schema_version only once it has run to the end. A process killed
 * half-way leaves some of a script's objects behind; the next start runs the script again and
 * passes over the objects that already exist.
 */
public final class DatabaseSchema {

    /** The scripts in the order they apply; a script's number is its place in this list. */
    private static final List<Resource> SCRIPTS = SchemaScripts.forPlatform("hsqldb");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public DatabaseSchema(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void ensure() throws SQLException {
        if (!exists("SCHEMA_VERSION")) {
            jdbc.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, applied_at TIMESTAMP(3) NOT NULL)");
        }
        Set<Integer> applied = new HashSet<>(jdbc.queryForList("SELECT version FROM schema_version", Integer.class));
        for (int version = 0; version < SCRIPTS.size(); version++) {
            if (!applied.contains(version)) {
                run(SCRIPTS.get(version));
                jdbc.update("INSERT INTO schema_version (version, applied_at) VALUES (?, CURRENT_TIMESTAMP)", version);
            }
        }
        sizeCache(Runtime.getRuntime().maxMemory());
    }

    /**
     * HSQLDB keeps 10 MB (50,000 rows) of a file database's rows in memory by default. A national night
     * stages several times that, and reading the same rows back from disk again and again was most of the
     * check and consolidation steps. An eighth of the heap:
     * set at every start, since an operator may give the JVM another -Xmx, and HSQLDB sizes its cache when it
     * opens the database, so a change counts from the next run (a new database is created, shut and opened
     * again, so its first night has it).
     */
    void sizeCache(long maxHeapBytes) {
        if (!fileDatabase()) {
            return;
        }
        int kilobytes = (int) Math.min(Integer.MAX_VALUE, Math.max(DEFAULT_CACHE_KB, maxHeapBytes / 8 / 1024));
        jdbc.execute("SET FILES CACHE SIZE " + kilobytes);
        // About 250 bytes a row, as staged rows are: the row limit must not bind before the size does.
        jdbc.execute("SET FILES CACHE ROWS " + (int) Math.min(Integer.MAX_VALUE, Math.max(DEFAULT_CACHE_ROWS, kilobytes * 4L)));
    }

    private static final int DEFAULT_CACHE_KB = 10_000;
    private static final int DEFAULT_CACHE_ROWS = 50_000;

    /** Only a file database has a row cache; an in-memory one (the step tests') keeps every row. */
    private boolean fileDatabase() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL().startsWith("jdbc:hsqldb:file:");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's URL", e);
        }
    }

    private boolean exists(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    private void run(Resource script) {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(script);
        populator.setSqlScriptEncoding("UTF-8");
        // Only "already exists" can fail here: the scripts hold nothing but CREATE statements
        // (and DROP, of a view a half-run script already dropped).
        populator.setContinueOnError(true);
        populator.execute(dataSource);
    }
}
