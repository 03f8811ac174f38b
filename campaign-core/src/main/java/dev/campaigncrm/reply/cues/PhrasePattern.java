package dev.campaigncrm.reply.cues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A phrase matched as a sequence of whole words. Syntax: words separated by spaces; {@code a|b} is a choice;
 * {@code [a|b]} is an optional choice; {@code _} joins words inside a choice ({@code set_up}); a leading {@code ^}
 * means the phrase must be a whole clause on its own (e.g. a reply that is just "No."). Write words as the tokenizer
 * produces them: lower case, apostrophes removed ({@code lets}, {@code dont}).
 */
final class PhrasePattern {

    private final String source;
    private final List<Slot> slots;
    private final boolean wholeClause;

    private PhrasePattern(String source, List<Slot> slots, boolean wholeClause) {
        this.source = source;
        this.slots = List.copyOf(slots);
        this.wholeClause = wholeClause;
    }

    /** Parses a pattern. */
    public static PhrasePattern parse(String pattern) {
        String p = pattern.strip().toLowerCase(Locale.ROOT);
        boolean whole = p.startsWith("^");
        if (whole) {
            p = p.substring(1).strip();
        }
        List<Slot> slots = new ArrayList<>();
        for (String part : p.split("\\s+")) {
            boolean optional = part.startsWith("[") && part.endsWith("]");
            String body = optional ? part.substring(1, part.length() - 1) : part;
            List<List<String>> choices = Arrays.stream(body.split("\\|"))
                    .map(c -> List.of(c.split("_")))
                    .toList();
            slots.add(new Slot(choices, optional));
        }
        if (slots.stream().allMatch(Slot::optional)) {
            throw new IllegalArgumentException("pattern needs a required word: " + pattern);
        }
        return new PhrasePattern(pattern, slots, whole);
    }

    /** The words a match can start with. */
    public Set<String> firstWords() {
        Set<String> out = new HashSet<>();
        for (Slot s : slots) {
            s.choices().forEach(c -> out.add(c.get(0)));
            if (!s.optional()) {
                break;
            }
        }
        return out;
    }

    /** The index just past the longest match starting at token {@code from}, or -1. */
    public int matchAt(List<Token> tokens, int from) {
        int end = longest(tokens, from, 0, from);
        if (end <= from) {
            return -1;
        }
        if (wholeClause) {
            int clause = tokens.get(from).clause();
            boolean startsClause = from == 0 || tokens.get(from - 1).clause() != clause;
            boolean endsClause = end == tokens.size() || tokens.get(end).clause() != clause;
            boolean oneClause = tokens.get(end - 1).clause() == clause;
            if (!startsClause || !endsClause || !oneClause) {
                return -1;
            }
        }
        return end;
    }

    private int longest(List<Token> tokens, int start, int slot, int pos) {
        if (slot == slots.size()) {
            return pos;
        }
        Slot s = slots.get(slot);
        int best = s.optional() ? longest(tokens, start, slot + 1, pos) : -1;
        for (List<String> choice : s.choices()) {
            int p = consume(tokens, tokens.isEmpty() ? 0 : tokens.get(start).sentence(), choice, pos);
            if (p > 0) {
                best = Math.max(best, longest(tokens, start, slot + 1, p));
            }
        }
        return best;
    }

    private static int consume(List<Token> tokens, int sentence, List<String> words, int pos) {
        int p = pos;
        for (String w : words) {
            if (p >= tokens.size() || tokens.get(p).sentence() != sentence || !tokens.get(p).word().equals(w)) {
                return -1;
            }
            p++;
        }
        return p;
    }

    @Override
    public String toString() {
        return source;
    }

    private record Slot(List<List<String>> choices, boolean optional) {
    }
}
