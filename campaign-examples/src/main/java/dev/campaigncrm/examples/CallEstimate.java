package dev.campaigncrm.examples;

import dev.campaigncrm.csv.CsvLeadSource;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadRow;
import dev.campaigncrm.lead.LeadSourceException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How long a run's model calls take under the first provider's requests-a-minute cap, counted before the run starts.
 * The stages that call the model: analysis and first emails, one call per batch of leads (a batch is at most
 * {@code --batch-size} and, when given, at most {@code --concurrency} leads, the leads in flight at once; without it
 * the run keeps at least two batches in flight); reply classification, one
 * call per reply the certain rules leave open (out-of-office, bounces and opt-outs never reach the model), so at most
 * one per lead; the report's narrative, one call. Phase one has the first two, phase two the last two. Cached answers
 * and retries are not counted.
 *
 * <p>A sequence's first run is counted like a campaign's; its later runs ask only for new leads, the replies and the
 * follow-ups due (one lead a call).
 *
 * @param provider    the provider asked first, e.g. {@code gemini:gemini-2.5-flash}
 * @param rpm         its requests a minute (above 0): {@code --rpm}, else the provider's default
 * @param leads       the leads in the lead file (the rows its reader accepts; the campaign's checks may reject a few)
 * @param ai          the AI options: batch size, whether {@code --rpm} was given, whether answers are cached
 * @param concurrency {@code --concurrency}, or 0 when not given
 * @param phase       0 both phases, 1 phase one, 2 phase two
 * @param sequence    whether the run is a step of a sequence
 */
record CallEstimate(String provider, int rpm, int leads, AppOptions.Ai ai, int concurrency, int phase,
                    boolean sequence) {

    /** The batch size the hint suggests. */
    static final int FASTER_BATCH = 5;
    /** The cap the hint shows for a paid key (Gemini's paid tiers allow far more). */
    static final int FASTER_RPM = 60;

    /**
     * The estimate of this run, when it is worth saying: a provider with a cap, a lead file that can be counted, and
     * more than a minute of calls; empty otherwise (offline, no cap, or quick).
     */
    static Optional<CallEstimate> of(AppOptions o, AiSetup ai) {
        if (ai.rpm() <= 0 || ai.firstProvider().isEmpty()) {
            return Optional.empty();
        }
        if (o.leads() == null) {
            return Optional.empty(); // a sheet is read once, by the run
        }
        return leadRows(o.leads()).map(leads -> new CallEstimate(ai.firstProvider().get(), ai.rpm(), leads,
                        o.ai(), o.concurrency(), o.phase(), o.sequenceMode()))
                .filter(e -> e.calls() > e.rpm());
    }

    /** The lead file's rows that read as leads (at most the leads analysed); empty when the file cannot be read. */
    static Optional<Integer> leadRows(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Stream<LeadRow> rows = CsvLeadSource.of(file).rows()) {
            return Optional.of((int) rows.filter(Lead.class::isInstance).count());
        } catch (LeadSourceException | UncheckedIOException e) {
            return Optional.empty(); // the run reports it
        }
    }

    /** Leads in one analysis or email call. */
    int perCall() {
        return concurrency > 0 ? Math.min(ai.batchSize(), concurrency) : ai.batchSize();
    }

    /** Whether the run analyses the leads and writes the first emails. */
    boolean phaseOne() {
        return phase != 2;
    }

    /** Whether the run classifies the replies and writes the report. */
    boolean phaseTwo() {
        return phase != 1;
    }

    /** The calls of analysis, of first emails and of the replies, and the narrative's, at most. */
    int calls() {
        return calls(perCall());
    }

    /** Minutes the calls take at the cap, rounded up. */
    long minutes() {
        return minutes(calls(), rpm);
    }

    /** The lines to print before the run: the count by stage, the time, and how to go faster. */
    List<String> lines() {
        int batched = batchedCalls(perCall());
        String stages = (phaseOne() ? batched + " analysis + " + batched + " email calls" : "")
                + (phaseOne() && phaseTwo() ? ", " : "")
                + (phaseTwo() ? "up to " + leads + " reply classifications (replies the rules leave open) and 1"
                + " report narrative" : "");
        String first = "Model calls: " + provider + " is allowed " + rpm + " requests a minute ("
                + (ai.rpm() > 0 ? "--rpm" : "its default") + "). " + leads + " leads, " + perCall() + " per call: "
                + stages + ": " + (phaseTwo() ? "up to " : "") + calls() + " calls, about " + minutes() + " minutes"
                + (sequence ? " for the sequence's first run (later runs: new leads, replies and the follow-ups due,"
                + " one lead a call)." : ".");
        return List.of(first, "To go faster: " + faster());
    }

    private String faster() {
        StringBuilder b = new StringBuilder();
        if (phaseOne() && perCall() < FASTER_BATCH) {
            b.append("--batch-size ").append(FASTER_BATCH)
                    .append(concurrency > 0 && concurrency < FASTER_BATCH ? " --concurrency " + FASTER_BATCH : "")
                    .append(" puts ").append(FASTER_BATCH).append(" leads in each analysis and email call (about ")
                    .append(minutes(calls(FASTER_BATCH), rpm)).append(" minutes); ");
        }
        if (rpm < FASTER_RPM) {
            b.append("a paid key allows more requests: raise the cap to its limit with --rpm, e.g. --rpm ")
                    .append(FASTER_RPM).append(" (about ").append(minutes(calls(), FASTER_RPM)).append(" minutes); ");
        }
        b.append(ai.cache() ? "answers are cached under WORKDIR/.campaign-cache, so a re-run asks only what changed."
                : "without --no-cache, a re-run would take its answers from the cache.");
        return b.toString();
    }

    private int calls(int perCall) {
        return (phaseOne() ? 2 * batchedCalls(perCall) : 0) + (phaseTwo() ? leads + 1 : 0);
    }

    private int batchedCalls(int perCall) {
        return (leads + perCall - 1) / perCall;
    }

    private static long minutes(int calls, int rpm) {
        return (calls + rpm - 1L) / rpm;
    }
}
