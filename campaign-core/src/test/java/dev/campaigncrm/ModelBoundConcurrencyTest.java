package dev.campaigncrm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.LeadAnalyzer;
import dev.campaigncrm.analysis.RuleLeadAnalyzer;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.rate.ModelBound;
import dev.campaigncrm.rate.RateCap;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.testing.RecordingMailer;
import dev.campaigncrm.testing.TestLeads;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How many model calls a run has in flight at once, counted at a fake model whose answers wait on a gate the test
 * opens: no step's time is measured against the wall clock.
 */
class ModelBoundConcurrencyTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    /** A model-bound analyser whose calls all wait until the gate opens; counts the calls in flight at once. */
    private static final class GatedModel implements LeadAnalyzer, ModelBound {
        private final RateCap cap;
        private final CountDownLatch arrived;
        private final CountDownLatch gate = new CountDownLatch(1);
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger peak = new AtomicInteger();

        GatedModel(RateCap cap, int expectedAtOnce) {
            this.cap = cap;
            this.arrived = new CountDownLatch(expectedAtOnce);
        }

        @Override
        public RateCap rateCap() {
            return cap;
        }

        @Override
        public LeadAnalysis analyze(Lead lead, LocalDate asOf) {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            arrived.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
            return RuleLeadAnalyzer.defaults().analyze(lead, asOf);
        }

        /** Waits (at most a generous while, so that a broken limit fails instead of hanging) for the calls expected. */
        boolean awaitArrivals() throws InterruptedException {
            return arrived.await(30, TimeUnit.SECONDS);
        }
    }

    private static CampaignResult runWhileGated(GatedModel model, Campaign.Builder builder) throws Exception {
        RecordingMailer mailer = RecordingMailer.accepting();
        CompletableFuture<CampaignResult> run = CompletableFuture.supplyAsync(
                () -> builder.asOf(AS_OF).analyzer(model).mailer(mailer).runPhaseOne());
        boolean allArrived = model.awaitArrivals();
        model.gate.countDown();
        CampaignResult result = run.get(60, TimeUnit.SECONDS);
        assertThat(allArrived).as("the expected calls were in flight together").isTrue();
        assertThat(mailer.sent()).hasSize(result.outcomes().size());
        return result;
    }

    @Test
    void byDefaultAModelBoundStepWithACapHasAMinutesCapInFlightNotTheFixedEight() throws Exception {
        GatedModel model = new GatedModel(RateCap.perMinute(20), 20);

        CampaignResult result = runWhileGated(model, Campaign.builder().leads(TestLeads.leads(60)));

        assertThat(model.peak.get()).isEqualTo(20); // before anything was measured, a minute's cap; never more
        assertThat(result.sentCount()).isEqualTo(60);
    }

    @Test
    void byDefaultAnUncappedModelBoundStepHasFiftyLeadsInFlightAtOnce() throws Exception {
        GatedModel model = new GatedModel(RateCap.none(), 50);

        CampaignResult result = runWhileGated(model, Campaign.builder().leads(TestLeads.leads(50)));

        assertThat(model.peak.get()).isEqualTo(50);
        assertThat(result.sentCount()).isEqualTo(50);
    }

    @Test
    void aFixedConcurrencyOverridesTheCap() throws Exception {
        GatedModel model = new GatedModel(RateCap.perMinute(20), 3);

        CampaignResult result = runWhileGated(model, Campaign.builder().leads(TestLeads.leads(30)).concurrency(3));

        assertThat(model.peak.get()).isEqualTo(3);
        assertThat(result.sentCount()).isEqualTo(30);
    }

    @Test
    void aStepThatIsNotModelBoundKeepsEightInFlight() throws Exception {
        CountDownLatch arrived = new CountDownLatch(8);
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        LeadAnalyzer plain = (lead, asOf) -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            arrived.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
            return RuleLeadAnalyzer.defaults().analyze(lead, asOf);
        };
        CompletableFuture<CampaignResult> run = CompletableFuture.supplyAsync(() -> Campaign.builder()
                .leads(TestLeads.leads(30)).asOf(AS_OF).analyzer(plain).mailer(RecordingMailer.accepting())
                .runPhaseOne());
        boolean allArrived = arrived.await(30, TimeUnit.SECONDS);
        gate.countDown();

        assertThat(run.get(60, TimeUnit.SECONDS).sentCount()).isEqualTo(30);
        assertThat(allArrived).isTrue();
        assertThat(peak.get()).isEqualTo(8);
    }
}
