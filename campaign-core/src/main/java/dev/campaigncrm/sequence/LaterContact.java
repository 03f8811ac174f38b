package dev.campaigncrm.sequence;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a request to be contacted later in a reply ("Can you check back next quarter?", "try me again in
 * February") and the day it names, counted from the day the reply came. English phrasing; a request that names no
 * day gives an empty date, and a person decides.
 *
 * @param date the day to contact the person again, when the reply names one
 */
public record LaterContact(Optional<LocalDate> date) {

    private static final Pattern CUE = Pattern.compile("\\b(check back|reconnect|follow(?:[- ])up (?:in|after|"
            + "next|then|early|late|mid)|ping me|reach out (?:again|later|next|in|after)|try (?:me )?again|"
            + "contact (?:me|us) (?:again|later|in|after|next)|get back to (?:me|us) (?:in|after|next|later)|"
            + "circle back|come back to (?:me|us)|later this year|next (?:quarter|month|year)|after the holidays|"
            + "(?:budget|spending|everything) is (?:frozen|on hold) until|heads-down until|busy until|"
            + "not (?:right )?now|revisit)\\b", Pattern.CASE_INSENSITIVE);
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final Pattern MONTH = Pattern.compile("\\b(?:in|after|until|from|early|mid|late|end of|"
            + "beginning of|start of|by)\\s+(?:early\\s+|mid-?\\s*|late\\s+)?(" + MONTHS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUARTER = Pattern.compile("\\bq([1-4])\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN = Pattern.compile("\\bin (a|one|two|three|four|five|six|a couple of|a few|"
            + "\\d{1,2}) (day|week|month)s?\\b", Pattern.CASE_INSENSITIVE);

    /** Copies nothing: the date is immutable. */
    public LaterContact {
        date = date == null ? Optional.empty() : date;
    }

    /** The request in {@code text}, if it asks to be contacted later, with the day it names counted from {@code on}. */
    public static Optional<LaterContact> find(String text, LocalDate on) {
        if (text == null || text.isBlank() || on == null) {
            return Optional.empty();
        }
        String t = text.replace('’', '\'');
        Optional<LocalDate> day = day(t, on);
        if (!CUE.matcher(t).find() && day.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LaterContact(day));
    }

    private static Optional<LocalDate> day(String t, LocalDate on) {
        String lower = t.toLowerCase(Locale.ROOT);
        Matcher m = MONTH.matcher(lower);
        if (m.find()) {
            Month month = month(m.group(1));
            LocalDate first = on.withDayOfMonth(1).withMonth(month.getValue());
            return Optional.of(first.isAfter(on) ? first : first.plusYears(1));
        }
        Matcher q = QUARTER.matcher(lower);
        if (q.find()) {
            LocalDate start = LocalDate.of(on.getYear(), (Integer.parseInt(q.group(1)) - 1) * 3 + 1, 1);
            return Optional.of(start.isAfter(on) ? start : start.plusYears(1));
        }
        if (lower.contains("next quarter")) {
            int nextQuarterMonth = ((on.getMonthValue() - 1) / 3 + 1) * 3 + 1;
            return Optional.of(nextQuarterMonth > 12 ? LocalDate.of(on.getYear() + 1, 1, 1)
                    : LocalDate.of(on.getYear(), nextQuarterMonth, 1));
        }
        if (lower.contains("next month")) {
            return Optional.of(on.with(TemporalAdjusters.firstDayOfNextMonth()));
        }
        if (lower.contains("next week")) {
            return Optional.of(on.plusWeeks(1));
        }
        if (lower.contains("next year") || lower.contains("end of the year") || lower.contains("after the holidays")
                && on.getMonthValue() >= 11) {
            return Optional.of(on.with(TemporalAdjusters.firstDayOfNextYear()).plusDays(
                    lower.contains("after the holidays") ? 1 : 0));
        }
        Matcher s = SPAN.matcher(lower);
        if (s.find()) {
            int n = switch (s.group(1)) {
                case "a", "one" -> 1;
                case "two", "a couple of" -> 2;
                case "three", "a few" -> 3;
                case "four" -> 4;
                case "five" -> 5;
                case "six" -> 6;
                default -> Integer.parseInt(s.group(1));
            };
            return Optional.of(switch (s.group(2)) {
                case "day" -> on.plusDays(n);
                case "week" -> on.plusWeeks(n);
                default -> on.plusMonths(n);
            });
        }
        return Optional.empty();
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
