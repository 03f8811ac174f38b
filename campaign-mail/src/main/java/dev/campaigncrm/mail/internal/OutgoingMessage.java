package dev.campaigncrm.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.angus.mail.smtp.SMTPOutputStream;

/**
 * A message whose {@code Message-ID} is chosen before sending, so the header sent is the one reported, and which
 * notices when its whole content has been written to an SMTP {@code DATA} stream: from then on only the server's
 * reply to the final "." tells whether it was accepted, so a broken connection leaves it uncertain.
 */
public final class OutgoingMessage extends MimeMessage {

    private final String messageId;
    private volatile boolean contentHandedOver;

    /** Creates an empty message that will carry {@code messageId} (with angle brackets). */
    public OutgoingMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    /** The {@code Message-ID} this message is sent with. */
    public String messageId() {
        return messageId;
    }

    /** Forgets an earlier attempt, before the message is sent again. */
    public void newAttempt() {
        contentHandedOver = false;
    }

    /** True when the whole content went into an SMTP {@code DATA} stream since {@link #newAttempt()}. */
    public boolean contentHandedOver() {
        return contentHandedOver;
    }

    /** Writes the message and, when {@code os} is the SMTP data stream, records that all of it was handed over. */
    @Override
    public void writeTo(OutputStream os, String[] ignoreList) throws IOException, MessagingException {
        super.writeTo(os, ignoreList);
        if (os instanceof SMTPOutputStream) {
            contentHandedOver = true;
        }
    }

    /** Sets the chosen id instead of letting Jakarta Mail invent one. */
    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
