package vn.tonghop.job;

import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
