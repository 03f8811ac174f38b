package dev.campaigncrm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.sequence.Sequence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.Model.OptionSpec;

/** The example's command line on picocli: the errors hand parsing let through, --option=value, help, commands. */
class AppOptionsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<AppOptions> campaigns = new ArrayList<>();

    /** Runs the command line with the campaign recorded instead of run; returns the exit code. */
    private int run(String... args) {
        return ExampleCli.create(campaigns::add, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aConcurrencyBeyondAnIntIsAUsageErrorNamingTheOptionAndTheValueNotEight() {
        assertThat(run("--concurrency", "4294967304")).isEqualTo(2);
        assertThat(stderr()).contains("--concurrency must be a whole number from 1 to 2147483647, not '4294967304'");
        assertThat(campaigns).as("no campaign runs").isEmpty();
        assertThatThrownBy(() -> AppOptions.parse("--concurrency", "4294967304"))
                .hasMessageContaining("--concurrency").hasMessageContaining("'4294967304'");
        assertThatThrownBy(() -> AppOptions.parse("--concurrency", "0")).hasMessageContaining("--concurrency")
                .hasMessageContaining("'0'");
    }

    @Test
    void anOptionGivenTwiceTakesItsLastValueAndKeepsEveryOtherOption() {
        AppOptions o = AppOptions.parse("--leads", "a.csv", "--seed", "13", "--rpm", "600", "--no-cache", "--rpm=60",
                "--campaign-id", "spring", "--no-cache", "--store", "jdbc:sqlite:x.db", "--seed", "14");

        assertThat(o.leads()).isEqualTo(Path.of("a.csv"));
        assertThat(o.seed()).isEqualTo(14);
        assertThat(o.ai().rpm()).isEqualTo(60);
        assertThat(o.ai().cache()).isFalse();
        assertThat(o.campaignId()).isEqualTo("spring");
        assertThat(o.store()).isEqualTo("jdbc:sqlite:x.db");

        assertThat(run("run", "--leads", "b.csv", "--rpm", "1", "--rpm", "2", "--seed", "5")).isZero();
        assertThat(campaigns).singleElement().satisfies(c -> {
            assertThat(c.leads()).isEqualTo(Path.of("b.csv"));
            assertThat(c.seed()).isEqualTo(5);
            assertThat(c.ai().rpm()).isEqualTo(2);
        });
    }

    @Test
    void anOptionIsNotTheValueOfTheOptionBeforeIt() {
        assertThat(run("--model", "--rpm", "10")).isEqualTo(2);
        assertThat(stderr()).contains("--model").contains("--rpm");
        assertThat(campaigns).isEmpty();
        assertThatThrownBy(() -> AppOptions.parse("--model", "--no-cache")).hasMessageContaining("--model");
        assertThatThrownBy(() -> AppOptions.parse("--model", "--not-an-option")).hasMessageContaining("--model");
    }

    @Test
    void optionEqualsValueWorksForEveryKindOfOption() {
        AppOptions o = AppOptions.parse("--as-of=2026-11-24", "--seed=7", "--concurrency=3", "--model=gemini-2.5-pro",
                "--batch-size=5", "--rpm=60", "--rate=2.5", "--window=Mon-Fri 09:00-17:00 UTC", "--follow-ups=3,7",
                "--store=jdbc:sqlite:seq.db", "--campaign-id=q4", "--smtp=localhost:2525", "--leads=a.csv");

        assertThat(o.asOf()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(o.seed()).isEqualTo(7);
        assertThat(o.concurrency()).isEqualTo(3);
        assertThat(o.ai()).isEqualTo(new AppOptions.Ai("auto", "gemini-2.5-pro", 60, 5, true));
        assertThat(o.mail().perSecond()).isEqualTo(2.5);
        assertThat(o.mail().window().zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(o.sequence()).isEqualTo(Sequence.parse("0,3,7"));
        assertThat(o.store()).isEqualTo("jdbc:sqlite:seq.db");
        assertThat(o.campaign()).isEqualTo("q4");
        assertThat(o.smtp()).isEqualTo("localhost:2525");
        assertThat(o.leads()).isEqualTo(Path.of("a.csv"));
    }

    @Test
    void theReplyRateIsAShareOrAPercentageAndVariantsAreCounted() {
        AppOptions share = AppOptions.parse("--reply-rate=0.08", "--variants=2");
        AppOptions percent = AppOptions.parse("--reply-rate", "8%");

        assertThat(share.replyRate()).isEqualTo(0.08);
        assertThat(share.replyMix().replyRate()).isEqualTo(0.08);
        assertThat(share.variants()).isEqualTo(2);
        assertThat(percent.replyRate()).isEqualTo(0.08, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(percent.variants()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--rpm|-1|--rpm must be a whole number from 0",
            "--batch-size|0|--batch-size must be a whole number from 1",
            "--rate|0|--rate must be a number above 0, not '0'",
            "--per-domain|20|--per-domain must be messages per period, e.g. 20/1h or 5/10m, not '20'",
            "--per-domain|0/1h|--per-domain must be messages per period",
            "--per-domain|20/1w|--per-domain must be messages per period",
            "--provider|claude|--provider must be auto, offline, gemini, huggingface or openai, not 'claude'",
            "--smtp|localhost|--smtp must be HOST:PORT",
            "--phase|3|--phase must be 1, 2 or both, not '3'",
            "--seed|forty-two|--seed must be a whole number, not 'forty-two'",
            "--as-of|24.11.2026|--as-of must be a date like 2026-11-24, not '24.11.2026'",
            "--reply-rate|1.5|--reply-rate must be a share from 0 to 1 such as 0.08, or a percentage such as 8%",
            "--reply-rate|120%|--reply-rate must be a share from 0 to 1",
            "--variants|5|--variants must be a whole number from 1 to 4, not '5'",
            "--variants|0|--variants must be a whole number from 1 to 4, not '0'"})
    void aBadValueIsAUsageErrorNamingTheOptionAndTheValue(String option, String value, String message) {
        assertThat(run(option, value)).isEqualTo(2);
        assertThat(stderr()).contains(message).contains("'" + value + "'").contains("--help");
        assertThat(campaigns).isEmpty();
    }

    @Test
    void aStorePasswordIsNeverEchoed() {
        assertThat(run("--store", "mysql://crm:hunter2@db/crm?user=crm&password=s3cret")).isEqualTo(2);
        assertThat(stderr()).contains("--store", "password=***").doesNotContain("hunter2", "s3cret");
    }

    @Test
    void phaseIsRefusedWithASequence() {
        assertThat(run("--follow-ups", "3,7", "--phase", "1")).isEqualTo(2);
        assertThat(stderr()).contains("--phase does not apply");
        assertThat(run("--store", "jdbc:sqlite:x.db", "--phase=2")).isEqualTo(2);
        assertThat(campaigns).isEmpty();
    }

    @Test
    void theDefaultCommandRunsTheCampaignWithTheDocumentedDefaults() {
        assertThat(run()).isZero();

        assertThat(campaigns).hasSize(1);
        AppOptions o = campaigns.get(0);
        assertThat(o.leads()).isEqualTo(Path.of("dataset", "leads.csv"));
        assertThat(o.workdir()).isEqualTo(Path.of("."));
        assertThat(o.asOf()).isEqualTo(LocalDate.now());
        assertThat(o.campaignId()).isNull();
        assertThat(o.seed()).isEqualTo(42);
        assertThat(o.phase()).isZero();
        assertThat(o.concurrency()).as("not fixed: the model's steps follow its cap").isZero();
        assertThat(o.ai()).isEqualTo(new AppOptions.Ai("auto", null, 0, 1, true));
        assertThat(o.mail()).isEqualTo(new AppOptions.Mail(null, null, null, null, null, null, 0, null, false, null));
        assertThat(o.sequenceMode()).isFalse();
        assertThat(o.replyRate()).isNull();
        assertThat(o.replyMix().replyRate()).isEqualTo(dev.campaigncrm.reply.ReplyMix.PUBLISHED_REPLY_RATE);
        assertThat(o.variants()).isEqualTo(1);
    }

    @Test
    void runNamedOrNotReadsTheSameOptions() {
        String[] options = {"--leads", "x.csv", "--as-of", "2026-11-24", "--no-cache", "--resend-uncertain",
                "--phase", "two", "--provider", "offline"};
        List<String> named = new ArrayList<>(List.of("run"));
        named.addAll(List.of(options));

        assertThat(run(options)).isZero();
        assertThat(run(named.toArray(String[]::new))).isZero();

        assertThat(campaigns).hasSize(2);
        assertThat(campaigns.get(1)).isEqualTo(campaigns.get(0));
        assertThat(campaigns.get(0).phase()).isEqualTo(2);
        assertThat(campaigns.get(0).ai().cache()).isFalse();
    }

    @Test
    void anOptionGivenTwiceTakesItsLastValueAsBefore() {
        assertThat(AppOptions.parse("--seed", "1", "--seed", "2").seed()).isEqualTo(2);
    }

    @Test
    void classifyNeedsAFileAndTakesNoCampaignOptionsBeforeIt() {
        assertThat(run("classify")).isEqualTo(2);
        assertThat(stderr()).contains("FILE");
        assertThat(run("--seed", "3", "classify", "reply.txt")).isEqualTo(2);
        assertThat(stderr()).contains("--seed must come after the command");
        assertThat(campaigns).isEmpty();
    }

    @Test
    void classifyOfAMissingFileIsACampaignErrorWithExitCodeOne(@TempDir Path dir) {
        assertThat(run("classify", dir.resolve("nope.eml").toString())).isEqualTo(1);
        assertThat(stderr()).startsWith("error: ").contains("nope.eml");
    }

    @Test
    void anUnknownOptionIsNamedWithASuggestionAndTheUsage() {
        assertThat(run("--leds", "x.csv")).isEqualTo(2);
        assertThat(stderr()).contains("Unknown option", "'--leds'", "--leads", "Usage:", "classify FILE...");
    }

    @Test
    void theHelpListsEveryOptionTheCommandKnowsAndEveryOptionTheReadmeNames() throws IOException {
        assertThat(run("--help")).isZero();
        String help = stdout();
        Set<String> known = new TreeSet<>();
        for (OptionSpec option : ExampleCli.create(o -> { }, System.out, System.err).getCommandSpec().options()) {
            known.add(option.longestName());
        }

        assertThat(known).contains("--leads", "--follow-ups", "--store", "--window", "--rpm", "--concurrency");
        for (String option : known) {
            assertThat(help).as(option).contains(option);
        }
        Set<String> documented = readmeOptionList();
        assertThat(documented).as("README's option list").isNotEmpty();
        known.remove("--help");
        assertThat(documented).as("README's option list names every option and no other")
                .containsExactlyInAnyOrderElementsOf(known);
        assertThat(help).contains("Usage:", "[run] [OPTIONS]", "classify FILE...", "Campaign:", "AI ", "Mail:",
                "Sequence:", "Exit codes:", "Commands:");
    }

    @Test
    void theHelpFormatsEveryDescriptionWithoutAWarning() {
        // picocli formats each description with String.format: a bare '%' makes it warn on System.err and print the
        // raw text
        PrintStream saved = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("--help")).isZero();
        } finally {
            System.setErr(saved);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("picocli");
        assertThat(stdout().replaceAll("\\s+", " ")).contains("or 8% (default 5%, after");
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        assertThat(run("run", "--help")).isZero();
        assertThat(stdout()).contains("java -jar campaign-examples.jar run [OPTIONS]", "--follow-ups", "--imap");
        out.reset();
        assertThat(run("classify", "--help")).isZero();
        assertThat(stdout()).contains("classify [OPTIONS] FILE...", "file,category,confidence,rationale")
                .doesNotContain("--leads");
        out.reset();
        assertThat(run("help", "classify")).isZero();
        assertThat(stdout()).contains("classify [OPTIONS] FILE...");
        assertThat(campaigns).isEmpty();
    }

    /** The options README.md lists after "Options (all in `--help`)". */
    private static Set<String> readmeOptionList() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("Options (all in `--help`)");
        assertThat(start).as("README.md has its option list").isNotNegative();
        String list = readme.substring(start, readme.indexOf("\n\n", start));
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("`(--[a-z-]+)`").matcher(list);
        while (m.find()) {
            names.add(m.group(1));
        }
        names.remove("--help");
        return names;
    }
}
