package dev.campaigncrm.internal.pipeline;

import dev.campaigncrm.run.CampaignException;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.LeadOutcomes;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the outcomes of a phase on disk as they complete, in any order, and puts them back into source order at the
 * end with an external merge sort: completed outcomes are encoded at once and gathered up to {@code RUN_BYTES}
 * (4 MiB); each such batch is sorted by index and written as a run; {@link #finish()} merges the runs, at most
 * {@code FAN_IN} (64) at a time, into one file in source order. Memory is one batch plus one read buffer per run being
 * merged, whatever the number of leads. Thread-safe.
 */
final class OutcomeSpill implements AutoCloseable {

    /** The encoded bytes gathered before a run is sorted and written. */
    static final int RUN_BYTES = 4 << 20;
    /** The most runs merged at once. */
    static final int FAN_IN = 64;
    private static final int BUFFER = 16 << 10;

    private final Path dir;
    private final int runBytes;
    private final List<Path> runs = new ArrayList<>();
    private List<Encoded> batch = new ArrayList<>();
    private long batchBytes;
    private int count;
    private long sent;
    private long failed;
    private boolean finished;

    /** A spill in a new temporary directory of its own. */
    OutcomeSpill() {
        this(RUN_BYTES);
    }

    OutcomeSpill(int runBytes) {
        this.runBytes = runBytes;
        try {
            this.dir = Files.createTempDirectory("campaign-outcomes");
        } catch (IOException e) {
            throw new CampaignException("Could not create a temporary directory for the outcomes: " + e.getMessage(),
                    e);
        }
    }

    /** The directory holding the spill's files (deleted by {@link #close()} or by the outcomes it became). */
    Path directory() {
        return dir;
    }

    /** Adds one completed outcome, in any order; its index must be unique. */
    void add(LeadOutcome outcome) {
        byte[] bytes = encode(outcome);
        synchronized (this) {
            if (finished) {
                throw new IllegalStateException("the spill has been finished");
            }
            batch.add(new Encoded(outcome.index(), bytes));
            batchBytes += bytes.length;
            count++;
            sent += outcome.sent() ? 1 : 0;
            failed += outcome.failure() != null ? 1 : 0;
            if (batchBytes >= runBytes) {
                writeRun();
            }
        }
    }

    /**
     * Merges what was added into source order and hands it over as outcomes that read it back; they own the files
     * from then on (closing this spill afterwards does nothing).
     */
    synchronized LeadOutcomes finish() {
        if (finished) {
            throw new IllegalStateException("the spill has been finished");
        }
        writeRun();
        finished = true;
        try {
            Path sorted = dir.resolve("outcomes.bin");
            if (runs.isEmpty()) {
                Files.createFile(sorted);
            } else {
                while (runs.size() > FAN_IN) {
                    List<Path> first = new ArrayList<>(runs.subList(0, FAN_IN));
                    runs.subList(0, FAN_IN).clear();
                    runs.add(merge(first, dir.resolve("run-" + count + "-" + runs.size() + ".bin")));
                }
                Files.move(runs.size() == 1 ? runs.get(0) : merge(runs, dir.resolve("merged.bin")), sorted);
            }
            runs.clear();
            return new SpilledOutcomes(dir, sorted, count, sent, failed);
        } catch (IOException e) {
            delete(dir);
            throw new CampaignException("Could not sort the outcomes under " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the spill's files unless {@link #finish()} handed them over. */
    @Override
    public synchronized void close() {
        if (!finished) {
            finished = true;
            batch = List.of();
            delete(dir);
        }
    }

    private void writeRun() {
        if (batch.isEmpty()) {
            return;
        }
        batch.sort(Comparator.comparingInt(Encoded::index));
        Path run = dir.resolve("run-" + runs.size() + ".bin");
        try (DataOutputStream out = output(run)) {
            for (Encoded e : batch) {
                e.writeTo(out);
            }
        } catch (IOException e) {
            throw new CampaignException("Could not write the outcomes to " + run + ": " + e.getMessage(), e);
        }
        runs.add(run);
        batch = new ArrayList<>();
        batchBytes = 0;
    }

    /** A k-way merge of sorted runs into {@code target}; the runs are deleted. */
    private static Path merge(List<Path> sortedRuns, Path target) throws IOException {
        PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparingInt(h -> h.current.index()));
        try (DataOutputStream out = output(target)) {
            for (Path run : sortedRuns) {
                Head h = new Head(new DataInputStream(new BufferedInputStream(Files.newInputStream(run), BUFFER)));
                if (h.advance()) {
                    heads.add(h);
                }
            }
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                h.current.writeTo(out);
                if (h.advance()) {
                    heads.add(h);
                }
            }
        } finally {
            for (Head h : heads) {
                h.in.close();
            }
        }
        for (Path run : sortedRuns) {
            Files.deleteIfExists(run);
        }
        return target;
    }

    private static DataOutputStream output(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
    }

    private static byte[] encode(LeadOutcome outcome) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            OutcomeCodec.write(out, outcome);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Deletes a directory of plain files, quietly (what cannot be deleted is left for the OS's temp cleaner). */
    static void delete(Path dir) {
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: nothing else refers to these files
        }
        dir.toFile().delete();
    }

    /** One encoded outcome and its index: written as index, length, bytes. */
    record Encoded(int index, byte[] bytes) {

        void writeTo(DataOutputStream out) throws IOException {
            out.writeInt(index);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        /** The next record, or null at the end of the file. */
        static Encoded readFrom(DataInputStream in) throws IOException {
            int index;
            try {
                index = in.readInt();
            } catch (EOFException end) {
                return null;
            }
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            return new Encoded(index, bytes);
        }
    }

    /** A run being merged and its current record. */
    private static final class Head {
        private final DataInputStream in;
        private Encoded current;

        Head(DataInputStream in) {
            this.in = in;
        }

        boolean advance() throws IOException {
            current = Encoded.readFrom(in);
            if (current == null) {
                in.close();
                return false;
            }
            return true;
        }
    }
}
