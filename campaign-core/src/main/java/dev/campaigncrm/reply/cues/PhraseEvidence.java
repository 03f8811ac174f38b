package dev.campaigncrm.reply.cues;

import dev.campaigncrm.reply.text.Referrals;
import dev.campaigncrm.reply.text.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrase evidence in a reply's new text: the cue catalogue (phrases in English, German, French, Spanish,
 * Portuguese, Italian and Dutch, matched as whole words on accent-folded text with negation: "not a bad idea",
 * "nicht interessiert") weighed into an intent. Used by the rule classifier and by any classifier that combines the
 * rules' opinion with its own.
 *
 * @param intent     the intent the phrases point to; UNCLEAR when they conflict, only hedge, or are too weak
 * @param confidence how sure the phrases are of that intent, 0–1
 * @param rationale  the cues that decided it, in one line, e.g. {@code asks to schedule a call ('lets talk')}
 * @param cues       how many cues were found; 0 means the phrases give no opinion
 * @param refers     true when a cue points to another person ("not the right person", "talk to my colleague")
 */
public record PhraseEvidence(Intent intent, double confidence, String rationale, int cues, boolean refers) {

    /** The default negation window: how many words before a cue a negator may stand. */
    static final int NEGATION_WINDOW = 4;
    private static final int MAX_TOKENS = 3000;
    private static final double ADDRESS_WEIGHT = 0.75;
    private static final double SLOT_WEIGHT = 0.8;
    private static final double QUESTION_WEIGHT = 0.5;
    private static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|tomorrow|montag|dienstag|mittwoch"
            + "|donnerstag|freitag|morgen|lundi|mardi|mercredi|jeudi|vendredi|demain|lunes|martes|miercoles|jueves"
            + "|viernes|manana|segunda|terca|quarta|quinta|sexta|amanha|lunedi|martedi|mercoledi|giovedi|venerdi|domani"
            + "|maandag|dinsdag|woensdag|donderdag|vrijdag";
    private static final String CLOCK = "\\b\\d{1,2}(?::\\d{2}|[.h]\\d{2}(?!\\d)|\\s?h\\b|\\s?uhr\\b"
            + "|\\s?(?:am|pm)\\b)";
    /** A weekday (or tomorrow) and a clock time within a few words of each other, in either order. */
    private static final Pattern DAY_AND_TIME = Pattern.compile("\\b(?:" + WEEKDAY + ")\\b[^!?\\n]{0,30}?" + CLOCK
            + "|" + CLOCK + "[^!?\\n]{0,20}?\\b(?:" + WEEKDAY + ")\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final CueMatcher MATCHER = CueMatcher.of(CueCatalog.cues(), NEGATION_WINDOW);

    /** Checks the fields. */
    public PhraseEvidence {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(rationale, "rationale");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be 0..1 but was " + confidence);
        }
    }

    /**
     * The evidence in {@code text}, with no threshold: even weak evidence says which way it leans (see
     * {@link #of(String, double)}).
     */
    public static PhraseEvidence of(String text) {
        return weighed(text, 0.0);
    }

    /** The evidence in {@code text}; an intent below {@code unclearBelow} (0–1) gives UNCLEAR with the reason. */
    public static PhraseEvidence of(String text, double unclearBelow) {
        return weighed(text, unclearBelow);
    }

    /**
     * True when {@code text} asks not to be mailed again ("unsubscribe", "remove me from your list", "nehmen Sie mich
     * aus Ihrem Verteiler", "darme de baja", ...): the one test of an opt-out, used to classify a reply and by readers
     * that add the sender to a suppression list. Pass the sender's new text only: a quoted footer's "unsubscribe" is
     * no request.
     */
    public static boolean asksToBeRemoved(String text) {
        return MATCHER.find(TokenizedText.of(text == null ? "" : text, MAX_TOKENS)).stream()
                .anyMatch(e -> e.kind() == CueKind.OPT_OUT);
    }

    /** True when the phrases gave any cue. */
    public boolean present() {
        return cues > 0;
    }

    private static String question(String folded) {
        int end = folded.indexOf('?');
        int start = Math.max(0, Math.max(folded.lastIndexOf('.', end), folded.lastIndexOf('\n', end)) + 1);
        return folded.substring(start, end + 1).strip();
    }

    private static PhraseEvidence weighed(String text, double unclearBelow) {
        List<Evidence> evidence = new ArrayList<>(MATCHER.find(TokenizedText.of(text == null ? "" : text,
                MAX_TOKENS)));
        // an address handed on in a sentence is a referral in any language, whatever words surround it
        Referrals.addressInASentence(text).ifPresent(a -> evidence.add(
                new Evidence(CueKind.REFERRAL, ADDRESS_WEIGHT, "gives another address", a)));
        // a day with a clock time ("Donnerstag 14 Uhr", "amanhã depois das 16h") proposes a meeting in any language
        String folded = text == null ? "" : TextFolding.fold(text);
        Matcher slot = DAY_AND_TIME.matcher(folded);
        if (slot.find()) {
            evidence.add(new Evidence(CueKind.MEETING, SLOT_WEIGHT, "proposes a time", slot.group()));
        }
        // a question with no cue at all asks something of the sender: a light lean to follow-up, never enough alone
        if (evidence.isEmpty() && folded.contains("?")) {
            evidence.add(new Evidence(CueKind.INFO, QUESTION_WEIGHT, "asks a question", question(folded)));
        }
        EvidenceWeigher.Verdict v = EvidenceWeigher.weigh(evidence, unclearBelow);
        return new PhraseEvidence(v.intent(), Math.max(0, Math.min(1, v.confidence())), v.rationale(),
                evidence.size(), evidence.stream().anyMatch(e -> e.kind() == CueKind.REFERRAL));
    }
}
