package dev.campaigncrm.llm.internal.offline;

import dev.campaigncrm.lead.EmailDomains;
import dev.campaigncrm.lead.Lead;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a lead that say what its company does, as one short text to embed: the company name, the words of
 * the email domain (free-mail domains and top-level domains dropped) and the notes' content words (stop words
 * dropped, bounded). The text is only embedded; it never leaves the enricher.
 */
public final class LeadDescription {

    private static final int MAX_NOTE_WORDS = 30;
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "but", "to", "of", "in",
            "on", "at", "for", "with", "by", "from", "is", "are", "was", "were", "be", "been", "it", "its", "this",
            "that", "we", "they", "he", "she", "i", "you", "our", "their", "his", "her", "my", "your", "as", "about",
            "not", "no", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should",
            "just", "very", "so", "if", "then", "than", "also", "met", "call", "called", "email", "emailed",
            "contact", "contacted", "last", "next", "week", "month", "year", "said", "asked", "interested");

    private LeadDescription() {
    }

    /** The description of the lead's company; blank when the lead says nothing about it. */
    public static String of(Lead lead) {
        List<String> parts = new ArrayList<>();
        if (!lead.company().isBlank()) {
            parts.add("Company: " + lead.company().strip());
        }
        List<String> domain = EmailDomains.words(lead.email());
        if (!domain.isEmpty()) {
            parts.add("Website: " + String.join(" ", domain));
        }
        List<String> notes = noteWords(lead.notes());
        if (!notes.isEmpty()) {
            parts.add("Notes: " + String.join(" ", notes));
        }
        return String.join(". ", parts);
    }

    private static List<String> noteWords(String notes) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : notes.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 2 && !STOP_WORDS.contains(w)) {
                out.add(w);
                if (out.size() == MAX_NOTE_WORDS) {
                    break;
                }
            }
        }
        return List.copyOf(out);
    }
}
