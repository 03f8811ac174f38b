package dev.campaigncrm.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/** How senior a job title is; drives the title points of the score and the tone of the email. */
public enum Seniority {
    /** Chief officers, presidents, founders, owners, partners. */
    C_LEVEL,
    /** Vice presidents, directors, heads of a function. */
    VP_DIRECTOR,
    /** Managers and team leads. */
    MANAGER,
    /** Specialists, analysts, engineers and other individual contributors. */
    INDIVIDUAL_CONTRIBUTOR,
    /** No title, or one that names no level. */
    UNKNOWN;

    private static final Pattern C = words("ceo|cto|cfo|coo|cio|cmo|cro|cso|cpo|ciso|cdo|chief|president|founder"
            + "|co-founder|cofounder|owner|managing partner|partner|managing director|chairman|chairwoman|chair");
    private static final Pattern VP = words("vp|svp|evp|avp|vice president|director|head");
    private static final Pattern MGR = words("manager|lead|team lead|supervisor|mgr");
    private static final Pattern IC = words("specialist|analyst|engineer|developer|associate|coordinator"
            + "|consultant|representative|rep|executive|administrator|admin|designer|scientist|accountant"
            + "|officer|assistant|architect|intern|staff|programmer|technician|marketer|recruiter|agent");

    /** The seniority a job title names; {@link #UNKNOWN} when it names none. */
    public static Seniority ofTitle(String title) {
        if (title == null || title.isBlank()) {
            return UNKNOWN;
        }
        String t = title.toLowerCase(Locale.ROOT).replace('.', ' ');
        if (t.contains("vice president") || t.matches(".*\\b[sea]?vp\\b.*")) {
            return VP_DIRECTOR;
        }
        if (C.matcher(t).find()) {
            return C_LEVEL;
        }
        if (VP.matcher(t).find()) {
            return VP_DIRECTOR;
        }
        if (MGR.matcher(t).find()) {
            return MANAGER;
        }
        if (IC.matcher(t).find()) {
            return INDIVIDUAL_CONTRIBUTOR;
        }
        return UNKNOWN;
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")\\b");
    }
}
