package dev.campaigncrm.reply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.analysis.ScoreBreakdown;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.SimulatedReply.Kind;
import dev.campaigncrm.send.SendResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReplySimulatorTest {

    private static final Instant SENT_AT = Instant.parse("2026-11-24T09:00:00Z");
    private static final Persona[] PERSONAS = Persona.values();

    private final ReplySimulator simulator = ReplySimulator.seeded(42);

    @Test
    void describesItselfAsSimulatedWithItsSeed() {
        assertThat(simulator.describe()).isEqualTo("simulated (seed 42)");
    }

    @Test
    void sameSeedGivesTheSameRepliesWhateverTheInputOrder() {
        List<Outreach> outreaches = mixed(300);
        List<Outreach> shuffled = new ArrayList<>(outreaches);
        Collections.shuffle(shuffled, new Random(7));

        List<Reply> inOrder = simulator.collect(outreaches);
        List<Reply> outOfOrder = ReplySimulator.seeded(42).collect(shuffled);
        List<Reply> alone = outreaches.subList(0, 10).stream()
                .flatMap(o -> simulator.collect(List.of(o)).stream()).toList();

        assertThat(inOrder).isNotEmpty().isEqualTo(outOfOrder);
        assertThat(inOrder).containsAll(alone);
    }

    @Test
    void concurrentUseGivesTheSameAnswers() {
        List<Outreach> outreaches = mixed(2000);

        List<SimulatedReply> sequential = outreaches.stream().map(simulator::simulate).toList();
        List<SimulatedReply> parallel = outreaches.parallelStream().map(simulator::simulate).toList();

        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void anotherSeedGivesOtherReplies() {
        List<Outreach> outreaches = mixed(300);

        List<Reply> a = ReplySimulator.seeded(42).collect(outreaches);
        List<Reply> b = ReplySimulator.seeded(43).collect(outreaches);

        assertThat(b).isNotEqualTo(a);
        assertThat(kinds(ReplySimulator.seeded(43), outreaches)).isNotEqualTo(kinds(simulator, outreaches));
    }

    @Test
    void failedAndSkippedSendsNeverGetAReply() {
        List<Outreach> outreaches = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Lead lead = lead(i, "Ann Example");
            SendResult send = i % 2 == 0
                    ? SendResult.failed(lead.id(), lead.email(), SENT_AT, "550 mailbox unavailable")
                    : SendResult.skipped(lead.id(), lead.email(), SENT_AT, "analysis failed");
            outreaches.add(new Outreach(i, analysis(lead, 90, Persona.GENERAL_BUSINESS_CONTACT), draft(lead), send));
        }

        assertThat(simulator.collect(outreaches)).isEmpty();
        List<Outreach> withOneSent = new ArrayList<>(outreaches);
        withOneSent.addAll(mixed(60));
        assertThat(simulator.collect(withOneSent)).extracting(Reply::leadId)
                .allMatch(id -> Integer.parseInt(id.substring(1)) >= 100_000);
    }

    @Test
    void everyReplyIsLabelledSimulatedAndAnswersTheLeadsEmail() {
        List<Outreach> outreaches = mixed(400);
        Map<String, Outreach> byId = outreaches.stream()
                .collect(Collectors.toMap(o -> o.analysis().lead().id(), o -> o));

        List<Reply> replies = simulator.collect(outreaches);

        assertThat(replies).isNotEmpty().allSatisfy(r -> {
            Outreach o = byId.get(r.leadId());
            assertThat(r.source()).isEqualTo(Reply.SIMULATED);
            assertThat(r.simulated()).isTrue();
            assertThat(r.from()).isEqualTo(o.analysis().lead().email());
            assertThat(r.subject()).endsWith(o.draft().subject());
            assertThat(r.receivedAt()).isAfter(SENT_AT).isBefore(SENT_AT.plus(Duration.ofDays(6)));
            assertThat(r.header("In-Reply-To")).isEqualTo(o.send().messageId());
        });
        assertThat(replies).extracting(Reply::receivedAt).isSorted();
        assertThat(replies.stream().map(Reply::receivedAt).distinct().count()).isGreaterThan(replies.size() / 2);
    }

    @Test
    void byDefaultAboutOneLeadInTwentyAnswersTheFirstEmailAsPublishedFiguresSay() {
        List<Outreach> outreaches = mixed(6000);

        Map<Kind, Double> share = shares(simulator, outreaches);
        double human = 1 - share.get(Kind.NO_REPLY) - share.get(Kind.OUT_OF_OFFICE);

        assertThat(human).isBetween(0.04, 0.06);
        assertThat(share.get(Kind.OUT_OF_OFFICE)).isBetween(0.03, 0.05);
        assertThat(simulator.mix().replyRate()).isEqualTo(ReplyMix.PUBLISHED_REPLY_RATE);
    }

    @Test
    void theReplyRateOfTheMixChangesHowManyAnswer() {
        List<Outreach> outreaches = mixed(6000);

        Map<Kind, Double> fifth = shares(simulator.withMix(ReplyMix.published().withReplyRate(0.2)), outreaches);
        Map<Kind, Double> none = shares(simulator.withMix(ReplyMix.published().withReplyRate(0).withOutOfOffice(0)),
                outreaches);

        assertThat(1 - fifth.get(Kind.NO_REPLY) - fifth.get(Kind.OUT_OF_OFFICE)).isBetween(0.18, 0.22);
        assertThat(none.get(Kind.NO_REPLY)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(simulator.withMix(ReplyMix.published().withReplyRate(0.2)).describe())
                .isEqualTo("simulated (seed 42, reply rate 20.0% at score 50, 4.0% out of office)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReplyMix.published().withReplyRate(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }

    @Test
    void higherScoresBringMoreRepliesMoreInterestAndFewerDeclines() {
        Map<Kind, Double> lowAll = shares(simulator, 4000, i -> outreach(i, 15, Persona.GENERAL_BUSINESS_CONTACT));
        Map<Kind, Double> highAll = shares(simulator, 4000, i -> outreach(i, 90, Persona.GENERAL_BUSINESS_CONTACT));
        ReplySimulator talkative = simulator.withMix(ReplyMix.published().withReplyRate(0.5));
        Map<Kind, Double> low = amongReplies(shares(talkative, 4000,
                i -> outreach(i, 15, Persona.GENERAL_BUSINESS_CONTACT)));
        Map<Kind, Double> high = amongReplies(shares(talkative, 4000,
                i -> outreach(i, 90, Persona.GENERAL_BUSINESS_CONTACT)));

        assertThat(1 - highAll.get(Kind.NO_REPLY)).isGreaterThan(1.5 * (1 - lowAll.get(Kind.NO_REPLY)));
        assertThat(high.get(Kind.INTERESTED)).isGreaterThan(2 * low.get(Kind.INTERESTED));
        assertThat(low.get(Kind.DECLINE)).isGreaterThan(2 * high.get(Kind.DECLINE));
        assertThat(lowAll.get(Kind.OUT_OF_OFFICE)).isGreaterThan(0.025);
        assertThat(highAll.get(Kind.OUT_OF_OFFICE)).isGreaterThan(0.025);
    }

    @Test
    void personaShiftsTheMix() {
        ReplySimulator talkative = simulator.withMix(ReplyMix.published().withReplyRate(0.5));
        Map<Kind, Double> enterprise = shares(talkative, 4000,
                i -> outreach(i, 60, Persona.ENTERPRISE_TECH_DECISION_MAKER));
        Map<Kind, Double> smallBusiness = shares(talkative, 4000,
                i -> outreach(i, 60, Persona.SMALL_BUSINESS_OWNER));

        assertThat(enterprise.get(Kind.REFERRAL)).isGreaterThan(2 * smallBusiness.get(Kind.REFERRAL));
        assertThat(smallBusiness.get(Kind.INFO_REQUEST)).isGreaterThan(enterprise.get(Kind.INFO_REQUEST));
    }

    @Test
    void aVariantEffectMakesThatVariantsLeadsAnswerMoreOftenAndOthersAsBefore() {
        ReplySimulator lifted = simulator.withMix(ReplyMix.published().withVariantEffect("B", 2.0));
        List<Outreach> a = mixed(6000).stream().map(o -> withVariant(o, "A")).toList();
        List<Outreach> b = mixed(6000).stream().map(o -> withVariant(o, "B")).toList();

        assertThat(kinds(lifted, a)).isEqualTo(kinds(simulator, a));
        double plain = 1 - shares(simulator, b).get(Kind.NO_REPLY);
        double more = 1 - shares(lifted, b).get(Kind.NO_REPLY);
        assertThat(more - 0.04).isGreaterThan(1.6 * (plain - 0.04));
        assertThat(shares(lifted, b).get(Kind.INTERESTED)).isGreaterThan(2 * shares(simulator, b).get(Kind.INTERESTED));
    }

    @Test
    void everyKindOccursWithVariedTexts() {
        Map<Kind, Set<String>> bodies = new EnumMap<>(Kind.class);
        ReplySimulator talkative = simulator.withMix(ReplyMix.published().withReplyRate(0.5));
        for (Outreach o : mixed(3000)) {
            SimulatedReply s = talkative.simulate(o);
            if (s.reply() != null) {
                String body = s.reply().body().split("\n\n(Best|Thanks|Cheers|Regards|Best regards)")[0];
                bodies.computeIfAbsent(s.kind(), k -> new java.util.HashSet<>()).add(body.replaceAll("\\d", ""));
            }
        }

        assertThat(bodies.keySet()).containsExactlyInAnyOrder(Kind.INTERESTED, Kind.DECLINE, Kind.INFO_REQUEST,
                Kind.LATER_DATE, Kind.REFERRAL, Kind.AMBIGUOUS, Kind.OUT_OF_OFFICE);
        assertThat(bodies.values()).allSatisfy(texts -> assertThat(texts).hasSizeGreaterThanOrEqualTo(5));
    }

    @Test
    void outOfOfficeRepliesLookLikeAutoRepliesInSeveralLanguages() {
        List<Reply> ooo = mixed(3000).stream().map(simulator::simulate)
                .filter(s -> s.kind() == Kind.OUT_OF_OFFICE).map(SimulatedReply::reply).toList();

        assertThat(ooo).isNotEmpty().allSatisfy(r -> {
            assertThat(r.header("Auto-Submitted")).isEqualTo("auto-replied");
            assertThat(r.subject()).doesNotStartWith("Re: ");
            assertThat(r.receivedAt()).isBefore(SENT_AT.plus(Duration.ofMinutes(16)));
        });
        assertThat(ooo).extracting(r -> r.subject().substring(0, r.subject().indexOf(':')))
                .contains("Automatic reply", "Abwesenheitsnotiz", "Réponse automatique ");
    }

    @Test
    void leadDataOtherThanASanitisedFirstNameNeverReachesAReply() {
        Lead lead = Lead.builder().id("X1").name("Eve\r\nBcc: victim@evil.test Mallory").email("eve@example.test")
                .company("=HYPERLINK(\"http://evil.test\")").notes("CONFIDENTIAL-NOTE").jobTitle("CEO").build();
        List<Reply> replies = IntStream.range(0, 200)
                .mapToObj(seed -> ReplySimulator.seeded(seed).collect(List.of(new Outreach(0,
                        analysis(lead, 95, Persona.GENERAL_BUSINESS_CONTACT), draft(lead),
                        SendResult.sent("X1", lead.email(), SENT_AT, "<m1@campaign.test>")))))
                .flatMap(List::stream).toList();

        assertThat(replies).isNotEmpty().allSatisfy(r -> assertThat(r.body())
                .doesNotContain("CONFIDENTIAL").doesNotContain("Bcc").doesNotContain("HYPERLINK")
                .doesNotContain("\r"));
        assertThat(replies).anySatisfy(r -> assertThat(r.body()).endsWith(",\nEve"));
    }

    @Test
    void theClassifierAgreesWithTheSimulatorOnEveryKind() {
        RuleReplyClassifier classifier = RuleReplyClassifier.defaults();
        List<SimulatedReply> simulated = mixed(2000).stream().map(simulator::simulate)
                .filter(s -> s.reply() != null).toList();

        assertThat(simulated).allSatisfy(s -> {
            ReplyClassification c = classifier.classify(s.reply());
            assertThat(c.category()).as("%s: %s -> %s", s.kind(), s.reply().body(), c.rationale())
                    .isEqualTo(s.kind().expected());
        });
    }

    @Test
    void outOfOfficeTextsAreRecognisedEvenWithoutTheirHeadersAndSubject() {
        RuleReplyClassifier classifier = RuleReplyClassifier.defaults();
        List<Reply> stripped = mixed(2000).stream().map(simulator::simulate)
                .filter(s -> s.kind() == Kind.OUT_OF_OFFICE)
                .map(s -> new Reply(s.reply().leadId(), s.reply().from(), "Re: hello", s.reply().body(), Map.of(),
                        s.reply().receivedAt(), "test"))
                .toList();

        assertThat(stripped).isNotEmpty().allSatisfy(r -> assertThat(classifier.classify(r).category())
                .as(r.body()).isEqualTo(ReplyCategory.SKIP));
    }

    @Test
    void inASequenceAboutFortyTwoPercentOfHumanRepliesComeAfterAFollowUpWhichAddThemToTheFirstEmailsReplies() {
        ReplySimulator sim = simulator.forSequenceOf(3);
        List<Outreach> sent = sequence(6000, 3);
        Map<String, Outreach> byMessageId = sent.stream()
                .collect(Collectors.toMap(o -> o.send().messageId(), o -> o));

        List<Reply> replies = sim.collect(sent);
        List<Reply> human = replies.stream()
                .filter(r -> r.header(ReplyHeaders.CLASS).equals(ReplyHeaders.HUMAN)).toList();
        long afterFollowUp = human.stream()
                .filter(r -> byMessageId.get(r.header("In-Reply-To")).draft().step().number() > 1).count();
        long oneEmailHuman = simulator.collect(mixed(6000)).stream()
                .filter(r -> r.header(ReplyHeaders.CLASS).equals(ReplyHeaders.HUMAN)).count();

        assertThat((double) afterFollowUp / human.size()).isBetween(0.36, 0.50);
        assertThat((double) human.size() / oneEmailHuman).isBetween(1.5, 1.95);
        assertThat(replies).allSatisfy(r -> {
            Outreach answered = byMessageId.get(r.header("In-Reply-To"));
            assertThat(answered.send().leadId()).isEqualTo(r.leadId());
            assertThat(r.receivedAt()).isAfter(answered.send().at());
            assertThat(r.header("References")).isEqualTo(String.join(" ",
                    concat(answered.draft().step().thread(), answered.send().messageId())));
        });
    }

    @Test
    void aLeadRepliesOnlyOnceTheMessageOfItsStepWasSentAndEarlierRunsSeeTheSameReplies() {
        ReplySimulator sim = simulator.forSequenceOf(3);
        List<Outreach> full = sequence(600, 3);
        List<Reply> all = sim.collect(full);

        for (int sentSteps = 1; sentSteps <= 2; sentSteps++) {
            int upTo = sentSteps;
            List<Outreach> sofar = full.stream().filter(o -> o.draft().step().number() <= upTo).toList();
            Set<String> ids = sofar.stream().map(o -> o.send().messageId()).collect(Collectors.toSet());

            assertThat(sim.collect(sofar)).as("after step %d", upTo)
                    .isEqualTo(all.stream().filter(r -> ids.contains(r.header("In-Reply-To"))).toList());
        }
        assertThat(all).anySatisfy(r -> assertThat(r.header("In-Reply-To")).contains("-s3@"));
    }

    @Test
    void sentEmailsReadAsAStreamGiveTheSameRepliesAsAListWithoutBeingGatheredIntoOne() {
        List<Outreach> oneEmail = mixed(3000);
        ReplySimulator sim = simulator.withMix(ReplyMix.published().withReplyRate(0.3)).forSequenceOf(3);
        List<Outreach> sequence = new ArrayList<>(sequence(2000, 3));
        Collections.shuffle(sequence, new Random(5));

        assertThat(simulator.collect(streamedOnly(oneEmail))).isNotEmpty().isEqualTo(simulator.collect(oneEmail));
        assertThat(sim.collect(streamedOnly(sequence))).isNotEmpty().isEqualTo(sim.collect(sequence));
    }

    /** Sent emails that can only be streamed: gathering them into a list fails. */
    private static SentEmails streamedOnly(List<Outreach> sent) {
        return new SentEmails() {
            @Override
            public int size() {
                return sent.size();
            }

            @Override
            public java.util.stream.Stream<Outreach> stream() {
                return sent.stream();
            }

            @Override
            public List<Outreach> toList() {
                throw new AssertionError("the emails were gathered into a list");
            }
        };
    }

    @Test
    void theSameSeedAndSequenceGiveTheSameRepliesInTheSameOrderWhateverTheListOrder() {
        ReplySimulator sim = simulator.forSequenceOf(3);
        List<Outreach> sent = sequence(400, 3);
        List<Outreach> shuffled = new ArrayList<>(sent);
        Collections.shuffle(shuffled, new Random(3));

        assertThat(ReplySimulator.seeded(42).forSequenceOf(3).collect(shuffled)).isNotEmpty()
                .isEqualTo(sim.collect(sent));
        assertThat(sent).filteredOn(o -> o.draft().step().number() == 1)
                .allSatisfy(o -> assertThat(sim.silent(o))
                        .isEqualTo(sim.simulate(o).kind() == Kind.NO_REPLY));
    }

    @Test
    void outOfOfficeLeadsAutoReplyToTheFirstMessageAndSomeAnswerTheFirstMessageAfterTheirReturn() {
        // a higher reply rate, so that enough leads back from leave answer
        ReplySimulator sim = simulator.withMix(ReplyMix.published().withReplyRate(0.3)).forSequenceOf(3);
        List<Outreach> sent = sequence(3000, 3);
        Map<String, Outreach> byMessageId = sent.stream()
                .collect(Collectors.toMap(o -> o.send().messageId(), o -> o));
        Map<String, List<Reply>> byLead = sim.collect(sent).stream()
                .collect(Collectors.groupingBy(Reply::leadId));

        List<List<Reply>> oooLeads = byLead.values().stream()
                .filter(rs -> rs.get(0).header(ReplyHeaders.CLASS).equals(ReplyHeaders.AUTO_REPLY)).toList();
        assertThat(oooLeads).isNotEmpty().allSatisfy(rs -> {
            Reply ooo = rs.get(0);
            Outreach first = byMessageId.get(ooo.header("In-Reply-To"));
            assertThat(first.draft().step().number()).isEqualTo(1);
            assertThat(ooo.receivedAt()).isBetween(SENT_AT.plus(Duration.ofMinutes(1)),
                    SENT_AT.plus(Duration.ofMinutes(16)));
            assertThat(ooo.header("Auto-Submitted")).isEqualTo("auto-replied");
            java.time.LocalDate back = java.time.LocalDate.parse(ooo.header(ReplyHeaders.RETURN_DATE));
            assertThat(back).isBetween(java.time.LocalDate.of(2026, 11, 27), java.time.LocalDate.of(2026, 12, 8));
            assertThat(rs).hasSizeLessThanOrEqualTo(2);
            if (rs.size() == 2) {
                Reply human = rs.get(1);
                Outreach answered = byMessageId.get(human.header("In-Reply-To"));
                assertThat(human.header(ReplyHeaders.CLASS)).isEqualTo(ReplyHeaders.HUMAN);
                assertThat(answered.draft().step().number()).isGreaterThan(1);
                assertThat(answered.send().at()).isAfterOrEqualTo(back.atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant());
                assertThat(sent).filteredOn(o -> o.send().leadId().equals(human.leadId())
                                && o.draft().step().number() > 1 && o.draft().step().number()
                                < answered.draft().step().number())
                        .allSatisfy(o -> assertThat(o.send().at()).isBefore(back.atStartOfDay(
                                java.time.ZoneOffset.UTC).toInstant()));
            }
        });
        assertThat(oooLeads).anySatisfy(rs -> assertThat(rs).hasSize(2));
        assertThat(oooLeads).anySatisfy(rs -> assertThat(rs).hasSize(1));
    }

    @Test
    void oneEmailRepliesCarryTheirClass() {
        assertThat(simulator.collect(mixed(500))).isNotEmpty().allSatisfy(r -> assertThat(r.header(ReplyHeaders.CLASS))
                .isEqualTo(r.header("Auto-Submitted").isEmpty() ? ReplyHeaders.HUMAN : ReplyHeaders.AUTO_REPLY));
    }

    /** {@code n} leads (L100000..) each mailed {@code steps} threaded messages five days apart. */
    private static List<Outreach> sequence(int n, int steps) {
        List<Outreach> out = new ArrayList<>();
        for (Outreach first : mixed(n)) {
            List<String> thread = new ArrayList<>();
            for (int s = 1; s <= steps; s++) {
                String id = "<" + first.index() + "-s" + s + "@campaign.test>";
                EmailStep step = s == 1 ? EmailStep.FIRST : EmailStep.followUp(s, thread);
                EmailDraft d = first.draft().withStep(step)
                        .withSubject(s == 1 ? first.draft().subject() : "Re: " + first.draft().subject());
                out.add(new Outreach(first.index(), first.analysis(), d, SendResult.sent(first.send().leadId(),
                        first.send().email(), SENT_AT.plus(Duration.ofDays(5L * (s - 1))), id)));
                thread.add(id);
            }
        }
        return out;
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> out = new ArrayList<>(list);
        out.add(last);
        return out;
    }

    private static Map<Kind, List<String>> kinds(ReplySimulator sim, List<Outreach> outreaches) {
        Map<Kind, List<String>> out = new EnumMap<>(Kind.class);
        outreaches.forEach(o -> out.computeIfAbsent(sim.simulate(o).kind(), k -> new ArrayList<>())
                .add(o.analysis().lead().id()));
        return out;
    }

    private static Map<Kind, Double> shares(ReplySimulator sim, List<Outreach> outreaches) {
        Map<Kind, Double> share = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            share.put(k, 0.0);
        }
        outreaches.stream().map(sim::simulate)
                .forEach(s -> share.merge(s.kind(), 1.0 / outreaches.size(), Double::sum));
        return share;
    }

    /** The shares of the kinds a person writes, among the leads who wrote. */
    private static Map<Kind, Double> amongReplies(Map<Kind, Double> share) {
        double human = 1 - share.get(Kind.NO_REPLY) - share.get(Kind.OUT_OF_OFFICE);
        Map<Kind, Double> out = new EnumMap<>(Kind.class);
        share.forEach((k, v) -> out.put(k, k == Kind.NO_REPLY || k == Kind.OUT_OF_OFFICE ? 0.0 : v / human));
        return out;
    }

    private static Outreach withVariant(Outreach o, String variant) {
        return new Outreach(o.index(), o.analysis(), o.draft().withVariant(variant), o.send());
    }

    private static Map<Kind, Double> shares(ReplySimulator sim, int n, IntFunction<Outreach> make) {
        Map<Kind, Double> share = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            share.put(k, 0.0);
        }
        IntStream.range(0, n).mapToObj(make).map(sim::simulate)
                .forEach(s -> share.merge(s.kind(), 1.0 / n, Double::sum));
        return share;
    }

    /** Outreaches with ids L100000.., scores spread over 0–100 and every persona. */
    private static List<Outreach> mixed(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> outreach(100_000 + i, (i * 37) % 101, PERSONAS[i % PERSONAS.length]))
                .toList();
    }

    private static Outreach outreach(int i, int score, Persona persona) {
        Lead lead = lead(i, i % 5 == 0 ? "" : "Ann Example");
        return new Outreach(i, analysis(lead, score, persona), draft(lead),
                SendResult.sent(lead.id(), lead.email(), SENT_AT, "<" + i + "@campaign.test>"));
    }

    private static Lead lead(int i, String name) {
        return Lead.builder().id("L" + i).name(name).email("lead" + i + "@example.test").company("Company " + i)
                .notes("Secret internal note " + i).build();
    }

    private static LeadAnalysis analysis(Lead lead, int score, Persona persona) {
        int engagement = Math.min(30, score);
        int recency = Math.min(25, score - engagement);
        int seniority = Math.min(25, score - engagement - recency);
        int size = score - engagement - recency - seniority;
        return new LeadAnalysis(lead, List.of(), new ScoreBreakdown(engagement, recency, seniority, size, List.of()),
                persona, "test persona", Provenance.of("rules"));
    }

    private static EmailDraft draft(Lead lead) {
        return new EmailDraft(lead.id(), lead.email(), lead.name(), "Faster onboarding for " + lead.company(),
                "Hello", Tone.PROFESSIONAL, Urgency.WARM, "test", Provenance.of("template"));
    }
}
