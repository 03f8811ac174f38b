package dev.campaigncrm.report;

import dev.campaigncrm.analysis.EnrichedField;
import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.RunInfo;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.send.SendStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Counts {@link CampaignStats} from the outcomes one at a time (incremental tallies: nothing per lead is kept), so that
 * the figures of any number of leads can be computed from a stream; the only place the figures are counted.
 */
final class StatsCalculator {

    /** The name of a segment whose value is missing. */
    static final String UNKNOWN = "unknown";

    private static final int[] SIZE_BAND_FLOORS = {1, 10, 50, 100, 200, 500};
    private static final String[] SIZE_BAND_NAMES = {"1-9", "10-49", "50-99", "100-199", "200-499", "500+"};

    private final RunInfo run;
    private int contacts;
    private int sent;
    private int failed;
    private int uncertain;
    private int human;
    private int auto;
    private int unclassified;
    private int noReply;
    private int analysed;
    private long scoreSum;
    private int enriched;
    private boolean simulated;
    private final Map<ReplyCategory, Integer> categories = new EnumMap<>(ReplyCategory.class);
    private final Map<Persona, Tally> personas = new EnumMap<>(Persona.class);
    private final Map<Urgency, Tally> bands = new EnumMap<>(Urgency.class);
    private final Map<String, Tally> sizes = new LinkedHashMap<>();
    private final Map<String, Tally> industries = new LinkedHashMap<>();
    private final Map<String, Tally> regions = new LinkedHashMap<>();
    private final Map<String, Tally> variants = new TreeMap<>();
    private final ProvenanceTally analysisBy = new ProvenanceTally("analysis");
    private final ProvenanceTally draftBy = new ProvenanceTally("draft");
    private final ProvenanceTally classifiedBy = new ProvenanceTally("classification");
    private final Map<String, Integer> stageFailures = new TreeMap<>();
    private final Map<String, Integer> sendFailures = new TreeMap<>();
    private final SequenceTally sequence = new SequenceTally();

    /** Empty tallies for a run; add the outcomes in source order (segments of equal size keep first-seen order). */
    StatsCalculator(RunInfo run) {
        this.run = Objects.requireNonNull(run, "run");
        simulated = run.replySource() != null
                && run.replySource().strip().toLowerCase(Locale.ROOT).startsWith("simulated");
        for (Urgency u : Urgency.values()) {
            bands.put(u, new Tally(bandName(u)));
        }
        for (String name : SIZE_BAND_NAMES) {
            sizes.put(name, new Tally(name));
        }
        sizes.put(UNKNOWN, new Tally(UNKNOWN));
    }

    static CampaignStats compute(List<LeadOutcome> outcomes, int rejectedRows, RunInfo run) {
        Objects.requireNonNull(outcomes, "outcomes");
        StatsCalculator tallies = new StatsCalculator(run);
        outcomes.stream().sorted(Comparator.comparingInt(LeadOutcome::index)).forEach(tallies::add);
        return tallies.result(rejectedRows);
    }

    /** Counts one outcome. */
    void add(LeadOutcome o) {
        contacts++;
        Lead lead = o.lead();
        boolean delivered = o.sent();
        boolean replied = false;
        boolean interested = false;
        if (delivered) {
            sent++;
        } else if (o.send() != null && o.send().status() == SendStatus.UNCERTAIN) {
            uncertain++;
        } else if (o.send() != null && o.send().status() == SendStatus.FAILED) {
            failed++;
            increment(sendFailures, o.send().error().isBlank() ? "no reason given" : o.send().error().strip());
        }
        if (o.reply() != null) {
            simulated |= o.reply().simulated();
            if (o.classification() == null) {
                unclassified++;
            } else {
                ReplyCategory c = o.classification().category();
                increment(categories, c);
                classifiedBy.add(o.classification().provenance());
                if (c == ReplyCategory.SKIP) {
                    auto++;
                } else {
                    human++;
                    replied = true;
                    interested = c == ReplyCategory.INTERESTED;
                }
            }
        } else if (delivered) {
            noReply++;
        }
        if (o.draft() != null) {
            draftBy.add(o.draft().provenance());
        }
        if (o.failure() != null) {
            increment(stageFailures, o.failure().stage().label());
        }
        sequence.add(o);

        industries.computeIfAbsent(key(lead.industry()), k -> new Tally(display(lead.industry())))
                .add(delivered, replied, interested);
        String region = region(lead.location());
        regions.computeIfAbsent(key(region), k -> new Tally(display(region))).add(delivered, replied, interested);
        sizes.get(sizeBand(lead.employees())).add(delivered, replied, interested);
        if (o.draft() != null && !o.draft().variant().isBlank()) {
            variants.computeIfAbsent(o.draft().variant().strip(), Tally::new).add(delivered, replied, interested);
        }

        if (o.analysis() != null) {
            analysed++;
            int score = o.analysis().priorityScore();
            scoreSum += score;
            enriched += (int) o.analysis().enrichments().stream().filter(EnrichedField::known).count();
            analysisBy.add(o.analysis().provenance());
            Persona p = o.analysis().persona() == null ? Persona.GENERAL_BUSINESS_CONTACT : o.analysis().persona();
            personas.computeIfAbsent(p, k -> new Tally(k.label())).add(delivered, replied, interested);
            bands.get(Urgency.forScore(score)).add(delivered, replied, interested);
        }
    }

    /** The figures for what was added. */
    CampaignStats result(int rejectedRows) {
        if (rejectedRows < 0) {
            throw new IllegalArgumentException("rejectedRows must not be negative but was " + rejectedRows);
        }
        return new CampaignStats(run, contacts, rejectedRows, sent, failed, contacts - sent - failed - uncertain,
                uncertain, human, auto, unclassified, noReply, categories, analysed,
                analysed == 0 ? 0.0 : (double) scoreSum / analysed, enriched,
                bySize(personas.values()), bySize(industries.values()),
                sizes.values().stream().filter(t -> t.contacts > 0).map(Tally::segment).toList(),
                bySize(regions.values()),
                bands.values().stream().map(Tally::segment).toList(),
                List.of(analysisBy.result(), draftBy.result(), classifiedBy.result()),
                counts(stageFailures), counts(sendFailures), simulated, sequence.result(),
                variants.values().stream().map(Tally::segment).toList());
    }

    /** The score band's name, e.g. {@code 80-100 (high)}. */
    static String bandName(Urgency band) {
        int top = switch (band) {
            case HIGH -> 100;
            case WARM -> Urgency.HIGH.from() - 1;
            case MEDIUM -> Urgency.WARM.from() - 1;
            case COLD -> Urgency.MEDIUM.from() - 1;
        };
        return band.from() + "-" + top + " (" + band.label() + ")";
    }

    /** The region of a location: its last comma-separated part, trimmed, or {@code unknown}. */
    static String region(String location) {
        if (location == null || location.isBlank()) {
            return UNKNOWN;
        }
        String[] parts = location.split(",");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isBlank()) {
                return parts[i].strip();
            }
        }
        return UNKNOWN;
    }

    /** The size band of a number of employees, or {@code unknown}. */
    static String sizeBand(Integer employees) {
        if (employees == null || employees < 1) {
            return UNKNOWN;
        }
        for (int i = SIZE_BAND_FLOORS.length - 1; i >= 0; i--) {
            if (employees >= SIZE_BAND_FLOORS[i]) {
                return SIZE_BAND_NAMES[i];
            }
        }
        return UNKNOWN;
    }

    private static String key(String value) {
        return display(value).toLowerCase(Locale.ROOT);
    }

    private static String display(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value.strip().replaceAll("\\s+", " ");
    }

    private static List<Segment> bySize(Iterable<Tally> tallies) {
        List<Segment> out = new ArrayList<>();
        tallies.forEach(t -> out.add(t.segment()));
        out.sort(Segment.BY_SIZE);
        return List.copyOf(out);
    }

    private static List<Count> counts(Map<String, Integer> map) {
        return map.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).sorted(Count.ORDER).toList();
    }

    private static <K> void increment(Map<K, Integer> map, K key) {
        map.merge(key, 1, Integer::sum);
    }

    /** A segment being counted. */
    private static final class Tally {
        private final String name;
        private int contacts;
        private int sent;
        private int replied;
        private int interested;

        Tally(String name) {
            this.name = name;
        }

        void add(boolean delivered, boolean humanReply, boolean interest) {
            contacts++;
            sent += delivered ? 1 : 0;
            replied += humanReply ? 1 : 0;
            interested += interest ? 1 : 0;
        }

        Segment segment() {
            return new Segment(name, contacts, sent, replied, interested);
        }
    }

    /** Producers and fallbacks of one kind of result being counted. */
    private static final class ProvenanceTally {
        private final String stage;
        private final Map<String, Integer> sources = new TreeMap<>();
        private final Map<String, Integer> reasons = new TreeMap<>();
        private int fellBack;

        ProvenanceTally(String stage) {
            this.stage = stage;
        }

        void add(Provenance p) {
            if (p == null) {
                increment(sources, UNKNOWN);
                return;
            }
            increment(sources, p.source().isBlank() ? UNKNOWN : p.source().strip());
            if (p.fellBack()) {
                fellBack++;
                increment(reasons, p.fallbackReason().strip());
            }
        }

        StageProvenance result() {
            return new StageProvenance(stage, counts(sources), fellBack, counts(reasons));
        }
    }
}
