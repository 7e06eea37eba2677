package vn.tonghop.testdata;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.tonghop.db.DatabaseSchema;

import java.nio.file.Path;
import java.sql.SQLException;

/** An embedded staging database of a test's own, in its folder, with tonghop's schema; destroy it when done. */
public final class StagingDatabase {

    private StagingDatabase() {
    }

    public static SingleConnectionDataSource in(Path folder) throws SQLException {
        SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:hsqldb:file:" + folder.resolve("db"), "SA", "", true);
        new DatabaseSchema(ds).ensure();
        return ds;
    }
}
