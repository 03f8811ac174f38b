package dev.campaigncrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.campaigncrm.analysis.RuleLeadAnalyzer;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.outcome.StageFailure;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.ReplyClassification;
import dev.campaigncrm.reply.ReplySource;
import dev.campaigncrm.run.CampaignEvent;
import dev.campaigncrm.run.CampaignException;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.MailerUnavailableException;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import dev.campaigncrm.testing.RecordingMailer;
import dev.campaigncrm.testing.TestLeads;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    /** Replies "let's set up a call" to every lead whose id ends in an even digit. */
    private static final ReplySource EVEN_LEADS_REPLY = new ReplySource() {
        @Override
        public List<Reply> collect(List<Outreach> sent) {
            return sent.stream()
                    .filter(o -> (o.analysis().lead().id().charAt(o.analysis().lead().id().length() - 1) - '0') % 2 == 0)
                    .map(o -> new Reply(o.analysis().lead().id(), o.draft().to(), "Re: " + o.draft().subject(),
                            "Yes, let's set up a call.", null, o.send().at(), "test"))
                    .toList();
        }

        @Override
        public String describe() {
            return "test replies";
        }
    };

    private static ReplyClassification callMeansInterest(Reply r) {
        return new ReplyClassification(r.body().contains("call") ? ReplyCategory.INTERESTED : ReplyCategory.UNCLEAR,
                0.9, "test rule", Provenance.of("test"));
    }

    @Test
    void runsEveryLeadThroughBothPhasesInSourceOrder() {
        RecordingMailer mailer = RecordingMailer.accepting();

        CampaignResult result = Campaign.builder()
                .leads(TestLeads.leads(20))
                .asOf(AS_OF)
                .mailer(mailer)
                .replies(EVEN_LEADS_REPLY)
                .classifier(CampaignTest::callMeansInterest)
                .run();

        assertThat(result.outcomes().toList()).extracting(o -> o.lead().id())
                .containsExactlyElementsOf(TestLeads.leads(20).stream().map(Lead::id).toList());
        assertThat(result.sentCount()).isEqualTo(20);
        assertThat(mailer.sent()).extracting(EmailDraft::to)
                .containsExactlyInAnyOrderElementsOf(TestLeads.leads(20).stream().map(Lead::email).toList());
        assertThat(result.outcomes().toList()).allSatisfy(o -> {
            assertThat(o.analysis().priorityScore()).isBetween(0, 100);
            assertThat(o.draft().to()).isEqualTo(o.lead().email());
            boolean even = (o.lead().id().charAt(o.lead().id().length() - 1) - '0') % 2 == 0;
            assertThat(o.classification().category())
                    .isEqualTo(even ? ReplyCategory.INTERESTED : ReplyCategory.SKIP);
            assertThat(o.reply() != null).isEqualTo(even);
        });
        assertThat(result.report()).isNotNull();
        assertThat(result.report().markdown()).contains("Executive Summary");
        assertThat(result.run().replySource()).isEqualTo("test replies");
    }

    @Test
    void oneLeadFailingAnalysisNeverStopsTheOthers() {
        RuleLeadAnalyzer rules = RuleLeadAnalyzer.defaults();
        RecordingMailer mailer = RecordingMailer.accepting();

        CampaignResult result = Campaign.builder()
                .leads(TestLeads.leads(10))
                .asOf(AS_OF)
                .analyzer((lead, asOf) -> {
                    if (lead.id().equals("L3")) {
                        throw new IllegalStateException("model returned no candidate");
                    }
                    return rules.analyze(lead, asOf);
                })
                .mailer(mailer)
                .runPhaseOne();

        LeadOutcome l3 = result.outcomes().toList().get(3);
        assertThat(l3.failure()).isEqualTo(new StageFailure(Stage.ANALYZE, "model returned no candidate"));
        assertThat(l3.send().status()).isEqualTo(SendStatus.SKIPPED);
        assertThat(l3.send().error()).isEqualTo("analyze failed: model returned no candidate");
        assertThat(mailer.sent()).hasSize(9).noneMatch(d -> d.leadId().equals("L3"));
        assertThat(result.failedCount()).isEqualTo(1);
    }

    @Test
    void aRefusedSendKeepsTheServersReasonAndTheOthersGoOn() {
        CampaignResult result = Campaign.builder()
                .leads(TestLeads.leads(6))
                .asOf(AS_OF)
                .mailer(RecordingMailer.refusing(d -> d.leadId().equals("L5")))
                .runPhaseOne();

        LeadOutcome l5 = result.outcomes().toList().get(5);
        assertThat(l5.send().status()).isEqualTo(SendStatus.FAILED);
        assertThat(l5.send().error()).isEqualTo("550 mailbox unavailable");
        assertThat(l5.failure().stage()).isEqualTo(Stage.SEND);
        assertThat(result.sentCount()).isEqualTo(5);
    }

    @Test
    void badAndDuplicateAddressesAreRejectedWithLineFieldAndReason() {
        List<Lead> leads = new ArrayList<>(TestLeads.leads(3));
        leads.add(Lead.builder().id("missing").name("No Mail").build());
        leads.add(Lead.builder().id("bad1").email("not-an-email").build());
        leads.add(Lead.builder().id("bad2").email("a@b").build());
        leads.add(Lead.builder().id("bad3").email("eve@x.test, bob@y.test").build());
        leads.add(Lead.builder().id("bad4").email("eve@x.test\r\nBcc: bob@y.test").build());
        leads.add(Lead.builder().id("dup").email("  PERSON1@Example.TEST ").build());
        RecordingMailer mailer = RecordingMailer.accepting();

        CampaignResult result = Campaign.builder().leads(leads).asOf(AS_OF).mailer(mailer).runPhaseOne();

        assertThat(result.rejected()).extracting(RejectedRow::field).containsOnly("email");
        assertThat(result.rejected()).extracting(RejectedRow::reason).containsExactly(
                "missing email",
                "malformed email 'not-an-email'",
                "malformed email 'a@b'",
                "malformed email 'eve@x.test, bob@y.test'",
                "malformed email 'eve@x.test??Bcc: bob@y.test'",
                "duplicate email 'PERSON1@Example.TEST', first seen at code");
        assertThat(result.rejected().get(0).raw()).startsWith("missing,No Mail,");
        assertThat(mailer.sent()).extracting(EmailDraft::to)
                .containsExactlyInAnyOrder("person0@example.test", "person1@example.test", "person2@example.test");
    }

    @Test
    void eachStageRunsAtMostTheConfiguredNumberOfLeadsAtOnce() {
        RecordingMailer mailer = RecordingMailer.slow(15);

        Campaign.builder().leads(TestLeads.leads(40)).asOf(AS_OF).mailer(mailer).concurrency(3).runPhaseOne();

        assertThat(mailer.sent()).hasSize(40);
        assertThat(mailer.maxConcurrentSends()).isBetween(2, 3);
    }

    @Test
    void aLeadIsSentWhileAnotherIsStillBeingAnalysed() {
        CountDownLatch someoneSent = new CountDownLatch(1);
        RecordingMailer recording = RecordingMailer.accepting();
        Mailer mailer = new Mailer() {
            @Override
            public SendResult send(EmailDraft draft) {
                SendResult r = recording.send(draft);
                someoneSent.countDown();
                return r;
            }

            @Override
            public String describe() {
                return "latch";
            }
        };
        RuleLeadAnalyzer rules = RuleLeadAnalyzer.defaults();
        AtomicBoolean sawSendDuringAnalysis = new AtomicBoolean();

        CampaignResult result = Campaign.builder()
                .leads(TestLeads.leads(5))
                .asOf(AS_OF)
                .concurrency(2)
                .analyzer((lead, asOf) -> {
                    if (lead.id().equals("L0")) {
                        try {
                            sawSendDuringAnalysis.set(someoneSent.await(20, TimeUnit.SECONDS));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return rules.analyze(lead, asOf);
                })
                .mailer(mailer)
                .runPhaseOne();

        assertThat(sawSendDuringAnalysis).as("another lead was sent while L0 was still in analysis").isTrue();
        assertThat(result.sentCount()).isEqualTo(5);
    }

    @Test
    void anUnreachableServerIsOneClearErrorBeforeAnythingIsAnalysedOrSent() {
        List<String> analysed = new CopyOnWriteArrayList<>();
        Mailer down = new Mailer() {
            @Override
            public void checkReachable() {
                throw new MailerUnavailableException("Cannot reach the SMTP server at localhost:1025", null);
            }

            @Override
            public SendResult send(EmailDraft draft) {
                throw new AssertionError("must not send");
            }

            @Override
            public String describe() {
                return "smtp://localhost:1025";
            }
        };

        assertThatThrownBy(() -> Campaign.builder()
                .leads(TestLeads.leads(5))
                .analyzer((lead, asOf) -> {
                    analysed.add(lead.id());
                    return RuleLeadAnalyzer.defaults().analyze(lead, asOf);
                })
                .mailer(down)
                .run())
                .isInstanceOf(MailerUnavailableException.class)
                .hasMessage("Cannot reach the SMTP server at localhost:1025");
        assertThat(analysed).isEmpty();
    }

    @Test
    void aMissingModuleIsNamedAtOnce(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("leads.csv"), "id,email\n1,a@example.test\n");

        assertThatThrownBy(() -> Campaign.builder().leads(csv).mailer(RecordingMailer.accepting()).run())
                .isInstanceOf(CampaignException.class)
                .hasMessageContaining("dev.campaigncrm:campaign-csv")
                .hasMessageContaining(".leads(LeadSource)");
        assertThatThrownBy(() -> Campaign.builder().leads(TestLeads.leads(1)).run())
                .isInstanceOf(CampaignException.class)
                .hasMessageContaining("dev.campaigncrm:campaign-mail")
                .hasMessageContaining(".mailer(Mailer)");
        assertThatThrownBy(() -> Campaign.builder().leads(TestLeads.leads(1)).mailer(RecordingMailer.accepting())
                .writeArtifacts(dir).run())
                .isInstanceOf(CampaignException.class)
                .hasMessageContaining("dev.campaigncrm:campaign-csv");
        assertThatThrownBy(() -> Campaign.builder().leads(dir.resolve("nope.csv")).run())
                .isInstanceOf(CampaignException.class)
                .hasMessageContaining("Lead file not found").hasMessageContaining("nope.csv");
    }

    @Test
    void anOutOfOfficeFollowedByARealAnswerIsJudgedByTheAnswer() {
        ReplySource oooThenAnswer = new ReplySource() {
            @Override
            public List<Reply> collect(List<Outreach> sent) {
                Outreach o = sent.get(0);
                String id = o.analysis().lead().id();
                return List.of(
                        new Reply(id, o.draft().to(), "Re: " + o.draft().subject(), "Yes, let's book a call.", null,
                                o.send().at().plusSeconds(7200), "test"),
                        new Reply(id, o.draft().to(), "Automatic reply: " + o.draft().subject(),
                                "I am out of the office until Monday.", java.util.Map.of("Auto-Submitted",
                                "auto-replied"), o.send().at().plusSeconds(60), "test"));
            }

            @Override
            public String describe() {
                return "out-of-office, then an answer";
            }
        };

        CampaignResult result = Campaign.builder().leads(TestLeads.leads(1)).asOf(AS_OF)
                .mailer(RecordingMailer.accepting()).replies(oooThenAnswer).run();

        LeadOutcome only = result.outcomes().toList().get(0);
        assertThat(only.classification().category()).isEqualTo(ReplyCategory.INTERESTED);
        assertThat(only.reply().body()).isEqualTo("Yes, let's book a call.");
    }

    @Test
    void theListenerHearsEveryStageOfEveryLeadAndBothPhases() throws Exception {
        List<CampaignEvent> events = new CopyOnWriteArrayList<>();

        CampaignResult result = Campaign.builder()
                .leads(TestLeads.leads(4))
                .asOf(AS_OF)
                .mailer(RecordingMailer.accepting())
                .replies(EVEN_LEADS_REPLY)
                .classifier(CampaignTest::callMeansInterest)
                .listener(events::add)
                .runAsync()
                .get(60, TimeUnit.SECONDS);

        assertThat(result.sentCount()).isEqualTo(4);
        for (Stage stage : List.of(Stage.ANALYZE, Stage.COMPOSE, Stage.SEND, Stage.CLASSIFY)) {
            assertThat(events).filteredOn(e -> e instanceof CampaignEvent.StageDone d && d.stage() == stage)
                    .as(stage.label()).hasSize(4);
        }
        assertThat(events).filteredOn(e -> e instanceof CampaignEvent.PhaseDone)
                .extracting(e -> ((CampaignEvent.PhaseDone) e).phase()).containsExactly(1, 2);
    }

    @Test
    void withoutAReplySourceEverySentLeadIsSkipNoReply() {
        CampaignResult result = Campaign.builder()
                .leads(TestLeads.leads(3))
                .asOf(AS_OF)
                .mailer(RecordingMailer.accepting())
                .run();

        assertThat(result.outcomes().toList()).allSatisfy(o -> {
            assertThat(o.reply()).isNull();
            assertThat(o.classification()).isEqualTo(ReplyClassification.noReply());
        });
        assertThat(result.run().replySource()).contains("none configured");
    }

    @Test
    void aBuiltCampaignKeepsItsSettingsWhenTheBuilderChangesAfterwards() {
        RecordingMailer first = RecordingMailer.accepting();
        RecordingMailer second = RecordingMailer.accepting();
        Campaign.Builder builder = Campaign.builder().leads(TestLeads.leads(4)).asOf(AS_OF).mailer(first);

        Campaign campaign = builder.build();
        builder.leads(TestLeads.leads(1)).mailer(second).campaignId("changed-later");
        CampaignResult result = campaign.run();

        assertThat(result.sentCount()).isEqualTo(4);
        assertThat(first.sent()).hasSize(4);
        assertThat(second.sent()).isEmpty();
        assertThat(result.run().campaignId()).isEqualTo("campaign-" + AS_OF);
    }

    @Test
    void buildCopiesEveryBuilderSetting() throws Exception {
        Campaign.Builder builder = Campaign.builder().leads(TestLeads.leads(2)).asOf(AS_OF).campaignId("q4")
                .mailer(RecordingMailer.accepting()).concurrency(3).executor(Runnable::run).seed(7)
                .writeArtifacts(Path.of("somewhere"));
        Campaign campaign = builder.build();

        Field held = Campaign.class.getDeclaredField("builder");
        held.setAccessible(true);
        Object snapshot = held.get(campaign);
        assertThat(snapshot).isNotSameAs(builder);
        for (Field f : Campaign.Builder.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            assertThat(f.get(snapshot)).as("the snapshot's " + f.getName()).isSameAs(f.get(builder));
        }
    }

    @Test
    void runAsyncRunsOnTheGivenExecutor() throws Exception {
        List<Thread> submitters = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "app-pool");
            t.setDaemon(true);
            return t;
        });
        Executor recording = task -> {
            submitters.add(Thread.currentThread());
            pool.execute(task);
        };
        try {
            CampaignResult result = Campaign.builder().leads(TestLeads.leads(3)).asOf(AS_OF)
                    .mailer(RecordingMailer.accepting()).executor(recording)
                    .runAsync().get(60, TimeUnit.SECONDS);

            assertThat(result.sentCount()).isEqualTo(3);
            // the run itself was handed to the executor by the caller's thread, not started on a thread of its own
            assertThat(submitters.get(0)).isSameAs(Thread.currentThread());
            assertThat(submitters.subList(1, submitters.size())).allSatisfy(
                    t -> assertThat(t.getName()).isEqualTo("app-pool"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void runAsyncOnAnExecutorThatRejectsTheRunFailsTheFuture() {
        Executor rejecting = task -> {
            throw new RejectedExecutionException("full");
        };

        var future = Campaign.builder().leads(TestLeads.leads(1)).asOf(AS_OF)
                .mailer(RecordingMailer.accepting()).executor(rejecting).runAsync();

        assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(RejectedExecutionException.class);
    }
}
