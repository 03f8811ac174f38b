package dev.campaigncrm.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.campaigncrm.analysis.EnrichedField;
import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.run.CampaignException;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.campaigncrm.artifact.CampaignArtifacts;
import dev.campaigncrm.artifact.CampaignArtifactsFactory;
import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.lead.LeadField;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.lead.SourceRef;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.report.CampaignReport;
import dev.campaigncrm.send.SendStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCampaignArtifactsTest {

    private static final List<String> SEED = List.of("id", "name", "email", "company", "industry", "job_title",
            "company_size", "location", "last_contact", "notes");
    private static final List<String> ANALYSIS = List.of("priority_score", "persona", "score_engagement",
            "score_recency", "score_seniority", "score_company_size", "enriched_fields", "persona_reason",
            "score_reasons", "warnings", "ai_source", "ai_fallback_reason");

    @TempDir
    Path dir;

    private static List<NamedCsvRecord> read(Path file) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            return reader.stream().toList();
        }
    }

    private static List<String> header(Path file) throws IOException {
        try (CsvReader<de.siegmar.fastcsv.reader.CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            return reader.stream().findFirst().orElseThrow().getFields();
        }
    }

    private static void runPhaseOne(CampaignArtifacts artifacts, List<LeadOutcome> outcomes) {
        for (LeadOutcome o : outcomes) {
            if (o.analysis() != null) {
                artifacts.stageDone(Stage.ANALYZE, o);
            }
            if (o.draft() != null) {
                artifacts.stageDone(Stage.COMPOSE, o);
            }
            artifacts.stageDone(Stage.SEND, o);
        }
        artifacts.phaseOneFinished(outcomes);
    }

    @Test
    void phaseOneFilesHaveTheSeedColumnsTheExtrasAndTheAnalysis() throws IOException {
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            runPhaseOne(artifacts, List.of(Outcomes.phaseOne(0), Outcomes.phaseOne(2)));
        }
        List<String> expected = new ArrayList<>(SEED);
        expected.addAll(List.of("Lead Source", "Delta"));
        expected.addAll(ANALYSIS);
        assertThat(header(dir.resolve("output/analyzed_leads.csv"))).containsExactlyElementsOf(expected);
        assertThat(header(dir.resolve("output/emails_generated.csv"))).containsExactly("id", "email", "step",
                "attempt", "variant", "subject",
                "body", "tone", "urgency", "personalization_notes", "ai_source", "ai_fallback_reason");
        assertThat(header(dir.resolve("output/emails_sent_status.csv")))
                .containsExactly("id", "email", "step", "attempt", "variant", "status", "sent_at", "message_id",
                        "error");
        assertThat(header(dir.resolve("output/rejected_leads.csv")))
                .containsExactly("source", "line", "field", "reason", "raw");

        List<NamedCsvRecord> analyzed = read(dir.resolve("output/analyzed_leads.csv"));
        NamedCsvRecord enriched = analyzed.get(1);
        assertThat(enriched.getField("industry")).isEqualTo("Healthcare");
        assertThat(enriched.getField("enriched_fields"))
                .isEqualTo("industry=Healthcare (company name 'Company 2', 0.80)");
        assertThat(enriched.getField("priority_score")).isEqualTo("70");
        assertThat(enriched.getField("persona")).isEqualTo("Mid-Market Operations Leader");
        assertThat(enriched.getField("score_reasons")).isEqualTo("engagement 25: 'requested a demo' | recency 15 "
                + "| seniority 20: VP | size 10: 75 employees");
        assertThat(enriched.getField("Delta")).isEqualTo("-5");
        NamedCsvRecord send = read(dir.resolve("output/emails_sent_status.csv")).get(0);
        assertThat(send.getField("status")).isEqualTo("sent");
        assertThat(send.getField("sent_at")).isEqualTo("2026-11-24T10:15:30Z");
        assertThat(send.getField("message_id")).isEqualTo("<m0@seller.test>");
        assertThat(send.getField("step")).isEqualTo("1");
        assertThat(send.getField("attempt")).isEqualTo("1");
        NamedCsvRecord email = read(dir.resolve("output/emails_generated.csv")).get(0);
        assertThat(email.getField("step")).isEqualTo("1");
        assertThat(email.getField("attempt")).isEqualTo("1");
        assertThat(email.getField("tone")).isEqualTo("professional");
        assertThat(email.getField("urgency")).isEqualTo("warm");
    }

    @Test
    void formulaCellsAreNeutralisedOnDiskAndNumbersAreNot() throws IOException {
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            runPhaseOne(artifacts, List.of(Outcomes.phaseOne(1)));
        }
        NamedCsvRecord row = read(dir.resolve("output/analyzed_leads.csv")).get(0);
        assertThat(row.getField("company")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(row.getField("notes")).isEqualTo("'=HYPERLINK(\"http://evil.test\",\"click\")");
        assertThat(row.getField("Lead Source")).isEqualTo("'@webinar");
        assertThat(row.getField("Delta")).isEqualTo("-5");
        assertThat(read(dir.resolve("output/emails_generated.csv")).get(0).getField("subject"))
                .isEqualTo("'-Subject 1");
        assertThat(Files.readString(dir.resolve("output/analyzed_leads.csv"))).doesNotContain(",=", ",@", ",+");
    }

    @Test
    void anAppendedRowIsOnDiskBeforeTheArtifactsAreClosed() throws IOException {
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            artifacts.stageDone(Stage.ANALYZE, Outcomes.phaseOne(0));
            artifacts.rejected(new RejectedRow(new SourceRef("leads.csv", 9), "email", "missing email", "B1,,x"));
            assertThat(read(dir.resolve("output/analyzed_leads.csv"))).extracting(r -> r.getField("id"))
                    .containsExactly("A0");
            assertThat(read(dir.resolve("output/rejected_leads.csv"))).singleElement().satisfies(r -> {
                assertThat(r.getField("source")).isEqualTo("leads.csv");
                assertThat(r.getField("line")).isEqualTo("9");
                assertThat(r.getField("reason")).isEqualTo("missing email");
                assertThat(r.getField("raw")).isEqualTo("B1,,x");
            });
            artifacts.stageDone(Stage.SEND, Outcomes.phaseOne(0));
            assertThat(read(dir.resolve("output/emails_sent_status.csv"))).hasSize(1);
            assertThat(artifacts.rejectedCount()).isEqualTo(1);
        }
    }

    @Test
    void theFirstWriteReplacesAnOldFileAndTheEndOfPhaseOneSortsRowsBySourceOrder() throws IOException {
        Files.createDirectories(dir.resolve("output"));
        Files.writeString(dir.resolve("output/emails_sent_status.csv"), "stale,stale\nold,row\n");
        Files.writeString(dir.resolve("output/rejected_leads.csv"), "source,line,field,reason,raw\nold,1,,x,y\n");
        List<LeadOutcome> outcomes = List.of(Outcomes.phaseOne(0), Outcomes.phaseOne(1), Outcomes.phaseOne(2),
                Outcomes.phaseOne(3));
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            for (int i : new int[] {2, 0, 3, 1}) {
                artifacts.stageDone(Stage.SEND, outcomes.get(i));
            }
            assertThat(read(dir.resolve("output/emails_sent_status.csv"))).extracting(r -> r.getField("id"))
                    .containsExactly("A2", "A0", "A3", "A1");
            artifacts.phaseOneFinished(List.of(outcomes.get(3), outcomes.get(1), outcomes.get(0), outcomes.get(2)));
            assertThat(read(dir.resolve("output/emails_sent_status.csv"))).extracting(r -> r.getField("id"))
                    .containsExactly("A0", "A1", "A2", "A3");
            assertThat(read(dir.resolve("output/analyzed_leads.csv"))).extracting(r -> r.getField("id"))
                    .containsExactly("A0", "A1", "A2", "A3");
            assertThat(artifacts.rejectedCount()).isZero();
        }
        assertThat(dir.resolve("output")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void identicalOutcomesGiveIdenticalFilesWhateverTheAppendOrder() throws IOException {
        List<LeadOutcome> outcomes = IntStream.range(0, 4).mapToObj(Outcomes::phaseOne).toList();
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        try (CsvCampaignArtifacts a = CsvCampaignArtifacts.open(first)) {
            runPhaseOne(a, outcomes);
        }
        try (CsvCampaignArtifacts b = CsvCampaignArtifacts.open(second)) {
            runPhaseOne(b, List.of(outcomes.get(3), outcomes.get(2), outcomes.get(1), outcomes.get(0)));
        }
        for (String f : List.of("analyzed_leads.csv", "emails_generated.csv", "emails_sent_status.csv")) {
            assertThat(Files.readString(second.resolve("output").resolve(f)))
                    .isEqualTo(Files.readString(first.resolve("output").resolve(f)));
        }
    }

    @Test
    void concurrentAppendsAreAllWrittenAsWholeRows() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                LeadOutcome o = Outcomes.phaseOne(i);
                futures.add(pool.submit(() -> artifacts.stageDone(Stage.COMPOSE, o)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<NamedCsvRecord> rows = read(dir.resolve("output/emails_generated.csv"));
        assertThat(rows).hasSize(400);
        assertThat(rows).extracting(r -> r.getField("id")).doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(r -> assertThat(r.getField("body")).startsWith("Hello Person "));
    }

    @Test
    void phaseOneReadBackEqualsWhatWasWrittenIncludingNeutralisedValues() throws IOException {
        List<LeadOutcome> outcomes = List.of(Outcomes.phaseOne(0), Outcomes.phaseOne(1), Outcomes.phaseOne(2),
                Outcomes.phaseOne(3), Outcomes.failedAnalysis(4));
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            runPhaseOne(artifacts, outcomes);
        }
        List<Outreach> back;
        try (CsvCampaignArtifacts later = CsvCampaignArtifacts.open(dir)) {
            back = later.readPhaseOne();
        }
        assertThat(back).hasSize(4).extracting(Outreach::index).containsExactly(0, 1, 2, 3);
        for (int i = 0; i < 4; i++) {
            LeadOutcome original = outcomes.get(i);
            Outreach o = back.get(i);
            LeadAnalysis a = o.analysis();
            assertThat(a.lead()).usingRecursiveComparison().ignoringFields("source")
                    .isEqualTo(original.analysis().lead());
            assertThat(a.lead().source().source()).isEqualTo("analyzed_leads.csv");
            assertThat(a.score()).isEqualTo(original.analysis().score());
            assertThat(a.persona()).isEqualTo(original.analysis().persona());
            assertThat(a.personaReason()).isEqualTo(original.analysis().personaReason());
            assertThat(a.provenance()).isEqualTo(original.analysis().provenance());
            assertThat(a.enrichments()).isEqualTo(original.analysis().enrichments().stream()
                    .filter(EnrichedField::known).toList());
            assertThat(o.draft()).isEqualTo(original.draft());
            assertThat(o.send()).isEqualTo(original.send());
        }
        // multi-line notes: each row starts on the line FastCSV reports, not at a fixed step
        assertThat(back).extracting(o -> o.analysis().lead().source().line()).isSorted().doesNotHaveDuplicates()
                .first().isEqualTo(2L);
        assertThat(back.get(1).analysis().lead().company()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(back.get(1).analysis().lead().extra()).containsEntry("Lead Source", "@webinar");
        assertThat(back.get(3).analysis().lead().warnings()).singleElement().asString().contains("not a date");
        assertThat(back.get(3).draft().provenance()).isEqualTo(Provenance.fallback("template", "gemini: HTTP 429"));
    }

    @Test
    void readingPhaseOneWithoutItsFilesSaysToRunPhaseOneFirst() {
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            assertThatThrownBy(artifacts::readPhaseOne).isInstanceOf(CampaignException.class)
                    .hasMessageContaining("analyzed_leads.csv").hasMessageContaining("run phase one first");
            assertThat(artifacts.rejectedCount()).isZero();
        }
    }

    @Test
    void phaseTwoWritesRepliesFinalTwiceAndTheReport() throws IOException {
        LeadOutcome noReply = Outcomes.phaseOne(2).withReply(null, ReplyClassification.noReply());
        List<LeadOutcome> outcomes = List.of(Outcomes.replied(0), Outcomes.failedAnalysis(1), noReply);
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            artifacts.phaseTwoFinished(outcomes, new CampaignReport("# Report\n\n## Conclusion\nsimulated\n", null,
                    Provenance.of("rules")));
        }
        assertThat(header(dir.resolve("output/emails_with_replies.csv"))).containsExactly("id", "email", "subject",
                "status", "sent_at", "message_id", "reply_subject", "reply", "reply_source", "replied_at",
                "replied_to_step");
        List<NamedCsvRecord> replies = read(dir.resolve("output/emails_with_replies.csv"));
        assertThat(replies).extracting(r -> r.getField("id")).containsExactly("A0", "A1", "A2");
        assertThat(replies.get(0).getField("reply")).isEqualTo("'=Sounds good, call me");
        assertThat(replies.get(0).getField("reply_source")).isEqualTo("simulated");
        assertThat(replies.get(0).getField("replied_at")).isEqualTo("2026-11-24T11:15:30Z");
        assertThat(replies.get(2).getField("reply")).isEmpty();
        assertThat(replies.get(1).getField("status")).isEqualTo("skipped");

        List<String> expected = new ArrayList<>(SEED);
        expected.addAll(List.of("Lead Source", "Delta"));
        expected.addAll(ANALYSIS);
        expected.addAll(List.of("subject", "body", "tone", "urgency", "variant", "status", "sent_at", "message_id", "error",
                "reply_subject", "reply", "reply_source", "replied_at", "response_category", "response_confidence",
                "response_rationale", "referral", "response_ai_source", "response_ai_fallback_reason", "failed_stage",
                "failure_reason", "sequence_state", "steps_sent", "next_step_on", "paused_until", "follow_up_on"));
        assertThat(header(dir.resolve("output/final.csv"))).containsExactlyElementsOf(expected);
        List<NamedCsvRecord> fin = read(dir.resolve("output/final.csv"));
        assertThat(fin.get(0).getField("response_category")).isEqualTo("interested");
        assertThat(fin.get(0).getField("response_confidence")).isEqualTo("0.88");
        assertThat(fin.get(1).getField("failed_stage")).isEqualTo("analyze");
        assertThat(fin.get(1).getField("failure_reason")).isEqualTo("scorer exploded");
        assertThat(fin.get(1).getField("priority_score")).isEmpty();
        assertThat(fin.get(1).getField("email")).isEqualTo("p1@example.test");
        assertThat(fin.get(2).getField("response_category")).isEqualTo("skip");
        assertThat(fin.get(0).getField("sequence_state")).isEmpty();
        assertThat(fin.get(0).getField("steps_sent")).isEmpty();
        assertThat(replies.get(0).getField("replied_to_step")).isEmpty();
        assertThat(Files.readAllBytes(dir.resolve("report/final.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("output/final.csv")));
        assertThat(Files.readString(dir.resolve("report/campaign_report.md")))
                .isEqualTo("# Report\n\n## Conclusion\nsimulated\n");
    }

    @Test
    void theFactoryIsRegistered() {
        CampaignArtifactsFactory factory = ServiceLoader.load(CampaignArtifactsFactory.class).findFirst()
                .orElseThrow();
        try (CampaignArtifacts artifacts = factory.open(dir.resolve("run"))) {
            assertThat(artifacts).isInstanceOf(CsvCampaignArtifacts.class);
            assertThat(artifacts.directory()).isEqualTo(dir.resolve("run"));
        }
        assertThat(dir.resolve("run/output")).isDirectory();
        assertThat(dir.resolve("run/report")).isDirectory();
    }

    @Test
    void enrichmentsWithTheUnknownValueAreNotWritten() throws IOException {
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            artifacts.stageDone(Stage.ANALYZE, Outcomes.phaseOne(2));
        }
        assertThat(read(dir.resolve("output/analyzed_leads.csv")).get(0).getField("enriched_fields"))
                .doesNotContain("notes=").contains(LeadField.INDUSTRY.column() + "=Healthcare");
    }

    private static List<String> cells(List<NamedCsvRecord> rows, String... columns) {
        return rows.stream().map(r -> String.join("/", java.util.Arrays.stream(columns).map(r::getField).toList()))
                .toList();
    }

    @Test
    void aSequenceGivesOneRowPerMessageByLeadThenStepThenAttempt() throws IOException {
        List<LeadOutcome> outcomes = List.of(Outcomes.retriedFirstEmail(), Outcomes.failedAnalysis(2),
                Outcomes.repliedToFollowUp());
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            runPhaseOne(artifacts, outcomes);
        }
        List<NamedCsvRecord> emails = read(dir.resolve("output/emails_generated.csv"));
        assertThat(cells(emails, "id", "step", "attempt", "subject"))
                .containsExactly("A0/1/1/'-Subject 0", "A0/2/1/Re: -Subject 0", "A1/1/1/'-Subject 1",
                        "A1/1/2/'-Subject 1");
        List<NamedCsvRecord> sends = read(dir.resolve("output/emails_sent_status.csv"));
        assertThat(cells(sends, "id", "step", "attempt", "status", "message_id")).containsExactly(
                "A0/1/1/sent/<m0@seller.test>", "A0/2/1/sent/<m0s2r1@seller.test>",
                "A1/1/1/failed/", "A1/1/2/sent/<m1s1r2@seller.test>", "A2/1/1/skipped/");
        assertThat(sends.get(2).getField("error")).isEqualTo("452 mailbox full");
    }

    @Test
    void theFirstEmailsAppendedDuringPhaseOneAreStepOneRows() throws IOException {
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            artifacts.stageDone(Stage.COMPOSE, Outcomes.repliedToFollowUp());
            artifacts.stageDone(Stage.SEND, Outcomes.repliedToFollowUp());
            assertThat(cells(read(dir.resolve("output/emails_generated.csv")), "id", "step", "attempt"))
                    .containsExactly("A0/1/1");
            assertThat(cells(read(dir.resolve("output/emails_sent_status.csv")), "id", "step", "attempt", "status"))
                    .containsExactly("A0/1/1/sent");
        }
    }

    @Test
    void phaseOneReadBackTakesEachLeadsFirstEmailFromASequence() throws IOException {
        List<LeadOutcome> outcomes = List.of(Outcomes.repliedToFollowUp(), Outcomes.retriedFirstEmail());
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            runPhaseOne(artifacts, outcomes);
        }
        List<Outreach> back;
        try (CsvCampaignArtifacts later = CsvCampaignArtifacts.open(dir)) {
            back = later.readPhaseOne();
        }
        assertThat(back).hasSize(2);
        assertThat(back.get(0).draft()).isEqualTo(Outcomes.draft(0));
        assertThat(back.get(0).draft().step()).isEqualTo(EmailStep.FIRST);
        assertThat(back.get(0).send()).isEqualTo(Outcomes.send(0));
        assertThat(back.get(1).draft()).isEqualTo(outcomes.get(1).messages().get(0).draft());
        assertThat(back.get(1).send().status()).isEqualTo(SendStatus.FAILED);
    }

    @Test
    void phaseOneFilesWrittenBeforeTheStepColumnAreStillRead() throws IOException {
        List<LeadOutcome> outcomes = List.of(Outcomes.phaseOne(0), Outcomes.phaseOne(1));
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            runPhaseOne(artifacts, outcomes);
        }
        for (String f : List.of("emails_generated.csv", "emails_sent_status.csv")) {
            dropColumns(dir.resolve("output").resolve(f), "step", "attempt");
        }
        assertThat(header(dir.resolve("output/emails_sent_status.csv"))).doesNotContain("step", "attempt");
        List<Outreach> back;
        try (CsvCampaignArtifacts later = CsvCampaignArtifacts.open(dir)) {
            back = later.readPhaseOne();
        }
        assertThat(back).extracting(Outreach::draft).containsExactly(Outcomes.draft(0), Outcomes.draft(1));
        assertThat(back).extracting(Outreach::send).containsExactly(Outcomes.send(0), Outcomes.send(1));
    }

    @Test
    void phaseTwoWritesTheSequenceColumns() throws IOException {
        List<LeadOutcome> outcomes = List.of(Outcomes.repliedToFollowUp(), Outcomes.retriedFirstEmail(),
                Outcomes.failedAnalysis(2));
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            artifacts.phaseTwoFinished(outcomes, new CampaignReport("# Report\n", null, Provenance.of("rules")));
        }
        List<NamedCsvRecord> replies = read(dir.resolve("output/emails_with_replies.csv"));
        assertThat(cells(replies, "id", "replied_to_step")).containsExactly("A0/2", "A1/", "A2/");
        List<NamedCsvRecord> fin = read(dir.resolve("output/final.csv"));
        assertThat(cells(fin, "id", "sequence_state", "steps_sent", "next_step_on", "paused_until", "follow_up_on"))
                .containsExactly("A0/replied/2///", "A1/paused/1/2026-11-27/2026-11-26/2027-02-01", "A2/////");
        assertThat(fin.get(1).getField("company")).isEqualTo("'=cmd|' /C calc'!A0");
    }

    @Test
    void theVariantOfEachMessageIsWrittenToTheThreeFilesAndReadBackByPhaseTwo() throws IOException {
        LeadOutcome b = Outcomes.phaseOne(0).withDraft(Outcomes.draft(0).withVariant("B"));
        LeadOutcome none = Outcomes.phaseOne(1);
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            runPhaseOne(artifacts, List.of(b, none));
        }
        assertThat(cells(read(dir.resolve("output/emails_generated.csv")), "id", "variant"))
                .containsExactly("A0/B", "A1/");
        assertThat(cells(read(dir.resolve("output/emails_sent_status.csv")), "id", "variant"))
                .containsExactly("A0/B", "A1/");
        List<Outreach> back;
        try (CsvCampaignArtifacts later = CsvCampaignArtifacts.open(dir)) {
            back = later.readPhaseOne();
        }
        assertThat(back).extracting(o -> o.draft().variant()).containsExactly("B", "");
        assertThat(back.get(0).draft()).isEqualTo(b.draft());
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            artifacts.phaseTwoFinished(List.of(b, none), new CampaignReport("# Report\n", null,
                    Provenance.of("rules")));
        }
        assertThat(cells(read(dir.resolve("output/final.csv")), "id", "variant")).containsExactly("A0/B", "A1/");
    }

    @Test
    void phaseOneFilesWrittenBeforeTheVariantColumnAreReadAsNoVariant() throws IOException {
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            runPhaseOne(artifacts, List.of(Outcomes.phaseOne(0)));
        }
        dropColumns(dir.resolve("output").resolve("emails_generated.csv"), "variant");
        try (CsvCampaignArtifacts later = CsvCampaignArtifacts.open(dir)) {
            assertThat(later.readPhaseOne()).extracting(Outreach::draft).containsExactly(Outcomes.draft(0));
        }
    }

    @Test
    void aVariantThatIsNoVariantNameIsRefusedNamingTheFileLineAndColumn() throws IOException {
        try (CsvCampaignArtifacts artifacts = CsvCampaignArtifacts.open(dir)) {
            runPhaseOne(artifacts, List.of(Outcomes.phaseOne(0).withDraft(Outcomes.draft(0).withVariant("B"))));
        }
        Path emails = dir.resolve("output/emails_generated.csv");
        Files.writeString(emails, Files.readString(emails).replace(",B,", ",**B** <b>,"));
        try (CsvCampaignArtifacts later = CsvCampaignArtifacts.open(dir)) {
            assertThatThrownBy(later::readPhaseOne).isInstanceOf(CampaignException.class)
                    .hasMessageContaining("emails_generated.csv:2: column variant holds '**B** <b>'");
        }
    }

    /** Rewrites a CSV file without some columns, as a version before them wrote it. */
    private static void dropColumns(Path file, String... names) throws IOException {
        List<List<String>> rows;
        try (CsvReader<de.siegmar.fastcsv.reader.CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            rows = reader.stream().map(de.siegmar.fastcsv.reader.CsvRecord::getFields).toList();
        }
        List<Integer> keep = IntStream.range(0, rows.get(0).size())
                .filter(i -> !List.of(names).contains(rows.get(0).get(i))).boxed().toList();
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file)) {
            rows.forEach(r -> w.writeRecord(keep.stream().map(r::get).toList()));
        }
    }
}
