package dev.campaigncrm;

import dev.campaigncrm.analysis.LeadAnalyzer;
import dev.campaigncrm.analysis.RuleLeadAnalyzer;
import dev.campaigncrm.artifact.CampaignArtifacts;
import dev.campaigncrm.artifact.CampaignArtifactsFactory;
import dev.campaigncrm.compose.CampaignBrief;
import dev.campaigncrm.compose.EmailComposer;
import dev.campaigncrm.compose.EmailVariants;
import dev.campaigncrm.compose.TemplateEmailComposer;
import dev.campaigncrm.internal.pipeline.CampaignPlan;
import dev.campaigncrm.internal.pipeline.CampaignRunner;
import dev.campaigncrm.internal.pipeline.SequenceRunner;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadSource;
import dev.campaigncrm.lead.LeadSourceFactory;
import dev.campaigncrm.reply.ReplyClassifier;
import dev.campaigncrm.reply.ReplySource;
import dev.campaigncrm.reply.RuleReplyClassifier;
import dev.campaigncrm.report.MarkdownReportWriter;
import dev.campaigncrm.report.ReportWriter;
import dev.campaigncrm.run.CampaignException;
import dev.campaigncrm.run.CampaignListener;
import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.send.Mailer;
import dev.campaigncrm.send.MailerFactory;
import dev.campaigncrm.sequence.Sequence;
import dev.campaigncrm.store.CampaignStore;
import java.time.Clock;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An outbound campaign: leads in, scored and enriched, a personal email each, sent, replies collected and classified,
 * a report and CSV write-backs out.
 *
 * <pre>{@code
 * CampaignResult result = Campaign.builder()
 *         .leads(Path.of("dataset/leads.csv"))
 *         .replies(ReplySimulator.seeded(42))
 *         .writeArtifacts(Path.of("."))
 *         .run();
 * }</pre>
 * Every step has an offline default; each can be replaced through the builder.
 */
public final class Campaign {

    private final Builder builder;

    private Campaign(Builder builder) {
        this.builder = builder;
    }

    /** Starts configuring a campaign. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs both phases and returns everything they produced; with a {@link Builder#store campaign store}, one
     * {@link #advance()} of its sequence.
     */
    public CampaignResult run() {
        return builder.store != null ? advance() : execute(true, CampaignRunner::both);
    }

    /**
     * One run of a sequence campaign kept in the {@link Builder#store store}: reads replies first, adds new leads,
     * sends every step due on or before the as-of day, updates each lead's state and rewrites the files and the
     * report from the store. Run it again on a later day to send the follow-ups that fell due; the same day twice
     * sends nothing new.
     *
     * @throws CampaignException when no store is configured
     */
    public CampaignResult advance() {
        if (builder.store == null) {
            throw new CampaignException("A sequence keeps its state in a campaign store: call .store(CampaignStore) "
                    + "(e.g. JdbcCampaignStore.sqlite(path) from dev.campaigncrm:campaign-store).");
        }
        CampaignPlan plan = plan(true);
        Sequence sequence = builder.sequence != null ? builder.sequence : Sequence.firstEmail();
        try {
            return new SequenceRunner(plan, builder.store, sequence, clock(plan.asOf()),
                    builder.worker != null ? builder.worker : SequenceRunner.defaultWorkerId(), builder.lease).advance();
        } finally {
            if (builder.mailer == null && plan.mailer() != null) {
                plan.mailer().close();
            }
            if (builder.artifacts == null && plan.artifacts() != null) {
                plan.artifacts().close();
            }
        }
    }

    /** The campaign's clock: the builder's, else the system clock moved to the as-of day. */
    private Clock clock(LocalDate asOf) {
        return builder.clock != null ? builder.clock : systemClockOn(asOf);
    }

    /**
     * The system clock (UTC) moved by whole days to {@code day}, the time of day kept: the clock a sequence run as of
     * that day uses when none is given. Give the same clock to a mailer so that its send times fall on the day too.
     */
    public static Clock systemClockOn(LocalDate day) {
        Clock system = Clock.systemUTC();
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(system), day);
        return days == 0 ? system : Clock.offset(system, Duration.ofDays(days));
    }

    /**
     * Runs both phases on the {@link Builder#executor executor} when one was given, else on a daemon thread of its own.
     * On a given executor the run holds one of its threads while it waits for its stages, which run there too: give it
     * more than one thread (a pool of one would wait forever). An executor that rejects the run fails the future.
     */
    public CompletableFuture<CampaignResult> runAsync() {
        CompletableFuture<CampaignResult> result = new CompletableFuture<>();
        Runnable task = () -> {
            try {
                result.complete(run());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        };
        if (builder.executor != null) {
            try {
                builder.executor.execute(task);
            } catch (RuntimeException rejected) {
                result.completeExceptionally(rejected);
            }
            return result;
        }
        Thread t = new Thread(task, "campaign-run");
        t.setDaemon(true);
        t.start();
        return result;
    }

    /** Phase one alone: analyse, compose and send; the artifacts then hold what phase two needs. */
    public CampaignResult runPhaseOne() {
        return execute(true, CampaignRunner::phaseOne);
    }

    /** Phase two alone: collect and classify replies and write the report, from the files phase one wrote. */
    public CampaignResult runPhaseTwo() {
        return execute(false, CampaignRunner::phaseTwoFromArtifacts);
    }

    /** Runs a phase and closes what the run itself opened (never a mailer or artifacts the caller passed in). */
    private CampaignResult execute(boolean phaseOne, Function<CampaignRunner, CampaignResult> phase) {
        CampaignPlan plan = plan(phaseOne);
        try {
            return phase.apply(new CampaignRunner(plan));
        } finally {
            if (builder.mailer == null && plan.mailer() != null) {
                plan.mailer().close();
            }
            if (builder.artifacts == null && plan.artifacts() != null) {
                plan.artifacts().close();
            }
        }
    }

    private CampaignPlan plan(boolean phaseOne) {
        Builder b = builder;
        LeadSource leads = phaseOne ? b.resolveLeads() : null;
        Mailer mailer = phaseOne ? b.resolveMailer() : null;
        CampaignArtifacts artifacts = b.resolveArtifacts();
        LocalDate asOf = b.asOf != null ? b.asOf : LocalDate.now(b.clock != null ? b.clock : Clock.systemUTC());
        String id = b.campaignId != null ? b.campaignId : "campaign-" + asOf;
        EmailComposer composer = b.composer != null ? b.composer
                : TemplateEmailComposer.builder().brief(b.brief).seed(b.seed).build();
        if (b.variants > 1) {
            composer = new EmailVariants(id, b.variants).applyTo(composer);
        }
        return new CampaignPlan(id, asOf, leads, b.analyzer, composer, mailer, b.replies, b.classifier, b.reporter,
                artifacts, b.concurrency, !b.concurrencyFixed, b.executor, b.listener);
    }

    /** Fluent configuration of a {@link Campaign}; every step has an offline default. */
    public static final class Builder {
        private Supplier<LeadSource> leads;
        private LocalDate asOf;
        private String campaignId;
        private LeadAnalyzer analyzer = RuleLeadAnalyzer.defaults();
        private EmailComposer composer;
        private CampaignBrief brief = CampaignBrief.example();
        private long seed;
        private int variants = 1;
        private Mailer mailer;
        private ReplySource replies = ReplySource.none();
        private ReplyClassifier classifier = RuleReplyClassifier.defaults();
        private ReportWriter reporter = MarkdownReportWriter.defaults();
        private Path artifactDir;
        private CampaignArtifacts artifacts;
        private int concurrency = 8;
        private boolean concurrencyFixed;
        private Executor executor;
        private CampaignListener listener = CampaignListener.none();
        private Map<String, String> environment = System.getenv();
        private CampaignStore store;
        private Sequence sequence;
        private Clock clock;
        private String worker;
        private Duration lease = SequenceRunner.DEFAULT_LEASE;

        private Builder() {
        }

        /** A copy of {@code other}'s settings, so that a built campaign no longer follows its builder. */
        private Builder(Builder other) {
            this.leads = other.leads;
            this.asOf = other.asOf;
            this.campaignId = other.campaignId;
            this.analyzer = other.analyzer;
            this.composer = other.composer;
            this.brief = other.brief;
            this.seed = other.seed;
            this.variants = other.variants;
            this.mailer = other.mailer;
            this.replies = other.replies;
            this.classifier = other.classifier;
            this.reporter = other.reporter;
            this.artifactDir = other.artifactDir;
            this.artifacts = other.artifacts;
            this.concurrency = other.concurrency;
            this.concurrencyFixed = other.concurrencyFixed;
            this.executor = other.executor;
            this.listener = other.listener;
            this.environment = other.environment;
            this.store = other.store;
            this.sequence = other.sequence;
            this.clock = other.clock;
            this.worker = other.worker;
            this.lease = other.lease;
        }

        /** Reads leads from a file, through a {@link LeadSourceFactory} on the classpath (campaign-csv for CSV). */
        public Builder leads(Path file) {
            Objects.requireNonNull(file, "file");
            this.leads = () -> openLeads(file);
            return this;
        }

        /** Reads leads from any source. */
        public Builder leads(LeadSource source) {
            Objects.requireNonNull(source, "source");
            this.leads = () -> source;
            return this;
        }

        /** Uses leads built in code. */
        public Builder leads(List<Lead> list) {
            return leads(LeadSource.of(list));
        }

        /** The day recency is measured from; default today. */
        public Builder asOf(LocalDate day) {
            this.asOf = Objects.requireNonNull(day, "day");
            return this;
        }

        /** The campaign's id, used in logs and the report; default {@code campaign-<asOf>}. */
        public Builder campaignId(String id) {
            this.campaignId = Objects.requireNonNull(id, "id");
            return this;
        }

        /** Step one: replaces the rule-based analyser (enrichment, score, persona). */
        public Builder analyzer(LeadAnalyzer analyzer) {
            this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
            return this;
        }

        /** Step two: replaces the template composer. */
        public Builder composer(EmailComposer composer) {
            this.composer = Objects.requireNonNull(composer, "composer");
            return this;
        }

        /** What the default composer writes about and who signs; default {@link CampaignBrief#example()}. */
        public Builder brief(CampaignBrief brief) {
            this.brief = Objects.requireNonNull(brief, "brief");
            return this;
        }

        /** The seed that varies the default composer's wording; same seed, same emails. Default 0. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Tests {@code count} variants of the first email (2 to {@link EmailVariants#MAX_COUNT}; 1, the default, tests
         * none): each lead gets one by a hash of the campaign id and its id, the composer writes that variant's
         * subject and opening, every message records it and the report compares the variants' reply and interest
         * rates.
         */
        public Builder variants(int count) {
            if (count < 1 || count > EmailVariants.MAX_COUNT) {
                throw new IllegalArgumentException("variants must be 1.." + EmailVariants.MAX_COUNT + " but was "
                        + count);
            }
            this.variants = count;
            return this;
        }

        /** Step three: the mailer; default an SMTP mailer from {@code SMTP_*} variables (needs campaign-mail). */
        public Builder mailer(Mailer mailer) {
            this.mailer = Objects.requireNonNull(mailer, "mailer");
            return this;
        }

        /** Step four: where replies come from, e.g. {@code ReplySimulator.seeded(42)}; default none. */
        public Builder replies(ReplySource source) {
            this.replies = Objects.requireNonNull(source, "source");
            return this;
        }

        /** Step five: replaces the rule-based reply classifier. */
        public Builder classifier(ReplyClassifier classifier) {
            this.classifier = Objects.requireNonNull(classifier, "classifier");
            return this;
        }

        /** Step six: replaces the markdown report writer. */
        public Builder reportWriter(ReportWriter writer) {
            this.reporter = Objects.requireNonNull(writer, "writer");
            return this;
        }

        /** Writes the seed's files under {@code dir/output} and {@code dir/report} (needs campaign-csv). */
        public Builder writeArtifacts(Path dir) {
            this.artifactDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** Writes artifacts through your own implementation. */
        public Builder artifacts(CampaignArtifacts artifacts) {
            this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
            return this;
        }

        /**
         * Fixes how many leads each stage works on at once. Without it, a stage whose step is
         * {@link dev.campaigncrm.rate.ModelBound} (the language-model steps) follows its model's cap and measured
         * latency (from 2 to 128 leads in flight), and every other stage works on 8 at once.
         */
        public Builder concurrency(int leadsPerStage) {
            if (leadsPerStage < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1 but was " + leadsPerStage);
            }
            this.concurrency = leadsPerStage;
            this.concurrencyFixed = true;
            return this;
        }

        /** Runs the stages on your executor instead of threads owned by the run. */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** Receives a progress event as each lead moves through a stage. */
        public Builder listener(CampaignListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Keeps the campaign in a store (leads, messages, replies, sequence states, the send ledger), so that it can
         * run as a sequence over days: {@link Campaign#run()} then advances it. The store stays open after the run.
         */
        public Builder store(CampaignStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The steps of each lead's sequence, e.g. {@code Sequence.ofDays(3, 7)}; default the first email only. */
        public Builder sequence(Sequence sequence) {
            this.sequence = Objects.requireNonNull(sequence, "sequence");
            return this;
        }

        /**
         * The clock of a sequence run (send times, replies that have arrived); default the system clock, moved to the
         * as-of day when one is given, so that a run "as of" a day behaves as on that day.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The id of this worker among those advancing the same campaign in one store at once (default: host name,
         * process id and a random part); two workers must never share one.
         */
        public Builder worker(String id) {
            Objects.requireNonNull(id, "id");
            if (id.isBlank()) {
                throw new IllegalArgumentException("the worker id must not be blank");
            }
            this.worker = id;
            return this;
        }

        /**
         * How long a worker's claim on a lead or a due step lasts unless renewed (default 60 s; renewed every third of
         * it while the worker lives): a worker that dies loses its work to another after this long.
         */
        public Builder lease(Duration lease) {
            Objects.requireNonNull(lease, "lease");
            if (lease.toMillis() < 30) {
                throw new IllegalArgumentException("a lease must last at least 30 ms, got " + lease);
            }
            this.lease = lease;
            return this;
        }

        /** The variables the default mailer reads instead of the process environment (for tests and embedding). */
        public Builder environment(Map<String, String> env) {
            this.environment = Map.copyOf(env);
            return this;
        }

        /** The configured campaign: a snapshot of the settings now; later changes to this builder do not reach it. */
        public Campaign build() {
            return new Campaign(new Builder(this));
        }

        /** Builds and runs both phases. */
        public CampaignResult run() {
            return build().run();
        }

        /** Builds and runs both phases on the executor when one was given, else on a thread of its own. */
        public CompletableFuture<CampaignResult> runAsync() {
            return build().runAsync();
        }

        /** Builds and runs phase one. */
        public CampaignResult runPhaseOne() {
            return build().runPhaseOne();
        }

        /** Builds and advances the sequence kept in the store by one run. */
        public CampaignResult advance() {
            return build().advance();
        }

        /** Builds and runs phase two from the files phase one wrote. */
        public CampaignResult runPhaseTwo() {
            return build().runPhaseTwo();
        }

        private LeadSource resolveLeads() {
            if (leads == null) {
                throw new CampaignException("No leads: call .leads(Path), .leads(LeadSource) or .leads(List<Lead>).");
            }
            return leads.get();
        }

        private Mailer resolveMailer() {
            if (mailer != null) {
                return mailer;
            }
            return ServiceLoader.load(MailerFactory.class).findFirst()
                    .map(f -> f.fromEnvironment(environment))
                    .orElseThrow(() -> new CampaignException("No mailer: add the dependency "
                            + "dev.campaigncrm:campaign-mail (SMTP, configured by SMTP_HOST and SMTP_PORT) "
                            + "or call .mailer(Mailer)."));
        }

        private CampaignArtifacts resolveArtifacts() {
            if (artifacts != null || artifactDir == null) {
                return artifacts;
            }
            return ServiceLoader.load(CampaignArtifactsFactory.class).findFirst()
                    .map(f -> f.open(artifactDir))
                    .orElseThrow(() -> new CampaignException("Writing artifacts needs the dependency "
                            + "dev.campaigncrm:campaign-csv, or call .artifacts(CampaignArtifacts)."));
        }

        private static LeadSource openLeads(Path file) {
            if (!Files.isRegularFile(file)) {
                throw new CampaignException("Lead file not found: " + file.toAbsolutePath());
            }
            return ServiceLoader.load(LeadSourceFactory.class).stream()
                    .map(ServiceLoader.Provider::get)
                    .filter(f -> f.supports(file))
                    .findFirst()
                    .map(f -> f.open(file))
                    .orElseThrow(() -> new CampaignException("No lead source reads " + file.getFileName()
                            + ": add the dependency dev.campaigncrm:campaign-csv for CSV files, "
                            + "or call .leads(LeadSource)."));
        }
    }
}
