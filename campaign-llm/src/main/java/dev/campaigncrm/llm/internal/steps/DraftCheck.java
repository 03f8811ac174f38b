package dev.campaigncrm.llm.internal.steps;

import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.compose.WordCount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks every model-written draft passes before it is accepted; the first failure is the reason given to the
 * model on its retry and recorded in the artifacts:
 * <ol>
 *   <li>subject of 1–{@value #MAX_SUBJECT} characters, on one line;</li>
 *   <li>no unresolved placeholder: <code>{…}</code>, {@code [Name]}, {@code <…>};</li>
 *   <li>no line in the body that looks like a mail header ({@code Bcc:}, {@code To:}, ...);</li>
 *   <li>body of {@value #MIN_BODY}–{@value #MAX_BODY} characters ({@value #MIN_FOLLOW_UP_BODY}–{@value #MAX_BODY}
 *       for a follow-up), without control characters;</li>
 *   <li>body of at most {@code maxWords} words as {@link WordCount} counts them, sign-off included
 *       ({@link WordCount#FIRST_EMAIL_MAX} for a first email, {@link WordCount#FOLLOW_UP_MAX} for a follow-up);</li>
 *   <li>a greeting (the first line) with the lead's sanitised first name, when the lead has one;</li>
 *   <li>no URL other than the campaign's allowed links and no email address other than the sender's;</li>
 *   <li>no cliché from {@link #CLICHES};</li>
 *   <li>no run of {@value #COPIED_WORDS} or more consecutive words copied from the lead's notes, which is how an
 *       instruction planted in the notes would reach the email.</li>
 * </ol>
 *
 * @param firstName        the lead's sanitised first name, or empty
 * @param allowedLinks     the only URLs a draft may contain
 * @param allowedAddresses the only email addresses a draft may contain (the sender's)
 * @param notes            the lead's notes, whose wording must not be copied
 * @param maxWords         the longest body in words
 */
public record DraftCheck(String firstName, List<String> allowedLinks, List<String> allowedAddresses, String notes,
                         int maxWords) {

    /** The longest subject. */
    public static final int MAX_SUBJECT = 90;
    /** The shortest body. */
    public static final int MIN_BODY = 200;
    /** The longest body. */
    public static final int MAX_BODY = 2000;
    /** The shortest follow-up body. */
    public static final int MIN_FOLLOW_UP_BODY = 80;
    /** The shortest run of words copied from the notes that rejects a draft. */
    public static final int COPIED_WORDS = 6;
    /** Phrases that make a sales email read like every other one. */
    public static final List<String> CLICHES = List.of("I hope this email finds you well",
            "I hope this message finds you well", "I hope this finds you well", "I hope you are doing well",
            "just checking in", "touch base", "circle back", "synergy", "synergies", "game changer", "game-changer",
            "low-hanging fruit", "think outside the box", "paradigm shift", "win-win", "best-in-class",
            "cutting-edge", "revolutionary", "world-class", "move the needle", "at the end of the day",
            "I wanted to reach out", "don't hesitate to reach out", "per my last email");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\n]{0,60}}|\\[[^\\[\\]\\n]{0,60}]"
            + "|<[^<>\\n]{0,60}>");
    private static final Pattern HEADER_LINE = Pattern.compile("(?im)^\\s*(bcc|cc|to|from|reply-to|subject|sender"
            + "|return-path|content-type|mime-version)\\s*:");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern EMAIL = Pattern.compile("(?i)[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+");

    /** Copies the lists. */
    public DraftCheck {
        firstName = firstName == null ? "" : firstName;
        allowedLinks = List.copyOf(allowedLinks);
        allowedAddresses = List.copyOf(allowedAddresses);
        notes = notes == null ? "" : notes;
        if (maxWords < 1) {
            throw new IllegalArgumentException("maxWords must be positive but was " + maxWords);
        }
    }

    /** The checks for a first email: at most {@link WordCount#FIRST_EMAIL_MAX} words. */
    public DraftCheck(String firstName, List<String> allowedLinks, List<String> allowedAddresses, String notes) {
        this(firstName, allowedLinks, allowedAddresses, notes, WordCount.FIRST_EMAIL_MAX);
    }

    /** The checks for an email at this step: its word limit from {@link WordCount#limitFor}. */
    public static DraftCheck forStep(EmailStep step, String firstName, List<String> allowedLinks,
                                     List<String> allowedAddresses, String notes) {
        return new DraftCheck(firstName, allowedLinks, allowedAddresses, notes, WordCount.limitFor(step));
    }

    /** The shortest body in characters: {@value #MIN_FOLLOW_UP_BODY} for a follow-up, else {@value #MIN_BODY}. */
    public int minBody() {
        return maxWords <= WordCount.FOLLOW_UP_MAX ? MIN_FOLLOW_UP_BODY : MIN_BODY;
    }

    /** The first problem with this subject and body, or empty when the draft may be sent. */
    public Optional<String> problem(String subject, String body) {
        if (subject.isBlank() || subject.length() > MAX_SUBJECT || subject.contains("\r") || subject.contains("\n")) {
            return Optional.of("the subject must be 1-" + MAX_SUBJECT + " characters on one line");
        }
        Matcher placeholder = PLACEHOLDER.matcher(subject + "\n" + body);
        if (placeholder.find()) {
            return Optional.of("unresolved placeholder '" + ModelText.oneLine(placeholder.group(), 40) + "'");
        }
        Matcher header = HEADER_LINE.matcher(body);
        if (header.find()) {
            return Optional.of("the body has a line that looks like a mail header ('" + header.group(1) + ":')");
        }
        if (body.length() < minBody() || body.length() > MAX_BODY) {
            return Optional.of("the body must be " + minBody() + "-" + MAX_BODY + " characters but has "
                    + body.length());
        }
        int words = WordCount.of(body);
        if (words > maxWords) {
            return Optional.of("the body must be at most " + maxWords + " words, sign-off included, but has " + words);
        }
        if (CONTROL.matcher(body).find()) {
            return Optional.of("the body holds control characters");
        }
        if (!firstName.isEmpty()) {
            String greeting = body.strip().lines().findFirst().orElse("");
            if (!ModelText.containsWords(greeting, firstName)) {
                return Optional.of("the greeting (first line) must use the first name '" + firstName + "'");
            }
        }
        Optional<String> foreign = foreignLinkOrAddress(subject + "\n" + body);
        if (foreign.isPresent()) {
            return Optional.of("a link or address the campaign did not configure: '"
                    + ModelText.oneLine(foreign.get(), 60) + "'; use only " + (allowedLinks.isEmpty()
                    ? "no links at all" : String.join(", ", allowedLinks)));
        }
        String lower = (subject + "\n" + body).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String cliche : CLICHES) {
            if (ModelText.containsWords(lower, cliche)) {
                return Optional.of("cliche '" + cliche + "'");
            }
        }
        Optional<String> copied = copiedFromNotes(subject + "\n" + body);
        return copied.map(run -> "text copied from the notes ('" + ModelText.oneLine(run, 80) + "')");
    }

    private Optional<String> foreignLinkOrAddress(String text) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String address = m.group();
            if (allowedAddresses.stream().noneMatch(a -> a.equalsIgnoreCase(address))
                    && allowedLinks.stream().noneMatch(l -> l.equalsIgnoreCase("mailto:" + address))) {
                return Optional.of(address);
            }
        }
        String withoutAddresses = EMAIL.matcher(text).replaceAll(" ");
        for (String url : ModelText.urls(withoutAddresses)) {
            if (allowedLinks.stream().noneMatch(l -> sameLink(l, url))) {
                return Optional.of(url);
            }
        }
        return Optional.empty();
    }

    private static boolean sameLink(String allowed, String found) {
        return strip(allowed).equalsIgnoreCase(strip(found));
    }

    private static String strip(String link) {
        String s = link.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private Optional<String> copiedFromNotes(String text) {
        List<String> noteWords = ModelText.words(notes);
        if (noteWords.size() < COPIED_WORDS) {
            return Optional.empty();
        }
        Set<List<String>> runs = new HashSet<>();
        for (int i = 0; i + COPIED_WORDS <= noteWords.size(); i++) {
            runs.add(List.copyOf(noteWords.subList(i, i + COPIED_WORDS)));
        }
        List<String> words = ModelText.words(text);
        for (int i = 0; i + COPIED_WORDS <= words.size(); i++) {
            List<String> run = new ArrayList<>(words.subList(i, i + COPIED_WORDS));
            if (runs.contains(run)) {
                return Optional.of(String.join(" ", run));
            }
        }
        return Optional.empty();
    }
}
