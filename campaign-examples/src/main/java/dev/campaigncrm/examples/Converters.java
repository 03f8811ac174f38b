package dev.campaigncrm.examples;

import dev.campaigncrm.compose.EmailVariants;
import dev.campaigncrm.sheets.SheetRef;

import dev.campaigncrm.mail.imap.ImapReplySource;
import dev.campaigncrm.mail.throttle.SendingWindow;
import dev.campaigncrm.sequence.Sequence;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The typed values of the example's options. Each converter's message says what the value must be and repeats the
 * value (never a password); {@link UsageErrors} puts the option's name in front.
 */
final class Converters {

    private Converters() {
    }

    /** {@code --as-of}: an ISO date. */
    static final class Date implements ITypeConverter<LocalDate> {
        /** The date, or a message naming the value. */
        @Override
        public LocalDate convert(String s) {
            return parsed(s, LocalDate::parse, "must be a date like 2026-11-24");
        }
    }

    /** A whole number (a long): {@code --seed}. */
    static final class WholeNumber implements ITypeConverter<Long> {
        /** The number, or a message naming the value. */
        @Override
        public Long convert(String s) {
            return parsed(s, Long::parseLong, "must be a whole number");
        }
    }

    /** A whole number from 1 that fits an int: {@code --concurrency}, {@code --batch-size}. */
    static final class AtLeastOne implements ITypeConverter<Integer> {
        /** The number, or a message naming the value (4294967304 is refused, not wrapped around to 8). */
        @Override
        public Integer convert(String s) {
            return intFrom(s, 1);
        }
    }

    /** A whole number from 0 that fits an int: {@code --rpm}. */
    static final class ZeroOrMore implements ITypeConverter<Integer> {
        /** The number, or a message naming the value. */
        @Override
        public Integer convert(String s) {
            return intFrom(s, 0);
        }
    }

    /** {@code --reply-rate}: a share from 0 to 1 ({@code 0.08}) or a percentage ({@code 8%}). */
    static final class Share implements ITypeConverter<Double> {
        /** The share from 0 to 1, or a message naming the value. */
        @Override
        public Double convert(String s) {
            String t = s.strip();
            boolean percent = t.endsWith("%");
            try {
                double v = Double.parseDouble(percent ? t.substring(0, t.length() - 1).strip() : t);
                double share = percent ? v / 100 : v;
                if (share >= 0 && share <= 1) {
                    return share;
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
            throw new TypeConversionException("must be a share from 0 to 1 such as 0.08, or a percentage such as "
                    + "8%, not '" + s + "'");
        }
    }

    /** {@code --variants}: 1 to {@link EmailVariants#MAX_COUNT}. */
    static final class Variants implements ITypeConverter<Integer> {
        /** The number of variants, or a message naming the value. */
        @Override
        public Integer convert(String s) {
            try {
                int v = Integer.parseInt(s.strip());
                if (v >= 1 && v <= EmailVariants.MAX_COUNT) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
            throw new TypeConversionException("must be a whole number from 1 to " + EmailVariants.MAX_COUNT
                    + ", not '" + s + "'");
        }
    }

    /** A number above 0: {@code --rate}. */
    static final class AboveZero implements ITypeConverter<Double> {
        /** The number, or a message naming the value. */
        @Override
        public Double convert(String s) {
            try {
                double v = Double.parseDouble(s);
                if (v > 0 && Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
            throw new TypeConversionException("must be a number above 0, not '" + s + "'");
        }
    }

    /** {@code --phase}: 1 (or one), 2 (or two) or both, as 1, 2 and 0. */
    static final class Phase implements ITypeConverter<Integer> {
        /** The phase number (0 for both), or a message naming the value. */
        @Override
        public Integer convert(String s) {
            return switch (s) {
                case "1", "one" -> 1;
                case "2", "two" -> 2;
                case "both" -> 0;
                default -> throw new TypeConversionException("must be 1, 2 or both, not '" + s + "'");
            };
        }
    }

    /** {@code --provider}: one of the names {@link AiSetup} knows. */
    static final class Provider implements ITypeConverter<String> {
        /** The provider's name, or a message naming the value. */
        @Override
        public String convert(String s) {
            return switch (s) {
                case "auto", "offline", "gemini", "huggingface", "openai" -> s;
                default -> throw new TypeConversionException(
                        "must be auto, offline, gemini, huggingface or openai, not '" + s + "'");
            };
        }
    }

    /** {@code --campaign-id}: safe in a Message-ID and a file name. */
    static final class CampaignId implements ITypeConverter<String> {
        /** The id, or a message naming the value. */
        @Override
        public String convert(String s) {
            if (!s.matches("[A-Za-z0-9][A-Za-z0-9._\\-]{0,63}")) {
                throw new TypeConversionException("must be letters, digits, '.', '_' or '-' (at most 64), not '"
                        + s + "'");
            }
            return s;
        }
    }

    /** {@code --leads}: a file, or a sheet's address checked now ({@code sheets://SPREADSHEET_ID/TAB}). */
    static final class Leads implements ITypeConverter<String> {
        /** The value as given, or a message naming it when it is a malformed sheet address. */
        @Override
        public String convert(String s) {
            if (SheetRef.isSheetUri(s)) {
                try {
                    SheetRef.parse(s);
                } catch (IllegalArgumentException e) {
                    throw new TypeConversionException(e.getMessage());
                }
            }
            return s;
        }
    }

    /** {@code --smtp}: {@code HOST:PORT}. */
    static final class HostPort implements ITypeConverter<String> {
        /** The address as given, or a message naming the value. */
        @Override
        public String convert(String s) {
            if (!s.matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}")) {
                throw new TypeConversionException("must be HOST:PORT, e.g. localhost:1025, not '" + s + "'");
            }
            return s;
        }
    }

    /** {@code --imap}: checked now, so that a typo is a usage error; the password is added when the mailbox is read. */
    static final class Imap implements ITypeConverter<String> {
        /** The URI as given, or a message that does not repeat a password in it. */
        @Override
        public String convert(String uri) {
            try {
                ImapReplySource.fromUri(uri, "");
                return uri;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("must be like imaps://me@imap.example.org:993/INBOX (the password"
                        + " comes from IMAP_PASSWORD): " + e.getMessage());
            }
        }
    }

    /** {@code --window}: the sending window, read by {@link WindowSpec} in the machine's time zone by default. */
    static final class Window implements ITypeConverter<SendingWindow> {
        /** The window, or WindowSpec's message. */
        @Override
        public SendingWindow convert(String spec) {
            try {
                return WindowSpec.parse(spec, ZoneId.systemDefault());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --per-domain 20/1h}: messages per recipient domain per period (s, m, h or d). */
    static final class PerDomain implements ITypeConverter<AppOptions.DomainCap> {
        private static final java.util.regex.Pattern SPEC =
                java.util.regex.Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,6})?\\s*([smhd])\\s*");

        /** The cap, or a message naming the value. */
        @Override
        public AppOptions.DomainCap convert(String s) {
            java.util.regex.Matcher m = SPEC.matcher(s);
            if (m.matches()) {
                int max = Integer.parseInt(m.group(1));
                long n = m.group(2) == null ? 1 : Long.parseLong(m.group(2));
                java.time.Duration unit = switch (m.group(3)) {
                    case "s" -> java.time.Duration.ofSeconds(1);
                    case "m" -> java.time.Duration.ofMinutes(1);
                    case "h" -> java.time.Duration.ofHours(1);
                    default -> java.time.Duration.ofDays(1);
                };
                if (max >= 1 && n >= 1) {
                    return new AppOptions.DomainCap(max, unit.multipliedBy(n));
                }
            }
            throw new TypeConversionException("must be messages per period, e.g. 20/1h or 5/10m, not '" + s + "'");
        }
    }

    /** {@code --follow-ups 3,7}: the first email, then follow-ups 3 and 7 days after it. */
    static final class FollowUps implements ITypeConverter<Sequence> {
        /** The sequence, or a message naming the value. */
        @Override
        public Sequence convert(String s) {
            return parsed(s, days -> Sequence.parse("0," + days),
                    "must be days after the first email in increasing order, e.g. 3,7");
        }
    }

    /** {@code --store}: a PostgreSQL or SQLite JDBC URL. */
    static final class Store implements ITypeConverter<String> {
        /** The URL, or a message that masks any {@code password=} in it. */
        @Override
        public String convert(String url) {
            if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
                throw new TypeConversionException("must be jdbc:postgresql://HOST:PORT/DB or jdbc:sqlite:FILE, not '"
                        + masked(url) + "'");
            }
            return url;
        }

        /** The URL with every {@code password=} value and any {@code user:password@} password replaced by stars. */
        static String masked(String url) {
            return url.replaceAll("(?i)password=[^&;]*", "password=***").replaceAll("//([^/:@]*):[^/@]*@", "//$1:***@");
        }
    }

    /** {@code parse}'s value, or a message: what the value must be, and the value. */
    private static <T> T parsed(String s, Function<String, T> parse, String mustBe) {
        try {
            return parse.apply(s);
        } catch (RuntimeException e) { // DateTimeParseException, NumberFormatException, IllegalArgumentException
            throw new TypeConversionException(mustBe + ", not '" + s + "'");
        }
    }

    private static int intFrom(String s, int min) {
        try {
            int v = Integer.parseInt(s.strip());
            if (v >= min) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new TypeConversionException("must be a whole number from " + min + " to " + Integer.MAX_VALUE
                + ", not '" + s + "'");
    }
}
