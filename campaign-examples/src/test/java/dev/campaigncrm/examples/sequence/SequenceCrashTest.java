package dev.campaigncrm.examples.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.campaigncrm.mail.ScriptedSmtpServer;
import dev.campaigncrm.mail.ScriptedSmtpServer.Received;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.send.SendStatus;
import dev.campaigncrm.send.journal.JournalEvent;
import dev.campaigncrm.send.journal.JournalRecord;
import dev.campaigncrm.sequence.LeadProgress;
import dev.campaigncrm.sequence.SequenceMessage;
import dev.campaigncrm.sequence.SequenceState;
import dev.campaigncrm.store.CampaignStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's crash test: the {@link CrashCampaign} (a 3-step sequence over a few hundred leads) advanced day by day
 * (0, then the follow-up days 3 and 7) in a child JVM ({@link CrashDayRun}) that is killed with SIGKILL at seeded
 * points — when the test's SMTP server has received a seeded number of messages, half the time while it holds the
 * last one unanswered — and each day re-run until a run completes. Then every (lead, step) arrived at the server at
 * most once (by its derived Message-ID), every step due by the end was sent once or is recorded uncertain in the
 * store, nothing recorded as sent is missing at the server, and the follow-ups went out. Subclasses give the store.
 */
abstract class SequenceCrashTest {

    private static final long SEED = 20261102L;
    /** The run days, counted from {@link CrashCampaign#DAY0}: step {@code n} goes on {@code DAYS[n - 1]}. */
    private static final int[] DAYS = {0, 3, 7};
    /** How many runs of each day are killed before one completes. */
    private static final int[] KILLS = {2, 3, 3};
    /** A kill comes within this many arrivals of its run's start: a day's kills together stay short of its sends. */
    private static final int SPAN = 60;

    @TempDir
    Path dir;

    /** The JDBC URL of a fresh store that the child runs open. */
    abstract String storeUrl();

    /** Variables the child runs need besides the inherited ones (e.g. {@code PGUSER}). */
    Map<String, String> storeEnvironment() {
        return Map.of();
    }

    /** The store at {@link #storeUrl()}, for the checks once no child runs. */
    abstract CampaignStore openStore();

    /** Days 0, 3 and 7, each killed a few times and re-run: every (lead, step) at most once at the server. */
    @Test
    void killedDuringFollowUpsEveryLeadStepIsSentAtMostOnce() throws Exception {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        List<Kill> kills = new ArrayList<>();
        Map<Integer, List<Received>> arrivals = new TreeMap<>();
        List<Received> received;
        try (ScriptedSmtpServer server = ScriptedSmtpServer.acceptingAll()) {
            Killer killer = new Killer(server);
            server.onArrival(killer);
            for (int d = 0; d < DAYS.length; d++) {
                int first = server.received().size();
                for (int k = 0; k < KILLS[d]; k++) {
                    boolean hold = k % 2 == 0;
                    killer.arm(server.received().size() + 1 + random.nextInt(SPAN), hold);
                    Process p = start(server.port(), DAYS[d], "day" + DAYS[d] + "-kill" + k);
                    killer.watch(p);
                    awaitEnd(p);
                    Received trigger = killer.disarm();
                    assertThat(trigger).as("day %d run %d was killed before it finished", DAYS[d], k).isNotNull();
                    assertThat(p.exitValue()).isNotZero();
                    kills.add(new Kill(DAYS[d], hold, trigger));
                }
                runToCompletion(server.port(), DAYS[d], "day" + DAYS[d]);
                arrivals.put(d + 1, List.copyOf(server.received().subList(first, server.received().size())));
            }
            int before = server.received().size();
            runToCompletion(server.port(), DAYS[DAYS.length - 1], "again");
            assertThat(server.received()).as("the last day run again sends nothing").hasSize(before);
            received = List.copyOf(server.received());
        }

        Map<Step, String> ids = derivedIds();
        Map<String, Step> steps = ids.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        Map<String, Long> copies = received.stream()
                .collect(Collectors.groupingBy(Received::messageId, TreeMap::new, Collectors.counting()));
        assertThat(copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("(lead, step) messages that arrived more than once").isEmpty();
        for (Received r : received) {
            Step s = steps.get(r.messageId());
            assertThat(s).as("a message of the campaign: %s", r.messageId()).isNotNull();
            assertThat(r.recipient()).as("recipient of %s", s).isEqualTo(CrashCampaign.email(s.lead()));
            List<String> thread = IntStream.range(1, s.step()).mapToObj(k -> ids.get(new Step(s.lead(), k))).toList();
            assertThat(references(r.content())).as("threaded to the earlier steps: %s", s).isEqualTo(thread);
        }
        arrivals.forEach((step, list) -> assertThat(list).as("arrivals on the day of step %d", step)
                .allSatisfy(r -> assertThat(steps.get(r.messageId()).step()).isEqualTo(step)));
        for (Kill k : kills) {
            assertThat(steps.get(k.trigger().messageId()).step()).as("the kill on day %d hit that day's step", k.day())
                    .isEqualTo(indexOfDay(k.day()) + 1);
        }

        Outcome outcome;
        try (CampaignStore store = openStore()) {
            outcome = checkStore(store, copies, ids);
        }
        for (Kill k : kills) {
            if (k.hold()) {
                assertThat(outcome.uncertain()).as("the message held unanswered at a kill is named uncertain")
                        .contains(steps.get(k.trigger().messageId()));
            }
        }
        long holds = kills.stream().filter(Kill::hold).count();
        assertThat(outcome.uncertain()).as("uncertain (lead, step)s: at least the held ones, at most those in flight")
                .hasSizeGreaterThanOrEqualTo((int) holds)
                .hasSizeLessThanOrEqualTo(kills.size() * CrashCampaign.CONCURRENCY);
        int[] due = new int[DAYS.length + 1];
        for (int i = 0; i < CrashCampaign.LEADS; i++) {
            for (int s = 1; s <= CrashCampaign.lastStep(i); s++) {
                due[s]++;
            }
        }
        for (int s = 2; s <= DAYS.length; s++) {
            assertThat(outcome.sent()[s]).as("step %d reached the server for the leads still active", s)
                    .isGreaterThanOrEqualTo(due[s] - outcome.uncertain().size());
        }
        System.out.printf(Locale.ROOT, "%s: %d kills (%d holding a message; by day %s), %d messages at the server "
                        + "(steps %d/%d/%d), %d uncertain %s, %.1f s%n", getClass().getSimpleName(), kills.size(),
                holds, kills.stream().collect(Collectors.groupingBy(Kill::day, TreeMap::new, Collectors.counting())),
                received.size(),
                outcome.sent()[1], outcome.sent()[2], outcome.sent()[3], outcome.uncertain().size(),
                outcome.uncertain(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * Walks every lead's steps in the store: each step due by the end is sent (once at the server, under its derived
     * id) or uncertain (at most once at the server, and nothing after it); the ledger's sends are all at the server.
     */
    private static Outcome checkStore(CampaignStore store, Map<String, Long> copies, Map<Step, String> ids) {
        Map<Step, SequenceMessage> stored = new HashMap<>();
        for (SequenceMessage m : store.messages(CrashCampaign.ID)) {
            assertThat(m.attempt()).as("no retries in this campaign: %s", m.leadId()).isEqualTo(1);
            stored.put(new Step(CrashCampaign.indexOf(m.leadId()), m.step()), m);
        }
        Map<String, LeadProgress> states = store.progress(CrashCampaign.ID);
        List<Step> uncertain = new ArrayList<>();
        int[] sent = new int[DAYS.length + 1];
        for (int i = 0; i < CrashCampaign.LEADS; i++) {
            boolean blocked = false;
            for (int s = 1; s <= DAYS.length; s++) {
                Step step = new Step(i, s);
                SequenceMessage m = stored.get(step);
                String id = ids.get(step);
                if (blocked || s > CrashCampaign.lastStep(i)) {
                    assertThat(m).as("%s is not due", step).isNull();
                    assertThat(copies).as("%s is not due", step).doesNotContainKey(id);
                    continue;
                }
                assertThat(m).as("%s is due by the end", step).isNotNull();
                if (m.send().status() == SendStatus.SENT) {
                    assertThat(m.send().messageId()).as("%s", step).isEqualTo(id);
                    assertThat(copies.get(id)).as("%s sent once at the server", step).isEqualTo(1L);
                    sent[s]++;
                } else {
                    assertThat(m.send().status()).as("%s: %s", step, m.send().error()).isEqualTo(SendStatus.UNCERTAIN);
                    assertThat(m.send().error()).as("%s says why it is uncertain", step).isNotBlank();
                    assertThat(copies.getOrDefault(id, 0L)).as("uncertain %s at the server", step).isLessThanOrEqualTo(1L);
                    assertThat(store.ledger().latest(CrashCampaign.ID, CrashCampaign.leadId(i), s, 1))
                            .as("the ledger of uncertain %s", step).get().extracting(JournalRecord::event)
                            .isIn(JournalEvent.INTENT, JournalEvent.UNCERTAIN);
                    uncertain.add(step);
                    blocked = true;
                }
            }
            SequenceState expected = blocked ? SequenceState.ACTIVE
                    : CrashCampaign.lastStep(i) < DAYS.length ? SequenceState.REPLIED : SequenceState.FINISHED;
            assertThat(states.get(CrashCampaign.leadId(i)).state()).as("state of %s", CrashCampaign.leadId(i))
                    .isEqualTo(expected);
        }
        for (JournalRecord r : store.ledger().records()) {
            if (r.event() == JournalEvent.SENT) {
                assertThat(copies).as("recorded sent: %s step %d", r.leadId(), r.step()).containsKey(r.messageId());
            }
        }
        return new Outcome(sent, uncertain);
    }

    /** The Message-ID the mailer derives for every (lead, step) of the campaign. */
    private static Map<Step, String> derivedIds() {
        Map<Step, String> ids = new HashMap<>();
        try (SmtpMailer mailer = CrashCampaign.smtp(1, CrashCampaign.clockOn(CrashCampaign.DAY0))) {
            for (int i = 0; i < CrashCampaign.LEADS; i++) {
                for (int s = 1; s <= DAYS.length; s++) {
                    ids.put(new Step(i, s), CrashCampaign.messageId(mailer, i, s));
                }
            }
        }
        return ids;
    }

    /** The Message-IDs of a received message's {@code References} header, in order; empty without one. */
    static List<String> references(String content) {
        String headers = content.split("\n\n", 2)[0].replaceAll("\n[ \t]+", " ");
        for (String line : headers.split("\n")) {
            if (line.regionMatches(true, 0, "References:", 0, 11)) {
                return List.of(line.substring(11).strip().split("\\s+"));
            }
        }
        return List.of();
    }

    /** The position of a run day in {@link #DAYS}. */
    private static int indexOfDay(int day) {
        for (int d = 0; d < DAYS.length; d++) {
            if (DAYS[d] == day) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a run day: " + day);
    }

    /** Runs a day in a child that is not killed; it must complete. */
    private void runToCompletion(int port, int day, String name) throws Exception {
        Process p = start(port, day, name);
        awaitEnd(p);
        assertThat(p.exitValue()).as("run %s: %s", name, Files.readString(dir.resolve(name + ".err"))).isZero();
        assertThat(Files.readString(dir.resolve(name + ".out"))).startsWith("DONE day " + day);
    }

    /** Starts a child run of {@code day}, its output in {@code name.out} and {@code name.err}. */
    private Process start(int port, int day, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                CrashDayRun.class.getName(), Integer.toString(port), storeUrl(), Integer.toString(day));
        pb.environment().putAll(storeEnvironment());
        pb.redirectOutput(dir.resolve(name + ".out").toFile());
        pb.redirectError(dir.resolve(name + ".err").toFile());
        return pb.start();
    }

    /** Waits for the child; a child that hangs is killed and fails the test (a guard, not a timing check). */
    private static void awaitEnd(Process p) throws InterruptedException {
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            fail("a child run hung");
        }
    }

    /** One step of one lead. */
    record Step(int lead, int step) {
        /** E.g. {@code L007 step 2}. */
        @Override
        public String toString() {
            return CrashCampaign.leadId(lead) + " step " + step;
        }
    }

    /** A kill: the run day, whether the server held the message that triggered it, and that message. */
    private record Kill(int day, boolean hold, Received trigger) {
    }

    /** What the store walk found: messages sent per step (index = step) and the uncertain steps. */
    private record Outcome(int[] sent, List<Step> uncertain) {
    }

    /**
     * The server's arrival hook: once an armed number of messages has arrived, kills the watched child with SIGKILL
     * and, when asked to hold, answers the message that triggered it only after the child is dead.
     */
    private static final class Killer implements Consumer<Received> {

        private final ScriptedSmtpServer server;
        private final AtomicReference<Process> child = new AtomicReference<>();
        private final AtomicReference<Received> trigger = new AtomicReference<>();
        private volatile int killAt = Integer.MAX_VALUE;
        private volatile boolean hold;

        Killer(ScriptedSmtpServer server) {
            this.server = server;
        }

        /** Kills at the {@code at}-th arrival (counted since the server started). */
        void arm(int at, boolean holdReply) {
            trigger.set(null);
            hold = holdReply;
            killAt = at;
        }

        /** The child to kill. */
        void watch(Process p) {
            child.set(p);
        }

        /** Stops killing; the message that triggered the kill, or null when none did. */
        Received disarm() {
            killAt = Integer.MAX_VALUE;
            child.set(null);
            return trigger.get();
        }

        /** Kills when the armed count is reached (once per arming). */
        @Override
        public void accept(Received r) {
            if (server.received().size() < killAt || !trigger.compareAndSet(null, r)) {
                return;
            }
            Process p;
            while ((p = child.get()) == null) {
                Thread.onSpinWait();
            }
            p.destroyForcibly();
            if (hold) {
                try {
                    p.waitFor(); // the message is in, its 250 never reaches the child: the uncertain case
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
