package dev.campaigncrm.mail.contract;

import dev.campaigncrm.mail.throttle.ThrottledMailer;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.testing.RecordingMailer;
import dev.campaigncrm.testing.contract.AbstractMailerTest;

/** A throttled mailer keeps the contract of the mailer it paces. */
class ThrottledMailerContractTest extends AbstractMailerTest {

    @Override
    protected Mailer mailerRefusing(String refusedAddress) {
        return ThrottledMailer.builder(RecordingMailer.refusing(d -> d.to().equals(refusedAddress)))
                .messagesPerSecond(1000).build();
    }
}
