package dev.campaigncrm.compose;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The challenges typical of an industry, written by us (never taken from the lead): the sector's name, a short topic
 * for subject lines and a few longer challenge phrases for the body.
 *
 * @param name       the sector as people read it, e.g. "Healthcare"; "General" for the fallback
 * @param sector     the sector inside a sentence, e.g. "healthcare" or "your sector"
 * @param topic      a short noun phrase, e.g. "patient data compliance"
 * @param challenges longer noun phrases, e.g. "compliance and the protection of patient data"
 * @param matched    false for the generic fallback
 */
record IndustryProfile(String name, String sector, String topic, List<String> challenges, boolean matched) {

    private static final List<Entry> TABLE = List.of(
            entry("health|hospital|medical|clinic|pharma|biotech|life science|dental|care",
                    "Healthcare", "healthcare", "patient data compliance",
                    "compliance and the protection of patient data",
                    "keeping clinical and administrative teams working from the same numbers"),
            entry("logistic|transport|shipping|freight|supply chain|trucking|courier|warehous",
                    "Logistics", "logistics", "delivery costs",
                    "on-time delivery and fuel costs",
                    "planning capacity across routes and depots"),
            entry("bank|financ|insurance|fintech|invest|asset management|lending|payments",
                    "Financial Services", "financial services", "regulatory reporting",
                    "regulatory reporting and risk control",
                    "reconciling data from systems that were never meant to talk to each other"),
            entry("software|saas|technology|tech|internet|it services|cloud|cyber|data",
                    "Software", "software", "predictable revenue",
                    "shipping faster without letting quality or security slip",
                    "turning product usage into predictable revenue"),
            entry("retail|e-commerce|ecommerce|consumer|fashion|grocery|store",
                    "Retail", "retail", "inventory accuracy",
                    "inventory accuracy and thin margins",
                    "keeping stores and online channels in step"),
            entry("manufactur|industrial|automotive|factory|production|chemical",
                    "Manufacturing", "manufacturing", "production uptime",
                    "production uptime and supply chain volatility",
                    "planning output when demand shifts week to week"),
            entry("education|school|university|college|edtech|training|academ",
                    "Education", "education", "enrolment planning",
                    "tight budgets and enrolment planning",
                    "showing outcomes to boards and funders"),
            entry("real estate|property|construction|architecture|building",
                    "Real Estate and Construction", "real estate and construction", "project overruns",
                    "project timelines and cost overruns",
                    "keeping many projects visible at once"),
            entry("hospitality|restaurant|food|bakery|hotel|catering|beverage|travel",
                    "Hospitality and Food", "hospitality and food", "staffing and food costs",
                    "staffing and food costs",
                    "planning for demand that changes with the season"),
            entry("legal|law|consulting|professional services|accounting|audit",
                    "Professional Services", "professional services", "billable utilisation",
                    "billable utilisation and client confidentiality",
                    "forecasting workload across clients and partners"),
            entry("energy|utilit|oil|gas|solar|renewable|power",
                    "Energy", "energy", "asset reliability",
                    "asset reliability under regulatory pressure",
                    "planning maintenance without interrupting supply"),
            entry("marketing|advertising|media|agency|publishing",
                    "Marketing and Media", "marketing and media", "campaign returns",
                    "proving the return on every campaign",
                    "balancing client work against new business"),
            entry("telecom|telco|wireless|network",
                    "Telecommunications", "telecommunications", "customer churn",
                    "customer churn and network costs",
                    "rolling out services while legacy systems keep running"),
            entry("government|public sector|nonprofit|non-profit|charity|ngo",
                    "Public and Nonprofit", "the public and nonprofit sector", "reporting to funders",
                    "accountability to funders with limited staff",
                    "doing more with budgets that rarely grow"));

    private static final IndustryProfile GENERIC = new IndustryProfile("General", "your sector",
            "team efficiency", List.of("doing more with the same team",
                    "making decisions on current numbers rather than last month's"), false);

    /** Copies the phrases. */
    public IndustryProfile {
        challenges = List.copyOf(challenges);
    }

    /** The profile whose keywords the industry text contains, or the generic one. */
    public static IndustryProfile of(String industry) {
        if (industry == null || industry.isBlank()) {
            return GENERIC;
        }
        String text = industry.toLowerCase(Locale.ROOT);
        for (Entry e : TABLE) {
            if (e.keywords().matcher(text).find()) {
                return e.profile();
            }
        }
        return GENERIC;
    }

    private static Entry entry(String keywords, String name, String sector, String topic, String... challenges) {
        return new Entry(Pattern.compile("\\b(" + keywords + ")"),
                new IndustryProfile(name, sector, topic, List.of(challenges), true));
    }

    private record Entry(Pattern keywords, IndustryProfile profile) {
    }
}
