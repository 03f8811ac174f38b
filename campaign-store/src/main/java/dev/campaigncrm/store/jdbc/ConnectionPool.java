package dev.campaigncrm.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few connections shared by threads, each unit of work in its own transaction. With one connection (SQLite) every
 * read and write is serialised in Java, so there is only ever one writer. A connection that failed is closed and
 * replaced.
 */
final class ConnectionPool implements AutoCloseable {

    /** Work done in one transaction. */
    @FunctionalInterface
    interface Work<T> {
        /** Does the work on {@code c}; committed when it returns. */
        T run(Connection c) throws SQLException;
    }

    /** Opens a connection set up for the store. */
    @FunctionalInterface
    interface Opener {
        /** A new connection. */
        Connection open() throws SQLException;
    }

    private static final Logger log = LoggerFactory.getLogger(ConnectionPool.class);

    private final Opener opener;
    private final Semaphore permits;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private volatile boolean closed;

    ConnectionPool(Opener opener, int size) {
        this.opener = opener;
        this.permits = new Semaphore(size, true);
    }

    /** Runs {@code work} in a transaction, committed before this returns; rolled back when it throws. */
    <T> T inTransaction(Work<T> work) throws SQLException {
        if (closed) {
            throw new IllegalStateException("the campaign store is closed");
        }
        permits.acquireUninterruptibly();
        Connection c = null;
        boolean healthy = false;
        try {
            c = take();
            T result;
            try {
                result = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
            healthy = true;
            return result;
        } finally {
            if (c != null) {
                if (healthy || isValid(c)) {
                    give(c);
                } else {
                    closeQuietly(c);
                }
            }
            permits.release();
        }
    }

    private Connection take() throws SQLException {
        synchronized (idle) {
            Connection c = idle.pollFirst();
            if (c != null) {
                return c;
            }
        }
        Connection c = opener.open();
        c.setAutoCommit(false);
        return c;
    }

    private void give(Connection c) {
        synchronized (idle) {
            if (!closed) {
                idle.addFirst(c);
                return;
            }
        }
        closeQuietly(c);
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            log.debug("rollback failed: {}", e.toString());
        }
    }

    private static boolean isValid(Connection c) {
        try {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            log.debug("closing a connection failed: {}", e.toString());
        }
    }

    /** Closes the idle connections; connections in use are closed when their work ends. */
    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(ConnectionPool::closeQuietly);
            idle.clear();
        }
    }
}
