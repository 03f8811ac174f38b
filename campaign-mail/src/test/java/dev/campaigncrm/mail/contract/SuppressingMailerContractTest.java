package dev.campaigncrm.mail.contract;

import dev.campaigncrm.mail.compliance.SuppressingMailer;
import dev.campaigncrm.mail.compliance.SuppressionList;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.testing.RecordingMailer;
import dev.campaigncrm.testing.contract.AbstractMailerTest;

import java.time.Instant;

/** A suppressing mailer keeps the mailer contract; the refused address is the suppressed one. */
class SuppressingMailerContractTest extends AbstractMailerTest {

    @Override
    protected Mailer mailerRefusing(String refusedAddress) {
        SuppressionList list = SuppressionList.inMemory();
        list.add(refusedAddress, "unsubscribed", Instant.parse("2026-01-05T09:00:00Z"));
        return new SuppressingMailer(RecordingMailer.accepting(), list);
    }
}
