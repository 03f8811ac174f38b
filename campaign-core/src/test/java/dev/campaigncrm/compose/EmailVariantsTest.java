package dev.campaigncrm.compose;

import static dev.campaigncrm.compose.Analyses.analysis;
import static dev.campaigncrm.compose.Analyses.priya;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.lead.Lead;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmailVariantsTest {

    private static List<Lead> leads(int n) {
        return IntStream.range(0, n).mapToObj(i -> priya().id("L" + i).email("l" + i + "@example.test").build())
                .toList();
    }

    @Test
    void twoVariantsSplitTheLeadsAboutEvenlyAndTheSameLeadAlwaysGetsTheSameOne() {
        EmailVariants ab = new EmailVariants("spring", 2);
        List<Lead> leads = leads(10_000);

        Map<String, Long> counts = leads.stream().collect(Collectors.groupingBy(ab::of, Collectors.counting()));

        assertThat(counts.keySet()).containsExactlyInAnyOrder("A", "B");
        assertThat(counts.get("A")).isBetween(4_800L, 5_200L);
        assertThat(leads).allSatisfy(l -> assertThat(new EmailVariants("spring", 2).of(l)).isEqualTo(ab.of(l)));
    }

    @Test
    void anotherCampaignSplitsTheLeadsAnew() {
        List<Lead> leads = leads(4_000);
        EmailVariants spring = new EmailVariants("spring", 2);
        EmailVariants autumn = new EmailVariants("autumn", 2);

        long same = leads.stream().filter(l -> spring.of(l).equals(autumn.of(l))).count();

        assertThat(same).isBetween(1_800L, 2_200L);
    }

    @Test
    void oneVariantIsNoTestAndNamesRunFromA() {
        assertThat(new EmailVariants("c", 1).of(priya().build())).isEmpty();
        assertThat(new EmailVariants("c", 1).names()).isEmpty();
        assertThat(new EmailVariants("c", 3).names()).containsExactly("A", "B", "C");
        assertThat(EmailVariants.index("B")).isEqualTo(1);
        assertThat(EmailVariants.index("")).isEqualTo(-1);
        assertThat(EmailVariants.index("Z")).isEqualTo(-1);
        assertThat(EmailVariants.style("B")).contains("question");
        assertThatThrownBy(() -> new EmailVariants("c", 5)).hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> EmailVariants.style("Z")).hasMessageContaining("'Z'");
    }

    @Test
    void theTemplateComposerWritesEachVariantsOwnSubjectAndOpeningAndRecordsIt() {
        TemplateEmailComposer composer = TemplateEmailComposer.builder().seed(7).build();
        for (int score : new int[] {20, 50, 70, 90}) {
            LeadAnalysis a = analysis(priya().build(), score);

            EmailDraft plain = composer.compose(a);
            EmailDraft va = composer.compose(a, "A");
            EmailDraft vb = composer.compose(a, "B");

            assertThat(composer.compose(a, "")).isEqualTo(plain);
            assertThat(plain.variant()).isEmpty();
            assertThat(va.variant()).isEqualTo("A");
            assertThat(vb.variant()).isEqualTo("B");
            assertThat(vb.subject()).as("score %d", score).isNotEqualTo(va.subject());
            assertThat(opening(vb)).as("score %d", score).isNotEqualTo(opening(va));
            assertThat(vb.personalizationNotes()).endsWith("; variant B (subject and opening)");
            assertThat(composer.compose(a, "B")).isEqualTo(vb);
        }
        assertThatThrownBy(() -> composer.compose(analysis(priya().build(), 50), "Q"))
                .hasMessageContaining("'Q'");
    }

    @Test
    void aVariantIsTheSameTreatmentForEveryLeadOfAnUrgencyAndRegister() {
        TemplateEmailComposer composer = TemplateEmailComposer.builder().seed(7).build();
        Function<Lead, EmailDraft> b = l -> composer.compose(analysis(l, 50), "B");

        List<String> subjects = leads(40).stream().map(b).map(d -> d.subject().replace("MedCore Health", "CO"))
                .distinct().toList();

        assertThat(subjects).hasSize(1);
    }

    @Test
    void aComposerThatWritesNoVariantsStillRecordsTheOneAsked() {
        EmailComposer fixed = a -> TemplateEmailComposer.defaults().compose(a);
        LeadAnalysis a = analysis(priya().build(), 50);

        assertThat(fixed.compose(a, "B")).isEqualTo(fixed.compose(a).withVariant("B"));
    }

    private static String opening(EmailDraft d) {
        return d.body().split("\n\n")[1];
    }
}
