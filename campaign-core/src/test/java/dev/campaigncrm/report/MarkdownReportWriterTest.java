package dev.campaigncrm.report;

import static dev.campaigncrm.report.OutcomeBuilder.REAL_RUN;
import static dev.campaigncrm.report.OutcomeBuilder.SIMULATED_RUN;
import static dev.campaigncrm.report.OutcomeBuilder.lead;
import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.RunInfo;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.ReplyCategory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

    private static final List<String> SECTIONS = List.of("Executive Summary", "Campaign Overview",
            "Response Analysis", "Audience Segmentation", "Lead Quality Assessment", "Key Findings",
            "Strategic Recommendations", "Conclusion");

    private static String report(List<LeadOutcome> outcomes, int rejected, RunInfo run) {
        CampaignStats stats = CampaignStats.compute(outcomes, rejected, run);
        return MarkdownReportWriter.defaults().write(stats, outcomes).markdown();
    }

    private static String section(String markdown, String title) {
        int start = markdown.indexOf("## " + title + "\n");
        assertThat(start).as("section %s", title).isNotNegative();
        int end = markdown.indexOf("\n## ", start + 3);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    /**
     * {@code perPersona} leads per persona: half of {@code hot} reply with interest, one in twenty of {@code cold}
     * (at least one) declines, the rest say nothing.
     */
    private static List<LeadOutcome> personaData(Persona hot, Persona cold, int perPersona) {
        List<LeadOutcome> out = new ArrayList<>();
        int i = 0;
        for (Persona p : List.of(hot, cold)) {
            for (int k = 0; k < perPersona; k++) {
                OutcomeBuilder b = lead(i++).persona(p).industry(p == hot ? "Fintech" : "Retail");
                if (p == hot && k < perPersona / 2) {
                    b.reply(ReplyCategory.INTERESTED);
                } else if (p == cold && k % 20 == 0) {
                    b.reply(ReplyCategory.NOT_INTERESTED);
                }
                out.add(b.build());
            }
        }
        return out;
    }

    @Test
    void hasTheEightSectionsInOrderAfterATitleWithIdAndDate() {
        String md = report(CampaignStatsTest.mixed(), 2, REAL_RUN);

        assertThat(md).startsWith("# Campaign Report: spring-push (as of 2026-11-24)\n");
        List<String> headings = md.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
        assertThat(headings).containsExactlyElementsOf(SECTIONS);
    }

    @Test
    void everyTableHasAHeaderASeparatorAndRowsOfTheSameWidth() {
        String md = report(CampaignStatsTest.mixed(), 2, REAL_RUN);
        List<List<String>> tables = tables(md);

        assertThat(tables).hasSizeGreaterThanOrEqualTo(10);
        for (List<String> t : tables) {
            assertThat(t).as("table %s", t).hasSizeGreaterThanOrEqualTo(3);
            assertThat(t.get(1)).matches("\\|( --- \\|)+");
            int width = cells(t.get(0));
            assertThat(t).allSatisfy(line -> assertThat(cells(line)).as(line).isEqualTo(width));
        }
    }

    @Test
    void kpiTableStatesTheComputedFigures() {
        String md = report(CampaignStatsTest.mixed(), 2, REAL_RUN);

        assertThat(md).contains("| KPI | Value |\n| --- | --- |\n| Contacts (usable leads) | 7 |\n"
                + "| Rejected source rows | 2 |\n| Delivered | 5 |\n| Delivery rate | 71.4% (35.9\u201391.8%) |\n"
                + "| Replies from people | 3 |\n| Response rate | 60.0% (23.1\u201388.2%) |\n| Interested | 1 |\n"
                + "| Positive-response share | 33.3% (6.1\u201379.2%) |\n| Average priority score | 64.2 |\n");
        assertThat(md).contains("| 80-100 (high) | 2 | 2 | 2 | 1 | 100.0% (34.2\u2013100.0%) | 50.0% (9.5\u201390.5%) |");
        assertThat(md).contains("| 550 mailbox unavailable | 1 |");
        assertThat(md).contains("| analysis | rules (6) | 1 | gemini: HTTP 429 (1) |");
    }

    @Test
    void narrativeNamesASegmentOnlyWhenItsIntervalExcludesTheCampaignsRate() {
        String a = report(personaData(Persona.ENTERPRISE_TECH_DECISION_MAKER, Persona.SMALL_BUSINESS_OWNER, 40), 0,
                REAL_RUN);
        String b = report(personaData(Persona.SMALL_BUSINESS_OWNER, Persona.ENTERPRISE_TECH_DECISION_MAKER, 40), 0,
                REAL_RUN);

        assertThat(section(a, "Key Findings"))
                .contains("The persona Enterprise Technology Decision Maker showed the most interest: 50.0% "
                        + "(35.2\u201364.8%) of its 40 delivered emails drew an interested reply, against 25.0% for "
                        + "the campaign; its interval excludes the campaign's rate.")
                .contains("The persona Small Business Owner showed the least interest: 0.0% (0.0\u20138.8%) of its "
                        + "40 delivered emails, below the campaign's 25.0%.")
                .contains("The industry Fintech showed the most interest")
                .doesNotContain("Small Business Owner showed the most interest");
        assertThat(section(b, "Key Findings"))
                .contains("The persona Small Business Owner showed the most interest")
                .doesNotContain("Enterprise Technology Decision Maker showed the most interest");
        assertThat(section(a, "Strategic Recommendations"))
                .contains("**Prioritise the persona Enterprise Technology Decision Maker:** its interest rate was "
                        + "50.0% (35.2\u201364.8%) of 40 delivered emails against 25.0% (16.8\u201335.5%) for the "
                        + "campaign; its interval excludes the campaign's rate.");
        assertThat(section(b, "Strategic Recommendations"))
                .contains("**Prioritise the persona Small Business Owner:**");
    }

    @Test
    void fewerThanTwentyDeliveredEmailsIsNotEnoughDataToNameASegment() {
        String md = report(personaData(Persona.ENTERPRISE_TECH_DECISION_MAKER, Persona.SMALL_BUSINESS_OWNER, 4), 0,
                REAL_RUN);

        assertThat(section(md, "Audience Segmentation"))
                .contains("Not enough data to tell whether any persona differs from the campaign's interest rate "
                        + "of 25.0% (7.1\u201359.1%): no persona has 20 delivered emails yet.")
                .contains("Not enough data to tell whether any industry differs");
        assertThat(md).doesNotContain("showed the most interest").doesNotContain("Prioritise")
                .doesNotContain("Deprioritise").contains("No persona's interest rate differed clearly");
    }

    @Test
    void aSegmentWhoseIntervalIncludesTheCampaignsRateIsNotNamedHoweverLarge() {
        List<LeadOutcome> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Persona p = i < 30 ? Persona.ENTERPRISE_TECH_DECISION_MAKER : Persona.TECHNICAL_EVALUATOR;
            boolean interested = i < 30 ? i % 3 == 0 : i % 4 == 0;
            out.add(lead(i).persona(p).reply(interested ? ReplyCategory.INTERESTED : null).build());
        }
        String md = report(out, 0, REAL_RUN);

        assertThat(section(md, "Audience Segmentation")).contains("Not enough data to tell whether any persona "
                + "differs from the campaign's interest rate of 28.3% (18.5\u201340.8%): each of the 2 personas with "
                + "at least 20 delivered emails has an interval that includes the campaign's rate.");
        assertThat(md).doesNotContain("Prioritise");
    }

    @Test
    void severalSegmentsAboveTheCampaignAreAllNamed() {
        List<LeadOutcome> out = new ArrayList<>();
        int i = 0;
        for (Persona p : List.of(Persona.ENTERPRISE_TECH_DECISION_MAKER, Persona.TECHNICAL_EVALUATOR,
                Persona.SMALL_BUSINESS_OWNER, Persona.MID_MARKET_OPERATIONS_LEADER)) {
            for (int k = 0; k < 30; k++) {
                boolean hot = p == Persona.ENTERPRISE_TECH_DECISION_MAKER || p == Persona.TECHNICAL_EVALUATOR;
                out.add(lead(i++).persona(p).reply(hot && k < 20 ? ReplyCategory.INTERESTED : null).build());
            }
        }
        String md = report(out, 0, REAL_RUN);

        assertThat(section(md, "Key Findings")).contains("The persona Enterprise Technology Decision Maker showed the "
                + "most interest").contains("Also above the campaign: Technical Evaluator 66.7% (48.8\u201380.8%) of 30.");
        assertThat(section(md, "Strategic Recommendations")).contains("(also above: Technical Evaluator)");
    }

    @Test
    void saysSoWhenHigherScoresDidNotPredictInterest() {
        List<LeadOutcome> coldReplies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            coldReplies.add(lead(i).score(90).build());
            coldReplies.add(lead(100 + i).score(20).reply(ReplyCategory.INTERESTED).build());
        }
        String md = report(coldReplies, 0, REAL_RUN);

        assertThat(section(md, "Lead Quality Assessment")).contains("The priority score did NOT predict interest: "
                + "the interest rate fell by 33.3 percentage points per score band");
        assertThat(section(md, "Strategic Recommendations"))
                .contains("**Revisit the scoring rubric:**")
                .contains("**Deprioritise the score band 80-100 (high):** its response rate was 0.0% "
                        + "(0.0\u20138.8%) of 40 delivered emails, below the campaign's 50.0% (39.3\u201360.7%).");
    }

    @Test
    void saysSoWhenHigherScoresPredictedInterest() {
        List<LeadOutcome> hotReplies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            hotReplies.add(lead(i).score(90).reply(ReplyCategory.INTERESTED).build());
            hotReplies.add(lead(100 + i).score(50).reply(i < 20 ? ReplyCategory.UNCLEAR : null).build());
            hotReplies.add(lead(200 + i).score(20).build());
        }
        String md = report(hotReplies, 0, REAL_RUN);

        assertThat(section(md, "Lead Quality Assessment")).containsPattern("The priority score predicted interest: "
                + "the interest rate rose by 3\\d\\.\\d percentage points per score band \\(95% interval "
                + "\\+\\d+\\.\\d to \\+\\d+\\.\\d; Cochran\u2013Armitage trend test over 120 delivered emails, "
                + "p < 0\\.001\\)\\.");
        assertThat(md).doesNotContain("did NOT predict").doesNotContain("Revisit the scoring rubric");
        assertThat(section(md, "Strategic Recommendations"))
                .contains("**Deprioritise the score band 0-39 (cold):**")
                .doesNotContain("Deprioritise the score band 80-100");
    }

    @Test
    void aSmallTrendSaysThereIsNotEnoughData() {
        List<LeadOutcome> few = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            few.add(lead(i).score(90).reply(i < 2 ? ReplyCategory.INTERESTED : null).build());
            few.add(lead(10 + i).score(20).reply(i < 1 ? ReplyCategory.INTERESTED : null).build());
        }
        String md = report(few, 0, REAL_RUN);

        assertThat(section(md, "Lead Quality Assessment")).contains("Not enough data to tell whether the priority "
                + "score predicted interest: the interest rate rose by 8.3 percentage points per score band")
                .contains(", an interval that includes no change.");
    }

    @Test
    void failuresAndRejectionsAreCalledOutAndTurnedIntoRecommendations() {
        String md = report(CampaignStatsTest.mixed(), 2, REAL_RUN);

        assertThat(section(md, "Executive Summary"))
                .contains("5 of 7 contacts received the email, a delivery rate of 71.4% (35.9\u201391.8%); 1 "
                        + "failed, 1 was not attempted, 2 source rows were rejected.");
        assertThat(section(md, "Strategic Recommendations"))
                .contains("**Fix the 1 failed send:** before the next run; the most common reason was "
                        + "\u201c550 mailbox unavailable\u201d (1).")
                .contains("**Clean the lead source:** 2 rows were rejected")
                .contains("**Investigate the 1 lead stopped at analyze:**")
                .contains("**Check the AI provider:** 1 result fell back")
                .contains("**Follow up with the 1 lead who asked for more:**");
    }

    @Test
    void cleanRunRecommendsNoFixes() {
        List<LeadOutcome> clean = IntStream.range(0, 6)
                .mapToObj(i -> lead(i).reply(i % 2 == 0 ? ReplyCategory.NOT_INTERESTED : null).build()).toList();
        String md = report(clean, 0, REAL_RUN);

        assertThat(section(md, "Strategic Recommendations"))
                .doesNotContain("Fix the").doesNotContain("Clean the lead source")
                .doesNotContain("Run against real replies");
        assertThat(section(md, "Campaign Overview")).contains("Every contact's email was accepted by the server.");
    }

    @Test
    void simulatedBannerOnlyWhenRepliesWereSimulated() {
        String simulated = report(CampaignStatsTest.mixed(), 0, SIMULATED_RUN);
        String real = report(CampaignStatsTest.mixed(), 0, REAL_RUN);

        String beforeSummary = simulated.substring(0, simulated.indexOf("## Executive Summary"));
        assertThat(beforeSummary).contains("> **Simulated replies:** the replies in this report were generated by "
                + "simulated (seed 42), not received from prospects; no real prospect answered.");
        assertThat(section(simulated, "Strategic Recommendations"))
                .contains("**Run against real replies before drawing conclusions:**");
        assertThat(real).doesNotContain("Simulated replies").doesNotContain("Run against real replies")
                .doesNotContainIgnoringCase("simulated");
    }

    @Test
    void simulatedRepliesFromAnUnlabelledSourceAreStillDeclared() {
        String md = report(List.of(lead(0).simulatedReply(ReplyCategory.INTERESTED).build()), 0, REAL_RUN);

        assertThat(md).contains("> **Simulated replies:** the replies in this report were generated by a reply "
                + "simulator, not received from prospects").contains("| Reply source | imap (simulated) |");
    }

    @Test
    void zeroSendsAndZeroRepliesReadSensiblyWithoutNaN() {
        List<LeadOutcome> nothingSent = List.of(lead(0).failed("connection refused").build(),
                lead(1).failed("connection refused").build());
        String noSends = report(nothingSent, 0, REAL_RUN);
        String empty = report(List.of(), 0, REAL_RUN);
        String silent = report(List.of(lead(0).build(), lead(1).build()), 0, REAL_RUN);

        for (String md : List.of(noSends, empty, silent)) {
            assertThat(md).doesNotContain("NaN").doesNotContain("Infinity");
            assertThat(md.lines().filter(l -> l.startsWith("## ")).count()).isEqualTo(8);
        }
        assertThat(noSends).contains("| Response rate | n/a |")
                .contains("No email was delivered, so no replies could come.")
                .contains("**Fix delivery first:**");
        assertThat(empty).contains("The campaign had no usable leads").contains("| Delivery rate | n/a |");
        assertThat(silent).contains("No one replied to the 2 delivered emails.")
                .contains("| Positive-response share | n/a |").contains("**Rework the message:**");
    }

    @Test
    void hostileLeadTextCannotBreakATableOrInjectMarkup() {
        List<LeadOutcome> hostile = List.of(
                lead(0).industry("| x | <script>alert(1)</script>")
                        .location("Springfield, **bold**\n## Injected [click](http://evil.test) www.evil.test")
                        .reply(ReplyCategory.INTERESTED).build(),
                lead(1).industry("_under_ `code` #tag ~strike~ & !").failed("refused <ceo@evil.test>").build());
        String md = report(hostile, 0, REAL_RUN);

        assertThat(md).doesNotContain("<script>").doesNotContain("http://").doesNotContain("www.evil")
                .doesNotContain("ceo@evil").doesNotContain("[click](");
        assertThat(md.lines()).noneMatch(l -> l.startsWith("## Injected"));
        assertThat(md).contains("| \\| x \\| \\<script\\>alert(1)\\</script\\> | 1 | 1 | 1 | 1 | "
                + "100.0% (20.7\u2013100.0%) | 100.0% (20.7\u2013100.0%) |");
        assertThat(md).contains("\\*\\*bold\\*\\* \\#\\# Injected \\[click\\](http\\[:\\]//evil.test) "
                + "www\\[.\\]evil.test |");
        assertThat(md).contains("\\_under\\_ \\`code\\` \\#tag \\~strike\\~ \\& \\!");
        for (List<String> t : tables(md)) {
            int width = cells(t.get(0));
            assertThat(t).allSatisfy(line -> assertThat(cells(line)).as(line).isEqualTo(width));
        }
    }

    @Test
    void hostileSegmentNamesAreEscapedInTheNarrativeToo() {
        List<LeadOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            outcomes.add(lead(i).industry("Evil <img src=x onerror=alert(1)>\n# Owned")
                    .reply(ReplyCategory.INTERESTED).build());
            outcomes.add(lead(100 + i).industry("Retail").build());
        }
        String findings = section(report(outcomes, 0, REAL_RUN), "Key Findings");

        assertThat(findings).contains("The industry Evil \\<img src=x onerror=alert(1)\\> \\# Owned showed the most "
                + "interest").doesNotContainPattern("(?<!\\\\)<img");
        assertThat(findings.lines()).noneMatch(l -> l.startsWith("# "));
    }

    @Test
    void responseAnalysisNamesTheMostCommonAnswerOrSaysNoneDominated() {
        List<LeadOutcome> declines = List.of(lead(0).reply(ReplyCategory.NOT_INTERESTED).build(),
                lead(1).reply(ReplyCategory.NOT_INTERESTED).build(), lead(2).reply(ReplyCategory.INTERESTED).build());

        assertThat(section(report(declines, 0, REAL_RUN), "Response Analysis"))
                .contains("The most common answer was `not_interested` (2).");
        assertThat(section(report(CampaignStatsTest.mixed(), 0, REAL_RUN), "Response Analysis"))
                .contains("No single answer dominated: `interested`, `not_interested`, `needs_follow_up` had 1 each.");
    }

    @Test
    void sameOutcomesGiveTheSameMarkdownWhateverTheOrderOrElapsedTime() {
        List<LeadOutcome> reversed = new ArrayList<>(CampaignStatsTest.mixed());
        Collections.reverse(reversed);
        RunInfo slower = new RunInfo(REAL_RUN.campaignId(), REAL_RUN.asOf(), REAL_RUN.leadSource(),
                REAL_RUN.mailer(), REAL_RUN.replySource(), Duration.ofMinutes(42));

        String first = report(CampaignStatsTest.mixed(), 1, REAL_RUN);
        assertThat(report(CampaignStatsTest.mixed(), 1, REAL_RUN)).isEqualTo(first);
        assertThat(report(reversed, 1, slower)).isEqualTo(first);
    }

    @Test
    void percentagesIgnoreTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(report(CampaignStatsTest.mixed(), 0, REAL_RUN))
                    .contains("| Delivery rate | 71.4% (35.9\u201391.8%) |")
                    .contains("| Average priority score | 64.2 |");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void returnsTheStatsItWasGivenAndTemplateProvenance() {
        CampaignStats stats = CampaignStats.compute(CampaignStatsTest.mixed(), 0, REAL_RUN);
        CampaignReport r = MarkdownReportWriter.defaults().write(stats, CampaignStatsTest.mixed());

        assertThat(r.stats()).isSameAs(stats);
        assertThat(r.provenance()).isEqualTo(Provenance.of("template"));
    }

    /** Consecutive lines starting with a pipe. */
    private static List<List<String>> tables(String md) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : md.split("\n", -1)) {
            if (line.startsWith("|")) {
                current.add(line);
            } else if (!current.isEmpty()) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        return out;
    }

    /** The number of cell separators: pipes not escaped by a backslash. */
    private static int cells(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
                n++;
            }
        }
        return n;
    }
}
