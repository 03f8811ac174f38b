package dev.campaigncrm.mail.imap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.campaigncrm.mail.Tls;
import dev.campaigncrm.mail.bounce.BounceReport;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.reply.ReplySource;
import dev.campaigncrm.reply.RuleReplyClassifier;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Phase two on the production path: simulated replies delivered by SMTP to GreenMail and read back over IMAP. */
class SimulatedMailboxTest {

    private static final long SEED = 42;

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private final List<Outreach> sent = Outreaches.sent(1, 80);
    private final List<BounceReport> bounces = new ArrayList<>();

    @BeforeEach
    void mailbox() {
        greenMail.setUser("alex@seller.test", "alex", "pw-for-tests");
    }

    private SimulatedMailbox simulated(double bounceRate) {
        return SimulatedMailbox.builder().simulator(ReplySimulator.seeded(SEED))
                .smtp("127.0.0.1", greenMail.getSmtp().getPort()).mailbox("alex@seller.test")
                .bounceRate(bounceRate).build();
    }

    private ImapReplySource reader() {
        return ImapReplySource.builder().host("127.0.0.1").port(greenMail.getImap().getPort()).tls(Tls.NONE)
                .username("alex").password("pw-for-tests").onBounce(bounces::add).build();
    }

    @Test
    void everySimulatedReplyIsReadBackThreadedWithItsClassAndNewText() {
        List<Reply> simulated = ReplySimulator.seeded(SEED).collect(sent);
        ImapReplySource reader = reader();
        ReplySource source = simulated(0.1).thenReadWith(reader);

        List<Reply> read = source.collect(sent);

        Map<String, Reply> byLead = read.stream().filter(r -> !r.header("X-Campaign-Class").equals("bounce"))
                .collect(Collectors.toMap(Reply::leadId, Function.identity()));
        assertThat(byLead.keySet()).isEqualTo(simulated.stream().map(Reply::leadId).collect(Collectors.toSet()));
        RuleReplyClassifier rules = RuleReplyClassifier.defaults();
        for (Reply original : simulated) {
            Reply got = byLead.get(original.leadId());
            assertThat(got.body()).isEqualTo(original.body().strip());
            assertThat(got.subject()).isEqualTo(original.subject());
            assertThat(got.receivedAt()).isEqualTo(original.receivedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(rules.classify(got).category()).isEqualTo(rules.classify(original).category());
            boolean ooo = !original.header("Auto-Submitted").isEmpty();
            assertThat(got.header("X-Campaign-Class")).isEqualTo(ooo ? "auto-reply" : "human");
            if (ooo) {
                assertThat(got.header("X-Campaign-Return-Date")).matches("\\d{4}-\\d{2}-\\d{2}");
            }
        }
        ImapRunStats stats = reader.lastRun();
        assertThat(stats.unmatched()).isEqualTo(1);
        assertThat(stats.threaded()).isEqualTo(read.size());
        assertThat(stats.bounces()).isEqualTo(bounces.size()).isPositive();
        assertThat(bounces).allSatisfy(b -> {
            assertThat(b.attributed()).isTrue();
            assertThat(b.statusCode()).isIn("5.1.1", "4.2.2");
            assertThat(b.hard()).isEqualTo(b.statusCode().startsWith("5"));
        });
        Set<String> repliedLeads = byLead.keySet();
        assertThat(bounces).extracting(BounceReport::leadId).doesNotContainAnyElementsOf(repliedLeads);
        assertThat(read).filteredOn(r -> r.header("X-Campaign-Class").equals("bounce"))
                .allSatisfy(r -> assertThat(rules.classify(r).category()).isEqualTo(ReplyCategory.SKIP));
    }

    @Test
    void theSameSeedDeliversTheSameMail() {
        SimulatedMailbox.Delivery first = simulated(0.1).deliver(sent);
        int count = greenMail.getReceivedMessages().length;

        assertThat(simulated(0.1).deliver(sent)).isEqualTo(first);
        assertThat(first.newsletters()).isEqualTo(1);
        assertThat(count).isEqualTo(first.humanReplies() + first.autoReplies() + first.bounces() + 1);
        assertThat(first.autoReplies()).isPositive();
    }

    @Test
    void withAClockOnlyMailDatedByThenIsDelivered() throws Exception {
        List<Reply> simulated = ReplySimulator.seeded(SEED).collect(sent);
        Instant median = simulated.get(simulated.size() / 2).receivedAt();
        SimulatedMailbox.Delivery all = simulated(0.1).deliver(sent);
        greenMail.purgeEmailFromAllMailboxes();

        SimulatedMailbox.Delivery byThen = SimulatedMailbox.builder().simulator(ReplySimulator.seeded(SEED))
                .smtp("127.0.0.1", greenMail.getSmtp().getPort()).mailbox("alex@seller.test").bounceRate(0.1)
                .clock(Clock.fixed(median, ZoneOffset.UTC)).build().deliver(sent);

        assertThat(byThen.humanReplies() + byThen.autoReplies())
                .isEqualTo((int) simulated.stream().filter(r -> !r.receivedAt().isAfter(median)).count())
                .isLessThan(all.humanReplies() + all.autoReplies());
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            assertThat(m.getSentDate().toInstant()).as(m.getSubject()).isBeforeOrEqualTo(median);
        }
    }
}
