package dev.campaigncrm.mail.internal.imap;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks of automatic mail: RFC 3834 {@code Auto-Submitted} (anything but {@code no}), {@code X-Autoreply},
 * {@code X-Autorespond}, {@code Precedence: auto_reply|bulk|junk|list}, robot senders, auto-reply subject prefixes
 * in several languages and a few unmistakable out-of-office phrases. {@code X-Auto-Response-Suppress} is a request
 * to other robots, not a mark, and is ignored.
 */
public final class AutoReplySignals {

    /** Auto-reply subject words (normalised: lower case, no accents), for use before a colon. */
    static final String AUTO_SUBJECT_WORDS = "automatic reply|automatische antwort|auto-?reply|auto-?response"
            + "|autoreply|auto|out of (?:the )?office|ooo|abwesenheitsnotiz|abwesend|reponse automatique"
            + "|respuesta automatica|risposta automatica|automatisch antwoord|autosvar|franvaro|afwezig"
            + "|fuera de la oficina|fuori ufficio|absence|absent|automatisk svar|automatisk besked|fravaer"
            + "|resposta automatica|odpowiedz automatyczna|poissa";

    private static final Pattern AUTO_SUBJECT = Pattern.compile(
            "^\\s*(?:\\[[^\\]]{0,40}\\]\\s*)?(?:(?:re|aw|sv|vs|fw|fwd|wg)\\s*:\\s*)*[\\[(]?\\s*(?:"
                    + AUTO_SUBJECT_WORDS + ")(?:\\s*[:\uff1a\\])]|\\s+-\\s|\\s*$)");
    private static final Pattern OOO_SUBJECT_ANYWHERE = Pattern.compile(
            "\\b(?:out of (?:the )?office|abwesenheitsnotiz|automatic reply|reponse automatique"
                    + "|respuesta automatica|risposta automatica|automatisch antwoord)\\b");
    private static final Set<String> AUTO_PRECEDENCE = Set.of("auto_reply", "bulk", "junk", "list");
    private static final Set<String> FALSE_VALUES = Set.of("no", "false", "0", "off");
    private static final Set<String> ROBOT_SENDERS = Set.of("mailer-daemon", "mailerdaemon", "mail-daemon",
            "postmaster", "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply");
    private static final List<Pattern> OOO_BODY = List.of(
            Pattern.compile("\\bi(?:'m| am) (?:currently |now )?out of (?:the )?office\\b"),
            Pattern.compile("\\bout of (?:the )?office (?:until|till|through|from)\\b"),
            Pattern.compile("\\bi(?:'m| am| will be) (?:currently )?(?:away|on (?:annual |parental )?(?:leave|vacation"
                    + "|holiday))\\b.{0,40}?\\b(?:until|till|returning|back on)\\b"),
            Pattern.compile("\\bthis is an automatic(?:ally generated)? (?:reply|response|message)\\b"),
            Pattern.compile("\\bich bin\\b.{0,40}?\\b(?:nicht im buro|abwesend|im urlaub)\\b"),
            Pattern.compile("\\bje suis (?:actuellement )?(?:absente?|en conges?|en vacances)\\b"),
            Pattern.compile("\\b(?:estoy|me encuentro) (?:actualmente )?(?:fuera de la oficina|de vacaciones)\\b"),
            Pattern.compile("\\bsono (?:attualmente )?(?:fuori (?:ufficio|sede)|in ferie|assente)\\b"),
            Pattern.compile("\\bik ben (?:momenteel |tot .{0,30}?)?(?:afwezig|niet op kantoor|met vakantie)\\b"),
            Pattern.compile("\\bjag ar (?:ledig|franvarande|pa semester|tjanstledig)\\b"));

    private AutoReplySignals() {
    }

    /** Why the headers or sender mark this message as automatic, if they do. */
    public static Optional<String> fromHeaders(Map<String, String> headers, String from) {
        String autoSubmitted = value(headers, "Auto-Submitted");
        if (!autoSubmitted.isEmpty() && !"no".equals(firstToken(autoSubmitted))) {
            return Optional.of("Auto-Submitted: " + firstToken(autoSubmitted));
        }
        for (String name : List.of("X-Autoreply", "X-Autorespond")) {
            if (headers.containsKey(name) && !FALSE_VALUES.contains(firstToken(value(headers, name)))) {
                return Optional.of(name);
            }
        }
        String precedence = firstToken(value(headers, "Precedence"));
        if (AUTO_PRECEDENCE.contains(precedence)) {
            return Optional.of("Precedence: " + precedence);
        }
        if (isRobotSender(from)) {
            return Optional.of("robot sender " + localPart(from));
        }
        return Optional.empty();
    }

    /** True for an auto-reply subject such as "Automatic reply: …" or "Abwesenheitsnotiz: …". */
    public static boolean autoReplySubject(String subject) {
        String s = ReplySubjects.normalise(subject);
        return AUTO_SUBJECT.matcher(s).find() || OOO_SUBJECT_ANYWHERE.matcher(s).find();
    }

    /** The out-of-office phrase in the new text of a message, if there is one. */
    public static Optional<String> outOfOfficeText(String newText) {
        String s = ReplySubjects.normalise(newText).replace('\u2019', '\'');
        for (Pattern p : OOO_BODY) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /** True when the sender is a mailer daemon, postmaster or no-reply address. */
    public static boolean isRobotSender(String from) {
        return ROBOT_SENDERS.contains(localPart(from));
    }

    /** True when the sender is a mailer daemon or postmaster (the senders of bounces). */
    public static boolean isBounceSender(String from) {
        String l = localPart(from);
        return l.equals("mailer-daemon") || l.equals("mailerdaemon") || l.equals("mail-daemon")
                || l.equals("postmaster");
    }

    static String localPart(String from) {
        String addr = from == null ? "" : from;
        int lt = addr.lastIndexOf('<');
        int gt = addr.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            addr = addr.substring(lt + 1, gt);
        }
        int at = addr.lastIndexOf('@');
        return (at >= 0 ? addr.substring(0, at) : addr).strip().toLowerCase(Locale.ROOT);
    }

    private static String value(Map<String, String> headers, String name) {
        String v = headers.get(name);
        return v == null ? "" : v.strip();
    }

    private static String firstToken(String value) {
        return value.split("[;\\s]", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
