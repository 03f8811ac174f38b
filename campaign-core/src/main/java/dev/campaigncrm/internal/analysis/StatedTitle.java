package dev.campaigncrm.internal.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a job title the notes state explicitly ("I'm the CTO", "as head of operations", "owner of three bakeries")
 * and rebuilds it from a fixed vocabulary, so no text of the notes is ever copied into the title.
 */
public final class StatedTitle {

    /** Confidence of a first-person statement ("I'm the CTO"). */
    public static final double FIRST_PERSON = 0.7;
    /** Confidence of a third-person or role phrase ("as head of operations", "owner of"). */
    public static final double THIRD_PERSON = 0.6;

    private static final List<Trigger> TRIGGERS = List.of(
            new Trigger(List.of("i'm"), FIRST_PERSON), new Trigger(List.of("i", "am"), FIRST_PERSON),
            new Trigger(List.of("im"), FIRST_PERSON), new Trigger(List.of("my", "role", "is"), FIRST_PERSON),
            new Trigger(List.of("as"), THIRD_PERSON), new Trigger(List.of("she's"), THIRD_PERSON),
            new Trigger(List.of("he's"), THIRD_PERSON), new Trigger(List.of("she", "is"), THIRD_PERSON),
            new Trigger(List.of("he", "is"), THIRD_PERSON), new Trigger(List.of("they're"), THIRD_PERSON));
    private static final Set<String> SKIPPED = Set.of("our", "their", "his", "her", "new", "current", "acting",
            "interim", "company's", "senior", "sr");
    private static final Set<String> ACRONYMS = Set.of("ceo", "cto", "cfo", "coo", "cio", "cmo", "cro", "ciso",
            "cdo", "cpo", "vp");
    private static final Map<String, String> CHIEF_OF = Map.ofEntries(Map.entry("executive", "Executive"),
            Map.entry("technology", "Technology"), Map.entry("financial", "Financial"),
            Map.entry("operating", "Operating"), Map.entry("information", "Information"),
            Map.entry("marketing", "Marketing"), Map.entry("revenue", "Revenue"), Map.entry("product", "Product"),
            Map.entry("data", "Data"), Map.entry("security", "Security"), Map.entry("people", "People"));
    private static final Map<String, String> FUNCTIONS = Map.ofEntries(Map.entry("operations", "Operations"),
            Map.entry("ops", "Operations"), Map.entry("sales", "Sales"), Map.entry("marketing", "Marketing"),
            Map.entry("engineering", "Engineering"), Map.entry("finance", "Finance"), Map.entry("it", "IT"),
            Map.entry("product", "Product"), Map.entry("hr", "HR"), Map.entry("procurement", "Procurement"),
            Map.entry("purchasing", "Purchasing"), Map.entry("logistics", "Logistics"), Map.entry("data", "Data"),
            Map.entry("technology", "Technology"), Map.entry("security", "Security"), Map.entry("people", "People"),
            Map.entry("growth", "Growth"), Map.entry("supply", "Supply Chain"), Map.entry("customer", "Customer Success"),
            Map.entry("facilities", "Facilities"), Map.entry("infrastructure", "Infrastructure"),
            Map.entry("analytics", "Analytics"), Map.entry("research", "Research"), Map.entry("design", "Design"));
    private static final Map<String, String> LEADER_BEFORE = Map.of("head", "Head of", "director", "Director of",
            "vp", "VP of");
    private static final Map<String, String> ROLE_AFTER = Map.of("manager", "Manager", "director", "Director",
            "lead", "Lead");
    private static final Map<String, String> SINGLE = Map.of("founder", "Founder", "cofounder", "Co-Founder",
            "owner", "Owner", "president", "President");

    private StatedTitle() {
    }

    /** The title the notes state, with its confidence, or empty. */
    public static Optional<Found> in(TokenText notes) {
        for (List<String> clause : notes.clauses()) {
            for (int i = 0; i < clause.size(); i++) {
                Optional<Found> found = at(clause, i);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> at(List<String> clause, int i) {
        if (clause.get(i).equals("owner") && i + 1 < clause.size() && clause.get(i + 1).equals("of")
                && !TokenText.negatedBefore(clause, i)) {
            return Optional.of(new Found("Owner", "owner of", THIRD_PERSON));
        }
        for (Trigger trigger : TRIGGERS) {
            int end = i + trigger.words.size();
            if (end <= clause.size() && clause.subList(i, end).equals(trigger.words)
                    && !TokenText.negatedBefore(clause, i)) {
                int p = end;
                while (p < clause.size() && SKIPPED.contains(clause.get(p))) {
                    p++;
                }
                Optional<String> title = titleAt(clause, p);
                if (title.isPresent()) {
                    return Optional.of(new Found(title.get(), String.join(" ", trigger.words), trigger.confidence));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> titleAt(List<String> w, int p) {
        String first = word(w, p);
        if (first.equals("vice") && word(w, p + 1).equals("president")) {
            return leaderOf("VP of", w, p + 2);
        }
        if (LEADER_BEFORE.containsKey(first)) {
            Optional<String> led = leaderOf(LEADER_BEFORE.get(first), w, p + 1);
            if (led.isPresent() || !first.equals("vp")) {
                return led;
            }
        }
        if (ACRONYMS.contains(first) && !first.equals("vp")) {
            return Optional.of(first.toUpperCase(Locale.ROOT));
        }
        if (first.equals("chief") && CHIEF_OF.containsKey(word(w, p + 1)) && word(w, p + 2).equals("officer")) {
            return Optional.of("Chief " + CHIEF_OF.get(word(w, p + 1)) + " Officer");
        }
        if (first.equals("co") && word(w, p + 1).equals("founder")) {
            return Optional.of("Co-Founder");
        }
        if (first.equals("managing") && word(w, p + 1).equals("director")) {
            return Optional.of("Managing Director");
        }
        if (first.equals("general") && word(w, p + 1).equals("manager")) {
            return Optional.of("General Manager");
        }
        if (first.equals("managing") && word(w, p + 1).equals("partner")) {
            return Optional.of("Managing Partner");
        }
        if (SINGLE.containsKey(first)) {
            return Optional.of(SINGLE.get(first));
        }
        if (FUNCTIONS.containsKey(first)) {
            String second = Map.of("supply", "chain", "customer", "success").get(first);
            if (second != null && !word(w, p + 1).equals(second)) {
                return Optional.empty();
            }
            int q = second == null ? p + 1 : p + 2;
            String role = word(w, q);
            if (ROLE_AFTER.containsKey(role)) {
                return Optional.of(FUNCTIONS.get(first) + " " + ROLE_AFTER.get(role));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> leaderOf(String leader, List<String> w, int p) {
        int q = word(w, p).equals("of") ? p + 1 : p;
        String function = word(w, q);
        return FUNCTIONS.containsKey(function)
                ? Optional.of(leader + " " + FUNCTIONS.get(function))
                : Optional.empty();
    }

    private static String word(List<String> w, int p) {
        return p < w.size() ? w.get(p) : "";
    }

    /**
     * A stated title.
     *
     * @param title      rebuilt from the vocabulary, e.g. "Head of Operations"
     * @param trigger    the phrase that introduced it, e.g. "as"
     * @param confidence how explicit the statement was
     */
    public record Found(String title, String trigger, double confidence) {
    }

    private record Trigger(List<String> words, double confidence) {
    }
}
