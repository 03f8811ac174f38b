package dev.campaigncrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.campaigncrm.llm.testing.FakeGeminiServer;
import dev.campaigncrm.llm.testing.FakeReply;
import dev.campaigncrm.llm.testing.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's AI wiring end to end: the app with {@code GOOGLE_API_KEY} in its environment map talks to a fake
 * Gemini on loopback for analysis, emails, reply classification and the report's narrative, and every artifact says
 * who produced what; on 429s it falls back to the offline model with the reason; without a key it stays offline.
 */
class ExampleAiProvidersTest {

    private static final String KEY = "test-key-123";
    private static final String GEMINI = "gemini:gemini-2.5-flash";
    private static final String OFFLINE_CLASSIFIER = "offline:all-minilm-l6-v2-q";
    /** The provider's default of 10 requests per minute would make the test wait; the fake has no limit. */
    private static final String RPM = "600";
    /**
     * The simulator's seed: with the fake's analyses it gives this fixture's leads out-of-office auto-replies, which
     * the certain rules settle without the model, next to replies from people, which the model classifies.
     */
    private static final String SEED = "13";
    private static final String REPLY_RATE = "60%";

    private GreenMail smtp;
    private FakeGeminiServer gemini;
    private final FakeGeminiAnswers answers = new FakeGeminiAnswers();

    /** What one run of the app printed and returned. */
    private record Run(int code, String out, String err, String logs) {
        String all() {
            return out + err + logs;
        }
    }

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
        gemini = FakeGeminiServer.start();
        gemini.respondWith(answers);
    }

    @AfterEach
    void stop() {
        gemini.close();
        smtp.stop();
    }

    @Test
    void withAKeyGeminiProducesEverythingAndTheKeyIsNeverWritten(@TempDir Path dir) throws Exception {
        Run run = run(geminiEnv(), dir);

        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains("AI: " + GEMINI + ", then offline")
                .as("without a store the cap holds per process").doesNotContain("for all the workers");
        int leads = leadCount();
        assertThat(answers.count("analysis")).isEqualTo(leads);
        assertThat(answers.count("draft")).isEqualTo(leads);
        assertThat(answers.count("narrative")).isEqualTo(1);

        List<NamedCsvRecord> analyzed = read(dir.resolve("output/analyzed_leads.csv"));
        assertThat(analyzed).hasSize(leads).allSatisfy(r -> {
            assertThat(r.getField("ai_source")).isEqualTo(GEMINI);
            assertThat(r.getField("ai_fallback_reason")).isEmpty();
            assertThat(r.getField("persona_reason")).isEqualTo(FakeGeminiAnswers.PERSONA_REASON);
        });
        List<NamedCsvRecord> emails = read(dir.resolve("output/emails_generated.csv"));
        assertThat(emails).hasSize(leads).allSatisfy(r -> {
            assertThat(r.getField("ai_source")).isEqualTo(GEMINI);
            assertThat(r.getField("ai_fallback_reason")).isEmpty();
            assertThat(r.getField("subject")).isEqualTo(FakeGeminiAnswers.SUBJECT);
        });
        assertThat(smtp.getReceivedMessages()).hasSize(leads)
                .allSatisfy(m -> assertThat(m.getSubject()).isEqualTo(FakeGeminiAnswers.SUBJECT));

        List<NamedCsvRecord> fin = read(dir.resolve("output/final.csv"));
        assertThat(fin).hasSize(leads).allSatisfy(r -> {
            assertThat(r.getField("ai_source")).isEqualTo(GEMINI);
            assertThat(r.getField("ai_fallback_reason")).isEmpty();
        });
        List<NamedCsvRecord> replied = fin.stream().filter(r -> !r.getField("reply").isEmpty()).toList();
        List<NamedCsvRecord> byRules = replied.stream()
                .filter(r -> r.getField("response_ai_source").equals("rules")).toList();
        List<NamedCsvRecord> byModel = replied.stream()
                .filter(r -> !r.getField("response_ai_source").equals("rules")).toList();
        assertThat(byRules).as("auto-replies are settled by the certain rules (seed " + SEED + ")")
                .anyMatch(r -> r.getField("response_category").equals("skip"))
                .allSatisfy(r -> {
                    assertThat(r.getField("response_category")).as("only a certain skip or decline bypasses the model")
                            .isIn("skip", "not_interested");
                    assertThat(Double.parseDouble(r.getField("response_confidence"))).isGreaterThanOrEqualTo(0.95);
                    assertThat(answers.repliesSeen()).noneMatch(t -> t.contains(firstLine(r.getField("reply"))));
                });
        assertThat(byModel).as("replies from people go to the model").isNotEmpty().allSatisfy(r -> {
            assertThat(r.getField("response_ai_source")).isEqualTo(GEMINI);
            assertThat(r.getField("response_rationale")).isEqualTo("fake Gemini classification");
            assertThat(answers.repliesSeen()).anyMatch(t -> t.contains(firstLine(r.getField("reply"))));
        });
        assertThat(answers.count("reply")).isEqualTo(byModel.size());
        assertThat(run.out()).contains("replies " + GEMINI + " " + byModel.size() + ", rules " + byRules.size());
        String report = Files.readString(dir.resolve("report/campaign_report.md"));
        assertThat(report).contains(FakeGeminiAnswers.SUMMARY, "Fake Gemini recommendation", GEMINI);
        assertThat(run.out()).contains("report narrative " + GEMINI).doesNotContain("fell back");

        assertThat(gemini.sawKey(KEY)).isTrue();
        assertThat(gemini.requests()).allSatisfy(r -> {
            assertThat(r.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent").doesNotContain(KEY);
            assertThat(r.body()).doesNotContain(KEY);
            assertThat(r.headers().toString()).doesNotContain(KEY);
        });
        assertKeyNowhere(dir, run);
    }

    @Test
    void withAStoreEveryModelRequestIsCountedInTheStoreForAllWorkers(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("shared.db");

        // 600 a minute: one request per window of 100 ms for all workers together
        Run run = run(geminiEnv(), dir, "--store", "jdbc:sqlite:" + db, "--campaign-id", "spring");

        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains("AI: " + GEMINI + ", then offline", "; " + RPM + " requests a minute to "
                + GEMINI + " for all the workers of spring together, counted in the campaign store (at most 601 in any"
                + " minute)");
        assertThat(gemini.requestCount()).isPositive();
        int counted = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*), MAX(used) FROM send_slots"
                     + " WHERE campaign_id = ? AND scope = ?")) {
            q.setString(1, "spring");
            q.setString(2, "model:" + GEMINI);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                counted = rs.getInt(1);
                assertThat(rs.getInt(2)).as("one request a window").isEqualTo(1);
            }
        }
        assertThat(counted).as("every request took a slot of the shared count").isEqualTo(gemini.requestCount());
    }

    @Test
    void aSecondRunIsAnsweredFromTheCacheAndNoCacheAsksAgain(@TempDir Path dir) throws Exception {
        Run first = run(geminiEnv(), dir);
        assertThat(first.code()).as(first.all()).isZero();
        int requests = gemini.requestCount();
        assertThat(requests).isGreaterThan(0);
        assertThat(dir.resolve(".campaign-cache")).isDirectory();

        Run second = run(geminiEnv(), dir);

        assertThat(second.code()).as(second.all()).isZero();
        assertThat(gemini.requestCount()).as("the cache answered every request").isEqualTo(requests);
        assertThat(read(dir.resolve("output/analyzed_leads.csv")))
                .allSatisfy(r -> assertThat(r.getField("ai_source")).isEqualTo(GEMINI));
        assertThat(Files.readString(dir.resolve("report/campaign_report.md"))).contains(FakeGeminiAnswers.SUMMARY);

        Run third = run(geminiEnv(), dir, "--no-cache");

        assertThat(third.code()).as(third.all()).isZero();
        assertThat(gemini.requestCount() - requests).as("--no-cache asks the model again").isEqualTo(requests);
        assertKeyNowhere(dir, first, second, third);
    }

    @Test
    void whenGeminiAnswers429EveryResultFallsBackOfflineWithTheReason(@TempDir Path dir) throws Exception {
        gemini.respondWith(r -> FakeReply.tooManyRequests("0"));

        Run run = run(geminiEnv(), dir);

        assertThat(run.code()).as(run.all()).isZero();
        int leads = leadCount();
        assertThat(smtp.getReceivedMessages()).as("the offline drafts are sent").hasSize(leads);
        List<NamedCsvRecord> analyzed = read(dir.resolve("output/analyzed_leads.csv"));
        assertThat(analyzed).hasSize(leads).allSatisfy(r -> {
            assertThat(r.getField("ai_source")).isEqualTo("rules");
            assertThat(r.getField("ai_fallback_reason")).contains(GEMINI, "429");
        });
        List<NamedCsvRecord> emails = read(dir.resolve("output/emails_generated.csv"));
        assertThat(emails).hasSize(leads).allSatisfy(r -> {
            assertThat(r.getField("ai_source")).isEqualTo("template");
            assertThat(r.getField("ai_fallback_reason")).contains(GEMINI, "429");
        });
        List<NamedCsvRecord> replied = read(dir.resolve("output/final.csv")).stream()
                .filter(r -> !r.getField("reply").isEmpty()).toList();
        assertThat(replied).isNotEmpty().allSatisfy(r -> assertThat(r.getField("response_ai_source"))
                .isIn("rules", OFFLINE_CLASSIFIER));
        long offlineReplies = replied.stream()
                .filter(r -> r.getField("response_ai_source").equals(OFFLINE_CLASSIFIER)).count();
        assertThat(offlineReplies).as("replies the rules did not settle went to Gemini, then offline").isPositive();
        assertThat(run.out()).containsPattern("replies [^;]*" + OFFLINE_CLASSIFIER + " " + offlineReplies
                + "[^;]*\\(" + offlineReplies + " fell back\\)");
        assertThat(run.out()).contains("analysis rules " + leads + " (" + leads + " fell back)",
                "emails template " + leads + " (" + leads + " fell back)", "report narrative template (fell back)");
        String report = Files.readString(dir.resolve("report/campaign_report.md"));
        assertThat(report).doesNotContain(FakeGeminiAnswers.SUMMARY)
                .containsPattern("\\| classification \\| [^|]*" + OFFLINE_CLASSIFIER + " \\(" + offlineReplies + "\\)[^|]*\\| "
                        + offlineReplies + " \\| " + GEMINI + ": HTTP 429");
        assertKeyNowhere(dir, run);
    }

    @Test
    void withoutAKeyTheOfflineModelDoesEverythingAndNoRequestIsMade(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("GEMINI_BASE_URL", gemini.baseUrl());

        Run run = run(env, dir);

        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains("AI: offline");
        assertThat(gemini.requestCount()).isZero();
        assertThat(read(dir.resolve("output/analyzed_leads.csv"))).allSatisfy(r -> {
            assertThat(r.getField("ai_source")).isEqualTo("rules");
            assertThat(r.getField("ai_fallback_reason")).isEmpty();
        });
        assertThat(read(dir.resolve("output/emails_generated.csv"))).allSatisfy(r -> {
            assertThat(r.getField("ai_source")).isEqualTo("template");
            assertThat(r.getField("ai_fallback_reason")).isEmpty();
        });
        assertThat(run.out()).doesNotContain("fell back");
        Matcher summary = Pattern.compile("replies from (\\d+) leads \\(simulated \\(seed " + SEED
                + ", reply rate 60.0% at score 50, 4.0% out of office\\), delivered by SMTP and read from imap://.*\\), by class \\{(.*)}").matcher(run.out());
        assertThat(summary.find()).as(run.out()).isTrue();
        int byClass = Pattern.compile(" (\\d+)").matcher(summary.group(2)).results()
                .mapToInt(m -> Integer.parseInt(m.group(1))).sum();
        assertThat(read(dir.resolve("output/final.csv"))).as("some leads did not reply")
                .anyMatch(r -> r.getField("reply").isEmpty());
        assertThat(byClass).as("leads without a reply are not counted as a class").isEqualTo(
                Integer.parseInt(summary.group(1)));
    }

    @Test
    void providerGeminiWithoutAKeyIsAnErrorNamingTheVariable(@TempDir Path dir) throws Exception {
        Run run = run(Map.of("GEMINI_BASE_URL", gemini.baseUrl()), dir, "--provider", "gemini");

        assertThat(run.code()).isIn(1, 2);
        assertThat(run.err()).contains("GOOGLE_API_KEY");
        assertThat(gemini.requestCount()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private Map<String, String> geminiEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("GOOGLE_API_KEY", KEY);
        env.put("GEMINI_BASE_URL", gemini.baseUrl());
        return env;
    }

    /** Runs the app on the fixture, capturing its streams and the log lines slf4j-simple writes to System.err. */
    private Run run(Map<String, String> env, Path workdir, String... extra) throws URISyntaxException {
        List<String> args = new ArrayList<>(List.of("--leads", fixture().toString(), "--workdir", workdir.toString(),
                "--as-of", "2026-11-24", "--seed", SEED, "--smtp", "127.0.0.1:" + smtp.getSmtp().getPort(),
                "--rpm", RPM,
                // talkative simulated leads (with seed 13: 8 people, 1 out of office, 1 silent of 10), so that
                // replies the rules leave open reach the model and an auto-reply is settled by the rules
                "--reply-rate", REPLY_RATE));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        int code;
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            code = CampaignApp.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), env);
        } finally {
            System.setErr(originalErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                logs.toString(StandardCharsets.UTF_8));
    }

    private static void assertKeyNowhere(Path dir, Run... runs) throws IOException {
        for (Run run : runs) {
            assertThat(run.all()).doesNotContain(KEY);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                    .doesNotContain(KEY);
        }
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    private Path fixture() throws URISyntaxException {
        return Path.of(getClass().getResource("/ai_leads.csv").toURI());
    }

    private int leadCount() throws Exception {
        return read(fixture()).size();
    }

    private static List<NamedCsvRecord> read(Path file) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            return reader.stream().toList();
        }
    }
}
