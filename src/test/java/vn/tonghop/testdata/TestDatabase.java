package vn.tonghop.testdata;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A PostgreSQL database of a test's own on the machine's server (127.0.0.1:5432, trust), dropped
 * when the test closes it, whatever connections a killed process left open.
 */
public final class TestDatabase implements AutoCloseable {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String USER = "postgres";

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    public static TestDatabase create() throws SQLException {
        String name = "tonghop_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new TestDatabase(name);
    }

    public String url() {
        return SERVER + name;
    }

    /** The options that point tonghop at this database. */
    public String[] options() {
        return new String[] {"--spring.profiles.active=postgres", "--spring.datasource.url=" + url(),
            "--spring.datasource.username=" + USER};
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
