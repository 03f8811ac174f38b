package dev.campaigncrm.send.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only file of send events, one line each (see {@link JournalRecord}); every line is written and forced
 * to disk ({@link FileChannel#force}) before {@link #append} returns, so what was appended survives {@code kill -9}
 * and a power cut. Opening it reads every earlier line, ignores a damaged one and cuts off a torn last line (a
 * crash in mid-write). One process at a time: the file is locked while open. Thread-safe.
 */
public final class SendJournal implements SendLedger, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SendJournal.class);

    private record Key(String campaignId, String leadId, int step, int attempt) {
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final List<JournalRecord> records = Collections.synchronizedList(new ArrayList<>());
    private final Map<Key, JournalRecord> latest = new ConcurrentHashMap<>();

    private SendJournal(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Opens (or creates) the journal at {@code file} and reads what earlier runs wrote.
     *
     * @throws UncheckedIOException  when the file cannot be read or written
     * @throws IllegalStateException when another process has it open
     */
    public static SendJournal open(Path file) {
        Objects.requireNonNull(file, "file");
        FileChannel channel = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = lockOf(channel, file);
            SendJournal journal = new SendJournal(file, channel, lock);
            journal.load();
            return journal;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot open the send journal " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FileLock lockOf(FileChannel channel, Path file) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IllegalStateException("The send journal " + file + " is in use by another run; wait for it to"
                    + " finish (two runs at once could mail a lead twice).");
        }
        return lock;
    }

    private void load() throws IOException {
        long size = channel.size();
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(size));
        while (buf.hasRemaining() && channel.read(buf, buf.position()) >= 0) {
            // read it all
        }
        byte[] bytes = buf.array();
        int length = buf.position();
        int damaged = 0;
        int start = 0;
        int complete = 0; // bytes up to and including the last newline: offsets in bytes, never in decoded text
        for (int i = 0; i < length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
            Optional<JournalRecord> r = JournalLines.parse(line);
            if (r.isPresent()) {
                remember(r.get());
            } else {
                damaged++;
            }
            start = i + 1;
            complete = start;
        }
        if (damaged > 0) {
            log.warn("send journal {}: ignored {} damaged line(s)", file, damaged);
        }
        if (complete < size) {
            log.warn("send journal {}: cut off a torn last line ({} bytes) left by a run that stopped mid-write",
                    file, size - complete);
            channel.truncate(complete);
            channel.force(true);
        }
        channel.position(complete);
    }

    /** Appends {@code record} and forces it to disk before returning. */
    @Override
    public synchronized void append(JournalRecord record) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(JournalLines.format(record).getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        channel.force(false);
        remember(record);
    }

    /**
     * What the journal knows about a lead in a campaign: its {@link JournalEvent#SENT} record when there is one
     * (a message accepted stays sent), else its latest record; empty when never tried.
     */
    public Optional<JournalRecord> latest(String campaignId, String leadId) {
        return latest(campaignId, leadId, 1, 1);
    }

    /** As {@link #latest(String, String)}, for one step and attempt of the lead's sequence. */
    @Override
    public Optional<JournalRecord> latest(String campaignId, String leadId, int step, int attempt) {
        return Optional.ofNullable(latest.get(new Key(campaignId, leadId, step, attempt)));
    }

    /** The file's path. */
    @Override
    public String describe() {
        return file.toString();
    }

    /** Every readable record, in file order. */
    @Override
    public List<JournalRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    /** The file. */
    public Path file() {
        return file;
    }

    private void remember(JournalRecord r) {
        records.add(r);
        latest.merge(new Key(r.campaignId(), r.leadId(), r.step(), r.attempt()), r,
                (old, now) -> old.event() == JournalEvent.SENT ? old : now);
    }

    /** Releases the lock and closes the file. */
    @Override
    public synchronized void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            log.debug("releasing the journal lock failed: {}", e.toString());
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            log.debug("closing the journal failed: {}", e.toString());
        }
    }
}
