package dev.campaigncrm.mail.imap;

/**
 * What one collection from the mailbox found.
 *
 * @param read        new messages read (not counting duplicates)
 * @param duplicates  messages skipped because their Message-ID was already read (after a UIDVALIDITY change)
 * @param threaded    messages attributed to a lead of the campaign
 * @param unmatched   messages attributed to no lead (reported, not guessed)
 * @param human       threaded messages a person wrote
 * @param autoReplies auto-replies (out-of-office and other automatic mail), threaded or not
 * @param bounces     delivery failure reports, threaded or not
 * @param hardBounces of the bounces, the permanent ones (5.x.x)
 * @param softBounces of the bounces, the temporary or unknown ones
 * @param unsubscribes replies asking not to be mailed again
 * @param unreadable  messages that could not be parsed (logged and skipped)
 */
public record ImapRunStats(int read, int duplicates, int threaded, int unmatched, int human, int autoReplies,
                           int bounces, int hardBounces, int softBounces, int unsubscribes, int unreadable) {

    /** Nothing read yet. */
    public static final ImapRunStats EMPTY = new ImapRunStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The sum of two runs, for repeated polling. */
    public ImapRunStats plus(ImapRunStats o) {
        return new ImapRunStats(read + o.read, duplicates + o.duplicates, threaded + o.threaded,
                unmatched + o.unmatched, human + o.human, autoReplies + o.autoReplies, bounces + o.bounces,
                hardBounces + o.hardBounces, softBounces + o.softBounces, unsubscribes + o.unsubscribes,
                unreadable + o.unreadable);
    }
}
