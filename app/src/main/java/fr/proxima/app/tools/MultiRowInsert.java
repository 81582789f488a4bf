package fr.proxima.app.tools;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Buffers rows of one table and writes them as multi-row {@code INSERT ... VALUES (...), (...), ...} statements of
 * {@code rowsPerStatement} rows: one round trip and one statement parse per few hundred rows instead of per row.
 * Instants are written as UTC wall-clock times; the connection must use {@code time_zone = '+00:00'}.
 */
final class MultiRowInsert implements AutoCloseable {
    private final Connection connection;
    private final String table;
    private final List<String> columns;
    private final int rowsPerStatement;
    private final Object[] buffer;
    private int buffered;
    private long written;
    private PreparedStatement full;

    MultiRowInsert(Connection connection, String table, List<String> columns, int rowsPerStatement) {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        this.rowsPerStatement = rowsPerStatement;
        this.buffer = new Object[columns.size() * rowsPerStatement];
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size()
                    + " columns");
        }
        System.arraycopy(values, 0, buffer, buffered * columns.size(), values.length);
        buffered++;
        if (buffered == rowsPerStatement) {
            if (full == null) {
                full = connection.prepareStatement(sql(rowsPerStatement));
            }
            execute(full, rowsPerStatement);
        }
    }

    void flush() throws SQLException {
        if (buffered == 0) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql(buffered))) {
            execute(ps, buffered);
        }
    }

    long written() {
        return written;
    }

    private void execute(PreparedStatement ps, int rows) throws SQLException {
        int n = rows * columns.size();
        for (int i = 0; i < n; i++) {
            Object v = buffer[i];
            int index = i + 1;
            if (v == null) {
                ps.setNull(index, Types.NULL);
            } else if (v instanceof Instant instant) {
                ps.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else {
                ps.setObject(index, v);
            }
            buffer[i] = null;
        }
        ps.executeUpdate();
        written += rows;
        buffered = 0;
    }

    private String sql(int rows) {
        StringBuilder sb = new StringBuilder(64 + rows * columns.size() * 3);
        sb.append("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns)).append(") VALUES ");
        String row = "(" + "?, ".repeat(columns.size() - 1) + "?)";
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                sb.append(", ");
            }
            sb.append(row);
        }
        return sb.toString();
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
