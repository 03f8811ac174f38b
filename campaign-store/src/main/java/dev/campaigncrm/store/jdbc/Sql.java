package dev.campaigncrm.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers: bind values of the store's few types, run updates and queries. */
final class Sql {

    /** Reads one row. */
    @FunctionalInterface
    interface RowReader<T> {
        /** The value of the current row. */
        T read(ResultSet rs) throws SQLException;
    }

    /** Rows per JDBC batch. */
    static final int BATCH = 500;

    private Sql() {
    }

    /** Runs an update with these parameters; the number of rows changed. */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** Runs an update once per parameter list, sent to the database in batches of {@value #BATCH}. */
    static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] params : rows) {
                bind(ps, params);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /** Runs a query with these parameters and reads every row. */
    static <T> List<T> query(Connection c, String sql, RowReader<T> reader, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
                return out;
            }
        }
    }

    /** An INTEGER column, null when SQL NULL. */
    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** Marks a null parameter of an INTEGER column. */
    record NullInt() {
    }

    /** A null INTEGER parameter. */
    static final NullInt NULL_INT = new NullInt();

    /** The value, or {@link #NULL_INT} when null. */
    static Object intOrNull(Integer v) {
        return v == null ? NULL_INT : v;
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = i + 1;
            if (p == null) {
                ps.setNull(at, Types.VARCHAR);
            } else if (p instanceof NullInt) {
                ps.setNull(at, Types.INTEGER);
            } else if (p instanceof String s) {
                ps.setString(at, s);
            } else if (p instanceof Integer n) {
                ps.setInt(at, n);
            } else if (p instanceof Long n) {
                ps.setLong(at, n);
            } else if (p instanceof Double d) {
                ps.setDouble(at, d);
            } else {
                throw new IllegalArgumentException("cannot bind a " + p.getClass().getName());
            }
        }
    }
}
