package dev.campaigncrm.testing.contract;

import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.testing.RecordingMailer;

/** The test mailer keeps the contract the runner's tests rely on. */
class RecordingMailerContractTest extends AbstractMailerTest {

    @Override
    protected Mailer mailerRefusing(String refusedAddress) {
        return RecordingMailer.refusing(d -> d.to().equals(refusedAddress));
    }
}
