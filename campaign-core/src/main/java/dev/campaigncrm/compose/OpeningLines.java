package dev.campaigncrm.compose;

import java.util.List;

/** The first paragraph's phrasings: one short opener per urgency and register, naming the company and industry. */
final class OpeningLines {

    private OpeningLines() {
    }

    /** Opening sentences for the draft's urgency, in its register; medium urgency names the industry challenge. */
    static List<String> openers(DraftContext c) {
        String co = c.companyRef();
        String topic = c.topic();
        return switch (c.urgency()) {
            case HIGH -> c.formal()
                    ? List.of("I will be direct: the timing looks right for " + co + " to act on " + topic + ".",
                            "Given where " + co + " stands on " + topic
                                    + ", a specific proposal seems more useful than an introduction.",
                            "I am writing with a specific proposal for " + co + " on " + topic + ".")
                    : List.of("I'll get straight to the point: we can help " + co + " with " + topic + " right away.",
                            "Here's a concrete idea for " + co + " on " + topic + ".",
                            "Short version: " + co + " looks like a strong fit for our work on " + topic + ".");
            case WARM -> c.formal()
                    ? List.of("Many leadership teams in " + c.sector() + " are rethinking " + topic
                                    + ", and I would value your view.",
                            "I would like to understand how " + co + " approaches " + topic + " today.",
                            "One question for you: what makes " + topic + " hardest for " + co + "?")
                    : List.of("I'm curious how " + co + " handles " + topic + " today.",
                            "Quick question: what makes " + topic + " hardest for " + co + "?",
                            "I'd like to compare notes on how " + co + " approaches " + topic + ".");
            case MEDIUM -> c.formal()
                    ? List.of("Organisations in " + c.sector() + " face a recurring challenge: " + c.challenge() + ".",
                            "Few teams in " + c.sector() + " plan enough time for " + c.challenge() + ".",
                            "Across " + c.sector() + ", " + c.challenge() + " tends to get attention only once it "
                                    + "is costly.")
                    : List.of("A pattern in " + c.sector() + ": " + c.challenge()
                                    + " takes more time than anyone plans for.",
                            "If " + topic + " is on your list this quarter, this note might help.",
                            "A quick note on " + c.challenge() + ", since it comes up often in " + c.sector() + ".");
            case COLD -> c.formal()
                    ? List.of("I would like to offer " + co + " something useful before asking for anything.",
                            "Allow me a brief introduction, with something of practical value first.",
                            "I am writing with a resource rather than a request.")
                    : List.of("I'd like to offer something useful before asking for your time.",
                            "This isn't a sales pitch, just something " + co + " could use.",
                            "I'm writing with something practical for " + co + " first.");
        };
    }
}
