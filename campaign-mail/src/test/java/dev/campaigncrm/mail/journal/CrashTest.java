package dev.campaigncrm.mail.journal;

import dev.campaigncrm.send.journal.JournaledMailer;
import dev.campaigncrm.send.journal.SentFolder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.mail.ScriptedSmtpServer;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": a campaign sent from a child JVM, killed with SIGKILL at several points (some while the
 * server holds a message it has not yet answered) and re-run until it finishes, leaves exactly one message per lead
 * at the SMTP server, or names the few leads it cannot be sure about, which have at most one.
 */
class CrashTest {

    private static final int LEADS = 1000;
    private static final int THREADS = 4;
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void killedAtRandomPointsAndReRunEveryLeadGetsExactlyOneMessageOrIsNamedUncertain() throws Exception {
        Path journal = dir.resolve("send-journal.log");
        Random random = new Random(20260301L);
        AtomicReference<Process> child = new AtomicReference<>();
        AtomicInteger killAt = new AtomicInteger(Integer.MAX_VALUE);
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean holdReply = new AtomicBoolean();
        try (ScriptedSmtpServer server = ScriptedSmtpServer.acceptingAll()) {
            server.onArrival(message -> {
                if (server.received().size() >= killAt.get() && killed.compareAndSet(false, true)) {
                    Process p = child.get();
                    p.destroyForcibly();
                    if (holdReply.get()) { // the message is in, its 250 never goes out: the uncertain case
                        waitFor(p);
                    }
                }
            });

            for (int run = 0; run < KILLS; run++) {
                int before = server.received().size();
                killAt.set(before + 1 + random.nextInt(LEADS / (KILLS + 1)));
                killed.set(false);
                holdReply.set(run % 2 == 0);
                Process p = start(server.port(), journal, run);
                child.set(p);
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("run %d ended", run).isTrue();
                assertThat(killed).as("run %d was killed before it finished", run).isTrue();
                assertThat(p.exitValue()).isNotZero();
                assertThat(server.received().size()).as("run %d made progress", run).isGreaterThan(before);
            }
            killAt.set(Integer.MAX_VALUE);
            Process last = start(server.port(), journal, KILLS);
            child.set(last);
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).as(Files.readString(dir.resolve("child-" + KILLS + ".err"))).isZero();

            // A checking run over the same journal: it must send nothing and report every lead.
            int receivedBefore = server.received().size();
            Map<String, SendResult> results = runInProcess(server.port(), journal, Optional.empty());
            assertThat(server.received()).as("a re-run of a finished campaign sends nothing").hasSize(receivedBefore);

            Map<String, List<ScriptedSmtpServer.Received>> byRecipient = server.received().stream()
                    .collect(Collectors.groupingBy(ScriptedSmtpServer.Received::recipient));
            List<String> uncertain = new ArrayList<>();
            for (int i = 0; i < LEADS; i++) {
                SendResult r = results.get(CrashSender.leadId(i));
                List<ScriptedSmtpServer.Received> copies = byRecipient.getOrDefault(r.email(), List.of());
                if (r.status() == SendStatus.UNCERTAIN) {
                    uncertain.add(r.leadId());
                    assertThat(copies).as("uncertain %s", r.leadId()).hasSizeLessThanOrEqualTo(1);
                } else {
                    assertThat(r.status()).as("%s: %s", r.leadId(), r.error()).isEqualTo(SendStatus.SENT);
                    assertThat(copies).as("messages to %s", r.leadId()).singleElement()
                            .extracting(ScriptedSmtpServer.Received::messageId).isEqualTo(r.messageId());
                }
            }
            assertThat(uncertain).as("only leads in flight at a kill are uncertain")
                    .hasSizeLessThanOrEqualTo(KILLS * THREADS);
            assertThat(uncertain).as("the kills while the server held an unanswered message leave uncertain leads")
                    .isNotEmpty();

            // With a Sent folder to ask (here: what the server received), every uncertain lead is settled.
            Set<String> atServer = server.received().stream().map(ScriptedSmtpServer.Received::messageId)
                    .collect(Collectors.toSet());
            SentFolder everythingAccepted = new SentFolder() {
                @Override
                public SentFolder.Presence contains(String id) {
                    return atServer.contains(id) ? SentFolder.Presence.FOUND : SentFolder.Presence.NOT_FOUND;
                }

                @Override
                public boolean complete() {
                    return true; // the server's own record holds every accepted message
                }
            };
            Map<String, SendResult> settled = runInProcess(server.port(), journal, Optional.of(everythingAccepted));
            assertThat(settled.values()).allSatisfy(r -> assertThat(r.status()).isEqualTo(SendStatus.SENT));
            Map<String, Long> perRecipient = server.received().stream()
                    .collect(Collectors.groupingBy(ScriptedSmtpServer.Received::recipient, Collectors.counting()));
            assertThat(perRecipient).hasSize(LEADS).allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1L));
        }
    }

    private Process start(int port, Path journal, int run) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CrashSender.class.getName(), Integer.toString(port),
                journal.toString(), Integer.toString(LEADS), Integer.toString(THREADS));
        pb.redirectOutput(dir.resolve("child-" + run + ".out").toFile());
        pb.redirectError(dir.resolve("child-" + run + ".err").toFile());
        return pb.start();
    }

    private static Map<String, SendResult> runInProcess(int port, Path journal, Optional<SentFolder> folder) {
        JournaledMailer.Builder b = JournaledMailer.builder(CrashSender.smtp(port), journal, CrashSender.CAMPAIGN);
        folder.ifPresent(b::sentFolder);
        Map<String, SendResult> results = new HashMap<>();
        try (JournaledMailer m = b.build()) {
            for (int i = 0; i < LEADS; i++) {
                SendResult r = m.send(CrashSender.draft(i));
                results.put(r.leadId(), r);
            }
        }
        return results;
    }

    private static void waitFor(Process p) {
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
