package dev.campaigncrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's sequence, as a team runs it: {@code --follow-ups 3,7} with the same command on later {@code --as-of}
 * days in one working directory, the state in the default SQLite file, simulated replies read over IMAP before each
 * run sends.
 */
class ExampleSequenceTest {

    private static final Path SAMPLE = Path.of("..", "dataset", "leads.csv");

    private GreenMail smtp;

    @BeforeEach
    void startServer() {
        smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(Path dir, String asOf, String... more) {
        List<String> args = new ArrayList<>(List.of("--leads", SAMPLE.toString(), "--workdir", dir.toString(),
                "--as-of", asOf, "--seed", "42", "--smtp", "127.0.0.1:" + smtp.getSmtp().getPort(),
                "--follow-ups", "3,7",
                // enough simulated leads answer for the test to see follow-ups withheld from them
                "--reply-rate", "30%"));
        args.addAll(List.of(more));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CampaignApp.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void followUpsGoOutOnTheirDaysOnlyToLeadsWhoHaveNotAnsweredAndTheSameDayTwiceSendsNothing(@TempDir Path dir)
            throws Exception {
        Run day0 = run(dir, "2026-11-02");
        assertThat(day0.code()).as(day0.err()).isZero();
        int firsts = smtp.getReceivedMessages().length;
        assertThat(firsts).isGreaterThan(40);
        assertThat(day0.out()).contains("this run (as of 2026-11-02) sent " + firsts + " messages",
                "the first due on 2026-11-05");
        assertThat(dir.resolve("output/campaign.db")).isNotEmptyFile();

        Run day1 = run(dir, "2026-11-03");
        assertThat(day1.code()).as(day1.err()).isZero();
        assertThat(smtp.getReceivedMessages()).as("nothing is due on day 1").hasSize(firsts);

        Run day3 = run(dir, "2026-11-05");
        assertThat(day3.code()).as(day3.err()).isZero();
        List<MimeMessage> all = List.of(smtp.getReceivedMessages());
        List<MimeMessage> followUps = sentOn(all, "2026-11-05");
        assertThat(sentOn(all, "2026-11-02")).hasSize(firsts);
        assertThat(followUps).isNotEmpty();
        Map<String, List<MimeMessage>> byRecipient = byRecipient(all);
        for (MimeMessage f : followUps) {
            MimeMessage first = byRecipient.get(recipient(f)).get(0);
            assertThat(f.getSubject()).as(describe(byRecipient.get(recipient(f))))
                    .isEqualTo("Re: " + first.getSubject());
            assertThat(f.getHeader("In-Reply-To", null)).isEqualTo(first.getMessageID());
        }

        Map<String, NamedCsvRecord> fin = finalRows(dir);
        Set<String> answeredBeforeDay3 = fin.values().stream()
                .filter(r -> r.getField("sequence_state").equals("replied"))
                .map(r -> r.getField("email").toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        assertThat(answeredBeforeDay3).as("some simulated leads answer the first email").isNotEmpty();
        assertThat(followUps.stream().map(ExampleSequenceTest::recipient))
                .as("a lead whose reply arrived before the run gets no follow-up (replies are read first)")
                .doesNotContainAnyElementsOf(answeredBeforeDay3);

        Run again = run(dir, "2026-11-05");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(smtp.getReceivedMessages()).as("the same day run twice sends nothing").hasSize(all.size());
        assertThat(again.out()).contains("this run (as of 2026-11-05) sent 0 messages");

        Run day7 = run(dir, "2026-11-09");
        assertThat(day7.code()).as(day7.err()).isZero();
        MimeMessage[] afterDay7 = smtp.getReceivedMessages();
        assertThat(afterDay7.length).isGreaterThan(all.size());
        for (List<MimeMessage> thread : byRecipient(List.of(afterDay7)).values()) {
            assertThat(thread.size()).as("at most three steps per lead").isLessThanOrEqualTo(3);
            boolean retry = thread.size() == 3 && java.util.Objects.equals(thread.get(2).getHeader("In-Reply-To", null),
                    thread.get(1).getHeader("In-Reply-To", null));
            if (thread.size() == 3 && !retry) {
                // three steps (a soft bounce's retry of step 2 answers step 1 again, like step 2 itself)
                assertThat(thread.get(2).getHeader("References", " ").split("\\s+"))
                        .containsExactly(thread.get(0).getMessageID(), thread.get(1).getMessageID());
            }
        }
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(
                dir.resolve("output/emails_sent_status.csv"))) {
            Map<String, Long> steps = csv.stream().filter(r -> r.getField("status").equals("sent"))
                    .collect(Collectors.groupingBy(r -> r.getField("step"), Collectors.counting()));
            assertThat(steps.keySet()).containsExactlyInAnyOrder("1", "2", "3");
            assertThat(steps.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(afterDay7.length);
        }
        assertThat(finalRows(dir).values()).extracting(r -> r.getField("sequence_state"))
                .contains("replied", "finished");
        assertThat(day7.out()).contains("step 3: sent ", "sequence states: ");
        assertThat(dir.resolve("report/campaign_report.md")).content().contains("## Sequence");
    }

    @Test
    void withAStoreTheRateAndThePerDomainCapAreCountedInTheStoreForAllWorkers(@TempDir Path dir) throws Exception {
        Run run = run(dir, "2026-11-02", "--rate", "1000", "--per-domain", "1000/1h");
        assertThat(run.code()).as(run.err()).isZero();
        int sent = smtp.getReceivedMessages().length;

        Map<String, Integer> used = new HashMap<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                "jdbc:sqlite:" + dir.resolve("output/campaign.db"));
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "SELECT scope, SUM(used) FROM send_slots GROUP BY scope")) {
            while (rs.next()) {
                used.merge(rs.getString(1).startsWith("domain:") ? "domain" : rs.getString(1), rs.getInt(2),
                        Integer::sum);
            }
        }
        assertThat(sent).isGreaterThan(40);
        assertThat(used).as("every message took a slot of the shared rate and of its domain's cap")
                .containsEntry("rate", sent).containsEntry("domain", sent);
    }

    @Test
    void aWorkdirThatSentOneEmailPerLeadRefusesToStartASequenceUnderTheSameCampaign(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int oneShot = CampaignApp.run(new String[] {"--leads", SAMPLE.toString(), "--workdir", dir.toString(),
                        "--as-of", "2026-11-02", "--smtp", "127.0.0.1:" + smtp.getSmtp().getPort()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        assertThat(oneShot).as(err.toString(StandardCharsets.UTF_8)).isZero();
        int sent = smtp.getReceivedMessages().length;

        Run sequence = run(dir, "2026-11-05");
        assertThat(sequence.code()).isEqualTo(1);
        assertThat(sequence.err()).contains("was sent as one email per lead", "--campaign-id");
        assertThat(smtp.getReceivedMessages()).as("nobody is mailed again").hasSize(sent);
    }

    @Test
    void sequenceOptionsAreCheckedBeforeAnythingRuns() {
        assertThat(usageError("--follow-ups", "7,3")).contains("--follow-ups", "'7,3'");
        assertThat(usageError("--follow-ups", "soon")).contains("--follow-ups", "'soon'");
        assertThat(usageError("--store", "mysql://db/crm")).contains("--store", "jdbc:postgresql://");
        assertThat(usageError("--store", "jdbc:mysql://db/crm?password=hunter2")).doesNotContain("hunter2");
        assertThat(usageError("--follow-ups", "3", "--phase", "1")).contains("--phase does not apply");
    }

    private static String usageError(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CampaignApp.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        assertThat(code).isEqualTo(2);
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, NamedCsvRecord> finalRows(Path dir) throws IOException {
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(dir.resolve("output/final.csv"))) {
            return csv.stream().collect(Collectors.toMap(r -> r.getField("id"), r -> r, (a, b) -> a,
                    HashMap::new));
        }
    }

    private static Map<String, List<MimeMessage>> byRecipient(List<MimeMessage> messages) {
        Map<String, List<MimeMessage>> m = new HashMap<>();
        for (MimeMessage x : messages) {
            m.computeIfAbsent(recipient(x), k -> new ArrayList<>()).add(x);
        }
        return m;
    }

    /** The messages whose Date is on {@code day} (the mailer's clock is the run's as-of day). */
    private static List<MimeMessage> sentOn(List<MimeMessage> messages, String day) {
        return messages.stream().filter(m -> {
            try {
                return m.getSentDate().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString()
                        .equals(day);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String describe(List<MimeMessage> thread) {
        StringBuilder b = new StringBuilder();
        for (MimeMessage m : thread) {
            try {
                b.append(m.getSubject()).append(" | ").append(m.getMessageID()).append(" | ")
                        .append(m.getHeader("In-Reply-To", null)).append(" | ").append(m.getSentDate()).append('\n');
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return b.toString();
    }

    private static String recipient(MimeMessage m) {
        try {
            return ((InternetAddress) m.getAllRecipients()[0]).getAddress().toLowerCase(java.util.Locale.ROOT);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
