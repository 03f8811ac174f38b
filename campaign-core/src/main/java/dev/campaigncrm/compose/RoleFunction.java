package dev.campaigncrm.compose;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The business function a job title belongs to, with the pain points typical of it (our words, not the lead's). */
enum RoleFunction {
    /** Operations, supply chain, stores and plants. */
    OPERATIONS("operations", "operations leaders",
            "operations|operating|ops|coo|supply|logistics|procurement|store|plant|warehouse|fulfil+ment|production",
            List.of("keeping processes consistent as volume grows", "removing manual handoffs between teams")),
    /** Finance and accounting. */
    FINANCE("finance", "finance leaders",
            "finance|financial|cfo|controller|accounting|accountant|treasury|fp&a|audit",
            List.of("forecast accuracy and cost control", "closing the books without chasing numbers by hand")),
    /** IT, engineering, data and security. */
    TECHNOLOGY("IT and engineering", "technical teams",
            "cto|cio|ciso|it|engineer\\w*|engineering|developer|technology|technical|data|software|architect"
                    + "|devops|security|infrastructure|analyst|scientist|programmer",
            List.of("integration effort and data quality", "passing security reviews without slowing delivery")),
    /** Sales, revenue and business development. */
    SALES("sales", "sales leaders",
            "sales|cro|revenue|account executive|business development|bdr|sdr|account manager|commercial",
            List.of("pipeline visibility and a forecast that holds", "spending selling time on the right deals")),
    /** Marketing, brand and growth. */
    MARKETING("marketing", "marketing leaders",
            "marketing|cmo|brand|growth|content|demand generation|communications|marketer",
            List.of("proving which campaigns produce revenue", "turning interest into qualified pipeline")),
    /** People, HR and recruiting. */
    HR("HR", "people leaders",
            "hr|human resources|people|talent|recruit\\w*|chro|workforce",
            List.of("hiring plans and retention on a limited budget", "giving managers reliable workforce data")),
    /** Founders, owners, chief executives and general managers. */
    GENERAL_MANAGEMENT("general management", "leadership teams",
            "ceo|founder|co-founder|cofounder|owner|president|managing|general manager|partner|chair\\w*|principal",
            List.of("growing without adding headcount at the same rate", "seeing the whole business in one place"));

    private final String label;
    private final String plural;
    private final Pattern keywords;
    private final List<String> painPoints;

    RoleFunction(String label, String plural, String keywords, List<String> painPoints) {
        this.label = label;
        this.plural = plural;
        this.keywords = Pattern.compile("\\b(" + keywords + ")\\b");
        this.painPoints = painPoints;
    }

    /** The function a title names; {@link #GENERAL_MANAGEMENT} when it names none. */
    public static RoleFunction ofTitle(String title) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT).replace('.', ' ');
        for (RoleFunction f : values()) {
            if (f.keywords.matcher(t).find()) {
                return f;
            }
        }
        return GENERAL_MANAGEMENT;
    }

    /** The function as a short label, e.g. "operations". */
    public String label() {
        return label;
    }

    /** People in this function, e.g. "operations leaders". */
    public String plural() {
        return plural;
    }

    /** Typical pain points, as noun phrases. */
    public List<String> painPoints() {
        return painPoints;
    }
}
