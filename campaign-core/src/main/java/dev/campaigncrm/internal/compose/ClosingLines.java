package dev.campaigncrm.internal.compose;

import dev.campaigncrm.compose.Tone;
import java.util.List;

/** The last paragraph's phrasings: the call to action per urgency, the scheduling line and the sign-off. */
final class ClosingLines {

    /** What a cold email offers up front. */
    static final List<String> COLD_OFFERS = List.of("checklist", "benchmark");

    private ClosingLines() {
    }

    /** The call to action for the draft's urgency; a cold one offers {@code offer} first and asks softly. */
    static List<String> callsToAction(DraftContext c, String offer) {
        String co = c.companyRef();
        String cta = c.cta();
        String topic = c.topic();
        return switch (c.urgency()) {
            case HIGH -> c.formal()
                    ? List.of("Would " + cta + " suit you? I will come prepared with a proposal specific to " + co + ".",
                            "I propose " + cta + " to walk through how this would work for " + co + ".")
                    : List.of("Can we set up " + cta + "? I'll bring a concrete plan for " + co + ".",
                            "Are you free for " + cta + "? I'll come with numbers rather than slides.");
            case WARM -> c.formal()
                    ? List.of("Would you be open to " + cta + " to compare approaches to " + topic
                                    + "? Even if the timing is not right, you should come away with a useful idea.",
                            "If it would help, I suggest " + cta
                                    + " focused entirely on your situation rather than a demonstration.")
                    : List.of("Would you be up for " + cta + " to swap notes on " + topic
                                    + "? Even if the timing's off, you should get a useful idea or two out of it.",
                            "If it helps, let's use " + cta + " to look at your setup, with no demo required.");
            case MEDIUM -> c.formal()
                    ? List.of("If this is relevant, I can send a short written overview of how it works in practice, "
                                    + "or we could use " + cta + " if you prefer.",
                            "I would be glad to share a brief overview of the approach; if you would rather see it "
                                    + "live, " + cta + " would work well.")
                    : List.of("Want me to send a short overview of how it works? If you'd rather see it live, " + cta
                                    + " works too.",
                            "I can send over a short explainer, or walk you through it in " + cta + ".");
            case COLD -> c.formal()
                    ? List.of("I have prepared a one-page " + offer + " on " + topic
                            + " that your team can use whether or not we ever speak. Would you like me to send it? "
                            + "A one-word reply is enough. Should you want to talk it through, I could also offer " + cta
                            + ".")
                    : List.of("I put together a one-page " + offer + " on " + topic
                            + " that your team can use whether or not we ever talk. Want a copy? Just reply "
                            + "\"yes\". If you'd like to talk it through, I can also set up " + cta + ".");
        };
    }

    /** A line offering to fit the recipient's local schedule; empty without a usable city. */
    static List<String> scheduling(DraftContext c) {
        if (c.city().isEmpty()) {
            return List.of();
        }
        String city = c.city().get();
        return c.formal()
                ? List.of("I am glad to arrange a time that suits your schedule in " + city + ".",
                        "Any time that works for you in " + city + " is fine with me.")
                : List.of("I'll work around your calendar in " + city + ".",
                        "Any time that suits you in " + city + " works for me.");
    }

    /** The greeting: "Dear" for C-level, "Hi" otherwise, "Hello," without a usable first name. */
    static String greeting(Tone tone, String firstName) {
        if (firstName.isEmpty()) {
            return "Hello,";
        }
        return (tone == Tone.HIGHLY_FORMAL ? "Dear " : "Hi ") + firstName + ",";
    }

    /** The word before the signature. */
    static String signOff(Tone tone) {
        return switch (tone) {
            case HIGHLY_FORMAL -> "Kind regards,";
            case PROFESSIONAL -> "Best regards,";
            case FRIENDLY_PROFESSIONAL -> "Best,";
            case CONVERSATIONAL -> "Thanks,";
        };
    }
}
