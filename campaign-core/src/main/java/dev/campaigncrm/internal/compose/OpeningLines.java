package dev.campaigncrm.internal.compose;

import java.util.List;

/** The first paragraph's phrasings: an opener per urgency and register, and the industry challenge. */
final class OpeningLines {

    private OpeningLines() {
    }

    /** Opening sentences for the draft's urgency, in its register. */
    static List<String> openers(DraftContext c) {
        String co = c.companyRef();
        String topic = c.topic();
        return switch (c.urgency()) {
            case HIGH -> c.formal()
                    ? List.of("I will keep this direct, as the timing looks right for " + co + " to act on "
                                    + topic + ".",
                            "Given where " + co + " stands on " + topic
                                    + ", a specific proposal seems more useful than a general introduction.",
                            "I am writing with a specific proposal for " + co + " on " + topic + ".")
                    : List.of("I'll get straight to the point: I think we can help " + co + " with " + topic
                                    + " right away.",
                            "Here's a concrete idea for " + co + " on " + topic + ", and I'd like to move on it soon.",
                            "Short version: " + co + " looks like a strong fit for what we do around " + topic + ".");
            case WARM -> c.formal()
                    ? List.of("Many leadership teams in " + c.sector() + " are rethinking how they handle " + topic
                                    + ", and I would value your perspective.",
                            "I would like to understand how " + co + " approaches " + topic
                                    + " today, and where it takes the most effort.",
                            "Rather than present a product, I would like to explore one question with you: where does "
                                    + topic + " create the most friction for " + co + "?")
                    : List.of("I'm curious how " + co + " handles " + topic + " today, and where it eats the most time.",
                            "Quick question: where does " + topic + " cause the most friction for " + co + "?",
                            "I'd like to compare notes on " + topic + " and hear how " + co + " approaches it.");
            case MEDIUM -> c.formal()
                    ? List.of("Organisations in " + c.sector() + " face a recurring challenge: " + c.challenge() + ".",
                            "One point that may be relevant to " + co + ": few teams plan enough time for "
                                    + c.challenge() + ".",
                            "Across " + c.sector() + ", teams tend to address " + c.challenge()
                                    + " only once it has become costly.")
                    : List.of("Here's a pattern that shows up often in " + c.sector() + ": teams spend more time on "
                                    + c.challenge() + " than anyone plans for.",
                            "If " + topic + " is on your list this quarter, this note might help.",
                            "A quick note on " + c.challenge() + ", since it comes up often for teams like yours.");
            case COLD -> c.formal()
                    ? List.of("I would like to offer " + co + " something useful before asking for anything in return.",
                            "Allow me a brief introduction, together with something of practical value for your team.",
                            "I am writing with a resource rather than a request.")
                    : List.of("I'd like to start by offering something useful rather than asking for your time.",
                            "This isn't a sales pitch, just something I think " + co + " could use.",
                            "I'm writing with something practical for " + co + " first, and a question second.");
        };
    }

    /**
     * Sentences naming the industry challenge; empty when the opener already names it (medium urgency) or the
     * industry is not one we know.
     */
    static List<String> challenges(DraftContext c) {
        if (!c.industry().matched() || c.urgency() == dev.campaigncrm.compose.Urgency.MEDIUM) {
            return List.of();
        }
        return List.of("In " + c.sector() + ", the hard part is usually " + c.challenge() + ".",
                "In " + c.sector() + ", few issues demand as much attention as " + c.challenge() + ".");
    }
}
