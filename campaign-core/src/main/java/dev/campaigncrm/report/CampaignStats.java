package dev.campaigncrm.report;

import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.LeadOutcomes;
import dev.campaigncrm.outcome.RunInfo;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.RunInfo;
import dev.campaigncrm.reply.ReplyCategory;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The campaign's figures, computed by code from the per-lead outcomes; every number in the report comes from here.
 *
 * <p>Categorical breakdowns (personas, industries, regions) are ordered by contacts, largest first, then by name;
 * ordinal ones (company sizes, score bands) in their natural order. Rates are 0 when their denominator is 0.
 *
 * @param run                 what the run used
 * @param contacts            usable leads (every outcome, whatever stage it reached)
 * @param rejectedRows        source rows that could not be used
 * @param sent                emails the server accepted ("delivered")
 * @param failed              emails the server refused or that could not be handed over
 * @param skipped             contacts for whom no email was attempted (e.g. an earlier stage failed, suppressed)
 * @param uncertain           emails an interrupted send may or may not have delivered (not resent; see the journal)
 * @param humanReplies        replies classified as anything but {@code SKIP}
 * @param autoReplies         replies classified {@code SKIP}: out-of-office, auto-replies, bounces
 * @param unclassifiedReplies replies that have no classification (classification failed)
 * @param noReply             delivered emails that got no reply at all
 * @param categories          classified replies per category (every category present, 0 when none)
 * @param analysed            contacts whose analysis succeeded (the base of score and persona figures)
 * @param averagePriorityScore mean priority score of the analysed contacts, 0 when none
 * @param enrichedFields      missing fields the enricher filled with a known value
 * @param personas            outcome per persona (analysed contacts only)
 * @param industries          outcome per industry ({@code unknown} when empty)
 * @param companySizes        outcome per company size band, bands without contacts left out
 * @param regions             outcome per region: the last comma-separated part of the location
 * @param scoreBands          outcome per score band, all four bands from 80-100 down to 0-39
 * @param provenance          who produced the analyses, drafts and classifications, and the fallbacks
 * @param stageFailures       leads stopped per stage ({@code analyze}, {@code compose}, {@code send}, ...)
 * @param sendFailureReasons  why emails failed, with counts
 * @param repliesSimulated    true when any reply was made up by a simulator rather than received
 * @param sequence            the follow-up sequence's figures, or null for a one-email campaign (no lead has
 *                            sequence progress)
 * @param variants            outcome per A/B variant of the first email ({@code A}, {@code B}, ... in order), empty
 *                            when no lead's email records a variant
 */
public record CampaignStats(RunInfo run, int contacts, int rejectedRows,
                            int sent, int failed, int skipped, int uncertain,
                            int humanReplies, int autoReplies, int unclassifiedReplies, int noReply,
                            Map<ReplyCategory, Integer> categories,
                            int analysed, double averagePriorityScore, int enrichedFields,
                            List<Segment> personas, List<Segment> industries, List<Segment> companySizes,
                            List<Segment> regions, List<Segment> scoreBands,
                            List<StageProvenance> provenance, List<Count> stageFailures,
                            List<Count> sendFailureReasons, boolean repliesSimulated, SequenceStats sequence,
                            List<Segment> variants) {

    /** Copies the collections; the category map keeps the enum order and has every category. */
    public CampaignStats {
        Objects.requireNonNull(run, "run");
        EnumMap<ReplyCategory, Integer> all = new EnumMap<>(ReplyCategory.class);
        for (ReplyCategory c : ReplyCategory.values()) {
            all.put(c, categories == null ? 0 : categories.getOrDefault(c, 0));
        }
        categories = Collections.unmodifiableMap(all);
        personas = List.copyOf(personas);
        industries = List.copyOf(industries);
        companySizes = List.copyOf(companySizes);
        regions = List.copyOf(regions);
        scoreBands = List.copyOf(scoreBands);
        provenance = List.copyOf(provenance);
        stageFailures = List.copyOf(stageFailures);
        sendFailureReasons = List.copyOf(sendFailureReasons);
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** The figures of a campaign that tests no email variants. */
    public CampaignStats(RunInfo run, int contacts, int rejectedRows,
                         int sent, int failed, int skipped, int uncertain,
                         int humanReplies, int autoReplies, int unclassifiedReplies, int noReply,
                         Map<ReplyCategory, Integer> categories,
                         int analysed, double averagePriorityScore, int enrichedFields,
                         List<Segment> personas, List<Segment> industries, List<Segment> companySizes,
                         List<Segment> regions, List<Segment> scoreBands,
                         List<StageProvenance> provenance, List<Count> stageFailures,
                         List<Count> sendFailureReasons, boolean repliesSimulated, SequenceStats sequence) {
        this(run, contacts, rejectedRows, sent, failed, skipped, uncertain, humanReplies, autoReplies,
                unclassifiedReplies, noReply, categories, analysed, averagePriorityScore, enrichedFields, personas,
                industries, companySizes, regions, scoreBands, provenance, stageFailures, sendFailureReasons,
                repliesSimulated, sequence, List.of());
    }

    /** The figures of a one-email campaign: no sequence. */
    public CampaignStats(RunInfo run, int contacts, int rejectedRows,
                         int sent, int failed, int skipped, int uncertain,
                         int humanReplies, int autoReplies, int unclassifiedReplies, int noReply,
                         Map<ReplyCategory, Integer> categories,
                         int analysed, double averagePriorityScore, int enrichedFields,
                         List<Segment> personas, List<Segment> industries, List<Segment> companySizes,
                         List<Segment> regions, List<Segment> scoreBands,
                         List<StageProvenance> provenance, List<Count> stageFailures,
                         List<Count> sendFailureReasons, boolean repliesSimulated) {
        this(run, contacts, rejectedRows, sent, failed, skipped, uncertain, humanReplies, autoReplies,
                unclassifiedReplies, noReply, categories, analysed, averagePriorityScore, enrichedFields, personas,
                industries, companySizes, regions, scoreBands, provenance, stageFailures, sendFailureReasons,
                repliesSimulated, null, List.of());
    }

    /**
     * Computes the figures.
     *
     * @param outcomes     one per usable lead, in any order
     * @param rejectedRows how many source rows were rejected
     * @param run          what the run used
     */
    public static CampaignStats compute(List<LeadOutcome> outcomes, int rejectedRows, RunInfo run) {
        return StatsCalculator.compute(outcomes, rejectedRows, run);
    }

    /**
     * Computes the figures from outcomes read one at a time, in source order, holding none of them.
     *
     * @param outcomes     one per usable lead
     * @param rejectedRows how many source rows were rejected
     * @param run          what the run used
     */
    public static CampaignStats compute(LeadOutcomes outcomes, int rejectedRows, RunInfo run) {
        StatsCalculator tallies = new StatsCalculator(run);
        outcomes.forEach(tallies::add);
        return tallies.result(rejectedRows);
    }

    /** Classified replies in this category. */
    public int count(ReplyCategory category) {
        return categories.get(category);
    }

    /** Replies classified {@code INTERESTED}. */
    public int interested() {
        return count(ReplyCategory.INTERESTED);
    }

    /** Replies received of any kind, people's and machines'. */
    public int repliesReceived() {
        return humanReplies + autoReplies + unclassifiedReplies;
    }

    /** Delivered emails per contact. */
    public double deliveryRate() {
        return Ratios.of(sent, contacts);
    }

    /** Human replies per delivered email. */
    public double responseRate() {
        return Ratios.of(humanReplies, sent);
    }

    /** Interested replies per human reply. */
    public double positiveResponseShare() {
        return Ratios.of(interested(), humanReplies);
    }

    /** Interested replies per delivered email. */
    public double interestRate() {
        return Ratios.of(interested(), sent);
    }

    /** Results produced by a fallback, over analyses, drafts and classifications. */
    public int fallbacks() {
        return provenance.stream().mapToInt(StageProvenance::fellBack).sum();
    }

    /** Leads stopped at some stage. */
    public int stoppedLeads() {
        return stageFailures.stream().mapToInt(Count::count).sum();
    }
}
