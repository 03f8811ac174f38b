package dev.campaigncrm.reply.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The literal pre-filter derives only literals every match contains, and never changes which phrase is found. */
class PhraseListTest {

    /** The phrase lists scanned by {@link AutomaticMail}, by name. */
    private static final Map<String, List<Pattern>> LISTS = lists();

    /** The test sources whose string literals make up the corpus. */
    private static final Path TEST_SOURCES = Path.of("src/test/java/dev/campaigncrm/reply");

    /** A run of literal characters, with the plain alternatives that follow it, is required. */
    @Test
    void leadingLiteralRunIsRequired() {
        assertThat(literals("^(?:out of (?:the )?office|ooo)\\s?:")).containsExactlyInAnyOrder(
                "out of the office", "out of office", "ooo");
        assertThat(literals("\\bi will be (?:away|out)\\b")).containsExactlyInAnyOrder("i will be away",
                "i will be out");
        assertThat(literals("thank you\\s+for")).containsExactly("thank you");
        assertThat(literals("\\w+\\.com")).containsExactly(".com");
    }

    /** A group whose alternatives are all plain literals is required, one of them. */
    @Test
    void groupOfPlainAlternativesIsRequired() {
        assertThat(literals("\\b(?:undeliverable|returned mail|nicht zustellbar)\\b")).containsExactlyInAnyOrder(
                "undeliverable", "returned mail", "nicht zustellbar");
        assertThat(literals("\\w*(?:büro|kantor)")).containsExactlyInAnyOrder("büro", "kantor");
        assertThat(literals("(?:自動返信|自动回复)")).containsExactlyInAnyOrder("自動返信", "自动回复");
        assertThat(literals("abc|\\w+")).isEmpty();
    }

    /** An optional or starred piece is never required; a set that covers its absence is. */
    @Test
    void optionalPiecesYieldNothingOrASafeSet() {
        assertThat(literals("(?:abc)?")).isEmpty();
        assertThat(literals("(?:abc)*\\w")).isEmpty();
        assertThat(literals("x{0,3}y?")).isEmpty();
        assertThat(literals("(?:very )?urgent")).containsExactlyInAnyOrder("very urgent", "urgent");
        assertThat(literals("\\s?(?:abc)?\\s*defg")).containsExactly("defg");
        assertThat(literals("(?:ab)+c")).containsExactly("ab");
        assertThat(literals("(?:ab){2,}")).containsExactly("ab");
    }

    /** A class of plain characters is a set of characters; any other class breaks a literal run. */
    @Test
    void characterClassesAreCharactersOrNothing() {
        assertThat(literals("organi[sz]ation")).containsExactlyInAnyOrder("organisation", "organization");
        assertThat(literals("[^a]bc")).containsExactly("bc");
        assertThat(literals("[a-z]+ing\\b")).containsExactly("ing");
        assertThat(literals("[\\[(]?auto")).containsExactly("auto");
        assertThat(literals("[\\p{L}]+")).isEmpty();
    }

    /** A lookaround matches the empty string: it joins the literals around it and adds none. */
    @Test
    void lookaroundsConsumeNothingAndRequireNothing() {
        assertThat(literals("foo(?!bar)")).containsExactly("foo");
        assertThat(literals("ab(?!x)cd")).containsExactly("abcd");
        assertThat(literals("(?=abc)\\w+")).isEmpty();
        assertThat(literals("(?<!not )left")).containsExactly("left");
    }

    /** Inline flags, quoting, back references and case-insensitive patterns get no literals. */
    @Test
    void unreadConstructsYieldNothing() {
        assertThat(literals("(?i)abc")).isEmpty();
        assertThat(literals("\\Qabc\\E")).isEmpty();
        assertThat(literals("(a)\\1")).isEmpty();
        assertThat(PhraseList.requiredLiterals(Pattern.compile("abc", Pattern.CASE_INSENSITIVE))).isEmpty();
    }

    /** Every pattern of every phrase list gets literals, so that none always runs. */
    @Test
    void everyPhraseListPatternGetsLiterals() {
        LISTS.forEach((name, patterns) -> patterns.forEach(p -> assertThat(PhraseList.requiredLiterals(p))
                .as("%s: %s", name, p).isNotEmpty()));
    }

    /** On every text of the corpus, each list finds the same first match as a plain scan. */
    @Test
    void filteredScanFindsWhatThePlainScanFinds() {
        List<String> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(500);
        int found = 0;
        for (Map.Entry<String, List<Pattern>> list : LISTS.entrySet()) {
            PhraseList filtered = new PhraseList(list.getValue());
            for (String text : corpus) {
                Optional<String> plain = plainFirst(list.getValue(), text);
                assertThat(filtered.first(text)).as("%s on %s", list.getKey(), text).isEqualTo(plain);
                if (plain.isPresent()) {
                    found++;
                }
            }
        }
        assertThat(found).as("texts some list matches").isGreaterThan(200);
    }

    /** Every match of every pattern on the corpus contains one of the pattern's literals. */
    @Test
    void everyMatchContainsOneOfItsPatternsLiterals() {
        List<String> corpus = corpus();
        for (Map.Entry<String, List<Pattern>> list : LISTS.entrySet()) {
            for (Pattern p : list.getValue()) {
                Set<String> required = PhraseList.requiredLiterals(p);
                for (String text : corpus) {
                    Matcher m = p.matcher(text);
                    if (m.find()) {
                        String matched = m.group();
                        assertThat(required.stream().anyMatch(matched::contains))
                                .as("%s: %s in '%s' contains one of %s", list.getKey(), p, matched, required).isTrue();
                    }
                }
            }
        }
    }

    /** The literals derived for a folded phrase, compiled as {@link TextFolding#pattern} compiles it. */
    private static Set<String> literals(String regex) {
        return PhraseList.requiredLiterals(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
    }

    /** The first match of an unfiltered scan, as {@link AutomaticMail} used to do it. */
    private static Optional<String> plainFirst(List<Pattern> patterns, String folded) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(folded);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /** The lists {@link AutomaticMail} scans, by name, in its order. */
    private static Map<String, List<Pattern>> lists() {
        Map<String, List<Pattern>> m = new LinkedHashMap<>();
        m.put("SUBJECTS", AutoReplyPhrases.SUBJECTS);
        m.put("BOUNCE_SUBJECTS", AutoReplyPhrases.BOUNCE_SUBJECTS);
        m.put("CONTACT_LEFT", AutoReplyPhrases.CONTACT_LEFT);
        m.put("OUT_OF_OFFICE", AutoReplyPhrases.OUT_OF_OFFICE);
        m.put("ACKNOWLEDGEMENT", AutoReplyPhrases.ACKNOWLEDGEMENT);
        m.put("BOUNCE", AutoReplyPhrases.BOUNCE);
        return m;
    }

    /**
     * Every string of the reply tests (literals, text blocks, their lines and {@code |} cells), folded as
     * {@link AutomaticMail} folds them, plus generated texts: each pattern's literals alone, in a sentence, and
     * joined, and random mixtures of literals and words.
     */
    private static List<String> corpus() {
        Set<String> raw = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                raw.addAll(strings(Files.readString(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        raw.addAll(List.of(
                "Thanks for reaching out. We already use a tool for this and are happy with it, so no thanks.",
                "Gerne, lassen Sie uns nächste Woche telefonieren. Passt Ihnen Dienstag um 10 Uhr?",
                "Merci pour votre message. Pouvez-vous m'envoyer la brochure et les tarifs pour quatre sites ?",
                "¿Podría enviarme más información sobre los precios? Somos una clínica pequeña en Valencia.",
                "Obrigado, mas renovámos o contrato com o nosso fornecedor em setembro por mais dois anos.",
                "Mi interessa, possiamo sentirci giovedì pomeriggio? Il mio numero è 0471 123456.",
                "Klinkt interessant, kunnen we volgende week bellen? Groet, Jan"));
        List<String> corpus = new ArrayList<>();
        for (String s : raw) {
            corpus.add(TextFolding.fold(s));
        }
        List<String> all = new ArrayList<>();
        for (List<Pattern> patterns : LISTS.values()) {
            for (Pattern p : patterns) {
                Set<String> required = PhraseList.requiredLiterals(p);
                all.addAll(required);
                corpus.add(String.join(" ", required));
                for (String l : required) {
                    corpus.add(l);
                    corpus.add("hello, " + l + " until monday 12 may. thanks");
                }
            }
        }
        Random random = new Random(42);
        List<String> words = List.of("i", "am", "the", "office", "until", "from", "back", "on", "no", "longer", "at",
                "mail", "message", "a", "my", "will", "be", "out", "of", ":", "-", "2026", "3.5.", "re:", "ich");
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                b.append(random.nextInt(3) == 0 ? all.get(random.nextInt(all.size()))
                        : words.get(random.nextInt(words.size()))).append(' ');
            }
            corpus.add(b.toString().strip());
        }
        return List.copyOf(new LinkedHashSet<>(corpus));
    }

    /** The string literals and text blocks of a Java source, with each text block's lines and {@code |} cells. */
    private static List<String> strings(String source) {
        List<String> out = new ArrayList<>();
        Matcher blocks = Pattern.compile("\"\"\"[^\\n]*\\n(.*?)\"\"\"", Pattern.DOTALL).matcher(source);
        StringBuilder rest = new StringBuilder();
        while (blocks.find()) {
            String block = unescape(blocks.group(1).replace("\\\n", "")).stripIndent();
            out.add(block);
            for (String line : block.split("\n")) {
                out.add(line.strip());
                for (String cell : line.split("\\|")) {
                    out.add(cell.strip());
                }
            }
            blocks.appendReplacement(rest, "");
        }
        blocks.appendTail(rest);
        Matcher literals = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(rest);
        while (literals.find()) {
            out.add(unescape(literals.group(1)));
        }
        return out;
    }

    /** A Java string literal's content with its escapes replaced. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 's' -> b.append(' ');
                case 'u' -> {
                    while (i + 1 < s.length() && s.charAt(i + 1) == 'u') {
                        i++;
                    }
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }
}
