package dev.campaigncrm.examples;

import dev.campaigncrm.analysis.LeadAnalyzer;
import dev.campaigncrm.analysis.RuleLeadAnalyzer;
import dev.campaigncrm.compose.CampaignBrief;
import dev.campaigncrm.compose.EmailComposer;
import dev.campaigncrm.compose.TemplateEmailComposer;
import dev.campaigncrm.llm.steps.LlmEmailComposer;
import dev.campaigncrm.llm.steps.LlmLeadAnalyzer;
import dev.campaigncrm.llm.LlmProvider;
import dev.campaigncrm.llm.steps.LlmReplyClassifier;
import dev.campaigncrm.llm.steps.LlmReportNarrative;
import dev.campaigncrm.llm.offline.EmbeddingIndustryEnricher;
import dev.campaigncrm.llm.offline.EmbeddingReplyClassifier;
import dev.campaigncrm.llm.provider.GeminiProviderBuilder;
import dev.campaigncrm.llm.provider.HuggingFaceProviderBuilder;
import dev.campaigncrm.llm.provider.LlmProviders;
import dev.campaigncrm.llm.provider.OpenAiCompatibleProviderBuilder;
import dev.campaigncrm.llm.provider.RemoteProviderBuilder;
import dev.campaigncrm.llm.provider.ResponseCache;
import dev.campaigncrm.reply.ReplyClassifier;
import dev.campaigncrm.report.MarkdownReportWriter;
import dev.campaigncrm.report.ReportWriter;
import dev.campaigncrm.store.SendSlots;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which model does what in the example: the providers the options and the environment name, each step falling back
 * to the offline model (rules, templates and the in-process all-MiniLM-L6-v2 embeddings). With a campaign store, each
 * provider's requests a minute are counted in the store, for all the workers of the campaign together.
 */
final class AiSetup {

    /**
     * Where the providers' requests a minute are counted for all the workers of a campaign together.
     *
     * @param slots      the campaign store's send slots
     * @param campaignId the campaign the workers share
     */
    record SharedRpm(SendSlots slots, String campaignId) {

        /** Checks that both are present. */
        SharedRpm {
            Objects.requireNonNull(slots, "slots");
            Objects.requireNonNull(campaignId, "campaignId");
        }
    }

    private static final Map<String, String> KEY_OF = Map.of("gemini", "GOOGLE_API_KEY",
            "huggingface", "HUGGINGFACEHUB_API_TOKEN", "openai", "OPENAI_BASE_URL (and OPENAI_MODEL)");

    private final List<LlmProvider> providers;
    private final int batchSize;
    private final int rpm;
    private final Optional<SharedRpm> shared;

    private AiSetup(List<LlmProvider> providers, int batchSize, int rpm, Optional<SharedRpm> shared) {
        this.providers = providers;
        this.batchSize = batchSize;
        this.rpm = rpm;
        this.shared = shared;
    }

    /** The providers for these options, each capped per process; keys are read from {@code env} and never printed. */
    static AiSetup of(AppOptions.Ai ai, Map<String, String> env, Path workdir) {
        return of(ai, env, workdir, Optional.empty());
    }

    /**
     * The providers for these options; with {@code shared}, each one's requests a minute hold for all the workers of
     * the campaign together. Keys are read from {@code env} and never printed.
     */
    static AiSetup of(AppOptions.Ai ai, Map<String, String> env, Path workdir, Optional<SharedRpm> shared) {
        if (ai.provider().equals("offline")) {
            return new AiSetup(List.of(), ai.batchSize(), 0, Optional.empty());
        }
        ResponseCache cache = ai.cache() ? ResponseCache.inDirectory(workdir.resolve(".campaign-cache").resolve("llm"))
                : ResponseCache.disabled();
        boolean[] first = {true};
        int[] firstRpm = {0};
        List<LlmProvider> providers = LlmProviders.fromEnvironment(only(ai.provider(), env), b -> {
            if (!chosen(ai.provider(), b)) {
                return;
            }
            b.cache(cache);
            if (ai.rpm() > 0) {
                b.rpm(ai.rpm());
            }
            shared.ifPresent(s -> b.sharedRpm(s.slots(), s.campaignId()));
            if (first[0]) {
                if (ai.model() != null) {
                    b.model(ai.model());
                }
                firstRpm[0] = ai.rpm() > 0 ? ai.rpm() : defaultRpm(b);
            }
            first[0] = false;
        });
        List<LlmProvider> picked = providers.stream()
                .filter(p -> ai.provider().equals("auto") || p.label().startsWith(prefix(ai.provider())))
                .toList();
        if (picked.isEmpty() && !ai.provider().equals("auto")) {
            throw new IllegalArgumentException("--provider " + ai.provider() + " needs " + KEY_OF.get(ai.provider())
                    + " in the environment");
        }
        return new AiSetup(picked, ai.batchSize(), picked.isEmpty() ? 0 : firstRpm[0], shared);
    }

    /** The requests a minute a provider allows when {@code --rpm} does not say: campaign-llm's defaults. */
    private static int defaultRpm(RemoteProviderBuilder<?> b) {
        if (b instanceof GeminiProviderBuilder) {
            return GeminiProviderBuilder.DEFAULT_RPM;
        }
        return b instanceof HuggingFaceProviderBuilder ? HuggingFaceProviderBuilder.DEFAULT_RPM : 0;
    }

    /** The environment with only the chosen provider's variables, so that another's half-set variables do no harm. */
    private static Map<String, String> only(String provider, Map<String, String> env) {
        if (provider.equals("auto")) {
            return env;
        }
        List<String> prefixes = switch (provider) {
            case "gemini" -> List.of("GOOGLE_", "GEMINI_");
            case "huggingface" -> List.of("HUGGINGFACEHUB_", "HF_");
            default -> List.of("OPENAI_");
        };
        return env.entrySet().stream().filter(e -> prefixes.stream().anyMatch(e.getKey()::startsWith))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static boolean chosen(String provider, RemoteProviderBuilder<?> b) {
        return switch (provider) {
            case "gemini" -> b instanceof GeminiProviderBuilder;
            case "huggingface" -> b instanceof HuggingFaceProviderBuilder;
            case "openai" -> b instanceof OpenAiCompatibleProviderBuilder;
            default -> true;
        };
    }

    private static String prefix(String provider) {
        return switch (provider) {
            case "gemini" -> "gemini:";
            case "huggingface" -> "huggingface:";
            default -> "openai";
        };
    }

    /** The provider asked first (the others answer only when it fails), or empty when the offline model does all. */
    Optional<String> firstProvider() {
        return providers.stream().findFirst().map(LlmProvider::label);
    }

    /** The requests a minute the first provider is allowed ({@code --rpm}, else its default); 0 when unlimited. */
    int rpm() {
        return rpm;
    }

    /** Whether the first provider's requests a minute are counted for all the workers of the campaign together. */
    boolean rpmShared() {
        return shared.isPresent() && rpm > 0;
    }

    /** One line for the console: who does the work, what it falls back to, and whether the workers share the cap. */
    String describe() {
        String offline = "offline (rules, templates and the in-process all-MiniLM-L6-v2 model)";
        if (providers.isEmpty()) {
            return offline;
        }
        String chain = providers.stream().map(LlmProvider::label).collect(Collectors.joining(", then ")) + ", then "
                + offline;
        return !rpmShared() ? chain : chain + "; " + rpm + " requests a minute to " + providers.get(0).label()
                + " for all the workers of " + shared.get().campaignId()
                + " together, counted in the campaign store (at most " + (rpm + 1) + " in any minute)";
    }

    /** Step one: the model's analysis, or rules with embedding-based industry inference. */
    LeadAnalyzer analyzer() {
        LeadAnalyzer offline = RuleLeadAnalyzer.builder().enricher(EmbeddingIndustryEnricher.defaults()).build();
        return providers.isEmpty() ? offline
                : LlmLeadAnalyzer.builder().providers(providers).fallback(offline).batchSize(batchSize).build();
    }

    /** Step two: the model's emails, checked, or the templates. */
    EmailComposer composer(CampaignBrief brief, long seed) {
        EmailComposer offline = TemplateEmailComposer.builder().brief(brief).seed(seed).build();
        return providers.isEmpty() ? offline
                : LlmEmailComposer.builder().providers(providers).brief(brief).fallback(offline).batchSize(batchSize)
                        .build();
    }

    /** Step five: the model's classes after the certain rules, or the offline embedding classifier. */
    ReplyClassifier classifier() {
        ReplyClassifier offline = EmbeddingReplyClassifier.defaults();
        return providers.isEmpty() ? offline
                : LlmReplyClassifier.builder().providers(providers).fallback(offline).build();
    }

    /** Step six: tables from code; the narrative from the model, or from rules. */
    ReportWriter reportWriter() {
        return providers.isEmpty() ? MarkdownReportWriter.defaults()
                : LlmReportNarrative.builder().providers(providers).build().reportWriter();
    }
}
