package dev.campaigncrm.compose;

import java.util.List;

/** The middle paragraphs' phrasings: the offer, the role pain point in the company's size, tone and persona. */
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
                "We offer " + product + " that " + value + ".");
    }

    /** The role's pain point, set in the company's size when it is known. */
    static List<String> rolePain(DraftContext c) {
        String people = c.role().plural();
        String pain = c.pain();
        List<String> where = size(c);
        if (where.isEmpty()) {
            return List.of("For " + people + ", the pressing issue is usually " + pain + ".",
                    "Most " + people + " I speak with put " + pain + " first.");
        }
        return where.stream().map(w -> "For " + people + " " + w + ", " + pain + " usually comes first.").toList();
    }

    /** Where the reader works, by company size ("at a startup", "at around 500 people"); empty when unknown. */
    static List<String> size(DraftContext c) {
        return switch (c.size()) {
            case STARTUP -> List.of("at a startup", "at an early-stage company");
            case SMALL_BUSINESS -> List.of("in a small business", "with a lean team");
            case MID_MARKET -> c.employees() == null ? List.of("in a mid-market company")
                    : List.of("in a mid-market company", "at around " + c.employeesText() + " people");
            case ENTERPRISE -> c.employees() == null ? List.of("at enterprise scale")
                    : List.of("at around " + c.employeesText() + " people", "at enterprise scale");
            case UNKNOWN -> List.of();
        };
    }

    /** The angle the tone asks for: business impact, return on investment, practicality or technical detail. */
    static List<String> toneAngle(DraftContext c) {
        return switch (c.tone()) {
            case HIGHLY_FORMAL -> List.of("The case is strategic: measurable business impact.",
                    "At board level, business impact is what counts.");
            case PROFESSIONAL -> List.of("The return is simple: hours saved against cost.",
                    "The return on investment is easy to show.");
            case FRIENDLY_PROFESSIONAL -> List.of("The focus is practical: fewer manual steps.",
                    "Day to day, that means less routine work.");
            case CONVERSATIONAL -> List.of("Happy to get into the technical detail and the API.",
                    "I can walk you through the data model.");
        };
    }

    /** The persona's angle; empty for a general business contact. */
    static List<String> personaAngle(DraftContext c) {
        return switch (c.persona()) {
            case ENTERPRISE_TECH_DECISION_MAKER -> List.of(
                    "I can provide the security and procurement details up front.",
                    "I can share how security review and onboarding usually run.");
            case GROWTH_STAGE_STARTUP_FOUNDER -> List.of(
                    "Setup is short, so you could judge it on your own data within weeks.",
                    "It is meant to keep pace with a team that changes plans often.");
            case MID_MARKET_OPERATIONS_LEADER -> List.of(
                    "The emphasis is on process: fewer handoffs and clearer ownership.",
                    "Most of the gain comes from tightening processes you already run.");
            case SMALL_BUSINESS_OWNER -> List.of("I can show you what it would cost at your size first.",
                    "It is priced for smaller teams, and you can judge it on results.");
            case TECHNICAL_EVALUATOR -> List.of("I can share documentation and a trial account for your own tests.",
                    "You are welcome to try it hands-on before anyone talks about contracts.");
            case GENERAL_BUSINESS_CONTACT -> List.of();
        };
    }
}
