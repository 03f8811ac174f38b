package dev.campaigncrm.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses company sizes as people write them: {@code 250}, {@code 500+}, {@code 10,000}, {@code 50-100},
 * {@code 1-10 employees}, {@code 1.5k}, {@code 5k+}. A range counts as its midpoint.
 */
public final class CompanySizes {

    private static final Pattern NUMBER =
            Pattern.compile("(\\d{1,3}(?:[,.' ]\\d{3})+|\\d+(?:\\.\\d+)?)\\s*([kKmM])?(?![\\d])");

    private CompanySizes() {
    }

    /** The number of employees the text names, or null when it names none. */
    public static Integer parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-');
        List<Double> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find() && numbers.size() < 2) {
            numbers.add(value(m.group(1), m.group(2)));
        }
        if (numbers.isEmpty()) {
            return null;
        }
        boolean range = numbers.size() == 2 && s.matches(".*\\d\\s*[kKmM]?\\s*(-|to)\\s*\\d.*");
        double v = range ? (numbers.get(0) + numbers.get(1)) / 2 : numbers.get(0);
        if (v < 0 || v > Integer.MAX_VALUE) {
            return null;
        }
        return (int) Math.round(v);
    }

    private static double value(String digits, String suffix) {
        String plain = digits.matches("\\d{1,3}([,.' ]\\d{3})+") ? digits.replaceAll("[,.' ]", "") : digits;
        double v = Double.parseDouble(plain);
        if (suffix != null) {
            v *= suffix.equalsIgnoreCase("k") ? 1_000 : 1_000_000;
        }
        return v;
    }
}
