package dev.campaigncrm.reply.cues;

import java.util.Arrays;
import java.util.List;

/**
 * A group of phrases that signal the same thing, and what they signal when a negator precedes them.
 *
 * @param kind        what the phrases signal
 * @param weight      how strongly, 0–1
 * @param description what a reply using them does, e.g. "asks to schedule a call"
 * @param negated     what they signal after "not", "don't", "no need to"…; null when negation cancels them
 * @param patterns    the phrases
 */
record Cue(CueKind kind, double weight, String description, Negated negated, List<PhrasePattern> patterns) {

    /** Copies the list. */
    public Cue {
        patterns = List.copyOf(patterns);
    }

    /** A cue from pattern texts (see {@link PhrasePattern}). */
    public static Cue of(CueKind kind, double weight, String description, Negated negated, String... patterns) {
        return new Cue(kind, weight, description, negated, Arrays.stream(patterns).map(PhrasePattern::parse).toList());
    }

    /**
     * What a negated cue signals instead.
     *
     * @param kind        the new signal
     * @param weight      its strength
     * @param description what the reply does, e.g. "declines"
     */
    public record Negated(CueKind kind, double weight, String description) {
    }
}
