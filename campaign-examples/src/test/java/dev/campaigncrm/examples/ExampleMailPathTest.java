package dev.campaigncrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.campaigncrm.csv.CsvCampaignArtifacts;
import dev.campaigncrm.mail.imap.SimulatedMailbox;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplySimulator;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example on the production mail path, as a team runs it: re-runs resume, phase two reads its replies over IMAP,
 * bounces and unsubscribes feed the suppression list, and the compliance options reach the messages received. Every
 * server is a GreenMail on loopback with dynamic ports.
 */
class ExampleMailPathTest {

    private static final Path SAMPLE = Path.of("..", "dataset", "leads.csv");
    private static final String AS_OF = "2026-11-24";
    private static final Pattern MAILBOX = Pattern.compile("mailbox: (\\d+) messages read, (\\d+) threaded to a lead,"
            + " unmatched mail (\\d+); (\\d+) human replies \\((\\d+) asking to unsubscribe\\), (\\d+) auto-replies"
            + " \\(out-of-office and other automatic mail\\), (\\d+) bounces \\(hard (\\d+), soft (\\d+)\\)");

    private final List<GreenMail> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(GreenMail::stop);
    }

    private GreenMail start(ServerSetup... setups) {
        GreenMail g = new GreenMail(setups);
        g.start();
        servers.add(g);
        return g;
    }

    private GreenMail smtpServer() {
        return start(ServerSetup.SMTP.dynamicPort());
    }

    private record Run(int code, String out, String err) {
        String all() {
            return out + "\n" + err;
        }
    }

    private static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CampaignApp.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String[] args(Path dir, GreenMail smtp, String... more) {
        List<String> a = new ArrayList<>(List.of("--leads", SAMPLE.toString(), "--workdir", dir.toString(),
                "--as-of", AS_OF, "--seed", "42", "--provider", "offline", "--smtp",
                "127.0.0.1:" + smtp.getSmtp().getPort()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void theSameCommandRunTwiceMailsEveryLeadOnceAndSaysWhatAnEarlierRunSent(@TempDir Path dir) throws Exception {
        GreenMail smtp = smtpServer();
        int leads = read(SAMPLE).size();

        Run first = run(Map.of(), args(dir, smtp));
        assertThat(first.code()).as(first.all()).isZero();
        List<NamedCsvRecord> firstStatus = read(dir.resolve("output/emails_sent_status.csv"));
        Run second = run(Map.of(), args(dir, smtp));
        assertThat(second.code()).as(second.all()).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(leads);
        assertThat(Arrays.stream(received).map(ExampleMailPathTest::recipient).distinct()).hasSize(leads);
        assertThat(first.out()).contains("sent " + leads + " (0 already sent by an earlier run, not sent again)");
        assertThat(second.out()).contains("Resuming: an earlier run of campaign-" + AS_OF + " already sent " + leads,
                "sent " + leads + " (" + leads + " already sent by an earlier run, not sent again)");
        assertThat(read(dir.resolve("output/emails_sent_status.csv")))
                .extracting(r -> r.getField("status") + " " + r.getField("message_id"))
                .containsExactlyElementsOf(firstStatus.stream()
                        .map(r -> r.getField("status") + " " + r.getField("message_id")).toList());
        assertThat(Arrays.stream(received).map(ExampleMailPathTest::messageId).collect(Collectors.toSet()))
                .isEqualTo(firstStatus.stream().map(r -> r.getField("message_id")).collect(Collectors.toSet()));
    }

    @Test
    void theSameCommandRunOnALaterDayResumesTheSameCampaignInsteadOfMailingEveryoneAgain(@TempDir Path dir)
            throws Exception {
        GreenMail smtp = smtpServer();
        int leads = read(SAMPLE).size();

        Run first = run(Map.of(), args(dir, smtp, "--phase", "1"));
        List<String> nextDay = new ArrayList<>(List.of(args(dir, smtp, "--phase", "1")));
        nextDay.set(nextDay.indexOf(AS_OF), "2026-12-01"); // the default campaign id would change with the date
        Run later = run(Map.of(), nextDay.toArray(String[]::new));

        assertThat(first.code()).as(first.all()).isZero();
        assertThat(later.code()).as(later.all()).isZero();
        assertThat(smtp.getReceivedMessages()).as("nobody mailed twice").hasSize(leads);
        assertThat(later.out()).contains("Campaign campaign-" + AS_OF + " ",
                "(" + leads + " already sent by an earlier run, not sent again)");
    }

    @Test
    void phaseTwoOnTheEmbeddedMailboxThreadsEveryReplyAndHardBouncesAreNotMailedByTheNextCampaign(@TempDir Path dir)
            throws Exception {
        GreenMail smtp = smtpServer();

        Run run = run(Map.of(), args(dir, smtp));

        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains("replies are simulated, delivered to an embedded mailbox and read over IMAP");
        Matcher m = MAILBOX.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        int read = group(m, 1);
        int threaded = group(m, 2);
        int hard = group(m, 8);
        assertThat(group(m, 3)).as("unmatched: only the newsletter no lead was sent").isEqualTo(1);
        assertThat(threaded).isEqualTo(read - 1);
        assertThat(group(m, 7)).as("bounces").isEqualTo(hard + group(m, 9));
        assertThat(hard).as("seed 42 makes hard bounces").isPositive();
        Map<String, String> suppressed = suppressions(dir.resolve("output/suppression.csv"));
        assertThat(suppressed.values()).filteredOn(r -> r.startsWith("hard bounce 5.")).hasSize(hard);
        assertThat(suppressed.values()).filteredOn(r -> r.equals("unsubscribed")).hasSize(group(m, 5));
        Map<String, NamedCsvRecord> fin = byEmail(read(dir.resolve("output/final.csv")));
        assertThat(suppressed.entrySet()).filteredOn(e -> e.getValue().startsWith("hard bounce"))
                .allSatisfy(e -> assertThat(fin.get(e.getKey()).getField("response_category")).isEqualTo("skip"));
        int mailed = smtp.getReceivedMessages().length;

        Run next = run(Map.of(), args(dir, smtp, "--campaign-id", "follow-up-1", "--phase", "1"));

        assertThat(next.code()).as(next.all()).isZero();
        assertThat(next.out()).contains("skipped " + suppressed.size() + " (suppressed " + suppressed.size());
        assertThat(smtp.getReceivedMessages()).hasSize(2 * mailed - suppressed.size());
        Map<String, Long> perRecipient = Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.groupingBy(ExampleMailPathTest::recipient, Collectors.counting()));
        perRecipient.forEach((email, count) -> assertThat(count).as(email)
                .isEqualTo(suppressed.containsKey(email) ? 1 : 2));
        Map<String, NamedCsvRecord> status = byEmail(read(dir.resolve("output/emails_sent_status.csv")));
        suppressed.forEach((email, reason) -> {
            assertThat(status.get(email).getField("status")).isEqualTo("skipped");
            assertThat(status.get(email).getField("error")).startsWith("suppressed: " + reason + " since ");
        });
    }

    @Test
    void phaseTwoReadsARealMailboxOverImapAndSeparatesOutOfOfficeBouncesAndHumanReplies(@TempDir Path dir)
            throws Exception {
        GreenMail mail = start(ServerSetup.dynamicPort(ServerSetup.SMTP_IMAP));
        String password = "imap-secret-for-tests";
        mail.setUser("alex@seller.test", "alex", password);
        Map<String, String> env = Map.of("SMTP_FROM", "Alex <alex@seller.test>", "IMAP_PASSWORD", password);
        Run one = run(env, args(dir, mail, "--phase", "1"));
        assertThat(one.code()).as(one.all()).isZero();
        List<Outreach> sent;
        try (CsvCampaignArtifacts files = CsvCampaignArtifacts.open(dir)) {
            sent = files.readPhaseOne();
        }
        List<Reply> simulated = ReplySimulator.seeded(7).collect(sent);
        SimulatedMailbox.Delivery delivered = SimulatedMailbox.builder().simulator(ReplySimulator.seeded(7))
                .smtp("127.0.0.1", mail.getSmtp().getPort()).mailbox("alex@seller.test").bounceRate(0.5).build()
                .deliver(sent);

        Run two = run(env, "--phase", "2", "--workdir", dir.toString(), "--provider", "offline", "--smtp",
                "127.0.0.1:" + mail.getSmtp().getPort(), "--imap",
                "imap://alex@127.0.0.1:" + mail.getImap().getPort() + "/INBOX");

        assertThat(two.code()).as(two.all()).isZero();
        assertThat(two.all()).doesNotContain(password);
        assertThat(two.out()).contains("replies are read over IMAP from imap://alex@127.0.0.1:");
        Matcher m = MAILBOX.matcher(two.out());
        assertThat(m.find()).as(two.out()).isTrue();
        int replies = delivered.humanReplies() + delivered.autoReplies() + delivered.bounces();
        assertThat(group(m, 1)).isEqualTo(replies + 1);
        assertThat(group(m, 2)).as("threaded: every delivered reply").isEqualTo(replies);
        assertThat(group(m, 3)).as("unmatched: the newsletter").isEqualTo(1);
        assertThat(group(m, 4)).isEqualTo(delivered.humanReplies());
        assertThat(group(m, 7)).isEqualTo(delivered.bounces()).isPositive();
        assertThat(delivered.autoReplies()).isPositive();

        Map<String, NamedCsvRecord> fin = byId(read(dir.resolve("output/final.csv")));
        Map<String, List<Reply>> byLead = simulated.stream().collect(Collectors.groupingBy(Reply::leadId));
        byLead.forEach((lead, rs) -> {
            boolean onlyOutOfOffice = rs.stream().allMatch(r -> !r.header("Auto-Submitted").isEmpty());
            assertThat(fin.get(lead).getField("reply_source")).isEqualTo("imap");
            assertThat(fin.get(lead).getField("response_category")).as(lead + " " + rs)
                    .matches(c -> onlyOutOfOffice == c.equals("skip"));
        });
        List<NamedCsvRecord> bounced = fin.values().stream().filter(r -> !byLead.containsKey(r.getField("id")))
                .filter(r -> !r.getField("reply").isEmpty()).toList();
        assertThat(bounced).as("leads whose only mail back is a bounce").hasSize(delivered.bounces())
                .allSatisfy(r -> assertThat(r.getField("response_category")).isEqualTo("skip"));
        Map<String, String> suppressed = suppressions(dir.resolve("output/suppression.csv"));
        List<String> hardBounced = suppressed.entrySet().stream().filter(e -> e.getValue().startsWith("hard bounce 5."))
                .map(Map.Entry::getKey).toList();
        assertThat(hardBounced).hasSize(group(m, 8)).isNotEmpty()
                .isSubsetOf(bounced.stream().map(r -> r.getField("email")).toList());
        assertThat(dir.resolve("output/imap_state.txt")).as("phase two reads the whole folder each time").doesNotExist();
    }

    @Test
    void aSuppressedAddressIsSkippedWithTheReasonAndNeverReachesTheServer(@TempDir Path dir) throws Exception {
        GreenMail smtp = smtpServer();
        String first = read(SAMPLE).get(0).getField("email");
        Path list = Files.writeString(dir.resolve("do-not-contact.csv"),
                "email,reason,added_at\n" + first.toUpperCase(java.util.Locale.ROOT)
                        + ",unsubscribed,2026-01-05T10:00:00Z\n");

        Run run = run(Map.of(), args(dir, smtp, "--phase", "1", "--suppression-file", list.toString()));

        assertThat(run.code()).as(run.all()).isZero();
        NamedCsvRecord row = byEmail(read(dir.resolve("output/emails_sent_status.csv"))).get(first);
        assertThat(row.getField("status")).isEqualTo("skipped");
        assertThat(row.getField("error")).isEqualTo("suppressed: unsubscribed since 2026-01-05");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ExampleMailPathTest::recipient))
                .hasSize(read(SAMPLE).size() - 1).doesNotContain(first);
        assertThat(run.out()).contains("skipped 1 (suppressed 1, outside the sending window 0, earlier stage failed 0)",
                "SKIPPED");
    }

    @Test
    void unsubscribeLinkPostalAddressAndReplyToReachEveryMessage(@TempDir Path dir) throws Exception {
        GreenMail smtp = smtpServer();
        String url = "https://seller.test/unsubscribe?email={email}";

        Run run = run(Map.of("SMTP_FROM", "Alex <alex@seller.test>"), args(dir, smtp, "--phase", "1",
                "--unsubscribe-url", url, "--unsubscribe-mail", "unsubscribe@seller.test",
                "--postal-address", "Northwind Analytics, 1 Harbour Street, Springfield 01101",
                "--reply-to", "Alex <replies@seller.test>", "--rate", "1000"));

        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains("(throttled: ");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(read(SAMPLE).size());
        for (MimeMessage m : received) {
            String link = "https://seller.test/unsubscribe?email=" + URLEncoder.encode(recipient(m),
                    StandardCharsets.UTF_8);
            assertThat(m.getHeader("List-Unsubscribe", null).replaceAll("\\s+", " "))
                    .isEqualTo("<mailto:unsubscribe@seller.test>, <" + link + ">");
            assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(((InternetAddress) m.getReplyTo()[0]).getAddress()).isEqualTo("replies@seller.test");
            assertThat(((String) m.getContent()).replace("\r\n", "\n"))
                    .endsWith("\n-- \nNorthwind Analytics, 1 Harbour Street, Springfield 01101\n"
                            + "Not interested? Unsubscribe here: " + link);
        }
    }

    @Test
    void imapWithoutItsPasswordIsOneClearErrorAndABadImapUriIsAUsageError(@TempDir Path dir) {
        Run missing = run(Map.of(), "--phase", "2", "--workdir", dir.toString(), "--imap",
                "imaps://me@imap.example.org:993/INBOX");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("IMAP_PASSWORD");

        Run bad = run(Map.of(), "--imap", "imaps://me:hunter2-secret@imap.example.org/INBOX");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--imap must be like").doesNotContain("hunter2-secret");
    }

    private static int group(Matcher m, int i) {
        return Integer.parseInt(m.group(i));
    }

    private static Map<String, String> suppressions(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(","))
                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
    }

    private static Map<String, NamedCsvRecord> byEmail(List<NamedCsvRecord> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.getField("email").toLowerCase(java.util.Locale.ROOT),
                Function.identity(), (a, b) -> a, HashMap::new));
    }

    private static Map<String, NamedCsvRecord> byId(List<NamedCsvRecord> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.getField("id"), Function.identity()));
    }

    private static List<NamedCsvRecord> read(Path file) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            return reader.stream().toList();
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return ((InternetAddress) m.getAllRecipients()[0]).getAddress().toLowerCase(java.util.Locale.ROOT);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
