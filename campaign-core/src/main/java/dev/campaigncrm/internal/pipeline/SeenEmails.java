package dev.campaigncrm.internal.pipeline;

import dev.campaigncrm.run.CampaignException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The addresses a run has seen, each with where it was first seen, kept off the heap so that checking a million
 * leads for duplicates costs no more heap than checking a hundred: the keys and places are appended to a log file,
 * and an open-addressing table of (64-bit hash, log offset) lives in a memory-mapped file that doubles when half
 * full. A hash match is confirmed by comparing the key in the log, so the answer is exact. Both files are in a
 * temporary directory deleted by {@link #close()}. Not thread-safe.
 */
final class SeenEmails implements AutoCloseable {

    private static final int SLOT = 16;
    private static final int FIRST_SLOTS = 1 << 15;

    private final Path dir;
    private final FileChannel log;
    private final ByteBuffer pending = ByteBuffer.allocate(64 << 10);
    private long logFlushed;
    private MappedByteBuffer table;
    private Path tableFile;
    private int slots;
    private int size;

    SeenEmails() {
        try {
            dir = Files.createTempDirectory("campaign-emails");
            log = FileChannel.open(dir.resolve("emails.log"), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            table = newTable(FIRST_SLOTS);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Where {@code key} was first seen, when it was; else remembers it as first seen at {@code where} and returns
     * empty.
     */
    Optional<String> firstSeen(String key, String where) {
        long hash = hash(key);
        try {
            int i = (int) (hash & (slots - 1));
            while (true) {
                long h = table.getLong(i * SLOT);
                if (h == 0) {
                    break;
                }
                if (h == hash) {
                    String[] entry = readEntry(table.getLong(i * SLOT + 8));
                    if (entry[0].equals(key)) {
                        return Optional.of(entry[1]);
                    }
                }
                i = (i + 1) & (slots - 1);
            }
            long offset = append(key, where);
            table.putLong(i * SLOT, hash);
            table.putLong(i * SLOT + 8, offset);
            if (++size * 2 > slots) {
                grow();
            }
            return Optional.empty();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** The directory holding the files (gone once closed). */
    Path directory() {
        return dir;
    }

    /** Deletes the files. */
    @Override
    public void close() {
        try {
            log.close();
        } catch (IOException e) {
            // the directory is deleted below all the same
        }
        table = null;
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort: left for the OS's temporary-file cleaner
        }
        dir.toFile().delete();
    }

    private MappedByteBuffer newTable(int n) throws IOException {
        Path file = dir.resolve("emails-" + n + ".idx");
        MappedByteBuffer t;
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            t = c.map(FileChannel.MapMode.READ_WRITE, 0, (long) n * SLOT);
        }
        if (tableFile != null) {
            Files.deleteIfExists(tableFile);
        }
        tableFile = file;
        slots = n;
        return t;
    }

    private void grow() throws IOException {
        if (slots > Integer.MAX_VALUE / SLOT / 2) {
            throw new CampaignException("Too many leads to check for duplicate addresses: " + size);
        }
        MappedByteBuffer old = table;
        int oldSlots = slots;
        table = newTable(oldSlots * 2);
        for (int j = 0; j < oldSlots; j++) {
            long h = old.getLong(j * SLOT);
            if (h != 0) {
                int i = (int) (h & (slots - 1));
                while (table.getLong(i * SLOT) != 0) {
                    i = (i + 1) & (slots - 1);
                }
                table.putLong(i * SLOT, h);
                table.putLong(i * SLOT + 8, old.getLong(j * SLOT + 8));
            }
        }
    }

    private long append(String key, String where) throws IOException {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        byte[] w = where.getBytes(StandardCharsets.UTF_8);
        int n = 8 + k.length + w.length;
        if (pending.remaining() < n) {
            flush();
        }
        long offset = logFlushed + pending.position();
        if (pending.remaining() < n) {
            log.write(ByteBuffer.allocate(n).putInt(k.length).put(k).putInt(w.length).put(w).flip(), offset);
            logFlushed += n;
            return offset;
        }
        pending.putInt(k.length).put(k).putInt(w.length).put(w);
        return offset;
    }

    private String[] readEntry(long offset) throws IOException {
        if (offset >= logFlushed) {
            flush();
        }
        String key = readText(offset);
        String where = readText(offset + 4 + key.getBytes(StandardCharsets.UTF_8).length);
        return new String[] {key, where};
    }

    private String readText(long offset) throws IOException {
        ByteBuffer len = ByteBuffer.allocate(4);
        readFully(len, offset);
        ByteBuffer bytes = ByteBuffer.allocate(len.flip().getInt());
        readFully(bytes, offset + 4);
        return new String(bytes.array(), StandardCharsets.UTF_8);
    }

    private void readFully(ByteBuffer b, long offset) throws IOException {
        while (b.hasRemaining()) {
            if (log.read(b, offset + b.position()) < 0) {
                throw new IOException("unexpected end of " + dir.resolve("emails.log"));
            }
        }
    }

    private void flush() throws IOException {
        pending.flip();
        while (pending.hasRemaining()) {
            logFlushed += log.write(pending, logFlushed);
        }
        pending.clear();
    }

    /** A 64-bit hash of the text (FNV-1a over its chars, then a final mix); never 0, which marks an empty slot. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private CampaignException failure(IOException e) {
        return new CampaignException("Could not keep the addresses seen under " + dir + ": " + e.getMessage(), e);
    }
}
