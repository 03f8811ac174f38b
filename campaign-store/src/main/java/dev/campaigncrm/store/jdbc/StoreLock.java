package dev.campaigncrm.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exclusive lock file beside a SQLite store ({@code campaign.db.lock}): one process, and one open store in it,
 * at a time: SQLite has one writer, so workers that divide a campaign between them need PostgreSQL.
 */
final class StoreLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreLock.class);

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code db}.
     *
     * @throws IllegalStateException when another store (in this process or another) holds it
     * @throws UncheckedIOException  when the lock file cannot be created
     */
    static StoreLock acquire(Path db) {
        Path file = db.resolveSibling(db.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("The campaign store " + db + " is in use by another run (lock "
                        + file + "): SQLite serves one process at a time, so wait for that run to finish; for several "
                        + "workers at once use a PostgreSQL store (--store jdbc:postgresql://HOST:PORT/DB).");
            }
            return new StoreLock(channel, lock);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new UncheckedIOException("Cannot create the lock file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            log.debug("releasing the store lock failed: {}", e.toString());
        }
    }
}
