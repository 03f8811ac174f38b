package dev.campaigncrm.mail.internal.imap;

import dev.campaigncrm.reply.Outreach;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attributes messages to the leads mailed: by our Message-ID in {@code In-Reply-To} or {@code References} (for a
 * bounce: in the returned headers), else by the sender's address with a reply subject of the original (for a bounce:
 * the failed recipient). Every message sent is indexed, so a reply to any step of a lead's sequence is found; when
 * the fallback matches several messages of one lead, the latest step is taken. An address shared by several leads,
 * or no match, gives no lead: never a guess.
 */
public final class Threader {

    private final Map<String, Outreach> byMessageId = new HashMap<>();
    private final Map<String, List<Outreach>> byEmail = new HashMap<>();

    /** An index of the outreach that was sent (outreach not sent cannot be answered and is left out). */
    public Threader(List<Outreach> sent) {
        for (Outreach o : sent) {
            if (o == null || o.send() == null || !o.send().isSent()) {
                continue;
            }
            String id = MessageIdList.normalise(o.send().messageId());
            if (!id.isEmpty()) {
                byMessageId.putIfAbsent(id, o);
            }
            String email = email(o);
            if (!email.isEmpty()) {
                byEmail.computeIfAbsent(email, k -> new ArrayList<>()).add(o);
            }
        }
    }

    /** The lead's id as the reply should carry it: the send result's, else the lead's. */
    public static String leadId(Outreach o) {
        String id = o.send().leadId();
        return id != null && !id.isBlank() ? id : o.analysis().lead().id();
    }

    /** The address we mailed, lower case. */
    public static String email(Outreach o) {
        String e = o.send().email() == null || o.send().email().isBlank() ? o.analysis().lead().email()
                : o.send().email();
        return e == null ? "" : e.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The lead a human reply or auto-reply answers, and how it was found: its {@code In-Reply-To}, its {@code
     * References}, a campaign email returned inside it or named by its disposition notification, else the sender and
     * the subject.
     */
    public Optional<Match> reply(ParsedMail mail, boolean unsubscribe) {
        for (String id : MessageIdList.parse(mail.header("In-Reply-To"))) {
            Outreach o = byMessageId.get(id);
            if (o != null) {
                return Optional.of(new Match(o, "in-reply-to"));
            }
        }
        List<String> refs = MessageIdList.parse(mail.header("References"));
        for (int i = refs.size() - 1; i >= 0; i--) {
            Outreach o = byMessageId.get(refs.get(i));
            if (o != null) {
                return Optional.of(new Match(o, "references"));
            }
        }
        for (String id : mail.returnedMessageIds()) {
            Outreach o = byMessageId.get(id);
            if (o != null) {
                return Optional.of(new Match(o, "returned-message-id"));
            }
        }
        List<Outreach> fromSender = byEmail.getOrDefault(mail.from().strip().toLowerCase(Locale.ROOT), List.of());
        List<Outreach> bySubject = fromSender.stream()
                .filter(o -> o.draft() != null && ReplySubjects.answers(mail.subject(), o.draft().subject()))
                .toList();
        if (distinctLeads(bySubject) == 1) {
            return Optional.of(new Match(latest(bySubject), "sender-subject"));
        }
        if (unsubscribe && distinctLeads(fromSender) == 1) {
            return Optional.of(new Match(latest(fromSender), "sender-unsubscribe"));
        }
        return Optional.empty();
    }

    /** The lead a bounce concerns: by the returned Message-ID, else by the failed recipient. */
    public Optional<Match> bounce(BounceParser.Bounce bounce, ParsedMail mail) {
        for (String id : bounce.originalMessageIds()) {
            Outreach o = byMessageId.get(id);
            if (o != null) {
                return Optional.of(new Match(o, "bounce-message-id"));
            }
        }
        Optional<Match> viaHeaders = reply(mail, false);
        if (viaHeaders.isPresent() && !viaHeaders.get().how().equals("sender-subject")) {
            return Optional.of(new Match(viaHeaders.get().outreach(), "bounce-" + viaHeaders.get().how()));
        }
        Set<String> recipients = new LinkedHashSet<>();
        for (BounceParser.Failure f : bounce.failures()) {
            recipients.add(f.originalRecipient());
            recipients.add(f.finalRecipient());
        }
        List<Outreach> found = new ArrayList<>();
        for (String r : recipients) {
            found.addAll(byEmail.getOrDefault(r, List.of()));
        }
        return distinctLeads(found) == 1 ? Optional.of(new Match(latest(found), "bounce-recipient"))
                : Optional.empty();
    }

    /** The latest message of one lead's: the highest step (then attempt), the later send among equals. */
    private static Outreach latest(List<Outreach> os) {
        return os.stream().max(Comparator.comparingInt(Threader::stepNumber).thenComparingInt(Threader::attempt)
                .thenComparing(o -> o.send().at() == null ? Instant.EPOCH : o.send().at())).orElseThrow();
    }

    private static int stepNumber(Outreach o) {
        return o.draft() == null ? 1 : o.draft().step().number();
    }

    private static int attempt(Outreach o) {
        return o.draft() == null ? 1 : o.draft().step().attempt();
    }

    private static long distinctLeads(List<Outreach> os) {
        return os.stream().map(Threader::leadId).distinct().count();
    }

    /**
     * A message attributed to a lead.
     *
     * @param outreach the lead's outreach
     * @param how      how it was found: {@code in-reply-to}, {@code references}, {@code returned-message-id} (the
     *                 campaign email returned inside, or named by a read receipt's or reject's
     *                 {@code Original-Message-ID}), {@code sender-subject}, {@code sender-unsubscribe},
     *                 {@code bounce-message-id}, {@code bounce-recipient}
     */
    public record Match(Outreach outreach, String how) {
    }
}
