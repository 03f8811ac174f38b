package dev.campaigncrm.reply;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.reply.ReplyTemplates.OutOfOffice;
import dev.campaigncrm.reply.SimulatedReply.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed's step four without a mailbox: realistic replies made up from a seed. Whether and how a lead replies is
 * decided from the seed and the lead's id alone (never from list order or threads), with a {@link ReplyMix} that
 * depends on the persona, the priority score and the email variant. By default it follows published cold-email
 * figures: a person answers about one first email in twenty, more often for high-scored leads. The kinds: interest, declines, requests for information or a later date, referrals, ambiguous
 * one-liners, out-of-office auto-replies and silence. Only emails the server accepted get replies.
 *
 * <p>Sequences: the outreach list holds one entry per message sent, several per lead. For a sequence of more than one
 * step ({@link #forSequenceOf}) each replying lead also gets, from the seed, the step its reply comes after, and it
 * replies only once the message of that step was sent. An out-of-office lead auto-replies to its first message and,
 * with the chance it had of answering a first email, answers as a person the first message sent on or after its
 * return date. Every reply is labelled
 * {@link Reply#SIMULATED} and carries {@link ReplyHeaders#CLASS}. Immutable and thread-safe.
 */
public final class ReplySimulator implements ReplySource {

    private static final Logger log = LoggerFactory.getLogger(ReplySimulator.class);
    private static final Duration MAX_HUMAN_DELAY = Duration.ofDays(5);
    /** The share of replies that come after a follow-up rather than the first email (about 42%). */
    private static final double FOLLOW_UP_SHARE = ReplyMix.FOLLOW_UP_SHARE;
    private static final int MAX_STEPS = 20;

    private final long seed;
    private final int steps;
    private final ReplyMix mix;

    private ReplySimulator(long seed, int steps, ReplyMix mix) {
        this.seed = seed;
        this.steps = steps;
        this.mix = mix;
    }

    /**
     * A simulator with a fixed seed for one-email campaigns, every reply after the first email, with the
     * {@link ReplyMix#published() published} reply rates: about 5% of leads reply, more of the high-scored.
     */
    public static ReplySimulator seeded(long seed) {
        return new ReplySimulator(seed, 1, ReplyMix.published());
    }

    /** The same simulator with another mix, e.g. {@code ReplyMix.published().withReplyRate(0.2)}. */
    public ReplySimulator withMix(ReplyMix m) {
        return new ReplySimulator(seed, steps, Objects.requireNonNull(m, "mix"));
    }

    /** How the simulated leads answer. */
    public ReplyMix mix() {
        return mix;
    }

    /**
     * The same simulator for sequences of up to {@code steps} emails (1–20): follow-ups add replies, so that about
     * 42% of replying leads reply only after a follow-up, each after a step drawn from the seed and the lead alone.
     */
    public ReplySimulator forSequenceOf(int steps) {
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be 1.." + MAX_STEPS + " but was " + steps);
        }
        return new ReplySimulator(seed, steps, mix);
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The most steps of the sequences simulated (1 for one-email campaigns). */
    public int steps() {
        return steps;
    }

    /** The replies to the messages sent, ordered by arrival, then lead, then subject and body. */
    @Override
    public List<Reply> collect(List<Outreach> sent) {
        TreeMap<String, List<Outreach>> byLead = new TreeMap<>();
        for (Outreach o : sent) {
            if (isSent(o)) {
                byLead.computeIfAbsent(key(o), k -> new ArrayList<>()).add(o);
            }
        }
        return replies(byLead, sent.size());
    }

    /** The replies of these leads (by key, each with its messages), taking each lead out of the map once done. */
    private List<Reply> replies(TreeMap<String, List<Outreach>> byLead, int emails) {
        List<Reply> replies = new ArrayList<>();
        for (Map.Entry<String, List<Outreach>> e = byLead.pollFirstEntry(); e != null; e = byLead.pollFirstEntry()) {
            replies.addAll(lead(e.getKey(), e.getValue()).replies());
        }
        replies.sort(Comparator.comparing(Reply::receivedAt).thenComparing(Reply::leadId)
                .thenComparing(Reply::subject).thenComparing(Reply::body));
        log.debug("simulated {} replies to {} emails (seed {})", replies.size(), emails, seed);
        return List.copyOf(replies);
    }

    /**
     * The same replies as {@link #collect(List)}, in two passes over the emails, holding only those of the leads that
     * may reply (a few percent): the first pass keeps the leads for which some message draws a kind other than
     * silence (a superset of those that reply: a lead's kind is drawn from its first message), the second gathers
     * their messages, each without what the simulator does not read (the body, the lead's other fields), and each lead
     * leaves the map as soon as its replies are made.
     */
    @Override
    public List<Reply> collect(SentEmails sent) {
        Set<String> mayReply = new HashSet<>();
        sent.forEach(o -> {
            if (isSent(o) && kindOf(key(o), o) != Kind.NO_REPLY) {
                mayReply.add(key(o));
            }
        });
        TreeMap<String, List<Outreach>> theirs = new TreeMap<>();
        sent.forEach(o -> {
            if (isSent(o) && mayReply.remove(key(o))) {
                theirs.computeIfAbsent(key(o), k -> new ArrayList<>()).add(o.forReplies());
            } else if (isSent(o) && theirs.containsKey(key(o))) {
                theirs.get(key(o)).add(o.forReplies());
            }
        });
        return replies(theirs, sent.size());
    }

    /**
     * True when this lead answers no message of its sequence, not even automatically: decided from the seed and the
     * lead alone, so it holds before the follow-ups are sent.
     */
    public boolean silent(Outreach o) {
        return !isSent(o) || kindOf(key(o), o) == Kind.NO_REPLY;
    }

    @Override
    public String describe() {
        boolean published = mix.replyRate() == ReplyMix.PUBLISHED_REPLY_RATE
                && mix.outOfOffice() == ReplyMix.PUBLISHED_OUT_OF_OFFICE;
        return "simulated (seed " + seed + (steps > 1 ? ", sequences of " + steps + " steps" : "")
                + (published ? "" : ", " + mix) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    /** What this lead does when {@code o} is its only message: the kind of reply and the reply, if any. */
    SimulatedReply simulate(Outreach o) {
        if (!isSent(o)) {
            return new SimulatedReply(Kind.NO_REPLY, null);
        }
        LeadReplies l = lead(key(o), List.of(o));
        return new SimulatedReply(l.kind(), l.replies().isEmpty() ? null : l.replies().get(0));
    }

    /** The step (from 1) a replying lead's reply comes after, drawn from the seed and the lead alone. */
    int replyStep(String key) {
        if (steps == 1) {
            return 1;
        }
        double u = SeededRandom.forKey(seed, key + "\u0000step").nextDouble();
        if (u >= FOLLOW_UP_SHARE) {
            return 1;
        }
        // follow-ups share the rest, each half as likely as the one before it
        double total = 1 - Math.pow(0.5, steps - 1);
        double acc = 0;
        for (int s = 2; s <= steps; s++) {
            acc += FOLLOW_UP_SHARE * Math.pow(0.5, s - 2) / (2 * total);
            if (u < acc) {
                return s;
            }
        }
        return steps;
    }

    private Kind kindOf(String key, Outreach o) {
        SeededRandom rnd = SeededRandom.forKey(seed, key);
        LeadAnalysis a = o.analysis();
        return ReplyMix.draw(mix.weights(a.persona(), a.priorityScore(), steps, variantOf(o)), rnd.nextDouble());
    }

    private static String variantOf(Outreach o) {
        return o.draft() == null ? "" : o.draft().variant();
    }

    /** The replies of one lead to the messages sent to it (all sent, all of this lead). */
    private LeadReplies lead(String key, List<Outreach> messages) {
        Map<Integer, Outreach> byStep = new TreeMap<>();
        for (Outreach o : messages) {
            byStep.merge(stepOf(o), o, (a, b) -> attemptOf(b) > attemptOf(a) ? b : a);
        }
        Outreach first = byStep.values().iterator().next();
        LeadAnalysis a = first.analysis();
        String leadId = leadId(first);
        SeededRandom rnd = SeededRandom.forKey(seed, key);
        Kind kind = ReplyMix.draw(mix.weights(a.persona(), a.priorityScore(), steps, variantOf(first)),
                rnd.nextDouble());
        if (kind == Kind.NO_REPLY) {
            return new LeadReplies(kind, List.of());
        }
        if (kind != Kind.OUT_OF_OFFICE) {
            Outreach target = byStep.get(replyStep(key));
            return new LeadReplies(kind, target == null ? List.of() : List.of(human(kind, leadId, target, rnd)));
        }
        OutOfOffice ooo = rnd.pick(ReplyTemplates.OUT_OF_OFFICE);
        Instant at = sentAt(first).plus(Duration.ofMinutes(1 + rnd.nextInt(15)));
        LocalDate back = LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(3 + rnd.nextInt(12));
        Map<String, String> headers = threadHeaders(first);
        headers.put("Auto-Submitted", "auto-replied");
        headers.put("X-Auto-Response-Suppress", "All");
        headers.put(ReplyHeaders.CLASS, ReplyHeaders.AUTO_REPLY);
        headers.put(ReplyHeaders.RETURN_DATE, back.toString());
        List<Reply> replies = new ArrayList<>();
        replies.add(new Reply(leadId, from(first), ooo.subjectPrefix() + cleanSubject(first), ooo.render(back),
                headers, at, Reply.SIMULATED));
        SeededRandom later = SeededRandom.forKey(seed, key + "\u0000back");
        if (later.nextDouble() < mix.replyChance(a.persona(), a.priorityScore(), 1, variantOf(first))) {
            Kind answer = ReplyMix.draw(mix.humanWeights(a.persona(), a.priorityScore(), variantOf(first)),
                    later.nextDouble());
            Instant returned = back.atStartOfDay(ZoneOffset.UTC).toInstant();
            firstSentFrom(byStep, stepOf(first), returned)
                    .ifPresent(o -> replies.add(human(answer, leadId, o, later)));
        }
        return new LeadReplies(kind, replies);
    }

    /** A person's reply of {@code kind} to message {@code o}, its text and delay drawn from {@code rnd}. */
    private static Reply human(Kind kind, String leadId, Outreach o, SeededRandom rnd) {
        String template = rnd.pick(ReplyTemplates.HUMAN.get(kind));
        String body = template.replace("{sig}", signOff(rnd.pick(ReplyTemplates.SIGN_OFFS),
                ReplyTemplates.firstName(o.analysis().lead().name())));
        double r = rnd.nextDouble();
        Duration delay = Duration.ofMinutes(45 + (long) (r * r * MAX_HUMAN_DELAY.toMinutes()));
        Map<String, String> headers = threadHeaders(o);
        headers.put(ReplyHeaders.CLASS, ReplyHeaders.HUMAN);
        String subject = cleanSubject(o);
        String re = subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject;
        return new Reply(leadId, from(o), re, body, headers, sentAt(o).plus(delay), Reply.SIMULATED);
    }

    /** The first message sent after {@code step} on or after {@code notBefore}. */
    private static Optional<Outreach> firstSentFrom(Map<Integer, Outreach> byStep, int step, Instant notBefore) {
        return byStep.entrySet().stream().filter(e -> e.getKey() > step).map(Map.Entry::getValue)
                .filter(o -> !sentAt(o).isBefore(notBefore)).findFirst();
    }

    /** {@code In-Reply-To} the message answered and {@code References} its thread, as a mail client sets them. */
    private static Map<String, String> threadHeaders(Outreach o) {
        Map<String, String> headers = new LinkedHashMap<>();
        String id = o.send().messageId() == null ? "" : o.send().messageId().strip();
        if (!id.isEmpty()) {
            headers.put("In-Reply-To", id);
            List<String> refs = new ArrayList<>(o.draft() == null ? List.of() : o.draft().step().thread());
            refs.add(id);
            headers.put("References", String.join(" ", refs));
        }
        return headers;
    }

    private static boolean isSent(Outreach o) {
        return o != null && o.send() != null && o.send().isSent();
    }

    private static String leadId(Outreach o) {
        String id = o.send().leadId();
        return id != null && !id.isBlank() ? id : o.analysis().lead().id();
    }

    private static String key(Outreach o) {
        String leadId = leadId(o);
        return leadId.isBlank() ? o.analysis().lead().email() : leadId;
    }

    private static int stepOf(Outreach o) {
        return o.draft() == null ? 1 : o.draft().step().number();
    }

    private static int attemptOf(Outreach o) {
        return o.draft() == null ? 1 : o.draft().step().attempt();
    }

    private static Instant sentAt(Outreach o) {
        return o.send().at() == null ? Instant.EPOCH : o.send().at();
    }

    private static String from(Outreach o) {
        return o.send().email().isBlank() ? o.analysis().lead().email() : o.send().email();
    }

    private static String cleanSubject(Outreach o) {
        return o.draft() == null ? "" : o.draft().subject().replaceAll("[\\p{Cntrl}]+", " ").strip();
    }

    private static String signOff(String closing, String firstName) {
        return firstName.isEmpty() ? "\n\n" + closing : "\n\n" + closing + ",\n" + firstName;
    }

    /** One lead's intended kind and the replies it sent to the messages it got. */
    private record LeadReplies(Kind kind, List<Reply> replies) {
    }
}
