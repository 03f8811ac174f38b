package dev.campaigncrm.reply;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.reply.ReplyTemplates.OutOfOffice;
import dev.campaigncrm.reply.SimulatedReply.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed's step four without a mailbox: realistic replies made up from a seed. Whether and how a lead replies is
 * decided from the seed and the lead's id alone (never from list order or threads), with a mix that depends on the
 * persona and the priority score: interest, declines, requests for information or a later date, referrals, ambiguous
 * one-liners, out-of-office auto-replies and silence. Only emails the server accepted get replies. Every reply is
 * labelled {@link Reply#SIMULATED}. Immutable and thread-safe.
 */
public final class ReplySimulator implements ReplySource {

    private static final Logger log = LoggerFactory.getLogger(ReplySimulator.class);
    private static final Duration MAX_HUMAN_DELAY = Duration.ofDays(5);

    private final long seed;

    private ReplySimulator(long seed) {
        this.seed = seed;
    }

    /** A simulator with a fixed seed: the same seed and leads give the same replies. */
    public static ReplySimulator seeded(long seed) {
        return new ReplySimulator(seed);
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    @Override
    public List<Reply> collect(List<Outreach> sent) {
        List<Reply> replies = sent.stream()
                .map(this::simulate)
                .map(SimulatedReply::reply)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Reply::receivedAt).thenComparing(Reply::leadId))
                .toList();
        log.debug("simulated {} replies to {} emails (seed {})", replies.size(), sent.size(), seed);
        return replies;
    }

    @Override
    public String describe() {
        return "simulated (seed " + seed + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    /** What this lead does: the kind of reply and the reply; no reply unless the email was sent. */
    SimulatedReply simulate(Outreach o) {
        if (o.send() == null || !o.send().isSent()) {
            return new SimulatedReply(Kind.NO_REPLY, null);
        }
        LeadAnalysis a = o.analysis();
        String leadId = o.send().leadId() != null && !o.send().leadId().isBlank() ? o.send().leadId() : a.lead().id();
        String key = leadId.isBlank() ? a.lead().email() : leadId;
        SeededRandom rnd = SeededRandom.forKey(seed, key);
        Kind kind = ReplyMix.draw(ReplyMix.weights(a.persona(), a.priorityScore()), rnd.nextDouble());
        if (kind == Kind.NO_REPLY) {
            return new SimulatedReply(kind, null);
        }
        Instant sentAt = o.send().at() == null ? Instant.EPOCH : o.send().at();
        String from = o.send().email().isBlank() ? a.lead().email() : o.send().email();
        String subject = o.draft() == null ? "" : o.draft().subject().replaceAll("[\\p{Cntrl}]+", " ").strip();
        Map<String, String> headers = new LinkedHashMap<>();
        if (!o.send().messageId().isBlank()) {
            headers.put("In-Reply-To", o.send().messageId());
        }
        Reply reply;
        if (kind == Kind.OUT_OF_OFFICE) {
            OutOfOffice ooo = rnd.pick(ReplyTemplates.OUT_OF_OFFICE);
            Instant at = sentAt.plus(Duration.ofMinutes(1 + rnd.nextInt(15)));
            LocalDate back = LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(3 + rnd.nextInt(12));
            headers.put("Auto-Submitted", "auto-replied");
            headers.put("X-Auto-Response-Suppress", "All");
            reply = new Reply(leadId, from, ooo.subjectPrefix() + subject, ooo.render(back), headers, at,
                    Reply.SIMULATED);
        } else {
            String template = rnd.pick(ReplyTemplates.HUMAN.get(kind));
            String body = template.replace("{sig}", signOff(rnd.pick(ReplyTemplates.SIGN_OFFS),
                    ReplyTemplates.firstName(a.lead().name())));
            double r = rnd.nextDouble();
            Duration delay = Duration.ofMinutes(45 + (long) (r * r * MAX_HUMAN_DELAY.toMinutes()));
            reply = new Reply(leadId, from, "Re: " + subject, body, headers, sentAt.plus(delay), Reply.SIMULATED);
        }
        return new SimulatedReply(kind, reply);
    }

    private static String signOff(String closing, String firstName) {
        return firstName.isEmpty() ? "\n\n" + closing : "\n\n" + closing + ",\n" + firstName;
    }
}
