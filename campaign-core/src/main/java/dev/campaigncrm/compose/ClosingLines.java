package dev.campaigncrm.compose;

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
                    ? List.of("Would " + cta + " suit you? I will bring a proposal specific to " + co + ".",
                            "I propose " + cta + " to walk through how this would work for " + co + ".")
                    : List.of("Can we set up " + cta + "? I'll bring a concrete plan for " + co + ".",
                            "Are you free for " + cta + "? I'll bring numbers, not slides.");
            case WARM -> c.formal()
                    ? List.of("Would you be open to " + cta + " to compare approaches to " + topic + "?",
                            "If it would help, I suggest " + cta + " on your situation rather than a demonstration.")
                    : List.of("Would you be up for " + cta + " to swap notes on " + topic + "?",
                            "If it helps, let's use " + cta + " to look at your setup, no demo required.");
            case MEDIUM -> c.formal()
                    ? List.of("If this is relevant, I can send a short written overview, or we could use " + cta + ".",
                            "I would be glad to share a brief overview; " + cta + " would also work.")
                    : List.of("Want a short overview by email? If you'd rather see it live, " + cta + " works too.",
                            "I can send over a short explainer, or walk you through it in " + cta + ".");
            case COLD -> c.formal()
                    ? List.of("I have a one-page " + offer + " on " + topic + " that your team can use either way. "
                            + "Would you like a copy? We could also arrange " + cta + ".")
                    : List.of("I put together a one-page " + offer + " on " + topic + " your team can use either way. "
                            + "Want a copy? Just reply \"yes\", or we can set up " + cta + ".");
        };
    }

    /** A line offering to fit the recipient's local schedule; empty without a usable city. */
    static List<String> scheduling(DraftContext c) {
        if (c.city().isEmpty()) {
            return List.of();
        }
        String city = c.city().get();
        return c.formal()
                ? List.of("I can fit your schedule in " + city + ".",
                        "Any time in " + city + " suits me.")
                : List.of("I'll work around your calendar in " + city + ".",
                        "Any time in " + city + " works for me.");
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
