package dev.campaigncrm.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A message whose {@code Message-ID} is chosen before sending, so the header sent is the one reported. */
public final class OutgoingMessage extends MimeMessage {

    private final String messageId;

    /** Creates an empty message that will carry {@code messageId} (with angle brackets). */
    public OutgoingMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    /** The {@code Message-ID} this message is sent with. */
    public String messageId() {
        return messageId;
    }

    /** Sets the chosen id instead of letting Jakarta Mail invent one. */
    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
