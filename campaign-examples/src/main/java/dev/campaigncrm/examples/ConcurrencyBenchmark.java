package dev.campaigncrm.examples;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.campaigncrm.Campaign;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.LeadAnalyzer;
import dev.campaigncrm.analysis.RuleLeadAnalyzer;
import dev.campaigncrm.compose.CampaignBrief;
import dev.campaigncrm.compose.EmailComposer;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.TemplateEmailComposer;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.llm.steps.LlmEmailComposer;
import dev.campaigncrm.llm.steps.LlmLeadAnalyzer;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.provider.LlmProviders;
import dev.campaigncrm.llm.provider.ResponseCache;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.rate.ModelBound;
import dev.campaigncrm.rate.RateCap;
import dev.campaigncrm.send.Mailer;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Benchmark main for the leads in flight of the model's steps: N generated leads through phase one (analysis and
 * writing by a fake language model that answers every request validly after a fixed latency, sending to an in-process
 * SMTP server), with the default concurrency (the model's steps follow its cap and measured latency) against a fixed
 * {@code --concurrency} of 8 and of N, under each RPM cap given. Prints wall time against the critical path (the
 * slowest lead's time inside analysis plus writing, rate-limiter waits included), their ratio, the overlap (the
 * leads' summed time inside the model's steps over the wall time), the most model calls in flight at once, and where
 * the rest of the wall time went: before the first lead's analysis (connecting to the SMTP server, reading the file)
 * and after the last lead's email was written (sending the last emails).
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests
 * java -cp campaign-examples/target/campaign-examples.jar dev.campaigncrm.examples.ConcurrencyBenchmark 50 1000 0,600
 * </pre>
 */
public final class ConcurrencyBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    private ConcurrencyBenchmark() {
    }

    /**
     * Arguments: leads (50), model latency in ms (1000), RPM caps, comma-separated, 0 for none (0,600), and the
     * concurrencies to run under each cap in that order, 0 for the default (0,8,N).
     */
    public static void main(String[] args) throws IOException {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int latency = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int[] caps = Arrays.stream((args.length > 2 ? args[2] : "0,600").split(",")).map(String::strip)
                .mapToInt(Integer::parseInt).toArray();
        int[] variants = Arrays.stream((args.length > 3 ? args[3] : "0,8," + leads).split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        PrintStream out = System.out;
        Path dir = Files.createTempDirectory("campaign-concurrency-bench");
        try {
            Path csv = dir.resolve("leads.csv");
            CampaignBenchmark.LeadFileGenerator.write(csv, leads, 7);
            out.printf(Locale.ROOT, "%d leads, model latency %d ms, %d cores, java %s%n", leads, latency,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            out.println("| RPM cap | concurrency | wall time | critical path | ratio | overlap | most model calls in"
                    + " flight | before the first analysis | after the last email written | sent |");
            out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            run(csv, leads, latency, 0, 0); // warm-up (class loading, JIT), not printed
            for (int cap : caps) {
                for (int fixed : variants) {
                    Run r = run(csv, leads, latency, cap, fixed);
                    out.printf(Locale.ROOT,
                            "| %s | %s | %.2f s | %.2f s | %.2f | %.1f× | %d | %.2f s | %.2f s | %d |%n",
                            cap > 0 ? String.valueOf(cap) : "none", fixed > 0 ? "fixed " + fixed : "default",
                            r.wall(), r.critical(), r.wall() / r.critical(), r.overlap(), r.peakCalls(), r.before(),
                            r.after(), r.sent());
                }
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** One run's figures, in seconds. */
    private record Run(double wall, double critical, double overlap, int peakCalls, double before, double after,
                       int sent) {
    }

    private static Run run(Path csv, int leads, int latency, int rpm, int fixed) {
        CountingModel model = new CountingModel(new LlmBenchmark.SlowFakeModel(latency, latency));
        var builder = LlmProviders.chatModel(model, "fake:fixed-latency").cache(ResponseCache.disabled());
        if (rpm > 0) {
            builder.rpm(rpm);
        }
        LlmProvider provider = builder.build();
        Map<String, long[]> perLead = new ConcurrentHashMap<>(); // time in analysis, in writing, start, end
        LeadAnalyzer analyzer = new TimedAnalyzer(LlmLeadAnalyzer.builder().providers(List.of(provider))
                .fallback(RuleLeadAnalyzer.defaults()).build(), perLead);
        EmailComposer composer = new TimedComposer(LlmEmailComposer.builder().providers(List.of(provider))
                .brief(CampaignBrief.example()).fallback(TemplateEmailComposer.defaults()).build(), perLead);
        GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
        long started = System.nanoTime();
        CampaignResult result;
        try (Mailer mailer = SmtpMailer.builder().host("127.0.0.1").port(smtp.getSmtp().getPort())
                .from("Bench <bench@seller.test>").build()) {
            Campaign.Builder campaign = Campaign.builder().leads(csv).asOf(AS_OF).analyzer(analyzer)
                    .composer(composer).mailer(mailer);
            if (fixed > 0) {
                campaign.concurrency(fixed);
            }
            result = campaign.runPhaseOne();
        } finally {
            smtp.stop();
        }
        long ended = System.nanoTime();
        double wall = (ended - started) / 1e9;
        double before = (perLead.values().stream().mapToLong(t -> t[2]).min().orElse(started) - started) / 1e9;
        double after = (ended - perLead.values().stream().mapToLong(t -> t[3]).max().orElse(ended)) / 1e9;
        double critical = perLead.values().stream().mapToLong(t -> t[0] + t[1]).max().orElse(0) / 1e9;
        double inside = perLead.values().stream().mapToLong(t -> t[0] + t[1]).sum() / 1e9;
        return new Run(wall, critical, inside / wall, model.peak(), before, after, (int) result.sentCount());
    }

    /** Runs step {@code slot} (0 analysis, 1 writing) of a lead; keeps its time, when analysis began, writing ended. */
    private static <T> T timed(Map<String, long[]> perLead, String id, int slot, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            long t1 = System.nanoTime();
            long[] t = perLead.computeIfAbsent(id, k -> new long[4]);
            t[slot] = t1 - t0;
            t[2 + slot] = slot == 0 ? t0 : t1;
        }
    }

    /** Times each lead's analysis; still {@link ModelBound}, so the run sees the model's cap through it. */
    private record TimedAnalyzer(LlmLeadAnalyzer inner, Map<String, long[]> perLead)
            implements LeadAnalyzer, ModelBound {
        @Override
        public LeadAnalysis analyze(Lead lead, LocalDate asOf) {
            return timed(perLead, lead.id(), 0, () -> inner.analyze(lead, asOf));
        }

        @Override
        public RateCap rateCap() {
            return inner.rateCap();
        }
    }

    /** Times each lead's email; still {@link ModelBound}. */
    private record TimedComposer(LlmEmailComposer inner, Map<String, long[]> perLead)
            implements EmailComposer, ModelBound {
        @Override
        public EmailDraft compose(LeadAnalysis analysis) {
            return timed(perLead, analysis.lead().id(), 1, () -> inner.compose(analysis));
        }

        @Override
        public RateCap rateCap() {
            return inner.rateCap();
        }
    }

    /** Counts the calls in flight at the model. */
    private static final class CountingModel implements ChatModel {
        private final ChatModel inner;
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger peak = new AtomicInteger();

        CountingModel(ChatModel inner) {
            this.inner = inner;
        }

        int peak() {
            return peak.get();
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                return inner.doChat(request);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.forEach(paths::add);
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(paths.get(i));
        }
    }
}
