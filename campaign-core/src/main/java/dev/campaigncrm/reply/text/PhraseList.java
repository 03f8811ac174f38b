package dev.campaigncrm.reply.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ordered list of phrase patterns, scanned for the first that matches folded text, the same one as a plain scan
 * would find; a pattern runs only when one of its required literals, derived from its source, occurs in the text.
 */
final class PhraseList {

    /** Most strings a derived set may hold: a larger set of alternatives is not derived. */
    private static final int MAX_LITERALS = 64;
    private static final int UNSAFE_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL
            | Pattern.CANON_EQ;

    /** Length of the keys under which literals are indexed by their start; shorter literals are looked for whole. */
    private static final int KEY = 3;

    private final List<Pattern> patterns;
    /** Per pattern: true when no literals were derived for it, so that it always runs. */
    private final boolean[] alwaysRun;
    /** Every distinct literal of the list. */
    private final String[] literals;
    /** Per literal: the patterns that require it. */
    private final int[][] owners;
    /** The literals of {@link #KEY} characters or more, by their first {@link #KEY} characters. */
    private final Map<String, int[]> byKey;
    /** The literals shorter than {@link #KEY}. */
    private final int[] shortLiterals;

    /** A list that scans {@code patterns} in their order. */
    PhraseList(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.alwaysRun = new boolean[this.patterns.size()];
        Map<String, List<Integer>> ownersOf = new LinkedHashMap<>();
        for (int i = 0; i < this.patterns.size(); i++) {
            Set<String> required = requiredLiterals(this.patterns.get(i));
            alwaysRun[i] = required.isEmpty();
            for (String l : required) {
                ownersOf.computeIfAbsent(l, k -> new ArrayList<>()).add(i);
            }
        }
        this.literals = ownersOf.keySet().toArray(String[]::new);
        this.owners = new int[literals.length][];
        Map<String, List<Integer>> keyed = new HashMap<>();
        List<Integer> shorter = new ArrayList<>();
        for (int id = 0; id < literals.length; id++) {
            owners[id] = ownersOf.get(literals[id]).stream().mapToInt(Integer::intValue).toArray();
            if (literals[id].length() < KEY) {
                shorter.add(id);
            } else {
                keyed.computeIfAbsent(literals[id].substring(0, KEY), k -> new ArrayList<>()).add(id);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        keyed.forEach((k, ids) -> index.put(k, ids.stream().mapToInt(Integer::intValue).toArray()));
        this.byKey = Map.copyOf(index);
        this.shortLiterals = shorter.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The text matched by the first pattern, in list order, that {@code find}s a match in {@code folded}. */
    Optional<String> first(String folded) {
        boolean[] run = candidates(folded);
        for (int i = 0; i < run.length; i++) {
            if (run[i]) {
                Matcher m = patterns.get(i).matcher(folded);
                if (m.find()) {
                    return Optional.of(m.group());
                }
            }
        }
        return Optional.empty();
    }

    /** Per pattern: true when it has no literals or one of them occurs in {@code folded}, found in one pass. */
    private boolean[] candidates(String folded) {
        boolean[] run = alwaysRun.clone();
        for (int id : shortLiterals) {
            if (folded.contains(literals[id])) {
                mark(id, run);
            }
        }
        for (int i = 0; i + KEY <= folded.length(); i++) {
            int[] ids = byKey.get(folded.substring(i, i + KEY));
            if (ids != null) {
                for (int id : ids) {
                    if (folded.startsWith(literals[id], i)) {
                        mark(id, run);
                    }
                }
            }
        }
        return run;
    }

    /** Marks the patterns that require literal {@code id} as candidates. */
    private void mark(int id, boolean[] run) {
        for (int p : owners[id]) {
            run[p] = true;
        }
    }

    /**
     * Literals of which one at least occurs in any text {@code pattern} finds a match in; empty when none could be
     * derived safely (the pattern must then always run).
     */
    static Set<String> requiredLiterals(Pattern pattern) {
        if ((pattern.flags() & UNSAFE_FLAGS) != 0) {
            return Set.of();
        }
        try {
            Derivation d = new Derivation(pattern.pattern());
            Info info = d.alternation();
            if (d.pos != d.re.length()) {
                return Set.of();
            }
            Set<String> need = best(info.required(), info.exact());
            return need == null ? Set.of() : Set.copyOf(need);
        } catch (Unsupported | RuntimeException e) {
            return Set.of();
        }
    }

    /**
     * What is known of a piece of regex: every string it can match exactly (null when not a small finite set), and a
     * set of literals one of which occurs in every match (null when none is known).
     */
    private record Info(Set<String> exact, Set<String> required) {

        /** A piece that matches only the empty string (an anchor, a boundary, a lookaround). */
        static Info empty() {
            return new Info(Set.of(""), null);
        }

        /** A piece of which nothing is known (a character class, a wildcard, an optional piece). */
        static Info unknown() {
            return new Info(null, null);
        }
    }

    /** A construct the derivation does not read; the pattern then gets no literals. */
    private static final class Unsupported extends Exception {

        private static final long serialVersionUID = 1L;

        /** A construct not read, named for debugging. */
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** A recursive-descent reader of a regex source that derives an {@link Info} for it. */
    private static final class Derivation {

        private final String re;
        private int pos;

        /** A reader at the start of {@code re}. */
        Derivation(String re) {
            this.re = re;
        }

        /** Alternatives separated by {@code |}, up to a {@code )} or the end. */
        Info alternation() throws Unsupported {
            List<Info> alts = new ArrayList<>();
            alts.add(sequence());
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                alts.add(sequence());
            }
            if (alts.size() == 1) {
                return alts.get(0);
            }
            Set<String> exact = new LinkedHashSet<>();
            Set<String> required = new LinkedHashSet<>();
            for (Info a : alts) {
                if (exact != null) {
                    if (a.exact() == null) {
                        exact = null;
                    } else {
                        exact.addAll(a.exact());
                    }
                }
                Set<String> need = best(a.required(), a.exact());
                if (required != null) {
                    if (need == null) {
                        required = null;
                    } else {
                        required.addAll(need);
                    }
                }
            }
            return new Info(capped(exact), capped(required));
        }

        /** Quantified atoms one after another, up to a {@code |}, a {@code )} or the end. */
        private Info sequence() throws Unsupported {
            Set<String> whole = Set.of("");
            Set<String> run = Set.of("");
            Set<String> best = null;
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                Info atom = quantified(atom());
                best = best(best, atom.required());
                if (atom.exact() == null) {
                    best = best(best, run);
                    run = Set.of("");
                    whole = null;
                } else {
                    Set<String> joined = product(run, atom.exact());
                    if (joined == null) {
                        best = best(best, run);
                        run = atom.exact();
                    } else {
                        run = joined;
                    }
                    whole = whole == null ? null : product(whole, atom.exact());
                }
            }
            return new Info(whole, best(best, run));
        }

        /** The quantifier after an atom, if any, applied to what is known of it. */
        private Info quantified(Info atom) throws Unsupported {
            if (pos >= re.length()) {
                return atom;
            }
            char c = re.charAt(pos);
            Info result;
            if (c == '?') {
                pos++;
                Set<String> exact = null;
                if (atom.exact() != null) {
                    exact = new LinkedHashSet<>(atom.exact());
                    exact.add("");
                }
                result = new Info(exact, null);
            } else if (c == '*') {
                pos++;
                result = Info.unknown();
            } else if (c == '+') {
                pos++;
                result = new Info(null, best(atom.required(), atom.exact()));
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported("quantifier");
                }
                String min = re.substring(pos + 1, close).split(",", -1)[0].strip();
                pos = close + 1;
                if (min.isEmpty() || !min.chars().allMatch(Character::isDigit)) {
                    throw new Unsupported("quantifier");
                }
                result = Integer.parseInt(min) >= 1 ? new Info(null, best(atom.required(), atom.exact()))
                        : Info.unknown();
            } else {
                return atom;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++;
            }
            return result;
        }

        /** One atom: a literal character, an escape, a class, a group, a lookaround, an anchor or a wildcard. */
        private Info atom() throws Unsupported {
            char c = re.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return characterClass();
                case '\\':
                    return escape();
                case '.':
                    pos++;
                    return Info.unknown();
                case '^':
                case '$':
                    pos++;
                    return Info.empty();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unsupported("dangling quantifier");
                default:
                    int cp = re.codePointAt(pos);
                    pos += Character.charCount(cp);
                    return new Info(Set.of(new String(Character.toChars(cp))), null);
            }
        }

        /** A group, capturing or not, atomic, named, or a lookaround (which matches the empty string here). */
        private Info group() throws Unsupported {
            pos++;
            boolean lookaround = false;
            if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
                pos += 2;
            } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                pos += 2;
                lookaround = true;
            } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                pos += 3;
                lookaround = true;
            } else if (re.startsWith("?<", pos)) {
                int close = re.indexOf('>', pos);
                if (close < 0) {
                    throw new Unsupported("group name");
                }
                pos = close + 1;
            } else if (re.startsWith("?", pos)) {
                throw new Unsupported("inline flags");
            }
            Info inner = alternation();
            if (pos >= re.length() || re.charAt(pos) != ')') {
                throw new Unsupported("unclosed group");
            }
            pos++;
            return lookaround ? Info.empty() : inner;
        }

        /** A character class: a set of plain characters is a set of one-character strings, anything else unknown. */
        private Info characterClass() throws Unsupported {
            int start = ++pos;
            if (pos < re.length() && re.charAt(pos) == ']') {
                throw new Unsupported("leading ] in class");
            }
            boolean plain = pos < re.length() && re.charAt(pos) != '^';
            int depth = 1;
            while (depth > 0) {
                if (pos >= re.length()) {
                    throw new Unsupported("unclosed class");
                }
                char c = re.charAt(pos);
                if (c == '\\') {
                    if (re.startsWith("Q", pos + 1)) {
                        throw new Unsupported("quote in class");
                    }
                    plain = false;
                    pos += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    plain = false;
                } else if (c == ']') {
                    depth--;
                } else if (c == '-' || c == '&') {
                    plain = false;
                }
                pos++;
            }
            if (!plain) {
                return Info.unknown();
            }
            Set<String> chars = new LinkedHashSet<>();
            re.substring(start, pos - 1).codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
            return new Info(capped(chars), null);
        }

        /** An escape: a boundary or anchor (empty), a predefined class (unknown) or a quoted punctuation mark. */
        private Info escape() throws Unsupported {
            if (pos + 1 >= re.length()) {
                throw new Unsupported("trailing backslash");
            }
            char c = re.charAt(pos + 1);
            pos += 2;
            if ("bBAzZG".indexOf(c) >= 0) {
                if (c == 'b' && re.startsWith("{", pos)) {
                    throw new Unsupported("boundary kind");
                }
                return Info.empty();
            }
            if ("dDsSwWhHvVR".indexOf(c) >= 0) {
                return Info.unknown();
            }
            if (c == 'p' || c == 'P') {
                if (re.startsWith("{", pos)) {
                    int close = re.indexOf('}', pos);
                    if (close < 0) {
                        throw new Unsupported("property");
                    }
                    pos = close + 1;
                } else {
                    pos++;
                }
                return Info.unknown();
            }
            if (Character.isLetterOrDigit(c)) {
                throw new Unsupported("escape \\" + c);
            }
            return new Info(Set.of(String.valueOf(c)), null);
        }
    }

    /** Every concatenation of a string of {@code a} with one of {@code b}, or null when there would be too many. */
    private static Set<String> product(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > MAX_LITERALS) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    /** {@code s}, or null when it is null or too large. */
    private static Set<String> capped(Set<String> s) {
        return s == null || s.size() > MAX_LITERALS ? null : s;
    }

    /**
     * The more selective of two required sets (longest shortest literal, then fewest literals); a set that is null,
     * empty, too large or holds the empty string is no requirement.
     */
    private static Set<String> best(Set<String> a, Set<String> b) {
        boolean okA = usable(a);
        boolean okB = usable(b);
        if (!okA) {
            return okB ? b : null;
        }
        if (!okB) {
            return a;
        }
        Comparator<Set<String>> order = Comparator.<Set<String>>comparingInt(PhraseList::shortest)
                .thenComparing(Comparator.<Set<String>>comparingInt(Set::size).reversed());
        return order.compare(a, b) >= 0 ? a : b;
    }

    /** True when {@code s} can serve as a requirement. */
    private static boolean usable(Set<String> s) {
        return s != null && !s.isEmpty() && s.size() <= MAX_LITERALS && !s.contains("");
    }

    /** The length of the shortest string of {@code s}. */
    private static int shortest(Set<String> s) {
        return s.stream().mapToInt(String::length).min().orElse(0);
    }
}
