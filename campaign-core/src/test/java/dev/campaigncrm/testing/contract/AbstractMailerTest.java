package dev.campaigncrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * What every {@link Mailer} does, whatever carries the mail. A subclass builds the mailer under test; each test closes
 * the mailers it made.
 */
public abstract class AbstractMailerTest {

    /** The address a mailer from {@link #mailerRefusing(String)} must refuse. */
    protected static final String REFUSED = "refused@refused.test";

    private final List<Mailer> made = new ArrayList<>();

    /** A mailer that accepts every recipient but {@code refusedAddress} (which it may not be able to refuse). */
    protected abstract Mailer mailerRefusing(String refusedAddress);

    /** Whether {@link #mailerRefusing(String)} really refuses that address (a real server may not be told to). */
    protected boolean canRefuse() {
        return true;
    }

    /** A secret the mailer was configured with (a password, a key), which {@code describe()} must not show. */
    protected String secret() {
        return "";
    }

    /** A first email to {@code to} for lead {@code leadId}. */
    protected static EmailDraft draft(String leadId, String to) {
        return new EmailDraft(leadId, to, "Ada Lovelace", "A question", "Hello Ada,\n\nA short note.\n",
                Tone.PROFESSIONAL, Urgency.COLD, "", Provenance.of("contract-test"));
    }

    private Mailer mailer() {
        Mailer mailer = mailerRefusing(REFUSED);
        made.add(mailer);
        return mailer;
    }

    @AfterEach
    void closeMailers() {
        made.forEach(Mailer::close);
    }

    @Test
    void sendAnswersForTheDraftsLeadAndAddress() {
        EmailDraft draft = draft("contract-1", "ada@example.test");

        SendResult result = mailer().send(draft);

        assertThat(result.leadId()).isEqualTo("contract-1");
        assertThat(result.email()).isEqualTo("ada@example.test");
        assertThat(result.status()).isEqualTo(SendStatus.SENT);
    }

    @Test
    void aRefusedRecipientIsAResultNotAnException() {
        assumeTrue(canRefuse(), "this mailer cannot be told to refuse an address");
        EmailDraft draft = draft("contract-2", REFUSED);

        SendResult result = mailer().send(draft);

        assertThat(result.leadId()).isEqualTo("contract-2");
        assertThat(result.email()).isEqualTo(REFUSED);
        assertThat(result.status()).isNotEqualTo(SendStatus.SENT);
    }

    @Test
    void messageIdForIsStable() {
        Mailer mailer = mailer();
        EmailDraft draft = draft("contract-3", "grace@example.test");

        assertThat(mailer.messageIdFor(draft)).isEqualTo(mailer.messageIdFor(draft));
    }

    @Test
    void describeNamesTheMailerWithoutSecrets() {
        String description = mailer().describe();

        assertThat(description).isNotBlank();
        if (!secret().isEmpty()) {
            assertThat(description).doesNotContain(secret());
        }
    }
}
