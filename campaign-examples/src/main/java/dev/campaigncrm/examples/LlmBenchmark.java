package dev.campaigncrm.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.campaigncrm.Campaign;
import dev.campaigncrm.analysis.LeadAnalyzer;
import dev.campaigncrm.analysis.RuleLeadAnalyzer;
import dev.campaigncrm.compose.CampaignBrief;
import dev.campaigncrm.compose.EmailComposer;
import dev.campaigncrm.compose.TemplateEmailComposer;
import dev.campaigncrm.llm.steps.LlmEmailComposer;
import dev.campaigncrm.llm.steps.LlmLeadAnalyzer;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.provider.LlmProviders;
import dev.campaigncrm.llm.provider.ResponseCache;
import dev.campaigncrm.mail.SmtpMailer;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.send.Mailer;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark main for the AI layer: 50 generated leads through analysis and writing (and sending, to an in-process
 * SMTP server) with a fake language model that answers after 1–3 s, so that what is measured is the campaign's
 * concurrency, batching and rate limiting, not a provider. Prints wall time against the critical path (the slowest
 * lead's analysis plus writing), calls per lead, fallbacks, and the most requests the model saw in any minute.
 *
 * <pre>
 * ./mvnw -B -q package -DskipTests
 * java -cp campaign-examples/target/campaign-examples.jar dev.campaigncrm.examples.LlmBenchmark 50 0 1    # no cap
 * java -cp campaign-examples/target/campaign-examples.jar dev.campaigncrm.examples.LlmBenchmark 50 15 5   # 15 RPM
 * </pre>
 */
public final class LlmBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    private LlmBenchmark() {
    }

    /** Arguments: leads (50), requests per minute (0: no cap), leads per call (1). */
    public static void main(String[] args) throws IOException {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rpm = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        run(leads, rpm, batch, System.out);
    }

    static void run(int leads, int rpm, int batch, PrintStream out) throws IOException {
        Path dir = Files.createTempDirectory("campaign-llm-bench");
        Path csv = dir.resolve("leads.csv");
        CampaignBenchmark.LeadFileGenerator.write(csv, leads, 7);
        SlowFakeModel model = new SlowFakeModel(1_000, 3_000);
        var builder = LlmProviders.chatModel(model, "fake:slow-1-3s").cache(ResponseCache.disabled());
        if (rpm > 0) {
            builder.rpm(rpm);
        }
        LlmProvider provider = builder.build();
        LeadAnalyzer analyzer = LlmLeadAnalyzer.builder().providers(List.of(provider))
                .fallback(RuleLeadAnalyzer.defaults()).batchSize(batch).build();
        EmailComposer composer = LlmEmailComposer.builder().providers(List.of(provider))
                .brief(CampaignBrief.example()).fallback(TemplateEmailComposer.defaults()).batchSize(batch).build();
        Map<String, long[]> perLead = new ConcurrentHashMap<>();
        GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
        long started = System.nanoTime();
        CampaignResult result;
        try (Mailer mailer = SmtpMailer.builder().host("127.0.0.1").port(smtp.getSmtp().getPort())
                .from("Bench <bench@seller.test>").build()) {
            result = Campaign.builder()
                    .leads(csv)
                    .asOf(AS_OF)
                    .analyzer((lead, asOf) -> timed(perLead, lead.id(), 0, () -> analyzer.analyze(lead, asOf)))
                    .composer(a -> timed(perLead, a.lead().id(), 1, () -> composer.compose(a)))
                    .mailer(mailer)
                    .concurrency(Math.max(16, leads))
                    .runPhaseOne();
        } finally {
            smtp.stop();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        double critical = perLead.values().stream().mapToLong(t -> t[0] + t[1]).max().orElse(0) / 1e9;
        List<LeadOutcome> outcomes = result.outcomes().toList();
        long fellBack = outcomes.stream()
                .filter(o -> o.analysis() == null || o.draft() == null || o.analysis().provenance().fellBack()
                        || o.draft().provenance().fellBack())
                .count();
        out.printf(Locale.ROOT, "leads %d, rpm cap %s, leads per call %d, %d cores, java %s%n", leads,
                rpm > 0 ? String.valueOf(rpm) : "none", batch, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        out.printf(Locale.ROOT, "phase one wall time %.2f s; critical path (slowest lead's analysis + writing) %.2f s;"
                + " ratio %.2f%n", wall, critical, critical == 0 ? 0 : wall / critical);
        out.printf(Locale.ROOT, "model calls %d (%.2f per lead), most calls in any 60 s window %d, sent %d, leads that"
                        + " fell back or failed %d%n", model.calls(), model.calls() / (double) leads,
                model.maxInWindow(60_000), result.sentCount(), fellBack);
        outcomes.stream().filter(o -> o.failure() != null).limit(3).map(LeadOutcome::failure)
                .forEach(f -> out.println("  failure: " + f));
    }

    private static <T> T timed(Map<String, long[]> perLead, String id, int slot, java.util.function.Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            perLead.computeIfAbsent(id, k -> new long[2])[slot] = System.nanoTime() - t0;
        }
    }

    /**
     * A language model that answers every structured request of the campaign with a valid answer after a latency
     * drawn from the request's text (1–3 s), recording when each call started.
     */
    static final class SlowFakeModel implements ChatModel {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final int minMillis;
        private final int maxMillis;
        private final List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger calls = new AtomicInteger();

        SlowFakeModel(int minMillis, int maxMillis) {
            this.minMillis = minMillis;
            this.maxMillis = maxMillis;
        }

        int calls() {
            return calls.get();
        }

        /** The most calls that started within any window of this many milliseconds. */
        int maxInWindow(long millis) {
            List<Long> sorted;
            synchronized (starts) {
                sorted = starts.stream().sorted().toList();
            }
            int best = 0;
            for (int i = 0, j = 0; i < sorted.size(); i++) {
                while (sorted.get(i) - sorted.get(j) >= millis) {
                    j++;
                }
                best = Math.max(best, i - j + 1);
            }
            return best;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            starts.add(System.currentTimeMillis());
            calls.incrementAndGet();
            String user = request.messages().stream().filter(UserMessage.class::isInstance)
                    .map(m -> ((UserMessage) m).singleText()).reduce("", (a, b) -> b);
            String schema = request.responseFormat().jsonSchema().name();
            String answer;
            try {
                answer = answer(schema, data(user));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the request's data", e);
            }
            sleep(minMillis + Math.floorMod(user.hashCode(), maxMillis - minMillis + 1));
            return ChatResponse.builder().aiMessage(AiMessage.from(answer)).finishReason(FinishReason.STOP).build();
        }

        private static JsonNode data(String user) throws IOException {
            int cut = user.indexOf("\n\nYour previous answer");
            String text = cut < 0 ? user : user.substring(0, cut);
            int start = text.indexOf('\n') + 1;
            return JSON.readTree(text.substring(start));
        }

        private static String answer(String schema, JsonNode data) throws IOException {
            ObjectNode root = JSON.createObjectNode();
            switch (schema) {
                case "lead_analysis" -> analysis(root, data);
                case "lead_analyses" -> items(root.putArray("leads"), data, LlmBenchmark.SlowFakeModel::analysis);
                case "email_draft" -> draft(root, data);
                case "email_drafts" -> items(root.putArray("drafts"), data, LlmBenchmark.SlowFakeModel::draft);
                default -> throw new IllegalArgumentException("the benchmark's model does not answer " + schema);
            }
            return JSON.writeValueAsString(root);
        }

        private static void items(ArrayNode out, JsonNode leads, java.util.function.BiConsumer<ObjectNode, JsonNode> f) {
            for (JsonNode lead : leads) {
                ObjectNode item = out.addObject();
                item.put("key", lead.path("key").asText());
                f.accept(item, lead);
            }
        }

        private static void analysis(ObjectNode a, JsonNode lead) {
            a.put("engagement", 0);
            a.putArray("engagement_phrases");
            a.putArray("inferred_fields");
            a.put("persona", "GENERAL_BUSINESS_CONTACT");
            a.put("persona_reason", "benchmark answer");
        }

        private static void draft(ObjectNode d, JsonNode lead) {
            String name = lead.path("first_name").asText();
            d.put("subject", "A weekly forecast for your team");
            d.put("body", (name.isEmpty() ? "Hello" : "Hi " + name) + ",\n\n"
                    + "Teams like yours often spend hours each week pulling pipeline numbers together by hand. "
                    + "Our platform turns that scattered data into one weekly forecast your team can act on.\n\n"
                    + "Would a 20-minute call next week be useful to see whether it fits?\n\n"
                    + "Best regards,\nAlex Morgan");
            d.put("tone", lead.path("required_tone").asText());
            d.put("urgency", lead.path("required_urgency").asText());
            d.put("personalization_notes", "benchmark answer");
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
