package dev.campaigncrm.internal.pipeline;

import dev.campaigncrm.run.CampaignException;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.LeadOutcomes;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Outcomes read back from the file an {@link OutcomeSpill} merged into source order. The file's directory is deleted
 * by {@link #close()}, once this object is unreachable, or when the JVM exits normally.
 */
final class SpilledOutcomes implements LeadOutcomes {

    private static final Cleaner CLEANER = Cleaner.create();
    private static final int BUFFER = 64 << 10;

    private final Path dir;
    private final Path file;
    private final int size;
    private final long sent;
    private final long failed;
    private final Cleaner.Cleanable cleanable;
    private volatile boolean closed;

    SpilledOutcomes(Path dir, Path file, int size, long sent, long failed) {
        this.dir = dir;
        this.file = file;
        this.size = size;
        this.sent = sent;
        this.failed = failed;
        this.cleanable = CLEANER.register(this, () -> OutcomeSpill.delete(dir));
        // deleted in reverse order at exit: the file, then its directory (for outcomes never closed nor collected)
        dir.toFile().deleteOnExit();
        file.toFile().deleteOnExit();
    }

    /** The directory holding the file (gone once closed). */
    Path directory() {
        return dir;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long sentCount() {
        return sent;
    }

    @Override
    public long failedCount() {
        return failed;
    }

    @Override
    public Stream<LeadOutcome> stream() {
        if (closed) {
            throw new CampaignException("The outcomes were closed: their temporary file is gone");
        }
        DataInputStream in;
        try {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
        } catch (IOException e) {
            throw new CampaignException("Could not read the outcomes from " + file + ": " + e.getMessage(), e);
        }
        Iterator<LeadOutcome> it = new Iterator<>() {
            private OutcomeSpill.Encoded next = read();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public LeadOutcome next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                LeadOutcome o = decode(next);
                next = read();
                return o;
            }

            private OutcomeSpill.Encoded read() {
                try {
                    return OutcomeSpill.Encoded.readFrom(in);
                } catch (IOException e) {
                    throw new CampaignException("Could not read the outcomes from " + file + ": " + e.getMessage(),
                            e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(it, size, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    public void close() {
        closed = true;
        cleanable.clean();
    }

    private LeadOutcome decode(OutcomeSpill.Encoded e) {
        try {
            return OutcomeCodec.read(new DataInputStream(new ByteArrayInputStream(e.bytes())));
        } catch (IOException | RuntimeException x) {
            throw new CampaignException("The outcome of lead #" + e.index() + " in " + file + " is unreadable: "
                    + x.getMessage(), x);
        }
    }
}
