package dev.campaigncrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The estimate printed before a run whose model calls take more than a minute under the provider's cap. */
class CallEstimateTest {

    private static final Path SAMPLE = Path.of("..", "dataset", "leads.csv");
    private static final Map<String, String> GEMINI = Map.of("GOOGLE_API_KEY", "test-key-not-used");

    private static CallEstimate estimate(int leads, int rpm, int phase, String... args) {
        AppOptions o = AppOptions.parse(args);
        return new CallEstimate("gemini:gemini-2.5-flash", rpm, leads, o.ai(), o.concurrency(), phase,
                o.sequenceMode());
    }

    @Test
    void theQuickStartOnGeminisDefaultCapTakesOverTenMinutesAndSaysHowToGoFaster() {
        CallEstimate e = estimate(60, 10, 0);

        assertThat(e.calls()).as("60 analysis + 60 emails + up to 60 replies + 1 narrative").isEqualTo(181);
        assertThat(e.minutes()).isEqualTo(19);
        assertThat(e.lines().get(0)).isEqualTo("Model calls: gemini:gemini-2.5-flash is allowed 10 requests a minute"
                + " (its default). 60 leads, 1 per call: 60 analysis + 60 email calls, up to 60 reply classifications"
                + " (replies the rules leave open) and 1 report narrative: up to 181 calls, about 19 minutes.");
        assertThat(e.lines().get(1)).startsWith("To go faster: --batch-size 5 puts 5 leads in each analysis and"
                        + " email call (about 9 minutes);")
                .contains("--rpm 60 (about 4 minutes)", "cached");
    }

    @Test
    void batchesAreBoundedByTheLeadsInFlightAndOnlyTheStagesOfThePhaseCount() {
        assertThat(estimate(60, 10, 1, "--batch-size", "5").calls()).as("phase one: 12 + 12").isEqualTo(24);
        assertThat(estimate(60, 10, 1, "--batch-size", "20", "--concurrency", "4").calls())
                .as("at most 4 leads in flight, so 4 a call").isEqualTo(30);
        assertThat(estimate(60, 10, 2, "--batch-size", "5").calls()).as("phase two: replies and narrative")
                .isEqualTo(61);
        assertThat(estimate(60, 10, 1, "--batch-size", "5", "--concurrency", "2").lines().get(1))
                .contains("--batch-size 5 --concurrency 5");
    }

    @Test
    void itIsPrintedOnlyForACappedProviderAndMoreThanAMinute(@TempDir Path dir) {
        AiSetup gemini = AiSetup.of(AppOptions.parse().ai(), GEMINI, dir);
        AppOptions quickStart = AppOptions.parse("--leads", SAMPLE.toString());
        assertThat(gemini.rpm()).as("Gemini's default").isEqualTo(10);
        assertThat(CallEstimate.of(quickStart, gemini)).get().extracting(CallEstimate::leads)
                .isEqualTo(CallEstimate.leadRows(SAMPLE).orElseThrow());

        AppOptions fast = AppOptions.parse("--leads", SAMPLE.toString(), "--rpm", "100000");
        assertThat(CallEstimate.of(fast, AiSetup.of(fast.ai(), GEMINI, dir))).as("under a minute").isEmpty();
        AppOptions offline = AppOptions.parse("--leads", SAMPLE.toString(), "--provider", "offline");
        assertThat(CallEstimate.of(offline, AiSetup.of(offline.ai(), GEMINI, dir))).as("offline").isEmpty();
        assertThat(CallEstimate.of(quickStart, AiSetup.of(quickStart.ai(), Map.of(), dir))).as("no key").isEmpty();
        AppOptions missing = AppOptions.parse("--leads", dir.resolve("none.csv").toString());
        assertThat(CallEstimate.of(missing, gemini)).as("the run reports the missing file").isEmpty();
    }

    @Test
    void anOpenAiCompatibleServerHasNoCapUnlessRpmSetsOne(@TempDir Path dir) {
        Map<String, String> env = Map.of("OPENAI_BASE_URL", "http://localhost:11434/v1", "OPENAI_MODEL", "qwen2.5");
        AppOptions unlimited = AppOptions.parse("--leads", SAMPLE.toString());
        assertThat(CallEstimate.of(unlimited, AiSetup.of(unlimited.ai(), env, dir))).isEmpty();

        AppOptions capped = AppOptions.parse("--leads", SAMPLE.toString(), "--rpm", "5");
        assertThat(CallEstimate.of(capped, AiSetup.of(capped.ai(), env, dir))).get()
                .satisfies(e -> assertThat(e.lines().get(0)).contains("openai", "5 requests a minute (--rpm)"));
    }

    @Test
    void theLeadsAreTheRowsOfTheLeadFile(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("leads.csv"), """
                name,email,company,job_title,notes
                Ana Ruiz,ana@acme.test,Acme,CTO,"asked for pricing,
                then went quiet"
                Bo Li,bo@beta.test,Beta,VP Sales,
                """);

        assertThat(CallEstimate.leadRows(csv)).as("a quoted line break is one row").contains(2);
        assertThat(CallEstimate.leadRows(SAMPLE)).get().isEqualTo(60);
        assertThat(CallEstimate.leadRows(dir.resolve("none.csv"))).isEmpty();
    }
}
