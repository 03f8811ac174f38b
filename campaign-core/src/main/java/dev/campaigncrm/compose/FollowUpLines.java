package dev.campaigncrm.compose;

import java.util.List;

/**
 * The follow-ups' phrasings, short and different at each step: a bump (refers to the first email, one line of
 * value), a new angle (another industry challenge or role pain) and a polite last note (closes the loop, easy
 * opt-out). Asks follow the first email's urgency; the formal register has no contractions.
 */
final class FollowUpLines {

    private FollowUpLines() {
    }

    /** The bump's first line, referring to the earlier note. */
    static List<String> bumpOpeners(DraftContext c) {
        String co = c.companyRef();
        String topic = c.topic();
        return c.formal()
                ? List.of("I am following up on my note about " + topic + " at " + co + ".",
                        "A brief follow-up to my earlier email on " + topic + " for " + co + ".")
                : List.of("Following up on my note about " + topic + " at " + co + ".",
                        "Bringing my last email about " + topic + " for " + co + " back to the top of your inbox.");
    }

    /** The bump's one line of value, from the brief. */
    static List<String> bumpValue(DraftContext c) {
        String product = c.brief().product();
        String value = c.brief().valueProposition();
        return c.formal()
                ? List.of("In short, we offer " + product + " that " + value + ".",
                        "To summarise, " + c.brief().senderCompany() + " provides " + product + " that " + value + ".")
                : List.of("The one-line version: " + product + " that " + value + ".",
                        "In short, it's " + product + " that " + value + ".");
    }

    /** The bump's ask, by urgency; a high one proposes days. */
    static List<String> bumpAsks(DraftContext c, String offer) {
        String cta = c.cta();
        return switch (c.urgency()) {
            case HIGH -> c.formal()
                    ? List.of("Would Tuesday or Thursday suit you for " + cta + "?",
                            "Could we hold " + cta + ", perhaps on Tuesday or Thursday?")
                    : List.of("Does Tuesday or Thursday work for " + cta + "?",
                            "Could we pencil in " + cta + ", say Tuesday or Thursday?");
            case WARM -> c.formal()
                    ? List.of("Would " + cta + " be useful to compare notes?")
                    : List.of("Worth " + cta + " to compare notes?");
            case MEDIUM -> c.formal()
                    ? List.of("I would be glad to send the short overview if that is easier than a call.")
                    : List.of("Happy to send a short overview if that's easier than a call.");
            case COLD -> c.formal()
                    ? List.of("The one-page " + offer + " is still yours if you would like it.")
                    : List.of("The one-page " + offer + " is yours if you want it; a \"yes\" is enough.");
        };
    }

    /** The new angle's first line. */
    static List<String> angleOpeners(DraftContext c) {
        String co = c.companyRef();
        return c.formal()
                ? List.of("One more thought for " + co + ", from a different angle.",
                        "A different angle that may matter to " + co + ".")
                : List.of("One more idea for " + co + ", from a different angle.",
                        "Here's a different angle for " + co + ".");
    }

    /** The new angle, from an industry challenge the first email did not name. */
    static List<String> industryAngle(DraftContext c, String challenge) {
        return List.of("Many teams in " + c.sector() + " also wrestle with " + challenge + ".",
                "Beyond " + c.topic() + ", " + challenge + " is a common strain in " + c.sector() + ".");
    }

    /** The new angle, from a role pain the first email did not name. */
    static List<String> roleAngle(DraftContext c, String pain) {
        String people = c.role().plural();
        return List.of("Many " + people + " also tell me that " + pain + " takes more time than it should.",
                "Another concern I often hear from " + people + ": " + pain + ".");
    }

    /** The line after the new angle: where the offer helps (no figures we could not back). */
    static List<String> angleProof(DraftContext c) {
        return List.of("That is often where " + c.brief().senderCompany() + " proves its worth first.",
                "That is usually where teams notice the difference first.");
    }

    /** The new angle's ask, by urgency; softer than the bump's. */
    static List<String> angleAsks(DraftContext c) {
        String cta = c.cta();
        return switch (c.urgency()) {
            case HIGH -> c.formal()
                    ? List.of("If useful, I could hold " + cta + " for you on Wednesday.")
                    : List.of("I can hold " + cta + " for Wednesday if that helps.");
            case WARM -> c.formal()
                    ? List.of("Would that be worth " + cta + "?")
                    : List.of("Worth " + cta + " to dig into it?");
            case MEDIUM -> List.of("I can send a short note on how other teams handle it.");
            case COLD -> c.formal()
                    ? List.of("I am happy to share what we have seen, with no call needed.")
                    : List.of("Happy to share what we've seen, no call needed.");
        };
    }

    /** The last note's first line, closing the loop. */
    static List<String> lastOpeners(DraftContext c) {
        String topic = c.topic();
        return c.formal()
                ? List.of("I have not heard back, so I will assume the timing is not right and close the loop here.",
                        "This will be my last note on " + topic + " for " + c.companyRef() + " for now.")
                : List.of("I haven't heard back, so I'll assume now isn't the right time and close the loop.",
                        "This is my last note on " + topic + " for now.");
    }

    /** The door left open, by urgency. */
    static List<String> lastDoor(DraftContext c, String offer) {
        String topic = c.topic();
        String cta = c.cta();
        return switch (c.urgency()) {
            case HIGH -> c.formal()
                    ? List.of("Should " + topic + " become a priority, I can still arrange " + cta
                            + " at short notice.")
                    : List.of("Should " + topic + " become a priority, I can still set up " + cta
                            + " at short notice.");
            case WARM -> c.formal()
                    ? List.of("Should " + topic + " move up the agenda, I would be glad to compare notes.")
                    : List.of("Should " + topic + " move up your list, I'd be glad to compare notes.");
            case MEDIUM -> List.of("If it becomes relevant, the short overview is yours for the asking.");
            case COLD -> c.formal()
                    ? List.of("The one-page " + offer + " remains yours for the asking.")
                    : List.of("The one-page " + offer + " is still there if you ever want it.");
        };
    }

    /** The easy opt-out. */
    static List<String> optOut(DraftContext c) {
        return c.formal()
                ? List.of("If you would rather not hear from me, a one-line reply is enough and I will not write again.")
                : List.of("If you'd rather I stop, just say so and I won't write again.");
    }
}
