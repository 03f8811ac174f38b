package dev.campaigncrm.mail.contract;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.testing.contract.AbstractMailerTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP mailer keeps the mailer contract against a real SMTP server (GreenMail, which accepts every address). */
class SmtpMailerContractTest extends AbstractMailerTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Override
    protected Mailer mailerRefusing(String refusedAddress) {
        return SmtpMailer.builder().host("127.0.0.1").port(greenMail.getSmtp().getPort())
                .from("Alex <alex@seller.test>").campaignId("contract").build();
    }

    @Override
    protected boolean canRefuse() {
        return false;
    }
}
