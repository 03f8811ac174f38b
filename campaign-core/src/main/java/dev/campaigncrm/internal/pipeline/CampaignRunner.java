package dev.campaigncrm.internal.pipeline;

import dev.campaigncrm.run.CampaignEvent;
import dev.campaigncrm.run.CampaignException;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.LeadOutcomes;
import dev.campaigncrm.outcome.RunInfo;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.outcome.StageFailure;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.reply.SentEmails;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.report.CampaignReport;
import dev.campaigncrm.report.CampaignStats;
import dev.campaigncrm.send.SendResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link CampaignPlan}: phase one streams leads through analyse, compose and send, each lead on its own chain
 * of CompletableFutures with a bounded number in flight per stage and no barrier between stages, holding only the
 * leads in flight (completed outcomes go to an {@link OutcomeSpill} on disk); phase two collects
 * replies, classifies them and writes the report. One lead's failure is recorded on that lead and never stops the
 * others.
 */
public final class CampaignRunner {

    private static final Logger log = LoggerFactory.getLogger(CampaignRunner.class);

    private final CampaignPlan plan;
    private final Instant started = Instant.now();

    /** A runner for one plan. */
    public CampaignRunner(CampaignPlan plan) {
        this.plan = plan;
    }

    /** Phase one alone. */
    public CampaignResult phaseOne() {
        return withWorkers(this::phaseOne);
    }

    /** Both phases, phase two starting from phase one's results, read back from its spill (then deleted). */
    public CampaignResult both() {
        return withWorkers(workers -> {
            try (CampaignResult first = phaseOne(workers)) {
                return phaseTwo(workers, first.outcomes(), first.rejected(), first.rejected().size());
            }
        });
    }

    /**
     * Phase two alone, from what phase one wrote to the artifacts. The artifacts' reader gives phase one's outreach
     * as a list, so this path still holds every lead once while it starts (phase two itself streams).
     */
    public CampaignResult phaseTwoFromArtifacts() {
        if (plan.artifacts() == null) {
            throw new CampaignException("Phase two on its own reads phase one's files: call .writeArtifacts(dir) "
                    + "with the directory phase one wrote to.");
        }
        LeadOutcomes outcomes = LeadOutcomes.of(plan.artifacts().readPhaseOne().stream()
                .map(o -> new LeadOutcome(o.index(), o.analysis().lead(), o.analysis(), o.draft(), o.send(), null,
                        null, failureOf(o.send())))
                .toList());
        return withWorkers(workers -> phaseTwo(workers, outcomes, List.of(), plan.artifacts().rejectedCount()));
    }

    private CampaignResult withWorkers(java.util.function.Function<Executor, CampaignResult> body) {
        return Workers.with(plan.executor(), body);
    }

    /**
     * Reads the leads and starts each on its chain as soon as one of the in-flight places is free, so that at most
     * {@code max(16, 4 × the largest stage limit)} leads are held at once; each completed outcome goes to the spill, which puts them back in
     * source order on disk when the last one is done.
     */
    private CampaignResult phaseOne(Executor workers) {
        plan.mailer().checkReachable();
        log.info("Campaign {}: phase one (analyse, compose, send) from {} to {}, as of {}", plan.campaignId(),
                plan.leads().name(), plan.mailer().describe(), plan.asOf());
        BoundedExecutor analyze = BoundedExecutor.forStep(workers, plan, plan.analyzer());
        BoundedExecutor compose = BoundedExecutor.forStep(workers, plan, plan.composer());
        BoundedExecutor send = BoundedExecutor.forStep(workers, plan, plan.mailer());
        int window = Math.max(16, 4 * Math.max(analyze.ceiling(), Math.max(compose.ceiling(), send.ceiling())));
        Semaphore inFlight = new Semaphore(window);
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        int[] read = {0};
        LeadOutcomes outcomes;
        List<RejectedRow> rejected;
        try (OutcomeSpill spill = new OutcomeSpill()) {
            try {
                rejected = ValidLeads.read(plan, this::emit, lead -> {
                    acquire(inFlight, 1);
                    LeadOutcome start = LeadOutcome.of(read[0]++, lead);
                    CompletableFuture.supplyAsync(() -> analyze(start), analyze)
                            .thenApplyAsync(this::compose, compose)
                            .thenApplyAsync(this::send, send)
                            .whenComplete(intoSpill(spill, firstError, inFlight));
                });
            } finally {
                acquire(inFlight, window);
            }
            if (firstError.get() != null) {
                throw failure(firstError.get(), "Phase one");
            }
            outcomes = spill.finish();
        }
        try {
            if (plan.artifacts() != null) {
                plan.artifacts().phaseOneFinished(outcomes);
            }
        } catch (RuntimeException e) {
            outcomes.close();
            throw e;
        }
        CampaignResult result = new CampaignResult(runInfo(), outcomes, rejected, null,
                plan.artifacts() == null ? null : plan.artifacts().directory());
        log.info("Campaign {}: phase one done: {} leads, {} rejected rows, {} sent, {} failed", plan.campaignId(),
                outcomes.size(), rejected.size(), result.sentCount(), result.failedCount());
        emit(new CampaignEvent.PhaseDone(1, result));
        return result;
    }

    /**
     * Collects the replies (handing the reply source phase one's sent emails as a stream), then classifies the leads
     * in source order through a bounded window, as phase one does: at most {@code max(16, 4 × the classifier's
     * limit)} leads are held at once, each classified outcome goes to a new spill, which puts them back in source
     * order on disk. What is held whatever the number of leads: the replies, grouped by lead, and the window.
     */
    private CampaignResult phaseTwo(Executor workers, LeadOutcomes phaseOne, List<RejectedRow> rejected,
                                    int rejectedCount) {
        log.info("Campaign {}: phase two (collect, classify, report), replies from {}", plan.campaignId(),
                plan.replies().describe());
        Map<String, List<Reply>> replies = repliesPerLead(collect(new SentOutreach(phaseOne)));
        BoundedExecutor classify = BoundedExecutor.forStep(workers, plan, plan.classifier());
        int window = Math.max(16, 4 * classify.ceiling());
        Semaphore inFlight = new Semaphore(window);
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        long[] known = {0};
        LeadOutcomes outcomes;
        try (OutcomeSpill spill = new OutcomeSpill()) {
            try {
                phaseOne.forEach(o -> {
                    List<Reply> theirs = replies.get(o.lead().id());
                    known[0] += theirs == null ? 0 : 1;
                    if (!o.sent()) {
                        spill.add(o);
                        return;
                    }
                    acquire(inFlight, 1);
                    CompletableFuture.supplyAsync(() -> classify(o, theirs == null ? List.of() : theirs), classify)
                            .whenComplete(intoSpill(spill, firstError, inFlight));
                });
            } finally {
                acquire(inFlight, window);
            }
            if (firstError.get() != null) {
                throw failure(firstError.get(), "Phase two");
            }
            outcomes = spill.finish();
        }
        if (known[0] < replies.size()) {
            log.warn("replies for {} unknown lead ids were left out", replies.size() - known[0]);
        }
        CampaignResult result;
        try {
            CampaignStats stats = CampaignStats.compute(outcomes, rejectedCount, runInfo());
            CampaignReport report;
            try {
                report = plan.reporter().write(stats, outcomes);
            } catch (RuntimeException e) {
                throw new CampaignException("The report could not be written: " + reason(e), e);
            }
            if (plan.artifacts() != null) {
                plan.artifacts().phaseTwoFinished(outcomes, report);
            }
            result = new CampaignResult(runInfo(), outcomes, rejected, report,
                    plan.artifacts() == null ? null : plan.artifacts().directory());
        } catch (RuntimeException e) {
            outcomes.close();
            throw e;
        }
        log.info("Campaign {}: phase two done: {} replies collected, report written", plan.campaignId(),
                replies.size());
        emit(new CampaignEvent.PhaseDone(2, result));
        return result;
    }

    private LeadOutcome analyze(LeadOutcome in) {
        return step(Stage.ANALYZE, in, o -> o.withAnalysis(plan.analyzer().analyze(o.lead(), plan.asOf())));
    }

    private LeadOutcome compose(LeadOutcome in) {
        return step(Stage.COMPOSE, in, o -> o.withDraft(plan.composer().compose(o.analysis())));
    }

    /** Every lead gets a send row: sent, failed with the reason, or skipped because an earlier stage failed. */
    private LeadOutcome send(LeadOutcome in) {
        Lead lead = in.lead();
        if (in.failure() != null) {
            LeadOutcome skipped = in.withSend(SendResult.skipped(lead.id(), lead.email(), Instant.now(),
                    in.failure().stage().label() + " failed: " + in.failure().reason()));
            record(Stage.SEND, skipped);
            return skipped;
        }
        SendResult result;
        try {
            result = plan.mailer().send(in.draft());
        } catch (RuntimeException e) {
            result = SendResult.failed(lead.id(), lead.email(), Instant.now(), reason(e));
        }
        LeadOutcome out = in.withSend(result);
        if (!result.isSent()) {
            log.warn("send failed for lead {} ({}): {}", lead.id(), lead.source(), result.error());
            out = out.withFailure(new StageFailure(Stage.SEND, result.error()));
        }
        record(Stage.SEND, out);
        emit(result.isSent() ? new CampaignEvent.StageDone(Stage.SEND, out)
                : new CampaignEvent.StageFailed(Stage.SEND, out, result.error()));
        return out;
    }

    /**
     * The lead's reply and its class: the first reply that is not an auto-reply or bounce, so that an out-of-office
     * followed by a real answer is judged by the answer; else the first reply; else "no reply".
     */
    private LeadOutcome classify(LeadOutcome in, List<Reply> replies) {
        List<Map.Entry<Reply, ReplyClassification>> classified = new ArrayList<>();
        for (Reply reply : replies) {
            ReplyClassification rc = ReplyJudge.classify(plan.classifier(), reply, in.lead().id());
            classified.add(Map.entry(reply, rc));
            if (rc.category() != ReplyCategory.SKIP) {
                break;
            }
        }
        Map.Entry<Reply, ReplyClassification> chosen = ReplyJudge.choose(classified);
        LeadOutcome out = chosen == null ? in.withReply(null, ReplyClassification.noReply())
                : in.withReply(chosen.getKey(), chosen.getValue());
        emit(new CampaignEvent.StageDone(Stage.CLASSIFY, out));
        return out;
    }

    private List<Reply> collect(SentEmails sent) {
        try {
            return plan.replies().collect(sent);
        } catch (RuntimeException e) {
            throw new CampaignException("Replies could not be collected from " + plan.replies().describe() + ": "
                    + reason(e), e);
        }
    }

    /** Each lead's replies, oldest first (replies naming no lead of this campaign are counted and left out later). */
    private static Map<String, List<Reply>> repliesPerLead(List<Reply> replies) {
        Map<String, List<Reply>> byLead = new HashMap<>();
        replies.stream()
                .sorted(Comparator.comparing(Reply::receivedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(r -> byLead.computeIfAbsent(r.leadId(), k -> new ArrayList<>()).add(r));
        return byLead;
    }

    private LeadOutcome step(Stage stage, LeadOutcome in, UnaryOperator<LeadOutcome> work) {
        if (in.failure() != null) {
            return in;
        }
        LeadOutcome out;
        try {
            out = work.apply(in);
        } catch (RuntimeException e) {
            String reason = reason(e);
            log.warn("{} failed for lead {} ({}): {}", stage.label(), in.lead().id(), in.lead().source(), reason);
            LeadOutcome failed = in.withFailure(new StageFailure(stage, reason));
            emit(new CampaignEvent.StageFailed(stage, failed, reason));
            return failed;
        }
        record(stage, out);
        emit(new CampaignEvent.StageDone(stage, out));
        return out;
    }

    private void record(Stage stage, LeadOutcome outcome) {
        if (plan.artifacts() != null) {
            plan.artifacts().stageDone(stage, outcome);
        }
    }

    private void emit(CampaignEvent event) {
        try {
            plan.listener().onEvent(event);
        } catch (RuntimeException e) {
            log.warn("A campaign listener failed on {}: {}", event.getClass().getSimpleName(), reason(e));
        }
    }

    private RunInfo runInfo() {
        return new RunInfo(plan.campaignId(), plan.asOf(), plan.leads() == null ? "phase one files"
                : plan.leads().name(), plan.mailer() == null ? "not used" : plan.mailer().describe(),
                plan.replies().describe(), Duration.between(started, Instant.now()));
    }

    private static StageFailure failureOf(SendResult send) {
        return send.isSent() ? null : new StageFailure(Stage.SEND, send.error());
    }

    /**
     * How a lead's chain ends: its outcome goes to the spill, the first failure (of the chain or of the spill) is kept
     * for the caller, and its place in the window is freed either way.
     */
    private static java.util.function.BiConsumer<LeadOutcome, Throwable> intoSpill(
            OutcomeSpill spill, AtomicReference<Throwable> firstError, Semaphore inFlight) {
        return (outcome, error) -> {
            try {
                if (error != null) {
                    firstError.compareAndSet(null, error);
                } else {
                    spill.add(outcome);
                }
            } catch (RuntimeException x) {
                firstError.compareAndSet(null, x);
            } finally {
                inFlight.release();
            }
        };
    }

    /** A chain's unexpected failure (an artifact that cannot be written), as the exception the caller gets. */
    private static RuntimeException failure(Throwable e, String phase) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return t instanceof RuntimeException r ? r : new CampaignException(phase + " failed: " + reason(t), t);
    }

    private static void acquire(Semaphore s, int permits) {
        try {
            s.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CampaignException("Interrupted while reading leads", e);
        }
    }

    /** The exception's message for a person: its own message, or its type when it has none. */
    static String reason(Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.replaceAll("[\\r\\n]+", " ");
    }

}
