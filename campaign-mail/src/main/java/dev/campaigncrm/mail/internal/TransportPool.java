package dev.campaigncrm.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded pool of connected SMTP transports: at most {@code size} connections exist at once, each used by one
 * sender at a time and kept open for the next message.
 */
public final class TransportPool implements AutoCloseable {

    /** Opens one connected transport. */
    @FunctionalInterface
    public interface Connector {
        /** A new, connected transport. */
        Transport connect() throws MessagingException;
    }

    /**
     * A borrowed transport.
     *
     * @param transport the connected transport, for this borrower alone until returned
     * @param reused    true when it had sent before (so it may have gone stale)
     */
    public record Lease(Transport transport, boolean reused) {
    }

    private static final Logger log = LoggerFactory.getLogger(TransportPool.class);

    private final Connector connector;
    private final Semaphore permits;
    private final Deque<Transport> idle = new ConcurrentLinkedDeque<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** A pool of at most {@code size} connections opened by {@code connector}. */
    public TransportPool(int size, Connector connector) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, not " + size);
        }
        this.connector = connector;
        this.permits = new Semaphore(size, true);
    }

    /**
     * Waits for a free slot and returns an idle connection, or a new one when none is idle or {@code fresh} is
     * asked for (an idle one is then closed to stay within the bound). Every lease must be given back with
     * {@link #giveBack} or {@link #discard}.
     *
     * @throws MessagingException   when a new connection cannot be opened (the slot is freed)
     * @throws InterruptedException when interrupted while waiting for a slot
     */
    public Lease borrow(boolean fresh) throws MessagingException, InterruptedException {
        if (closed.get()) {
            throw new IllegalStateException("the mailer is closed");
        }
        permits.acquire();
        try {
            Transport t = idle.pollFirst();
            if (t != null && !fresh) {
                return new Lease(t, true);
            }
            if (t != null) {
                closeQuietly(t);
            }
            return new Lease(connector.connect(), false);
        } catch (Throwable e) {
            permits.release(); // whatever failed, the slot is free again
            throw e;
        }
    }

    /** Returns a healthy connection for the next sender (or closes it when the pool is closed). */
    public void giveBack(Transport transport) {
        idle.addFirst(transport);
        permits.release();
        if (closed.get()) {
            drain();
        }
    }

    /** Closes a broken or doubtful connection and frees its slot. */
    public void discard(Transport transport) {
        closeQuietly(transport);
        permits.release();
    }

    /** Closes every idle connection; connections in use are closed when they are given back. */
    @Override
    public void close() {
        closed.set(true);
        drain();
    }

    private void drain() {
        Transport t;
        while ((t = idle.pollFirst()) != null) {
            closeQuietly(t);
        }
    }

    private static void closeQuietly(Transport t) {
        try {
            t.close();
        } catch (MessagingException | RuntimeException e) {
            log.debug("closing an SMTP connection failed: {}", e.toString());
        }
    }
}
