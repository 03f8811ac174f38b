package dev.campaigncrm.analysis;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How senior a job title is; drives the title points of the score and the tone of the email. */
public enum Seniority {
    /** Chief officers, presidents, founders, owners, partners, managing directors. */
    C_LEVEL,
    /** Vice presidents, directors, heads of a function, chiefs of staff. */
    VP_DIRECTOR,
    /** Managers and team leads. */
    MANAGER,
    /** Specialists, analysts, engineers and other individual contributors. */
    INDIVIDUAL_CONTRIBUTOR,
    /** No title, or one that names no level. */
    UNKNOWN;

    /** Words that make "owner" a role inside a team rather than the owner of a business. */
    private static final String ROLE_OWNER = "product|process|service|data|system|systems|application|platform"
            + "|account|content|risk|control|technical|solution|budget|asset|feature|release|business process";
    /** Words that make "partner" an adjective ("Partner Manager") rather than a partner of a firm. */
    private static final String PARTNER_QUALIFIER = "manager|marketing|success|sales|account|accounts|relations"
            + "|relationship|program|programs|development|engineer|specialist|alliances|enablement|operations"
            + "|solutions|director|lead|channel|ecosystem|integrations|integration|support|network|care|executive"
            + "|onboarding|associate|coordinator";

    /** Ordered rules: the first that matches decides. Exceptions come before the general words they contain. */
    private static final List<Rule> RULES = List.of(
            // "Executive Assistant", "Assistant to the CEO": an assistant, whoever they assist.
            new Rule("assistant(?!\\s+(vice president|vp|director|manager|general manager|head))", INDIVIDUAL_CONTRIBUTOR),
            // "Product Owner", "Process Owner": a role in a team, not a business owner.
            new Rule("(" + ROLE_OWNER + ")\\s+owner", INDIVIDUAL_CONTRIBUTOR),
            new Rule("chief of staff", VP_DIRECTOR),
            new Rule("vice president|vice-president|[sea]?vp", VP_DIRECTOR),
            new Rule("ceo|cto|cfo|coo|cio|cmo|cro|cso|cpo|ciso|cdo|cco|chief|president|founder|co-founder|cofounder"
                    + "|co founder|owner|proprietor|managing director|managing partner|general partner|chairman"
                    + "|chairwoman|chairperson|chair|partner(?!\\s+(" + PARTNER_QUALIFIER + ")\\b)", C_LEVEL),
            new Rule("director|head|dir|general manager", VP_DIRECTOR),
            new Rule("manager|mgr|supervisor|team lead|tech lead|foreman|superintendent"
                    + "|lead(?!\\s+(generation|gen)\\b)", MANAGER),
            new Rule("specialist|analyst|engineer|developer|associate|coordinator|consultant|representative|rep"
                    + "|executive|administrator|admin|designer|scientist|accountant|officer|assistant|architect"
                    + "|intern|staff|programmer|technician|marketer|recruiter|agent|advisor|adviser"
                    + "|generalist|clerk|operator|writer|editor|researcher|strategist|planner|buyer|nurse"
                    + "|teacher|sdr|bdr|ic", INDIVIDUAL_CONTRIBUTOR));

    /** What a title is about ends where it names someone else's role: "Assistant to the CEO". */
    private static final Pattern SOMEONE_ELSE = Pattern.compile("\\b(to|for) the\\b.*$|\\boffice of the\\b.*$");

    /** The seniority a job title names; {@link #UNKNOWN} when it names none. */
    public static Seniority ofTitle(String title) {
        if (title == null || title.isBlank()) {
            return UNKNOWN;
        }
        String t = title.toLowerCase(Locale.ROOT).replace('.', ' ').replace('_', ' ').strip();
        t = SOMEONE_ELSE.matcher(t).replaceAll("").strip();
        for (Rule rule : RULES) {
            if (rule.pattern.matcher(t).find()) {
                return rule.seniority;
            }
        }
        return UNKNOWN;
    }

    /** A pattern over whole words and the seniority it names. */
    private record Rule(Pattern pattern, Seniority seniority) {
        Rule(String alternatives, Seniority seniority) {
            this(Pattern.compile("\\b(" + alternatives + ")\\b"), seniority);
        }
    }
}
