package dev.campaigncrm.reply;

import java.util.List;

/** Step four of the campaign: collects the replies to the emails sent (simulated, from a mailbox, from files). */
public interface ReplySource {

    /** The replies received for these sent emails; a lead that did not reply has none. */
    List<Reply> collect(List<Outreach> sent);

    /**
     * The replies received for these sent emails, read as a stream that may be read more than once: what a campaign
     * run calls, so that a source able to work in passes never holds every email at once. The default reads them into
     * a list and calls {@link #collect(List)}, with the same result.
     */
    default List<Reply> collect(SentEmails sent) {
        return collect(sent.toList());
    }

    /** A name for logs and the report, e.g. {@code simulated (seed 42)} or {@code imap://host/INBOX}. */
    String describe();

    /** A source that collects nothing: the default until a simulator or a mailbox is configured. */
    static ReplySource none() {
        return new NoReplies();
    }
}
