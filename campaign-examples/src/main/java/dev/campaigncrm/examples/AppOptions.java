package dev.campaigncrm.examples;

import dev.campaigncrm.mail.throttle.SendingWindow;
import dev.campaigncrm.reply.ReplyMix;
import dev.campaigncrm.sequence.Sequence;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The options of one campaign run, as the command line ({@link ExampleCli}) read them.
 *
 * @param phase       0 both, 1 phase one only, 2 phase two only
 * @param leads       the lead file, or null when the leads come from a sheet
 * @param sheet       {@code sheets://SPREADSHEET_ID/TAB} the leads are read from, or null for the lead file
 * @param writeBack   whether the results are written to the sheet's {@code campaign_results} tab
 * @param workdir     where {@code output/} and {@code report/} go
 * @param asOf        the day recency is measured from
 * @param campaignId  the campaign's id (Message-IDs and the send journal), or null for {@code campaign-<asOf>}
 * @param smtp        {@code HOST:PORT}, or null to use SMTP_HOST/SMTP_PORT or the embedded server
 * @param seed        seed of the composer's wording and the reply simulator
 * @param concurrency {@code --concurrency}: leads per stage, or 0 when not fixed (the model's steps follow its cap)
 * @param ai          which language model writes what
 * @param mail        sending and reply-collection options
 * @param sequence    {@code --follow-ups}: the first email and its follow-ups, or null for one email per lead
 * @param store       {@code --store}: the campaign database's JDBC URL, or null for the default (a sequence then keeps
 *                    its state in {@code WORKDIR/output/campaign.db})
 * @param lease       {@code --lease}: how long a worker's claim on a lead or a due step lasts unless renewed
 * @param replyRate   {@code --reply-rate}: the simulated first-email reply rate at score 50, or null for the published
 *                    default ({@code ReplyMix.published()})
 * @param variants    {@code --variants}: the first email's A/B variants, 1 for no test
 */
record AppOptions(int phase, Path leads, String sheet, boolean writeBack, Path workdir, LocalDate asOf, String campaignId, String smtp, long seed,
                  int concurrency, Ai ai, Mail mail, Sequence sequence, String store, Duration lease, Double replyRate,
                  int variants) {

    /** How the simulated leads answer: {@code --reply-rate}, else the published figures. */
    ReplyMix replyMix() {
        return replyRate == null ? ReplyMix.published() : ReplyMix.published().withReplyRate(replyRate);
    }

    /** Where the leads come from, for the console: the file or the sheet's address. */
    String leadsName() {
        return sheet != null ? sheet : leads.toString();
    }

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
     * @param perDomain       at most so many messages to one recipient domain per period ({@code --per-domain}), or
     *                        null for no such limit
     */
    record Mail(String imap, String replyTo, String unsubscribeUrl, String unsubscribeMail, String postalAddress,
                Path suppressionFile, double perSecond, SendingWindow window, boolean resendUncertain,
                DomainCap perDomain) {

        /** The same options without {@code --rate} and {@code --per-domain} (counted elsewhere: the campaign store). */
        Mail withoutSharedLimits() {
            return new Mail(imap, replyTo, unsubscribeUrl, unsubscribeMail, postalAddress, suppressionFile, 0, window,
                    resendUncertain, null);
        }
    }

    /**
     * {@code --per-domain 20/1h}: at most {@code max} messages to one recipient domain in each {@code period}.
     *
     * @param max    messages per period, at least 1
     * @param period the period, at least a second
     */
    record DomainCap(int max, java.time.Duration period) {
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

    /**
     * The options of the campaign these arguments run (with or without {@code run}), checked as the command line
     * checks them; throws IllegalArgumentException with the message the user would see.
     */
    static AppOptions parse(String... args) {
        return ExampleCli.campaignOptions(args);
    }
}
