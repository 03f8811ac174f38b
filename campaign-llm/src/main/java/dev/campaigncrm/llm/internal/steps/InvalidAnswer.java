package dev.campaigncrm.llm.internal.steps;

/** An answer that parsed but failed the campaign's checks; the message says which check, for the artifacts. */
public final class InvalidAnswer extends Exception {

    /** A failed check and what it found. */
    public InvalidAnswer(String problem) {
        super(problem, null, false, false);
    }
}
