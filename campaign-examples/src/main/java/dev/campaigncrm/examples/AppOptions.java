package dev.campaigncrm.examples;

import dev.campaigncrm.mail.imap.ImapReplySource;
import dev.campaigncrm.mail.throttle.SendingWindow;
import dev.campaigncrm.sequence.Sequence;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The example's command line.
 *
 * @param command     {@code run} (default) or {@code classify}
 * @param phase       0 both, 1 phase one only, 2 phase two only
 * @param leads       the lead file
 * @param workdir     where {@code output/} and {@code report/} go
 * @param asOf        the day recency is measured from
 * @param campaignId  the campaign's id (Message-IDs and the send journal), or null for {@code campaign-<asOf>}
 * @param smtp        {@code HOST:PORT}, or null to use SMTP_HOST/SMTP_PORT or the embedded server
 * @param seed        seed of the composer's wording and the reply simulator
 * @param concurrency leads per stage
 * @param files       the files to classify
 * @param ai          which language model writes what
 * @param mail        sending and reply-collection options
 * @param sequence    {@code --follow-ups}: the first email and its follow-ups, or null for one email per lead
 * @param store       {@code --store}: the campaign database's JDBC URL, or null for the default (a sequence then keeps
 *                    its state in {@code WORKDIR/output/campaign.db})
 */
record AppOptions(String command, int phase, Path leads, Path workdir, LocalDate asOf, String campaignId,
                  String smtp, long seed, int concurrency, List<Path> files, Ai ai, Mail mail, Sequence sequence,
                  String store) {

    /** True when this run advances a sequence kept in a campaign store ({@code --follow-ups} or {@code --store}). */
    boolean sequenceMode() {
        return sequence != null || store != null;
    }

    /** The steps of this campaign: {@code --follow-ups}, else the first email alone. */
    Sequence steps() {
        return sequence != null ? sequence : Sequence.firstEmail();
    }

    /** The store's JDBC URL: {@code --store}, else the SQLite file {@code WORKDIR/output/campaign.db}. */
    String storeUrl() {
        return store != null ? store : "jdbc:sqlite:" + workdir.resolve("output").resolve("campaign.db");
    }

    /** The campaign's id: the one given, else {@code campaign-<asOf>}, so that the same day's re-run resumes. */
    String campaign() {
        return campaignId != null ? campaignId : "campaign-" + asOf;
    }

    /**
     * The mail options.
     *
     * @param imap            {@code imaps://user@host:993/INBOX} to read replies from (password from IMAP_PASSWORD), or
     *                        null for the embedded mailbox the simulated replies are delivered to
     * @param replyTo         the Reply-To address of every email (replies are read from it), or null
     * @param unsubscribeUrl  https URL for List-Unsubscribe (one-click), or null
     * @param unsubscribeMail mailto address for List-Unsubscribe, or null
     * @param postalAddress   the sender's postal address for the footer, or null
     * @param suppressionFile the do-not-contact list, or null for WORKDIR/output/suppression.csv
     * @param perSecond       messages per second at most, or 0 for no limit
     * @param window          when mail may go out ({@code --window Mon-Fri 09:00-17:00 Europe/Berlin}), or null for any
     *                        time
     * @param resendUncertain send again the leads an interrupted run may or may not have sent
     */
    record Mail(String imap, String replyTo, String unsubscribeUrl, String unsubscribeMail, String postalAddress,
                Path suppressionFile, double perSecond, SendingWindow window, boolean resendUncertain) {
    }

    /**
     * The AI options.
     *
     * @param provider  {@code auto} (a key in the environment picks Gemini, then Hugging Face, then an OpenAI-compatible
     *                  server; none: offline), {@code offline}, {@code gemini}, {@code huggingface} or {@code openai}
     * @param model     the model name, or null for the provider's default
     * @param rpm       requests per minute allowed to the provider, or 0 for the provider's default
     * @param batchSize leads per model call for analysis and writing
     * @param cache     whether answers are cached on disk under the working directory
     */
    record Ai(String provider, String model, int rpm, int batchSize, boolean cache) {
    }

    static final String USAGE = """
            Usage:
              java -jar campaign-examples.jar [options]          run the example campaign (both phases)
              java -jar campaign-examples.jar classify FILE...   classify reply files (.eml or plain text)

            Options:
              --leads FILE        lead CSV (default dataset/leads.csv)
              --workdir DIR       where output/ and report/ are written (default .)
              --as-of YYYY-MM-DD  day recency is measured from (default today)
              --campaign-id ID    the campaign's id in Message-IDs and the send journal (default campaign-AS_OF):
                                  the same command with the same id resumes and mails no lead twice
              --smtp HOST:PORT    SMTP server (default SMTP_HOST/SMTP_PORT, else localhost:1025, else an
                                  embedded server started for the run)
              --seed N            seed of the email wording and the simulated replies (default 42)
              --phase 1|2|both    phase one (analyse, write, send), phase two (replies, report) or both
              --concurrency N     leads per stage (default 8)
              --provider NAME     auto (default: Gemini when GOOGLE_API_KEY is set, else Hugging Face when
                                  HUGGINGFACEHUB_API_TOKEN is set, else OPENAI_BASE_URL, else offline),
                                  offline, gemini, huggingface or openai. Keys come from the environment only.
              --model NAME        the provider's model (default: the provider's default)
              --rpm N             requests per minute allowed to the provider (default: the provider's default)
              --batch-size N      leads per model call for analysis and writing (default 1)
              --no-cache          do not reuse or store model answers (default: cached under WORKDIR/.campaign-cache)
              --imap URI          read replies over IMAP, e.g. imaps://me@imap.example.org:993/INBOX (password
                                  from IMAP_PASSWORD; the whole folder by UID each time, read-only);
                                  default: simulated replies delivered
                                  by SMTP to an embedded mailbox and read back over IMAP
              --reply-to ADDR     Reply-To of every email (the embedded mailbox then receives the replies there)
              --unsubscribe-url URL   https link for List-Unsubscribe (one-click, RFC 8058); {email} and {token}
                                  (needs UNSUBSCRIBE_SECRET) are filled in per recipient
              --unsubscribe-mail ADDR mailto address for List-Unsubscribe
              --postal-address TEXT   the sender's postal address, put in every email's footer with an opt-out line
              --suppression-file FILE do-not-contact list (default WORKDIR/output/suppression.csv); hard bounces
                                  and unsubscribe replies are added to it
              --rate N            at most N messages per second (default: no limit)
              --window SPEC       send only in this window, e.g. "Mon-Fri 09:00-17:00 Europe/Berlin"; leads
                                  outside it are skipped, and the same command run later sends them
              --resend-uncertain  send again the leads an interrupted run may or may not have sent
              --follow-ups DAYS   a sequence: follow-ups this many days after the first email, e.g. 3,7; run the
                                  same command with a later --as-of to read replies and send what fell due
              --store URL         the campaign database of a sequence (default WORKDIR/output/campaign.db, SQLite);
                                  jdbc:postgresql://HOST:PORT/DB with PGUSER/PGPASSWORD, or jdbc:sqlite:FILE
              --help              this text
            """;

    /** Parses the arguments; throws IllegalArgumentException with a message for the user. */
    static AppOptions parse(String... args) {
        String command = "run";
        int phase = 0;
        Path leads = Path.of("dataset", "leads.csv");
        Path workdir = Path.of(".");
        LocalDate asOf = LocalDate.now();
        String campaignId = null;
        String smtp = null;
        long seed = 42;
        int concurrency = 8;
        List<Path> files = new ArrayList<>();
        String provider = "auto";
        String model = null;
        int rpm = 0;
        int batchSize = 1;
        boolean cache = true;
        String imap = null;
        String replyTo = null;
        String unsubscribeUrl = null;
        String unsubscribeMail = null;
        String postalAddress = null;
        Path suppressionFile = null;
        double perSecond = 0;
        SendingWindow window = null;
        boolean resendUncertain = false;
        Sequence sequence = null;
        String store = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i == 0 && a.equals("classify")) {
                command = "classify";
                continue;
            }
            if (command.equals("classify") && !a.startsWith("--")) {
                files.add(Path.of(a));
                continue;
            }
            switch (a) {
                case "--leads" -> leads = Path.of(value(args, ++i, a));
                case "--workdir" -> workdir = Path.of(value(args, ++i, a));
                case "--as-of" -> asOf = date(value(args, ++i, a));
                case "--campaign-id" -> campaignId = campaignId(value(args, ++i, a));
                case "--smtp" -> smtp = hostPort(value(args, ++i, a));
                case "--seed" -> seed = number(value(args, ++i, a), a);
                case "--concurrency" -> concurrency = (int) number(value(args, ++i, a), a);
                case "--phase" -> phase = phase(value(args, ++i, a));
                case "--provider" -> provider = provider(value(args, ++i, a));
                case "--model" -> model = value(args, ++i, a);
                case "--rpm" -> rpm = (int) number(value(args, ++i, a), a);
                case "--batch-size" -> batchSize = (int) number(value(args, ++i, a), a);
                case "--no-cache" -> cache = false;
                case "--imap" -> imap = imap(value(args, ++i, a));
                case "--reply-to" -> replyTo = value(args, ++i, a);
                case "--unsubscribe-url" -> unsubscribeUrl = value(args, ++i, a);
                case "--unsubscribe-mail" -> unsubscribeMail = value(args, ++i, a);
                case "--postal-address" -> postalAddress = value(args, ++i, a);
                case "--suppression-file" -> suppressionFile = Path.of(value(args, ++i, a));
                case "--rate" -> perSecond = positive(value(args, ++i, a), a);
                case "--window" -> window = WindowSpec.parse(value(args, ++i, a), ZoneId.systemDefault());
                case "--resend-uncertain" -> resendUncertain = true;
                case "--follow-ups" -> sequence = followUps(value(args, ++i, a));
                case "--store" -> store = store(value(args, ++i, a));
                case "--help", "-h" -> command = "help";
                default -> throw new IllegalArgumentException("Unknown option " + a + "\n\n" + USAGE);
            }
        }
        if (command.equals("classify") && files.isEmpty()) {
            throw new IllegalArgumentException("classify needs at least one file\n\n" + USAGE);
        }
        if (phase != 0 && (sequence != null || store != null)) {
            throw new IllegalArgumentException("--phase does not apply to a sequence (--follow-ups, --store): each run"
                    + " reads the replies first, then sends what is due");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("--concurrency must be at least 1");
        }
        if (rpm < 0 || batchSize < 1) {
            throw new IllegalArgumentException("--rpm must be 0 or more and --batch-size at least 1");
        }
        return new AppOptions(command, phase, leads, workdir, asOf, campaignId, smtp, seed, concurrency,
                List.copyOf(files), new Ai(provider, model, rpm, batchSize, cache),
                new Mail(imap, replyTo, unsubscribeUrl, unsubscribeMail, postalAddress, suppressionFile, perSecond,
                        window, resendUncertain), sequence, store);
    }

    /** {@code 3,7}: follow-ups 3 and 7 days after the first email. */
    private static Sequence followUps(String s) {
        try {
            return Sequence.parse("0," + s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--follow-ups must be days after the first email in increasing order,"
                    + " e.g. 3,7, not '" + s + "'");
        }
    }

    private static String store(String url) {
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--store must be jdbc:postgresql://HOST:PORT/DB or jdbc:sqlite:FILE, not '"
                    + url.replaceAll("(?i)password=[^&]*", "password=***") + "'");
        }
        return url;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n\n" + USAGE);
        }
        return args[i];
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of must be a date like 2026-11-24, not '" + s + "'");
        }
    }

    private static long number(String s, String option) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not '" + s + "'");
        }
    }

    private static String campaignId(String s) {
        if (!s.matches("[A-Za-z0-9][A-Za-z0-9._\\-]{0,63}")) {
            throw new IllegalArgumentException("--campaign-id must be letters, digits, '.', '_' or '-' (at most 64),"
                    + " not '" + s + "'");
        }
        return s;
    }

    /** Checks the URI now, so that a typo is a usage error; the password is added when the mailbox is read. */
    private static String imap(String uri) {
        try {
            ImapReplySource.fromUri(uri, "");
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--imap must be like imaps://me@imap.example.org:993/INBOX (the"
                    + " password comes from IMAP_PASSWORD): " + e.getMessage());
        }
    }

    private static String hostPort(String s) {
        if (!s.matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}")) {
            throw new IllegalArgumentException("--smtp must be HOST:PORT, e.g. localhost:1025, not '" + s + "'");
        }
        return s;
    }

    private static double positive(String s, String option) {
        try {
            double v = Double.parseDouble(s);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException(option + " must be a number above 0, not '" + s + "'");
    }

    private static String provider(String s) {
        return switch (s) {
            case "auto", "offline", "gemini", "huggingface", "openai" -> s;
            default -> throw new IllegalArgumentException(
                    "--provider must be auto, offline, gemini, huggingface or openai, not '" + s + "'");
        };
    }

    private static int phase(String s) {
        return switch (s) {
            case "1", "one" -> 1;
            case "2", "two" -> 2;
            case "both" -> 0;
            default -> throw new IllegalArgumentException("--phase must be 1, 2 or both, not '" + s + "'");
        };
    }
}
