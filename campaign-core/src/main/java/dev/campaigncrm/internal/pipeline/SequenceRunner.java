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
import java.util.Objects;
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
 * sends nothing new. Any number of runners (threads, processes, machines) may advance the same campaign in one store
 * at once: they divide the work through the store's {@link dev.campaigncrm.store.WorkLeases leases} — each new lead
 * is analysed, and each due step sent, by the one runner that claimed it — and a runner that dies stops renewing its
 * leases, which expire, so that another takes its items over (a send it may have made is settled by the ledger as
 * for a crash). A runner waits for the items others hold, so every one of them ends with the campaign advanced.
 */
public final class SequenceRunner {

    private static final Logger log = LoggerFactory.getLogger(SequenceRunner.class);
    /** New leads claimed, analysed and stored together (a run stopped before they are stored analyses them again). */
    private static final int LEADS_PER_CLAIM = 100;
    /** Due steps claimed together, at least; more when more are in flight at once. */
    private static final int STEPS_PER_CLAIM = 50;
    /** The lease of a runner given none: a worker that stops renewing loses its items after this long. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
    private static final Pattern REPLY_PREFIX = Pattern.compile("^(?:\\s*(?:re|aw|sv|antw|r)\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private final CampaignPlan plan;
    private final CampaignStore store;
    private final Sequence sequence;
    private final Clock clock;
    private final Instant started;
    private final String worker;
    private final Duration lease;

    /** A runner of one plan over a store, with a worker id of its own and the default lease. */
    public SequenceRunner(CampaignPlan plan, CampaignStore store, Sequence sequence, Clock clock) {
        this(plan, store, sequence, clock, defaultWorkerId(), DEFAULT_LEASE);
    }

    /**
     * A runner of one plan over a store, working as {@code worker} (unique among the workers of the campaign) with
     * leases of {@code lease}.
     */
    public SequenceRunner(CampaignPlan plan, CampaignStore store, Sequence sequence, Clock clock, String worker,
                          Duration lease) {
        this.plan = plan;
        this.store = store;
        this.sequence = sequence;
        this.clock = clock;
        this.started = Instant.now();
        this.worker = Objects.requireNonNull(worker, "worker");
        this.lease = Objects.requireNonNull(lease, "lease");
        if (worker.isBlank()) {
            throw new IllegalArgumentException("the worker id must not be blank");
        }
        if (lease.toMillis() < 30) {
            throw new IllegalArgumentException("a lease must last at least 30 ms, got " + lease);
        }
    }

    /** A worker id unique across processes and machines: the host's name (when set), the process id and a nonce. */
    public static String defaultWorkerId() {
        String host = System.getenv().getOrDefault("HOSTNAME", "host").strip();
        return (host.isEmpty() ? "host" : host) + "-" + ProcessHandle.current().pid() + "-"
                + HexFormat.of().toHexDigits((short) new java.security.SecureRandom().nextInt());
    }

    /** One run: replies, new leads, due sends, states, exports. */
    public CampaignResult advance() {
        String id = plan.campaignId();
        store.openCampaign(id, sequence);
        log.info("Campaign {}: worker {} advancing sequence {} as of {} in {}", id, worker, sequence.describe(),
                plan.asOf(), store.describe());
        return Workers.with(plan.executor(), workers -> {
            int newReplies = readReplies(workers);
            List<RejectedRow> rejected;
            int sent;
            try (LeaseKeeper leases = new LeaseKeeper(store.leases(), id, worker, lease, Clock.systemUTC())) {
                rejected = addNewLeads(workers, leases);
                sent = sendDue(workers, leases);
            }
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

    private List<RejectedRow> addNewLeads(Executor workers, LeaseKeeper leases) {
        String id = plan.campaignId();
        Set<String> known = new HashSet<>(store.leadIds(id));
        Executor analyze = BoundedExecutor.forStep(workers, plan, plan.analyzer());
        List<Lead> batch = new ArrayList<>();
        List<Lead> waiting = new ArrayList<>(); // leads another worker held when met: taken over or awaited
        int[] added = {0};
        List<RejectedRow> rejected = ValidLeads.read(plan, this::emit, lead -> {
            if (known.add(lead.id())) {
                batch.add(lead);
                if (batch.size() == LEADS_PER_CLAIM) {
                    added[0] += intake(batch, analyze, leases, waiting);
                    batch.clear();
                }
            }
        });
        added[0] += intake(batch, analyze, leases, waiting);
        while (!waiting.isEmpty()) {
            pause(leases);
            List<Lead> again = List.copyOf(waiting);
            waiting.clear();
            for (int i = 0; i < again.size(); i += LEADS_PER_CLAIM) {
                added[0] += intake(again.subList(i, Math.min(again.size(), i + LEADS_PER_CLAIM)), analyze, leases,
                        waiting);
            }
        }
        if (added[0] > 0) {
            log.info("Campaign {}: worker {} added {} new leads", id, worker, added[0]);
        }
        return rejected;
    }

    /**
     * Claims these leads; analyses those taken and stores them in one write (one commit, not one per lead), then
     * marks them done. The leads another worker holds are added to {@code waiting}; those done are skipped.
     */
    private int intake(List<Lead> leads, Executor analyze, LeaseKeeper leases, List<Lead> waiting) {
        if (leads.isEmpty()) {
            return 0;
        }
        Map<String, Lead> byItem = new LinkedHashMap<>();
        leads.forEach(l -> byItem.put(analyseItem(l.id()), l));
        var claim = leases.claim(byItem.keySet());
        List<String> taken = new ArrayList<>();
        byItem.forEach((item, lead) -> {
            if (claim.taken().contains(item)) {
                taken.add(item);
            } else if (!claim.done().contains(item)) {
                waiting.add(lead);
            }
        });
        if (taken.isEmpty()) {
            return 0;
        }
        int first = store.reserveLeadIndexes(plan.campaignId(), taken.size());
        List<CompletableFuture<StoredLead>> chains = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            int index = first + i;
            Lead lead = byItem.get(taken.get(i));
            chains.add(CompletableFuture.supplyAsync(() -> analyse(index, lead), analyze));
        }
        CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new)).join();
        store.addLeads(plan.campaignId(), chains.stream().map(CompletableFuture::join).toList());
        leases.complete(taken);
        return taken.size();
    }

    private static String analyseItem(String leadId) {
        return "analyse:" + leadId;
    }

    /** Waits a little for the items other workers hold: a tenth of a lease, between 50 ms and 1 s. */
    private static void pause(LeaseKeeper leases) {
        long ms = Math.max(50, Math.min(1000, leases.lease().toMillis() / 10));
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CampaignException("interrupted while waiting for the work other workers hold", e);
        }
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

    /** One lead's due step, and the work item that leases it. */
    private record DueStep(StoredLead lead, LeadProgress progress, String item) {
    }

    /**
     * Sends the due steps in rounds: each round claims the due steps of the leads this worker has not handled yet,
     * sends those taken, then waits for those other workers hold (taking them over when their leases expire); a
     * round that finds every due step done by others ends it.
     */
    private int sendDue(Executor workers, LeaseKeeper leases) {
        String id = plan.campaignId();
        Set<String> handled = new HashSet<>(); // leads whose step this worker claimed in this run
        Executor compose = BoundedExecutor.forStep(workers, plan, plan.composer());
        Executor send = new BoundedExecutor(workers, plan.concurrency());
        int perClaim = Math.max(STEPS_PER_CLAIM, 4 * plan.concurrency());
        Mailer mailer = null;
        int sent = 0;
        try {
            while (true) {
                Map<String, LeadProgress> progress = progress();
                List<DueStep> due = new ArrayList<>();
                for (StoredLead l : store.leads(id)) {
                    LeadProgress p = progress.get(l.leadId());
                    if (l.analysis() != null && !l.failed() && p != null && p.dueOn(plan.asOf())
                            && !handled.contains(l.leadId())) {
                        due.add(new DueStep(l, p, "send:" + p.nextStep() + ":" + p.nextAttempt() + ":" + l.leadId()));
                    }
                }
                if (due.isEmpty()) {
                    break;
                }
                if (mailer == null) {
                    mailer = journaled(plan.mailer());
                    mailer.checkReachable();
                }
                Map<String, List<SequenceMessage>> byLead = store.messages(id).stream()
                        .collect(Collectors.groupingBy(SequenceMessage::leadId));
                // workers start at different places in the list, so that they seldom ask for the same steps
                int chunks = (due.size() + perClaim - 1) / perClaim;
                java.util.Collections.rotate(due, -Math.floorMod(worker.hashCode(), chunks) * perClaim);
                List<DueStep> waiting = new ArrayList<>();
                int taken = 0;
                for (int i = 0; i < due.size(); i += perClaim) {
                    int[] t = sendClaimed(due.subList(i, Math.min(due.size(), i + perClaim)), byLead, mailer,
                            compose, send, leases, handled, waiting);
                    taken += t[0];
                    sent += t[1];
                }
                boolean waited = !waiting.isEmpty();
                while (!waiting.isEmpty()) {
                    pause(leases);
                    List<DueStep> again = List.copyOf(waiting);
                    waiting.clear();
                    for (int i = 0; i < again.size(); i += perClaim) {
                        int[] t = sendClaimed(again.subList(i, Math.min(again.size(), i + perClaim)), byLead, mailer,
                                compose, send, leases, handled, waiting);
                        taken += t[0];
                        sent += t[1];
                    }
                }
                if (taken == 0 && !waited) {
                    break; // every step still due was done by other workers
                }
            }
        } finally {
            if (mailer != null && mailer != plan.mailer()) {
                mailer.close(); // closes nothing the caller owns: the wrapper closes its mailer, see journaled()
            }
        }
        return sent;
    }

    /**
     * Claims these steps, composes and sends those taken, marks them done once stored (those whose draft failed are
     * released, for a later run); the steps other workers hold go to {@code waiting}. How many were taken and sent.
     */
    private int[] sendClaimed(List<DueStep> steps, Map<String, List<SequenceMessage>> byLead, Mailer mailer,
                              Executor compose, Executor send, LeaseKeeper leases, Set<String> handled,
                              List<DueStep> waiting) {
        var claim = leases.claim(steps.stream().map(DueStep::item).toList());
        List<DueStep> taken = new ArrayList<>();
        for (DueStep s : steps) {
            if (claim.taken().contains(s.item())) {
                taken.add(s);
                handled.add(s.lead().leadId());
            } else if (!claim.done().contains(s.item())) {
                waiting.add(s);
            }
        }
        List<CompletableFuture<Boolean>> chains = new ArrayList<>();
        for (DueStep s : taken) {
            List<SequenceMessage> earlier = byLead.getOrDefault(s.lead().leadId(), List.of());
            chains.add(CompletableFuture.supplyAsync(() -> draft(s.lead(), s.progress(), earlier), compose)
                    .thenApplyAsync(d -> d.map(draft -> send(mailer, s, draft, leases)).orElse(false), send));
        }
        CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new)).join();
        List<String> done = new ArrayList<>();
        List<String> undone = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            (chains.get(i).join() ? done : undone).add(taken.get(i).item());
        }
        leases.complete(done);
        leases.release(undone);
        return new int[] {taken.size(), done.size()};
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

    /** Sends and stores the step's message unless this worker's lease on it lapsed; true when stored. */
    private boolean send(Mailer mailer, DueStep step, EmailDraft draft, LeaseKeeper leases) {
        StoredLead lead = step.lead();
        if (!leases.holds(step.item())) {
            log.warn("worker {}: the lease on {} lapsed before its send; left to the worker that takes it over",
                    worker, step.item());
            return false;
        }
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
