package dev.campaigncrm.mail.imap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.mail.Tls;
import dev.campaigncrm.mail.bounce.BounceReport;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyHeaders;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.send.SendResult;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replies to a three-step sequence, delivered by SMTP to GreenMail and read back over IMAP. */
class SimulatedMailboxSequenceTest {

    private static final long SEED = 42;

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private final ReplySimulator simulator = ReplySimulator.seeded(SEED).forSequenceOf(3);
    private final List<Outreach> sent = sequence(1, 80);
    private final List<BounceReport> bounces = new ArrayList<>();

    /** Leads {@code from..to}, each mailed three threaded messages five days apart. */
    private static List<Outreach> sequence(int from, int to) {
        List<Outreach> out = new ArrayList<>();
        for (Outreach first : Outreaches.sent(from, to)) {
            out.add(first);
            List<String> thread = new ArrayList<>(List.of(first.send().messageId()));
            for (int s = 2; s <= 3; s++) {
                String id = "<campaign-" + first.send().leadId() + "-s" + s + "@seller.test>";
                Outreach o = new Outreach(first.index(), first.analysis(), first.draft()
                        .withStep(EmailStep.followUp(s, thread)).withSubject("Re: " + first.draft().subject()),
                        SendResult.sent(first.send().leadId(), first.send().email(),
                                Outreaches.SENT_AT.plus(Duration.ofDays(5L * (s - 1))), id));
                out.add(o);
                thread.add(id);
            }
        }
        return out;
    }

    @BeforeEach
    void user() {
        greenMail.setUser("alex@seller.test", "alex", "pw-for-tests");
    }

    private SimulatedMailbox mailbox() {
        return SimulatedMailbox.builder().simulator(simulator).smtp("127.0.0.1", greenMail.getSmtp().getPort())
                .mailbox("alex@seller.test").bounceRate(0.3).build();
    }

    private ImapReplySource reader() {
        return ImapReplySource.builder().host("127.0.0.1").port(greenMail.getImap().getPort()).tls(Tls.NONE)
                .username("alex").password("pw-for-tests").onBounce(bounces::add).build();
    }

    @Test
    void everyReplyToAnyStepIsReadBackAttributedToItsLeadAndStep() throws Exception {
        List<Reply> simulated = simulator.collect(sent);
        Map<String, Outreach> byId = sent.stream().collect(Collectors.toMap(o -> o.send().messageId(),
                Function.identity()));

        mailbox().deliver(sent);
        List<Reply> read = reader().collect(sent);

        List<Reply> notBounces = read.stream()
                .filter(r -> !r.header(ReplyHeaders.CLASS).equals(ReplyHeaders.BOUNCE_CLASS)).toList();
        assertThat(notBounces).extracting(r -> r.leadId() + " " + r.header("In-Reply-To"))
                .containsExactlyInAnyOrderElementsOf(simulated.stream()
                        .map(r -> r.leadId() + " " + r.header("In-Reply-To")).toList());
        assertThat(simulated).anySatisfy(r -> assertThat(byId.get(r.header("In-Reply-To")).draft().step().number())
                .isEqualTo(3));
        for (Reply original : simulated) {
            Reply got = read.stream().filter(r -> r.leadId().equals(original.leadId())
                    && r.header("In-Reply-To").equals(original.header("In-Reply-To"))).findFirst().orElseThrow();
            assertThat(got.header(ReplyHeaders.THREAD)).isEqualTo("in-reply-to");
            assertThat(got.header(ReplyHeaders.CLASS)).isEqualTo(original.header(ReplyHeaders.CLASS));
            if (original.header(ReplyHeaders.CLASS).equals(ReplyHeaders.AUTO_REPLY)) {
                assertThat(got.header(ReplyHeaders.RETURN_DATE)).isEqualTo(original.header(ReplyHeaders.RETURN_DATE));
            }
        }
        assertThat(notBounces).anySatisfy(r -> assertThat(r.header(ReplyHeaders.RETURN_DATE)).isNotEmpty());

        List<Reply> bounced = read.stream()
                .filter(r -> r.header(ReplyHeaders.CLASS).equals(ReplyHeaders.BOUNCE_CLASS)).toList();
        assertThat(bounced).isNotEmpty().allSatisfy(r -> {
            assertThat(r.header(ReplyHeaders.BOUNCE)).isIn("hard 5.1.1", "soft 4.2.2");
            assertThat(r.header(ReplyHeaders.THREAD)).isEqualTo("bounce-message-id");
            assertThat(simulated).noneMatch(s -> s.leadId().equals(r.leadId()));
        });
        assertThat(bounces).allSatisfy(b -> assertThat(b.attributed()).isTrue());
    }

    @Test
    void aFollowUpReplyCarriesTheThreadInItsReferences() throws Exception {
        mailbox().deliver(sent);

        List<MimeMessage> toStep3 = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> header(m, "In-Reply-To").endsWith("-s3@seller.test>")).toList();

        assertThat(toStep3).isNotEmpty().allSatisfy(m -> {
            String lead = header(m, "In-Reply-To").replaceAll("<campaign-(L\\d+)-s3@seller.test>", "$1");
            assertThat(header(m, "References")).isEqualTo("<campaign-" + lead + "@seller.test> <campaign-" + lead
                    + "-s2@seller.test> <campaign-" + lead + "-s3@seller.test>");
            assertThat(m.getHeader("X-Campaign-Class")).isNull();
        });
    }

    @Test
    void deliveringTwiceGivesTheSameMessageIds() throws Exception {
        mailbox().deliver(sent);
        List<String> first = ids();
        mailbox().deliver(sent);
        List<String> all = ids();

        assertThat(first).doesNotHaveDuplicates().isNotEmpty();
        assertThat(all.subList(first.size(), all.size())).containsExactlyElementsOf(first);
    }

    private static List<String> ids() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(m -> header(m, "Message-ID")).toList();
    }

    private static String header(MimeMessage m, String name) {
        try {
            String[] v = m.getHeader(name);
            return v == null ? "" : MimeUtility.unfold(v[0]);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
