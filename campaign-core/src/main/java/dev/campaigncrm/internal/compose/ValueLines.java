package dev.campaigncrm.internal.compose;

import java.util.List;

/** The middle paragraphs' phrasings: the offer, the role pain point, the size context, the tone and the persona. */
final class ValueLines {

    private ValueLines() {
    }

    /** What the sender offers, from the brief. */
    static List<String> offer(DraftContext c) {
        String product = c.brief().product();
        String value = c.brief().valueProposition();
        String sender = c.brief().senderCompany();
        return List.of(sender + " offers " + product + " that " + value + ".",
                "At " + sender + ", we built " + product + " that " + value + ".",
                "What we offer is " + product + " that " + value + ".");
    }

    /** The role's pain point. */
    static List<String> rolePain(DraftContext c) {
        String people = c.role().plural();
        return List.of("For " + people + ", the pressing issue is usually " + c.pain() + ".",
                "That bears directly on " + c.pain() + ", a priority for most " + people + ".",
                "It is designed around a concern most " + people + " share: " + c.pain() + ".");
    }

    /** The company-size context; empty when the size is unknown. */
    static List<String> size(DraftContext c) {
        return switch (c.size()) {
            case STARTUP -> List.of("At a startup, every hour spent on manual work is an hour taken away from growth.",
                    "Early-stage teams need tools that pay off in weeks, not quarters.");
            case SMALL_BUSINESS -> List.of(
                    "For a small business, any new tool has to pay for itself quickly and stay simple to run.",
                    "With a lean team, every process has to run without constant attention.");
            case MID_MARKET -> c.employees() == null
                    ? List.of("Mid-market companies often outgrow spreadsheets well before a heavyweight system "
                            + "makes sense.")
                    : List.of("Mid-market companies often outgrow spreadsheets well before a heavyweight system "
                                    + "makes sense.",
                            "At around " + c.employeesText() + " people, informal processes start to strain.");
            case ENTERPRISE -> c.employees() == null
                    ? List.of("At enterprise scale, consistency across business units matters as much as speed.")
                    : List.of("With around " + c.employeesText()
                                    + " people, even small inefficiencies compound across teams and regions.",
                            "At enterprise scale, consistency across business units matters as much as speed.");
            case UNKNOWN -> List.of();
        };
    }

    /** The angle the tone asks for: business impact, return on investment, practicality or technical detail. */
    static List<String> toneAngle(DraftContext c) {
        return switch (c.tone()) {
            case HIGHLY_FORMAL -> List.of(
                    "The case is strategic: clearer decisions at board level and a measurable effect on results.",
                    "At executive level, what matters is business impact, and that is where I would focus our "
                            + "discussion.");
            case PROFESSIONAL -> List.of(
                    "The return on investment is simple to measure: hours saved each month against what it costs.",
                    "I would be glad to frame it in terms of return on investment, with the figures a budget "
                            + "review will ask for.");
            case FRIENDLY_PROFESSIONAL -> List.of(
                    "The focus is practical: fewer manual steps in the weekly routine and less time spent chasing "
                            + "updates.",
                    "Day to day, that means less time on routine work and more on the decisions that need a manager.");
            case CONVERSATIONAL -> List.of(
                    "Happy to get into the technical detail too: how the data gets in, how it is modelled and what "
                            + "you can export.",
                    "If you like to look under the hood, I can walk you through the integrations, the data model "
                            + "and the API.");
        };
    }

    /** The persona's angle; empty for a general business contact. */
    static List<String> personaAngle(DraftContext c) {
        return switch (c.persona()) {
            case ENTERPRISE_TECH_DECISION_MAKER -> List.of(
                    "If a formal evaluation is ahead, I can provide the security and procurement details up front.",
                    "For a large-scale rollout, I can share how procurement, security review and onboarding usually "
                            + "run.");
            case GROWTH_STAGE_STARTUP_FOUNDER -> List.of(
                    "Setup is short, so you could judge it on your own data within a couple of weeks.",
                    "It is meant to keep pace with a team that changes plans every month.");
            case MID_MARKET_OPERATIONS_LEADER -> List.of(
                    "The emphasis is on process: fewer manual handoffs and clearer ownership of each step.",
                    "Most of the gain comes from tightening processes that already exist rather than adding new ones.");
            case SMALL_BUSINESS_OWNER -> List.of(
                    "I can show you what it would cost at your size before anything else.",
                    "It is priced for smaller teams, and you can judge it on results before committing further.");
            case TECHNICAL_EVALUATOR -> List.of(
                    "I can share documentation and a trial account so you can test it on your own terms.",
                    "You are welcome to put it through a hands-on trial before anyone talks about contracts.");
            case GENERAL_BUSINESS_CONTACT -> List.of();
        };
    }
}
