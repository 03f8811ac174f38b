package dev.campaigncrm.reply.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a reply points to instead of its writer ("contact info@…", "please reach out to Maria Lopez", "wenden
 * Sie sich an Frau Berger"), in the seven languages of the cue catalogue. The text is untrusted, so only a
 * syntactically valid single address and a plain name (letters, spaces, hyphens, apostrophes and dots, at most four
 * words, starting with a letter) are kept: never markup, a formula or a second address.
 */
public final class Referrals {

    private static final int MAX_ADDRESS = 254;
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}][\\p{L}\\p{N}._%+-]{0,63}@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}"
                    + "[\\p{L}\\p{N}])?\\.)+\\p{L}{2,24})(?![\\p{L}\\p{N}@_-])");
    /** A lower-case word of three letters or more, not a label such as "email" or "tel". */
    private static final Pattern SENTENCE_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}@._-])(?!(?:e-?mail|mail|tel|phone|fax|mobile|mob|web|www|http|https)\\b)\\p{Ll}{3,}"
                    + "(?![\\p{L}\\p{N}@_-])", Pattern.UNICODE_CASE);
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]{0,30}";
    private static final Pattern NAME = Pattern.compile("(?:reach out to|contact|talk to|speak (?:to|with)|write to"
            + "|get in touch with|email|e-mail|ask for|ask|try|is now|replaced by|successor is"
            + "|wenden sie sich (?:bitte )?an|kontaktieren sie|schreiben sie|ansprechpartner(?:in)? ist|nachfolger(?:in)? ist"
            + "|contactez|adressez-vous à|écrivez à|remplacé(?:e)? par"
            + "|contacte a|contacta a|contacte con|hable con|escriba a"
            + "|fale com|contate|contacte"
            + "|contatti|contattate|scriva a|rivolgersi a|rivolgetevi a"
            + "|neem contact op met|mail naar|contact opnemen met)"
            + "\\s+(?:(?:my|our|mein(?:e|en)?|unser(?:e|en)?|mon|ma|notre|mi|nuestr[ao]|meu|minha|il mio|la mia|mijn|onze)"
            + "\\s+\\p{Ll}+\\s+)?(?:(?:mr|mrs|ms|herrn|herr|frau|m|mme|sr|sra|dr)\\.?\\s+)?"
            + "(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Referrals() {
    }

    /**
     * The address or name the text gives, if any: {@code Maria Lopez <maria@acme.test>} when it names both, the
     * address when it gives one, the name otherwise.
     */
    public static Optional<String> find(String newText) {
        if (newText == null || newText.isBlank()) {
            return Optional.empty();
        }
        Optional<String> address = address(newText);
        Optional<String> name = name(newText);
        if (address.isPresent() && name.isPresent() && !name.get().contains("@")) {
            return Optional.of(name.get() + " <" + address.get() + ">");
        }
        return address.or(() -> name);
    }

    /** True when {@code text} is one syntactically valid address and nothing else. */
    public static boolean isSingleAddress(String text) {
        if (text == null || text.length() > MAX_ADDRESS) {
            return false;
        }
        Matcher m = ADDRESS.matcher(text);
        return m.matches() && !text.contains("..");
    }

    /**
     * The address a sentence of {@code text} hands on ("you can reach him at karim@…", "nuestro jefe de taller,
     * raul@…"), in any language: an address on a line that also holds at least two lower-case words of three letters
     * or more (with the line before it when that one ends in a colon). A signature's address stands on a line of
     * names, titles and numbers, and is not one.
     */
    public static Optional<String> addressInASentence(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String previous = "";
        for (String line : text.split("\n")) {
            // a line that ends in a colon introduces the next one: "our workshop manager:\nkarim@…"
            String sentence = previous.strip().endsWith(":") ? previous + " " + line : line;
            Matcher m = ADDRESS.matcher(line);
            while (m.find()) {
                String a = m.group(1);
                if (isSingleAddress(a) && SENTENCE_WORD.matcher(sentence.replace(a, " ")).results().count() >= 2) {
                    return Optional.of(a);
                }
            }
            previous = line;
        }
        return Optional.empty();
    }

    private static Optional<String> address(String text) {
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            String a = m.group(1);
            if (isSingleAddress(a)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> name(String text) {
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            // the keyword is case-insensitive, the name is not: a name's words start with a capital letter
            String name = trimTrailing(m.group(1));
            if (Character.isUpperCase(name.codePointAt(0)) && allCapitalised(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static boolean allCapitalised(String name) {
        for (String w : name.split("\\s+")) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String trimTrailing(String name) {
        StringBuilder kept = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                break;
            }
            kept.append(kept.isEmpty() ? "" : " ").append(w);
        }
        String s = kept.isEmpty() ? name : kept.toString();
        return s.replaceAll("[.'’-]+$", "");
    }
}
