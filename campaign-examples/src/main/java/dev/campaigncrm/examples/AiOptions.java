package dev.campaigncrm.examples;

import picocli.CommandLine.Option;

/** The options of the language models: which provider, which model, how fast, how many leads a call, the cache. */
final class AiOptions {

    @Option(names = "--provider", paramLabel = "NAME", order = 20, converter = Converters.Provider.class,
            description = "auto (default: Gemini when GOOGLE_API_KEY is set, else Hugging Face when "
                    + "HUGGINGFACEHUB_API_TOKEN is set, else OPENAI_BASE_URL, else offline), offline, gemini, "
                    + "huggingface or openai. Keys come from the environment only.")
    String provider = "auto";

    @Option(names = "--model", paramLabel = "NAME", order = 21,
            description = "The provider's model (default: the provider's default).")
    String model;

    @Option(names = "--rpm", paramLabel = "N", order = 22, converter = Converters.ZeroOrMore.class,
            description = "Requests per minute allowed to the provider (default 0: the provider's default, Gemini "
                    + "10, Hugging Face 30, an OpenAI-compatible server unlimited); with a campaign store (--store), "
                    + "for all the workers of the campaign together.")
    int rpm;

    @Option(names = "--batch-size", paramLabel = "N", order = 23, converter = Converters.AtLeastOne.class,
            description = "Leads per model call for analysis and writing, at least 1 (default 1).")
    int batchSize = 1;

    @Option(names = "--no-cache", order = 24,
            description = "Do not reuse or store model answers (default: cached under WORKDIR/.campaign-cache).")
    boolean noCache;

    /** These options as the record the rest of the example reads. */
    AppOptions.Ai toAi() {
        return new AppOptions.Ai(provider, model, rpm, batchSize, !noCache);
    }
}
