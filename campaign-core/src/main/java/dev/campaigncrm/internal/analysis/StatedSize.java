package dev.campaigncrm.internal.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a company size the notes state ("team of 40", "200 employees", "~1,000 staff", "a 40-person company",
 * "50-100 employees", "headcount of 300"). Numbers about hiring or layoffs ("hiring 20 people") and teams named by
 * a function ("their data team of 5") are not a company size. Never invents a number.
 */
public final class StatedSize {

    /** Confidence of a size stated in the notes. */
    public static final double CONFIDENCE = 0.6;

    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?\\s?k?)(\\+?)";
    private static final String APPROX = "(?:(?:~|about|around|approx\\.?|approximately|roughly|over|nearly|almost)"
            + "\\s*)?";
    private static final List<Shape> SHAPES = List.of(
            new Shape("(\\d{1,3}(?:,\\d{3})*)\\s*(?:-|\u2013|to)\\s*(\\d{1,3}(?:,\\d{3})*)\\s+(employees|staff|people)\\b",
                    true),
            new Shape("\\b(team|company|firm|business|organi[sz]ation|workforce|headcount|staff) (?:of|is|:)\\s*"
                    + APPROX + NUM + "(?![\\d,])", false),
            new Shape("\\b(headcount)\\s*(?:of|is|:|=)?\\s*" + APPROX + NUM + "(?![\\d,])", false),
            new Shape("\\b(employs)\\s+" + APPROX + NUM + "(?![\\d,])", false),
            new Shape(APPROX + NUM + "\\s*(?:-\\s*)?(person|people|employee|staff|strong)\\s+"
                    + "(?:team|company|firm|business|organi[sz]ation|shop|practice)\\b", false),
            new Shape(APPROX + NUM + "\\s+(employees|staff|ftes|full-time employees|workers)\\b", false));
    private static final Pattern NOT_A_SIZE = Pattern.compile("\\b(hire|hires|hiring|hired|add|adding|added|laid|lay"
            + "|layoffs?|cut|cutting|cuts|lost|losing|lose|onboard|onboarding|onboarded|new|more|additional|extra"
            + "|another|fired|recruit|recruiting|recruited|train|training|trained)\\s*$");
    private static final Set<String> FUNCTION_TEAMS = Set.of("data", "engineering", "sales", "marketing", "it",
            "dev", "ops", "operations", "finance", "support", "product", "design", "security", "analytics", "hr",
            "legal", "procurement", "project", "core", "leadership", "management", "tech", "qa");

    private StatedSize() {
    }

    /** The stated size as a plain number or range ("40", "1000+", "50-100"), or empty. */
    public static Optional<Found> in(String notes) {
        if (notes == null || notes.isBlank()) {
            return Optional.empty();
        }
        String text = notes.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern.matcher(text);
            while (m.find()) {
                Optional<Found> found = shape.range ? range(text, m) : single(text, m);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> range(String text, Matcher m) {
        if (excluded(text, m.start())) {
            return Optional.empty();
        }
        long low = number(m.group(1));
        long high = number(m.group(2));
        if (low < 1 || high <= low || high > 5_000_000) {
            return Optional.empty();
        }
        return Optional.of(new Found(low + "-" + high, m.group(3), CONFIDENCE));
    }

    private static Optional<Found> single(String text, Matcher m) {
        String keyword = null;
        String digits = null;
        String plus = "";
        for (int g = 1; g <= m.groupCount(); g++) {
            String v = m.group(g);
            if (v == null) {
                continue;
            }
            if (digits == null && v.matches("[\\d,.]+\\s?k?")) {
                digits = v;
                plus = m.group(g + 1);
                g++;
            } else if (keyword == null && v.matches("[\\p{L} -]+")) {
                keyword = v;
            }
        }
        if (digits == null || excluded(text, m.start()) || functionTeam(text, m.start(), keyword)) {
            return Optional.empty();
        }
        long n = number(digits);
        if (n < 1 || n > 5_000_000) {
            return Optional.empty();
        }
        return Optional.of(new Found(n + plus, keyword, CONFIDENCE));
    }

    private static boolean excluded(String text, int start) {
        String before = text.substring(Math.max(0, start - 30), start);
        String[] words = before.strip().split("[^\\p{L}]+");
        String lastTwo = words.length == 0 ? "" : String.join(" ",
                List.of(words).subList(Math.max(0, words.length - 2), words.length));
        return NOT_A_SIZE.matcher(lastTwo).find() || NOT_A_SIZE.matcher(lastTwo.replaceAll("\\s\\S+$", "")).find();
    }

    private static boolean functionTeam(String text, int start, String keyword) {
        if (!"team".equals(keyword)) {
            return false;
        }
        String[] words = text.substring(0, start).strip().split("[^\\p{L}]+");
        return words.length > 0 && FUNCTION_TEAMS.contains(words[words.length - 1]);
    }

    private static long number(String digits) {
        String d = digits.replace(",", "").replace(" ", "");
        double factor = d.endsWith("k") ? 1_000 : 1;
        try {
            return Math.round(Double.parseDouble(d.replace("k", "")) * factor);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A stated size.
     *
     * @param size       a plain number, "N+" or "LOW-HIGH", parseable by {@code CompanySizes}
     * @param keyword    the word that made it a company size, e.g. "employees"
     * @param confidence how sure
     */
    public record Found(String size, String keyword, double confidence) {
    }

    private record Shape(Pattern pattern, boolean range) {
        Shape(String regex, boolean range) {
            this(Pattern.compile(regex), range);
        }
    }
}
