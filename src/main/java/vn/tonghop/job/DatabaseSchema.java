package vn.tonghop.job;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Creates the job repository and the staging tables on first use. Spring Boot's automatic schema
 * initialisation is off: this database lives for years under output/ and must not depend on it.
 */
public final class DatabaseSchema {

    private final DataSource dataSource;

    public DatabaseSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void ensure() throws SQLException {
        if (!exists("BATCH_JOB_INSTANCE")) {
            run("org/springframework/batch/core/schema-hsqldb.sql");
        }
        if (!exists("RECEIVED_FILE")) {
            run("db/tonghop-schema.sql");
        }
    }

    private boolean exists(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    private void run(String script) {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource(script));
        populator.setSqlScriptEncoding("UTF-8");
        populator.execute(dataSource);
    }
}
