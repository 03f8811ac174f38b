package dev.campaigncrm.testing.contract;

import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.journal.JournaledMailer;
import dev.campaigncrm.testing.RecordingMailer;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** A journaled mailer keeps the contract of the mailer it wraps. */
class JournaledMailerContractTest extends AbstractMailerTest {

    @TempDir
    Path dir;

    private final AtomicInteger journals = new AtomicInteger();

    @Override
    protected Mailer mailerRefusing(String refusedAddress) {
        Mailer inner = RecordingMailer.refusing(d -> d.to().equals(refusedAddress));
        return JournaledMailer.wrap(inner, dir.resolve("journal-" + journals.incrementAndGet() + ".log"), "contract");
    }
}
