package dev.campaigncrm.internal.pipeline;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.compose.FollowUp;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.RunInfo;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.outcome.StageFailure;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.report.CampaignReport;
import dev.campaigncrm.report.CampaignStats;
import dev.campaigncrm.run.CampaignEvent;
import dev.campaigncrm.run.CampaignException;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.journal.JournaledMailer;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.ReplyEvent;
import dev.campaigncrm.sequence.ReplyEvents;
import dev.campaigncrm.sequence.Sequence;
import dev.campaigncrm.sequence.SequenceMessage;
import dev.campaigncrm.sequence.SequenceRules;
import dev.campaigncrm.store.CampaignStore;
import dev.campaigncrm.store.StoredLead;
import dev.campaigncrm.store.StoredReply;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Advances a sequence campaign by one run, its state in a {@link CampaignStore}: reads the replies first (new ones
 * classified and stored; a reply dated after the run's clock has not arrived yet), adds the source's leads the store
 * does not hold yet (analysed), sends every step that is due on or before the run's day (first emails, follow-ups
 * threaded to the earlier messages, soft-bounce retries) through a {@link JournaledMailer} over the store's ledger,
 * then recomputes every lead's state and exports the files and the report from the store. The same day run twice
 * sends nothing new.
 */
public final class SequenceRunner {

    private static final Logger log = LoggerFactory.getLogger(SequenceRunner.class);
    /** New leads stored per write: analyses are kept until then (a run stopped before it analyses them again). */
    private static final int LEADS_PER_COMMIT = 500;
    private static final Pattern REPLY_PREFIX = Pattern.compile("^(?:\\s*(?:re|aw|sv|antw|r)\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private final CampaignPlan plan;
    private final CampaignStore store;
    private final Sequence sequence;
    private final Clock clock;
    private final Instant started;

    /** A runner of one plan over a store. */
    public SequenceRunner(CampaignPlan plan, CampaignStore store, Sequence sequence, Clock clock) {
        this.plan = plan;
        this.store = store;
        this.sequence = sequence;
        this.clock = clock;
        this.started = Instant.now();
    }

    /** One run: replies, new leads, due sends, states, exports. */
    public CampaignResult advance() {
        String id = plan.campaignId();
        store.openCampaign(id, sequence);
        log.info("Campaign {}: advancing sequence {} as of {} in {}", id, sequence.describe(), plan.asOf(),
                store.describe());
        return Workers.with(plan.executor(), workers -> {
            int newReplies = readReplies(workers);
            List<RejectedRow> rejected = addNewLeads(workers);
            Map<String, LeadProgress> before = progress();
            int sent = sendDue(before, workers);
            Map<String, LeadProgress> after = progress();
            store.saveProgress(id, after.values());
            CampaignResult result = export(after, rejected);
            log.info("Campaign {}: {} new replies read, {} messages handed to the mailer as of {}", id, newReplies,
                    sent, plan.asOf());
            emit(new CampaignEvent.PhaseDone(2, result));
            return result;
        });
    }

    // ---------------------------------------------------------------------------------------------- replies

    private int readReplies(Executor workers) {
        String id = plan.campaignId();
        Map<String, StoredLead> leads = store.leads(id).stream()
                .collect(Collectors.toMap(StoredLead::leadId, l -> l, (a, b) -> a, LinkedHashMap::new));
        List<SequenceMessage> messages = store.messages(id);
        List<Outreach> outreach = messages.stream()
                .filter(m -> m.send().isSent() && leads.containsKey(m.leadId())
                        && leads.get(m.leadId()).analysis() != null)
                .map(m -> new Outreach(leads.get(m.leadId()).index(), leads.get(m.leadId()).analysis(), m.draft(),
                        m.send()))
                .toList();
        if (outreach.isEmpty()) {
            return 0;
        }
        List<Reply> collected;
        try {
            collected = plan.replies().collect(outreach);
        } catch (RuntimeException e) {
            throw new CampaignException("Replies could not be collected from " + plan.replies().describe() + ": "
                    + CampaignRunner.reason(e), e);
        }
        Set<String> known = store.replies(id).stream().map(StoredReply::key).collect(Collectors.toSet());
        Map<String, List<SequenceMessage>> byLead = messages.stream()
                .collect(Collectors.groupingBy(SequenceMessage::leadId));
        Instant now = clock.instant();
        Executor classify = BoundedExecutor.forStep(workers, plan, plan.classifier());
        List<CompletableFuture<Boolean>> done = new ArrayList<>();
        int notYet = 0;
        for (Reply r : collected.stream().sorted(Comparator.comparing(Reply::receivedAt,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList()) {
            if (!leads.containsKey(r.leadId())) {
                continue;
            }
            if (r.receivedAt() != null && r.receivedAt().isAfter(now)) {
                notYet++;
                continue;
            }
            String key = key(r);
            if (!known.add(key)) {
                continue;
            }
            int step = stepOf(r, byLead.getOrDefault(r.leadId(), List.of()));
            done.add(CompletableFuture.supplyAsync(() -> {
                ReplyClassification c = ReplyJudge.classify(plan.classifier(), r, r.leadId());
                return store.addReply(id, new StoredReply(key, r.leadId(), step, r, c));
            }, classify));
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
        if (notYet > 0) {
            log.info("{} replies are dated after {} and are left for a later run", notYet, now);
        }
        return (int) done.stream().filter(CompletableFuture::join).count();
    }

    /** The reply's Message-ID, else a hash of what it says and when, so that reading it again adds nothing. */
    private static String key(Reply r) {
        String mid = r.header("Message-ID").strip();
        if (!mid.isEmpty()) {
            return mid;
        }
        String basis = r.leadId() + "\n" + r.from() + "\n" + r.receivedAt() + "\n" + r.subject() + "\n" + r.body();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The step a reply answers: the message its In-Reply-To or References name, else the latest one sent before it. */
    private static int stepOf(Reply r, List<SequenceMessage> messages) {
        String refs = r.header("In-Reply-To") + " " + r.header("References");
        for (SequenceMessage m : messages) {
            if (m.send().isSent() && !m.send().messageId().isEmpty() && r.header("In-Reply-To")
                    .contains(m.send().messageId())) {
                return m.step();
            }
        }
        Optional<SequenceMessage> referenced = messages.stream()
                .filter(m -> m.send().isSent() && !m.send().messageId().isEmpty()
                        && refs.contains(m.send().messageId()))
                .max(Comparator.comparingInt(SequenceMessage::step));
        if (referenced.isPresent()) {
            return referenced.get().step();
        }
        return messages.stream().filter(m -> m.send().isSent())
                .filter(m -> r.receivedAt() == null || m.send().at() == null || !m.send().at().isAfter(r.receivedAt()))
                .mapToInt(SequenceMessage::step).max().orElse(1);
    }

    // ---------------------------------------------------------------------------------------------- new leads

    private List<RejectedRow> addNewLeads(Executor workers) {
        String id = plan.campaignId();
        Set<String> known = new HashSet<>(store.leadIds(id));
        int next = store.leads(id).stream().mapToInt(StoredLead::index).max().orElse(-1) + 1;
        Executor analyze = BoundedExecutor.forStep(workers, plan, plan.analyzer());
        List<CompletableFuture<StoredLead>> chains = new ArrayList<>();
        int[] counts = {next, 0}; // the next new lead's index; the leads stored so far
        List<RejectedRow> rejected = ValidLeads.read(plan, this::emit, lead -> {
            if (known.add(lead.id())) {
                int index = counts[0]++;
                chains.add(CompletableFuture.supplyAsync(() -> analyse(index, lead), analyze));
                if (chains.size() == LEADS_PER_COMMIT) {
                    counts[1] += storeLeads(chains);
                }
            }
        });
        int added = counts[1] + storeLeads(chains);
        if (added > 0) {
            log.info("Campaign {}: {} new leads added", id, added);
        }
        return rejected;
    }

    /** Waits for these analyses and stores their leads in one write (one commit, not one per lead); clears the list. */
    private int storeLeads(List<CompletableFuture<StoredLead>> chains) {
        if (chains.isEmpty()) {
            return 0;
        }
        CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new)).join();
        List<StoredLead> analysed = chains.stream().map(CompletableFuture::join).toList();
        store.addLeads(plan.campaignId(), analysed);
        chains.clear();
        return analysed.size();
    }

    private StoredLead analyse(int index, Lead lead) {
        try {
            LeadAnalysis a = plan.analyzer().analyze(lead, plan.asOf());
            emit(new CampaignEvent.StageDone(Stage.ANALYZE, LeadOutcome.of(index, lead).withAnalysis(a)));
            return new StoredLead(index, lead, a, "", "");
        } catch (RuntimeException e) {
            String reason = CampaignRunner.reason(e);
            log.warn("analyze failed for lead {} ({}): {}", lead.id(), lead.source(), reason);
            LeadOutcome failed = LeadOutcome.of(index, lead).withFailure(new StageFailure(Stage.ANALYZE, reason));
            emit(new CampaignEvent.StageFailed(Stage.ANALYZE, failed, reason));
            return new StoredLead(index, lead, null, Stage.ANALYZE.label(), reason);
        }
    }

    // ---------------------------------------------------------------------------------------------- sending

    private int sendDue(Map<String, LeadProgress> progress, Executor workers) {
        String id = plan.campaignId();
        List<StoredLead> due = store.leads(id).stream()
                .filter(l -> l.analysis() != null && !l.failed())
                .filter(l -> progress.containsKey(l.leadId()) && progress.get(l.leadId()).dueOn(plan.asOf()))
                .toList();
        if (due.isEmpty()) {
            return 0;
        }
        Mailer mailer = journaled(plan.mailer());
        mailer.checkReachable();
        Map<String, List<SequenceMessage>> byLead = store.messages(id).stream()
                .collect(Collectors.groupingBy(SequenceMessage::leadId));
        Executor compose = BoundedExecutor.forStep(workers, plan, plan.composer());
        Executor send = new BoundedExecutor(workers, plan.concurrency());
        List<CompletableFuture<Boolean>> chains = new ArrayList<>();
        for (StoredLead lead : due) {
            LeadProgress p = progress.get(lead.leadId());
            List<SequenceMessage> earlier = byLead.getOrDefault(lead.leadId(), List.of());
            chains.add(CompletableFuture.supplyAsync(() -> draft(lead, p, earlier), compose)
                    .thenApplyAsync(d -> d.map(draft -> send(mailer, lead, draft)).orElse(false), send));
        }
        CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new)).join();
        if (mailer != plan.mailer()) {
            mailer.close(); // closes nothing the caller owns: the wrapper closes its mailer, see journaled()
        }
        return (int) chains.stream().filter(CompletableFuture::join).count();
    }

    /** The draft of the lead's due step: the stored one when an earlier run wrote it, else a new one. */
    private Optional<EmailDraft> draft(StoredLead lead, LeadProgress p, List<SequenceMessage> earlier) {
        int step = p.nextStep();
        int attempt = p.nextAttempt();
        Optional<SequenceMessage> same = earlier.stream()
                .filter(m -> m.step() == step && m.attempt() == attempt).findFirst();
        if (same.isPresent()) {
            return Optional.of(same.get().draft());
        }
        if (attempt > 1) {
            return earlier.stream().filter(m -> m.step() == step && m.attempt() == attempt - 1).findFirst()
                    .map(m -> m.draft().withStep(m.draft().step().retry()));
        }
        try {
            EmailDraft d;
            if (step == 1) {
                d = plan.composer().compose(lead.analysis());
            } else {
                List<SequenceMessage> sent = earlier.stream().filter(m -> m.send().isSent() && m.step() < step)
                        .sorted(Comparator.comparingInt(SequenceMessage::step)
                                .thenComparingInt(SequenceMessage::attempt))
                        .toList();
                List<EmailDraft> drafts = firstPerStep(sent).stream().map(SequenceMessage::draft).toList();
                List<String> thread = sent.stream().map(m -> m.send().messageId()).filter(s -> !s.isEmpty())
                        .distinct().toList();
                EmailDraft first = drafts.get(0);
                d = plan.composer().followUp(lead.analysis(), new FollowUp(step, sequence.steps(), drafts))
                        .withSubject("Re: " + REPLY_PREFIX.matcher(first.subject()).replaceFirst(""))
                        .withStep(EmailStep.followUp(step, thread));
            }
            emit(new CampaignEvent.StageDone(Stage.COMPOSE, outcomeOf(lead).withDraft(d)));
            return Optional.of(d);
        } catch (RuntimeException e) {
            String reason = CampaignRunner.reason(e);
            log.warn("compose failed for lead {} step {}: {}; tried again on the next run", lead.leadId(), step,
                    reason);
            emit(new CampaignEvent.StageFailed(Stage.COMPOSE, outcomeOf(lead), reason));
            return Optional.empty();
        }
    }

    private static List<SequenceMessage> firstPerStep(List<SequenceMessage> sent) {
        Map<Integer, SequenceMessage> byStep = new LinkedHashMap<>();
        sent.forEach(m -> byStep.putIfAbsent(m.step(), m));
        return List.copyOf(byStep.values());
    }

    private boolean send(Mailer mailer, StoredLead lead, EmailDraft draft) {
        SendResult result;
        try {
            result = mailer.send(draft);
        } catch (RuntimeException e) {
            result = SendResult.failed(lead.leadId(), draft.to(), clock.instant(), CampaignRunner.reason(e));
        }
        store.saveMessage(plan.campaignId(), new SequenceMessage(draft, result, plan.asOf()));
        LeadOutcome o = outcomeOf(lead).withDraft(draft).withSend(result);
        emit(result.isSent() ? new CampaignEvent.StageDone(Stage.SEND, o)
                : new CampaignEvent.StageFailed(Stage.SEND, o, result.error()));
        return true;
    }

    /** The caller's mailer when it already journals; else it wrapped in a journal over the store's ledger. */
    private Mailer journaled(Mailer mailer) {
        if (mailer instanceof JournaledMailer) {
            return mailer;
        }
        Mailer unowned = new Mailer() {
            @Override
            public void checkReachable() {
                mailer.checkReachable();
            }

            @Override
            public SendResult send(EmailDraft draft) {
                return mailer.send(draft);
            }

            @Override
            public Optional<String> messageIdFor(EmailDraft draft) {
                return mailer.messageIdFor(draft);
            }

            @Override
            public String describe() {
                return mailer.describe();
            }
        };
        return JournaledMailer.builder(unowned, store.ledger(), plan.campaignId()).clock(clock).build();
    }

    // ---------------------------------------------------------------------------------------------- state

    private Map<String, LeadProgress> progress() {
        String id = plan.campaignId();
        Map<String, List<SequenceMessage>> messages = store.messages(id).stream()
                .collect(Collectors.groupingBy(SequenceMessage::leadId));
        Map<String, List<ReplyEvent>> events = new HashMap<>();
        for (StoredReply r : store.replies(id)) {
            events.computeIfAbsent(r.leadId(), k -> new ArrayList<>()).add(
                    ReplyEvents.of(r.reply(), r.step(), r.classification(), ZoneOffset.UTC));
        }
        Map<String, LeadProgress> out = new LinkedHashMap<>();
        for (StoredLead l : store.leads(id)) {
            if (l.analysis() == null || l.failed()) {
                continue;
            }
            out.put(l.leadId(), SequenceRules.progress(sequence, l.leadId(),
                    messages.getOrDefault(l.leadId(), List.of()), events.getOrDefault(l.leadId(), List.of()),
                    plan.asOf()));
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- exports

    private CampaignResult export(Map<String, LeadProgress> progress, List<RejectedRow> rejected) {
        String id = plan.campaignId();
        Map<String, List<SequenceMessage>> messages = store.messages(id).stream()
                .collect(Collectors.groupingBy(SequenceMessage::leadId));
        Map<String, List<StoredReply>> replies = store.replies(id).stream()
                .collect(Collectors.groupingBy(StoredReply::leadId));
        List<LeadOutcome> outcomes = new ArrayList<>();
        for (StoredLead l : store.leads(id)) {
            List<SequenceMessage> ms = messages.getOrDefault(l.leadId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(SequenceMessage::step).thenComparingInt(SequenceMessage::attempt))
                    .toList();
            outcomes.add(outcome(l, ms, replies.getOrDefault(l.leadId(), List.of()), progress.get(l.leadId())));
        }
        CampaignStats stats = CampaignStats.compute(outcomes, rejected.size(), runInfo());
        CampaignReport report;
        try {
            report = plan.reporter().write(stats, outcomes);
        } catch (RuntimeException e) {
            throw new CampaignException("The report could not be written: " + CampaignRunner.reason(e), e);
        }
        if (plan.artifacts() != null) {
            plan.artifacts().phaseOneFinished(outcomes);
            plan.artifacts().phaseTwoFinished(outcomes, report);
        }
        return new CampaignResult(runInfo(), outcomes, rejected, report,
                plan.artifacts() == null ? null : plan.artifacts().directory());
    }

    private LeadOutcome outcome(StoredLead l, List<SequenceMessage> ms, List<StoredReply> rs, LeadProgress p) {
        LeadOutcome o = outcomeOf(l);
        if (l.failed()) {
            o = o.withFailure(new StageFailure(stageOf(l.failedStage()), l.failureReason()));
        }
        Optional<SequenceMessage> first = ms.stream().filter(m -> m.step() == 1)
                .max(Comparator.comparing((SequenceMessage m) -> m.send().isSent())
                        .thenComparingInt(SequenceMessage::attempt));
        if (first.isPresent()) {
            o = o.withDraft(first.get().draft()).withSend(first.get().send());
            if (!first.get().send().isSent() && o.failure() == null) {
                o = o.withFailure(new StageFailure(Stage.SEND, first.get().send().error()));
            }
        }
        List<Map.Entry<Reply, ReplyClassification>> classified = rs.stream()
                .sorted(Comparator.comparing(r -> r.reply().receivedAt(), Comparator.nullsLast(
                        Comparator.naturalOrder())))
                .map(r -> Map.entry(r.reply(), r.classification())).toList();
        Map.Entry<Reply, ReplyClassification> chosen = ReplyJudge.choose(classified);
        if (chosen != null) {
            o = o.withReply(chosen.getKey(), chosen.getValue());
        } else if (ms.stream().anyMatch(m -> m.send().isSent())) {
            o = o.withReply(null, ReplyClassification.noReply());
        }
        return o.withSequence(ms, p);
    }

    private static LeadOutcome outcomeOf(StoredLead l) {
        LeadOutcome o = LeadOutcome.of(l.index(), l.lead());
        return l.analysis() == null ? o : o.withAnalysis(l.analysis());
    }

    private static Stage stageOf(String label) {
        for (Stage s : Stage.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        return Stage.ANALYZE;
    }

    private RunInfo runInfo() {
        return new RunInfo(plan.campaignId(), plan.asOf(), plan.leads() == null ? "campaign store"
                : plan.leads().name(), plan.mailer() == null ? "not used" : plan.mailer().describe(),
                plan.replies().describe(), Duration.between(started, Instant.now()));
    }

    private void emit(CampaignEvent event) {
        try {
            plan.listener().onEvent(event);
        } catch (RuntimeException e) {
            log.warn("A campaign listener failed on {}: {}", event.getClass().getSimpleName(),
                    CampaignRunner.reason(e));
        }
    }

}
