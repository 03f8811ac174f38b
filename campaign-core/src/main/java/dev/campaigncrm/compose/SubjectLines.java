package dev.campaigncrm.compose;

import java.util.ArrayList;
import java.util.List;

/** Subject lines per urgency; short, one line, naming the company only when it is usable. */
final class SubjectLines {

    /** Subjects are kept below this many characters. */
    static final int MAX_LENGTH = 70;

    private SubjectLines() {
    }

    /** Candidate subjects naming the company (empty when there is no usable company name). */
    static List<String> withCompany(DraftContext c, String offer) {
        if (c.company().isEmpty()) {
            return List.of();
        }
        String co = c.company().get();
        String topic = c.topic();
        List<String> all = switch (c.urgency()) {
            case HIGH -> List.of("Next step for " + co, co + ": a concrete proposal",
                    "A proposal on " + topic + " for " + co);
            case WARM -> List.of("A question about " + topic + " at " + co, "Ideas on " + topic + " for " + co,
                    "How " + co + " handles " + topic);
            case MEDIUM -> List.of("Notes on " + topic + " for " + co, "A short guide to " + topic + " for " + co);
            case COLD -> List.of("Something useful for " + co, "A one-page " + offer + " for " + co);
        };
        return fitting(all);
    }

    /** Candidate subjects without the company; always short enough. */
    static List<String> generic(DraftContext c, String offer) {
        String topic = c.topic();
        return switch (c.urgency()) {
            case HIGH -> List.of("A concrete proposal on " + topic, "Next step on " + topic);
            case WARM -> List.of("A question about " + topic, "Comparing notes on " + topic);
            case MEDIUM -> List.of("A short guide to " + topic, "What works for " + topic);
            case COLD -> List.of("A free one-page " + offer + " on " + topic, "Something useful on " + topic);
        };
    }

    private static List<String> fitting(List<String> subjects) {
        List<String> out = new ArrayList<>();
        for (String s : subjects) {
            if (s.length() < MAX_LENGTH) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
