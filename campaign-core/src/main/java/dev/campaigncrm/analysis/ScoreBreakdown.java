package dev.campaigncrm.analysis;

import java.util.List;

/**
 * A lead's priority score and its four parts, with the reason for each part, so that every score is explainable.
 *
 * @param engagement  0–30, from the signals in the notes
 * @param recency     0–25, from the days since the last contact
 * @param seniority   0–25, from the job title
 * @param companySize 0–20, from the number of employees
 * @param reasons     one line per part, e.g. "engagement 25: 'requested a demo'"
 */
public record ScoreBreakdown(int engagement, int recency, int seniority, int companySize, List<String> reasons) {

    /** Checks each part against its maximum. */
    public ScoreBreakdown {
        check("engagement", engagement, 30);
        check("recency", recency, 25);
        check("seniority", seniority, 25);
        check("companySize", companySize, 20);
        reasons = List.copyOf(reasons);
    }

    /** The priority score, 0–100: the sum of the parts. */
    public int total() {
        return engagement + recency + seniority + companySize;
    }

    private static void check(String name, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " must be 0.." + max + " but was " + value);
        }
    }
}
