package dev.campaigncrm.analysis;

import dev.campaigncrm.internal.analysis.TokenText;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The seed's scoring rubric, offline and explainable: engagement (≤30) from buying signals and concerns in the notes,
 * recency (≤25) from the last contact measured from {@code asOf}, seniority (≤25) from the job title and company size
 * (≤20) from the number of employees. Every band is configurable through {@link #builder()}.
 *
 * <p>Engagement: notes are matched on whole words, and a phrase with a negation up to three words before it in the
 * same clause does not count ("not interested" is not "interested"). With positive signals the strongest counts, plus
 * {@code combinationBonus} for each further distinct signal, capped at 30; a concern next to a positive signal takes
 * {@code mixedSignalPenalty} off (never below the concern's own points). Concerns alone score the strongest concern.
 * Notes with neither score {@code neutralNotesPoints} (default 3: someone wrote something, but it shows no intent).
 * Empty notes score 0.
 *
 * <p>Recency: a last contact dated after {@code asOf} is treated as a data error and scores 0, with the reason saying
 * so; rewarding a date in the future would let one bad cell outrank every genuine recent contact.
 */
public final class RubricScorer implements LeadScorer {

    private static final int MAX_ENGAGEMENT = 30;
    private static final int MAX_RECENCY = 25;
    private static final int MAX_SENIORITY = 25;
    private static final int MAX_SIZE = 20;

    private final List<Signal> positiveSignals;
    private final List<Signal> concerns;
    private final int combinationBonus;
    private final int mixedSignalPenalty;
    private final int neutralNotesPoints;
    private final List<RecencyBand> recencyBands;
    private final int olderContactPoints;
    private final int neverContactedPoints;
    private final Map<Seniority, Integer> seniorityPoints;
    private final List<SizeBand> sizeBands;
    private final int unknownSizePoints;

    private RubricScorer(Builder b) {
        positiveSignals = List.copyOf(b.positiveSignals);
        concerns = List.copyOf(b.concerns);
        combinationBonus = range("combinationBonus", b.combinationBonus, MAX_ENGAGEMENT);
        mixedSignalPenalty = range("mixedSignalPenalty", b.mixedSignalPenalty, MAX_ENGAGEMENT);
        neutralNotesPoints = range("neutralNotesPoints", b.neutralNotesPoints, MAX_ENGAGEMENT);
        recencyBands = b.recencyBands.stream().sorted(Comparator.comparingInt(RecencyBand::maxDays)).toList();
        recencyBands.forEach(r -> range("recency band points", r.points(), MAX_RECENCY));
        olderContactPoints = range("olderContactPoints", b.olderContactPoints, MAX_RECENCY);
        neverContactedPoints = range("neverContactedPoints", b.neverContactedPoints, MAX_RECENCY);
        b.seniorityPoints.forEach((level, points) -> range("seniority points for " + level, points, MAX_SENIORITY));
        seniorityPoints = Map.copyOf(b.seniorityPoints);
        sizeBands = b.sizeBands.stream().sorted(Comparator.comparingInt(SizeBand::minEmployees).reversed()).toList();
        sizeBands.forEach(s -> range("size band points", s.points(), MAX_SIZE));
        unknownSizePoints = range("unknownSizePoints", b.unknownSizePoints, MAX_SIZE);
        positiveSignals.forEach(s -> range("points of '" + s.label() + "'", s.points(), MAX_ENGAGEMENT));
        concerns.forEach(s -> range("points of '" + s.label() + "'", s.points(), MAX_ENGAGEMENT));
    }

    /** The seed's rubric with its default bands. */
    public static RubricScorer defaults() {
        return builder().build();
    }

    /** A builder starting from the seed's rubric; change only the bands you need. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ScoreBreakdown score(Lead lead, LocalDate asOf) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(asOf, "asOf");
        Part engagement = engagement(lead.notes());
        Part recency = recency(lead.lastContactDate(), asOf);
        Part seniority = seniority(lead.jobTitle());
        Part size = companySize(lead.employees());
        return new ScoreBreakdown(engagement.points, recency.points, seniority.points, size.points,
                List.of(engagement.reason, recency.reason, seniority.reason, size.reason));
    }

    private Part engagement(String notes) {
        TokenText text = TokenText.of(notes);
        if (text.isEmpty()) {
            return new Part(0, "engagement 0: no notes");
        }
        List<Signal> positive = positiveSignals.stream().filter(s -> s.foundIn(text)).toList();
        List<Signal> concern = concerns.stream().filter(s -> s.foundIn(text)).toList();
        int strongestConcern = concern.stream().mapToInt(Signal::points).max().orElse(0);
        if (positive.isEmpty() && concern.isEmpty()) {
            return new Part(neutralNotesPoints,
                    "engagement " + neutralNotesPoints + ": notes show no buying signal or concern");
        }
        if (positive.isEmpty()) {
            return new Part(strongestConcern,
                    "engagement " + strongestConcern + ": concern " + labels(concern));
        }
        int strongest = positive.stream().mapToInt(Signal::points).max().orElseThrow();
        int points = Math.min(MAX_ENGAGEMENT, strongest + combinationBonus * (positive.size() - 1));
        String reason = labels(positive);
        if (!concern.isEmpty()) {
            points = Math.max(strongestConcern, points - mixedSignalPenalty);
            reason += "; concern " + labels(concern) + " (-" + mixedSignalPenalty + ")";
        }
        return new Part(points, "engagement " + points + ": " + reason);
    }

    private Part recency(LocalDate lastContact, LocalDate asOf) {
        if (lastContact == null) {
            return new Part(neverContactedPoints, "recency " + neverContactedPoints + ": never contacted");
        }
        long days = ChronoUnit.DAYS.between(lastContact, asOf);
        if (days < 0) {
            return new Part(0, "recency 0: last contact " + lastContact + " is after the as-of date " + asOf
                    + "; not counted");
        }
        int points = recencyBands.stream().filter(b -> days <= b.maxDays()).findFirst()
                .map(RecencyBand::points).orElse(olderContactPoints);
        String since = days == 1 ? "1 day" : days + " days";
        return new Part(points, "recency " + points + ": " + since + " since last contact (" + lastContact + ")");
    }

    private Part seniority(String title) {
        Seniority level = Seniority.ofTitle(title);
        int points = seniorityPoints.getOrDefault(level, 0);
        String what = switch (level) {
            case C_LEVEL -> "C-level title";
            case VP_DIRECTOR -> "VP/Director-level title";
            case MANAGER -> "manager-level title";
            case INDIVIDUAL_CONTRIBUTOR -> "individual-contributor title";
            case UNKNOWN -> title.isBlank() ? "no job title" : "title that names no level";
        };
        String quoted = title.isBlank() ? "" : " '" + LeadText.oneLine(title) + "'";
        return new Part(points, "seniority " + points + ": " + what + quoted);
    }

    private Part companySize(Integer employees) {
        if (employees == null) {
            return new Part(unknownSizePoints, "company size " + unknownSizePoints + ": size unknown");
        }
        for (int i = 0; i < sizeBands.size(); i++) {
            SizeBand band = sizeBands.get(i);
            if (employees >= band.minEmployees()) {
                String range = i == 0 ? band.minEmployees() + "+"
                        : band.minEmployees() + "-" + (sizeBands.get(i - 1).minEmployees() - 1);
                return new Part(band.points(), String.format(Locale.ROOT, "company size %d: %,d employees (%s)",
                        band.points(), employees, range));
            }
        }
        return new Part(unknownSizePoints, String.format(Locale.ROOT,
                "company size %d: %,d employees (below every band)", unknownSizePoints, employees));
    }

    private static String labels(List<Signal> signals) {
        return signals.stream().map(s -> "'" + s.label() + "'").collect(Collectors.joining(", "));
    }

    private static int range(String name, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " must be 0.." + max + " but was " + value);
        }
        return value;
    }

    private record Part(int points, String reason) {
    }

    /**
     * A signal in the notes: its label (quoted in the reason), its points and the phrases that show it.
     *
     * @param label   the name quoted in the reason, e.g. "requested a demo"
     * @param points  0–30
     * @param phrases whole-word phrases, matched case-insensitively with articles ignored
     */
    public record Signal(String label, int points, List<String> phrases) {

        /** Checks and copies. */
        public Signal {
            Objects.requireNonNull(label, "label");
            phrases = List.copyOf(phrases);
            if (phrases.isEmpty()) {
                throw new IllegalArgumentException("signal '" + label + "' needs at least one phrase");
            }
        }

        /** A signal with its phrases. */
        public static Signal of(String label, int points, String... phrases) {
            return new Signal(label, points, List.of(phrases));
        }

        boolean foundIn(TokenText text) {
            return phrases.stream().anyMatch(text::contains);
        }
    }

    /**
     * Points for a last contact at most {@code maxDays} days before {@code asOf}.
     *
     * @param maxDays the band's upper bound, inclusive
     * @param points  0–25
     */
    public record RecencyBand(int maxDays, int points) {
    }

    /**
     * Points for a company of at least {@code minEmployees} employees (up to the next band).
     *
     * @param minEmployees the band's lower bound, inclusive
     * @param points       0–20
     */
    public record SizeBand(int minEmployees, int points) {
    }

    /** Configures the rubric; starts from the seed's values. */
    public static final class Builder {
        private List<Signal> positiveSignals = List.of(
                Signal.of("ready to buy", 30, "ready to buy", "ready to sign", "ready to move forward",
                        "wants to sign", "verbal yes"),
                Signal.of("requested a demo", 25, "requested demo", "requested demos", "request demo",
                        "requests demo", "demo requested", "asked for demo", "asking for demo", "wants demo",
                        "booked demo", "scheduled demo", "demo scheduled", "demo booked"),
                Signal.of("budget approved", 25, "budget approved", "approved budget", "budget is approved",
                        "budget was approved", "budget has been approved", "budget signed off", "budget confirmed"),
                Signal.of("asked for a proposal", 25, "asked for proposal", "requested proposal", "request proposal",
                        "proposal requested", "wants proposal", "asked for quote", "requested quote",
                        "quote requested"),
                Signal.of("asked for pricing", 20, "asked for pricing", "asked about pricing", "requested pricing",
                        "pricing requested", "wants pricing", "asked for price", "asked about price"),
                Signal.of("interested", 20, "interested", "keen", "eager", "excited"));
        private List<Signal> concerns = List.of(
                Signal.of("needs follow-up", 10, "needs follow up", "need follow up", "needs followup",
                        "requires follow up", "asked us to follow up", "follow up later", "call back later",
                        "check back later"),
                Signal.of("limited budget", 7, "limited budget", "tight budget", "budget is tight",
                        "budget constraints", "budget constrained", "small budget"),
                Signal.of("not right now", 5, "not right now", "not now", "maybe later", "revisit later",
                        "revisit next quarter", "revisit next year", "not a priority", "bad timing", "on hold",
                        "circle back later"),
                Signal.of("no budget", 5, "no budget", "budget frozen", "budget freeze"),
                Signal.of("not interested", 5, "not interested", "no interest", "uninterested"));
        private int combinationBonus = 5;
        private int mixedSignalPenalty = 5;
        private int neutralNotesPoints = 3;
        private List<RecencyBand> recencyBands = List.of(new RecencyBand(7, 25), new RecencyBand(30, 15),
                new RecencyBand(90, 10));
        private int olderContactPoints = 5;
        private int neverContactedPoints = 0;
        private final Map<Seniority, Integer> seniorityPoints = new EnumMap<>(Map.of(Seniority.C_LEVEL, 25,
                Seniority.VP_DIRECTOR, 20, Seniority.MANAGER, 15, Seniority.INDIVIDUAL_CONTRIBUTOR, 10,
                Seniority.UNKNOWN, 0));
        private List<SizeBand> sizeBands = List.of(new SizeBand(500, 20), new SizeBand(200, 15),
                new SizeBand(100, 12), new SizeBand(50, 10), new SizeBand(10, 7), new SizeBand(1, 5));
        private int unknownSizePoints = 0;

        private Builder() {
        }

        /** Replaces the positive signals (each 0–30). */
        public Builder positiveSignals(List<Signal> signals) {
            positiveSignals = new ArrayList<>(signals);
            return this;
        }

        /** Replaces the concerns (each 0–30). */
        public Builder concerns(List<Signal> signals) {
            concerns = new ArrayList<>(signals);
            return this;
        }

        /** Points added for each distinct positive signal beyond the strongest (default 5). */
        public Builder combinationBonus(int points) {
            combinationBonus = points;
            return this;
        }

        /** Points taken off a positive score when a concern is also present (default 5). */
        public Builder mixedSignalPenalty(int points) {
            mixedSignalPenalty = points;
            return this;
        }

        /** Points for notes with neither a signal nor a concern (default 3). */
        public Builder neutralNotesPoints(int points) {
            neutralNotesPoints = points;
            return this;
        }

        /** Replaces the recency bands (default ≤7 days 25, ≤30 days 15, ≤90 days 10). */
        public Builder recencyBands(List<RecencyBand> bands) {
            recencyBands = new ArrayList<>(bands);
            return this;
        }

        /** Points for a contact older than every band (default 5). */
        public Builder olderContactPoints(int points) {
            olderContactPoints = points;
            return this;
        }

        /** Points when there is no last contact date (default 0). */
        public Builder neverContactedPoints(int points) {
            neverContactedPoints = points;
            return this;
        }

        /** Points for one seniority level (defaults: C-level 25, VP/Director 20, Manager 15, IC 10, unknown 0). */
        public Builder seniorityPoints(Seniority level, int points) {
            seniorityPoints.put(Objects.requireNonNull(level, "level"), points);
            return this;
        }

        /** Replaces the size bands (default 500+ 20, 200 15, 100 12, 50 10, 10 7, 1 5). */
        public Builder sizeBands(List<SizeBand> bands) {
            sizeBands = new ArrayList<>(bands);
            return this;
        }

        /** Points when the number of employees is unknown (default 0). */
        public Builder unknownSizePoints(int points) {
            unknownSizePoints = points;
            return this;
        }

        /** The scorer; throws {@link IllegalArgumentException} when a band exceeds its part's maximum. */
        public RubricScorer build() {
            return new RubricScorer(this);
        }
    }
}
