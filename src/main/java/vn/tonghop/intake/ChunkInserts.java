package vn.tonghop.intake;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inserts of one chunk of files, on the chunk's connection, each statement prepared once rather than
 * for every file and sheet.
 * Rows wait and go in one batch per table at {@link #flush}; a file or sheet is inserted at once, for its key.
 */
final class ChunkInserts implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> keyed = new HashMap<>();
    private final Map<String, List<Object[]>> waiting = new LinkedHashMap<>();

    ChunkInserts(Connection connection) {
        this.connection = connection;
    }

    /** Inserts one row at once and returns the key the database gave it in {@code keyColumn}. */
    long insert(String sql, String keyColumn, Object... values) throws SQLException {
        PreparedStatement ps = keyed.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql, new String[] {keyColumn});
            keyed.put(sql, ps);
        }
        bind(ps, values);
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no key returned by " + sql);
            }
            return keys.getLong(1);
        }
    }

    /** A row for the batch of its statement. */
    void add(String sql, Object[] values) {
        waiting.computeIfAbsent(sql, k -> new ArrayList<>()).add(values);
    }

    void flush() throws SQLException {
        for (Map.Entry<String, List<Object[]>> batch : waiting.entrySet()) {
            try (PreparedStatement ps = connection.prepareStatement(batch.getKey())) {
                for (Object[] values : batch.getValue()) {
                    bind(ps, values);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        waiting.clear();
    }

    /** As JdbcTemplate binds an argument array, so that a null or a BigDecimal goes in as it did before. */
    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            StatementCreatorUtils.setParameterValue(ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : keyed.values()) {
            ps.close();
        }
    }
}
