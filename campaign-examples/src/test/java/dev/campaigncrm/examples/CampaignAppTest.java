package dev.campaigncrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example's command line, as a team runs it. */
class CampaignAppTest {

    private static final Path SAMPLE = Path.of("..", "dataset", "leads.csv");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return CampaignApp.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsBothPhasesOnTheSampleLeadsAgainstTheGivenServer(@TempDir Path dir) throws IOException {
        GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
        try {
            int code = run(Map.of(), "--leads", SAMPLE.toString(), "--workdir", dir.toString(), "--as-of",
                    "2026-11-24", "--seed", "42", "--smtp", "127.0.0.1:" + smtp.getSmtp().getPort());

            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            long leads = Files.readAllLines(SAMPLE).stream().skip(1).filter(l -> l.contains("@")).count();
            assertThat(smtp.getReceivedMessages()).hasSize((int) leads);
            assertThat(stdout()).contains("Summary", "Two sample emails", "Subject: ", "sent");
            for (String f : new String[] {"output/analyzed_leads.csv", "output/emails_generated.csv",
                    "output/emails_sent_status.csv", "output/emails_with_replies.csv", "output/final.csv",
                    "output/rejected_leads.csv", "report/final.csv", "report/campaign_report.md",
                    "report/campaign_report.html"}) {
                assertThat(dir.resolve(f)).as(f).isNotEmptyFile();
            }
        } finally {
            smtp.stop();
        }
    }

    @Test
    void phaseTwoRunsLaterFromTheFilesPhaseOneWrote(@TempDir Path dir) {
        GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
        try {
            String server = "127.0.0.1:" + smtp.getSmtp().getPort();
            assertThat(run(Map.of(), "--phase", "1", "--leads", SAMPLE.toString(), "--workdir", dir.toString(),
                    "--as-of", "2026-11-24", "--smtp", server)).isZero();
            assertThat(dir.resolve("report/campaign_report.md")).doesNotExist();
            int sent = smtp.getReceivedMessages().length;

            assertThat(run(Map.of(), "--phase", "2", "--workdir", dir.toString(), "--seed", "42")).isZero();
            assertThat(dir.resolve("report/campaign_report.md")).isNotEmptyFile();
            assertThat(smtp.getReceivedMessages()).as("phase two sends nothing").hasSize(sent);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void startsAnEmbeddedServerWhenNoneIsNamedOrListening(@TempDir Path dir) {
        assumeFalse(listening(1025), "something listens on localhost:1025; the embedded server is not needed");

        int code = run(Map.of(), "--leads", SAMPLE.toString(), "--workdir", dir.toString(), "--as-of", "2026-11-24");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(stdout()).contains("started an embedded SMTP server").containsPattern("received \\d+ messages");
    }

    @Test
    void aNamedPresetIsUsedNotReplacedByTheEmbeddedServer(@TempDir Path dir) {
        assumeFalse(listening(1025), "something listens on localhost:1025");

        int code = run(Map.of("SMTP_PRESET", "mailhog"), "--leads", SAMPLE.toString(), "--workdir", dir.toString(),
                "--as-of", "2026-11-24");

        assertThat(code).isEqualTo(1);
        assertThat(stdout()).doesNotContain("started an embedded SMTP server");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("localhost:1025");
    }

    @Test
    void classifiesReplyFilesAndPrintsCsv(@TempDir Path dir) throws IOException {
        Path ooo = Files.writeString(dir.resolve("ooo.eml"), """
                From: Priya <priya@medcore-health.test>
                To: alex@seller.test
                Subject: Automatic reply: Your forecast
                Auto-Submitted: auto-replied
                Content-Type: text/plain; charset=UTF-8

                I am out of the office until December 2 with limited access to email.
                """.replace("\n", "\r\n"));
        Path yes = Files.writeString(dir.resolve("yes.txt"), "Yes, let's set up a call next week. Tuesday works.");
        Path no = Files.writeString(dir.resolve("no.txt"), "No thanks, we are not interested.");

        int code = run(Map.of(), "classify", ooo.toString(), yes.toString(), no.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String[] lines = stdout().strip().split("\\R");
        assertThat(lines[0]).isEqualTo("file,category,confidence,rationale");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith(ooo + ",skip,");
        assertThat(lines[2]).startsWith(yes + ",interested,");
        assertThat(lines[3]).startsWith(no + ",not_interested,");
    }

    @Test
    void badOptionsExplainThemselvesWithExitCodeTwo() {
        assertThat(run(Map.of(), "--as-of", "yesterday")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--as-of must be a date like 2026-11-24");
        assertThat(run(Map.of(), "--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option: '--bogus'", "Usage:");
    }

    @Test
    void aMissingLeadFileIsOneClearErrorWithExitCodeOne(@TempDir Path dir) {
        GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
        try {
            int code = run(Map.of(), "--leads", dir.resolve("nope.csv").toString(), "--workdir", dir.toString(),
                    "--smtp", "127.0.0.1:" + smtp.getSmtp().getPort());

            assertThat(code).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: Lead file not found")
                    .contains("nope.csv");
        } finally {
            smtp.stop();
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
