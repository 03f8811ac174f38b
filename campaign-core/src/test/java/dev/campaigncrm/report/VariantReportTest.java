package dev.campaigncrm.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.Campaign;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.reply.ReplyMix;
import dev.campaigncrm.reply.ReplySimulator;
import dev.campaigncrm.testing.RecordingMailer;
import dev.campaigncrm.testing.SampleLeads;
import dev.campaigncrm.sequence.Sequence;
import dev.campaigncrm.store.InMemoryCampaignStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A campaign testing email variants: the report compares them and names a winner only when the test says so. */
class VariantReportTest {

    private static CampaignResult run(List<Lead> leads, int variants, ReplyMix mix) {
        return Campaign.builder().leads(leads).asOf(LocalDate.of(2026, 11, 24)).seed(42).campaignId("ab")
                .variants(variants).mailer(RecordingMailer.accepting())
                .replies(ReplySimulator.seeded(42).withMix(mix)).build().run();
    }

    /** The 60 sample leads copied under new ids until there are {@code n}. */
    private static List<Lead> many(int n) {
        List<Lead> sample = SampleLeads.all();
        return IntStream.range(0, n).mapToObj(i -> {
            Lead l = sample.get(i % sample.size());
            return l.toBuilder().id("G" + i).email("g" + i + "@example.test").build();
        }).toList();
    }

    @Test
    void onTheSixtySampleLeadsTwoVariantsAreComparedAndNeitherWinsYet() {
        CampaignResult r = run(SampleLeads.all(), 2, ReplyMix.published());
        String md = r.reportIfWritten().orElseThrow().markdown();

        assertThat(r.outcomes().toList()).extracting(o -> o.draft().variant()).containsOnly("A", "B").contains("A", "B");
        assertThat(md).contains("## A/B Variants").contains("| A | ").contains("| B | ")
                .contains("| A vs B | ").contains("**No winner yet:**").doesNotContain("**Winner:");
        assertThat(md.indexOf("## A/B Variants")).isLessThan(md.indexOf("## Audience Segmentation"));
        assertThat(r.reportIfWritten().orElseThrow().html()).contains("<h2>A/B Variants</h2>");
    }

    /** The markdown section that starts at {@code heading}, up to the next section. */
    private static String section(String md, String heading) {
        int start = md.indexOf(heading);
        int end = md.indexOf("\n## ", start + heading.length());
        return md.substring(start, end < 0 ? md.length() : end);
    }

    @Test
    void withoutVariantsThereIsNoVariantSection() {
        CampaignResult r = run(SampleLeads.all(), 1, ReplyMix.published());

        assertThat(r.outcomes().toList()).extracting(o -> o.draft().variant()).containsOnly("");
        assertThat(r.reportIfWritten().orElseThrow().markdown()).doesNotContain("A/B").doesNotContain("variant");
    }

    @Test
    void aRealDifferenceOnManyLeadsNamesTheWinnerAndTheSameLeadsWithoutOneDoNot() {
        List<Lead> leads = many(6_000);

        String lifted = run(leads, 2, ReplyMix.published().withVariantEffect("B", 2.0)).reportIfWritten()
                .orElseThrow().markdown();
        String alike = run(leads, 2, ReplyMix.published()).reportIfWritten().orElseThrow().markdown();

        assertThat(lifted).contains("**Winner: variant B.**");
        assertThat(section(lifted, "## Key Findings")).contains("Variant B of the first email won the A/B test");
        assertThat(section(lifted, "## Strategic Recommendations"))
                .contains("**Send variant B of the first email to new leads:**");
        assertThat(alike).contains("**No winner yet:**").doesNotContain("**Winner:");
        assertThat(section(alike, "## Key Findings")).contains("The A/B test of 2 variants has no winner yet: interest A ");
        assertThat(section(alike, "## Strategic Recommendations")).contains("**Keep the A/B test running:**")
                .doesNotContain("Send variant");
    }

    @Test
    void theVerdictFollowsTheFiguresForThreeVariants() {
        Segment a = new Segment("A", 1000, 1000, 60, 20);
        Segment b = new Segment("B", 1000, 1000, 62, 21);
        Segment c = new Segment("C", 1000, 1000, 120, 60);

        AbTest test = AbTest.of(List.of(a, b, c));

        assertThat(test.pairs()).hasSize(3);
        assertThat(test.alpha()).isEqualTo(0.05 / 3);
        assertThat(test.winner()).contains(c);
        assertThat(ReportDocument.variantVerdict(test)).startsWith("**Winner: variant C.**");
        AbTest close = AbTest.of(List.of(a, b));
        assertThat(close.winner()).isEmpty();
        assertThat(ReportDocument.variantVerdict(close)).startsWith("**No winner yet:**")
                .contains("A against B").contains("delivered emails per variant");
        assertThat(AbTest.of(List.of(a))).isNull();
    }

    @Test
    void aLeadsFollowUpsCarryTheVariantOfItsFirstEmail() {
        InMemoryCampaignStore store = new InMemoryCampaignStore();
        LocalDate start = LocalDate.of(2026, 11, 24);
        for (LocalDate day : List.of(start, start.plusDays(3))) {
            Campaign.builder().leads(SampleLeads.all()).asOf(day).seed(42).campaignId("ab-seq").variants(2)
                    .mailer(RecordingMailer.accepting()).replies(ReplySimulator.seeded(42).forSequenceOf(2))
                    .store(store).sequence(Sequence.ofDays(3))
                    .clock(Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build().advance();
        }
        CampaignResult last = Campaign.builder().leads(SampleLeads.all()).asOf(start.plusDays(3)).seed(42)
                .campaignId("ab-seq").variants(2).mailer(RecordingMailer.accepting())
                .replies(ReplySimulator.seeded(42).forSequenceOf(2)).store(store).sequence(Sequence.ofDays(3))
                .clock(Clock.fixed(start.plusDays(3).atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .build().advance();

        List<LeadOutcome> followedUp = last.outcomes().stream().filter(o -> o.messages().size() > 1).toList();
        assertThat(followedUp).isNotEmpty().allSatisfy(o -> assertThat(o.messages())
                .extracting(m -> m.draft().variant()).containsOnly(o.draft().variant()).doesNotContain(""));
    }
}
