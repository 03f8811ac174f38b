package dev.campaigncrm.reply;

/**
 * The headers a reply reader adds to a {@link Reply} to say what it found, so that the campaign can act on it
 * without reading the message again: a person's reply, an auto-reply (with the return date an out-of-office states)
 * or a bounce (hard or soft), and an unsubscribe request. The IMAP reader sets them; the reply simulator sets them on
 * the replies it makes up.
 */
public final class ReplyHeaders {

    /** {@code human}, {@code auto-reply} or {@code bounce}. */
    public static final String CLASS = "X-Campaign-Class";
    /** For a bounce: {@code hard 5.1.1}, {@code soft 4.2.2} or just {@code soft}. */
    public static final String BOUNCE = "X-Campaign-Bounce";
    /** For an out-of-office that states a return date: the date, ISO {@code yyyy-MM-dd}. */
    public static final String RETURN_DATE = "X-Campaign-Return-Date";
    /** How the message was threaded to the lead, e.g. {@code in-reply-to}. */
    public static final String THREAD = "X-Campaign-Thread";
    /** {@code yes} when a person asks not to be mailed again. */
    public static final String UNSUBSCRIBE = "X-Campaign-Unsubscribe";
    /**
     * {@code yes} when the message quoted earlier mail before the reader cut it, as a mail client does when a person
     * replies (an out-of-office sentence in such a message is a person's, see {@link Reply#quotesHistory}).
     */
    public static final String QUOTED = "X-Campaign-Quoted";

    /** {@link #CLASS} of a person's reply. */
    public static final String HUMAN = "human";
    /** {@link #CLASS} of an automatic reply. */
    public static final String AUTO_REPLY = "auto-reply";
    /** {@link #CLASS} of a delivery failure report. */
    public static final String BOUNCE_CLASS = "bounce";

    private ReplyHeaders() {
    }
}
