package dev.campaigncrm.reply;

import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.reply.SimulatedReply.Kind;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How the {@link ReplySimulator}'s leads answer: the chance that a person replies to the first email, how it grows
 * with the priority score, how much follow-ups add, the share of out-of-office auto-replies and the classes of the
 * replies. Immutable; the {@code with...} methods return a changed copy.
 *
 * <p>{@link #published()} follows published cold-email figures (docs/simulation.md cites them): a person answers the
 * first email of a lead with score 50 with {@link #PUBLISHED_REPLY_RATE} (5%), between Instantly's 2026 average of
 * 3.43% and Belkins' 8.4% on the first email in 2024; the chance runs linearly from 0.3 times that at score 0 to 1.7
 * times at score 100 (1.5% to 8.5%, about 10% for a high-scored founder, near Instantly's top tenth of 10.7%). In a
 * sequence, follow-ups add replies so that about {@link #FOLLOW_UP_SHARE 42%} of them come after a follow-up. Among
 * the replies, interest grows and declines shrink with the score (about 7% of replies interested at score 0, 28% at
 * 50, 45% at 100).
 */
public final class ReplyMix {

    /** The first-email reply rate of a lead with priority score 50 in {@link #published()}. */
    public static final double PUBLISHED_REPLY_RATE = 0.05;
    /** The share of a sequence's replies that come after a follow-up rather than the first email (about 42%). */
    public static final double FOLLOW_UP_SHARE = 0.42;
    /** The share of leads whose first email draws an out-of-office auto-reply in {@link #published()}. */
    public static final double PUBLISHED_OUT_OF_OFFICE = 0.04;
    /** The reply chance at score 0 and at score 100, as multiples of the rate at score 50. */
    private static final double COLD_FACTOR = 0.3;
    private static final double HOT_FACTOR = 1.7;

    private final double replyRate;
    private final double outOfOffice;
    private final Map<String, Double> variantEffects;

    private ReplyMix(double replyRate, double outOfOffice, Map<String, Double> variantEffects) {
        this.replyRate = replyRate;
        this.outOfOffice = outOfOffice;
        this.variantEffects = Map.copyOf(variantEffects);
    }

    /** The default: reply rates and classes after published cold-email figures, every variant alike. */
    public static ReplyMix published() {
        return new ReplyMix(PUBLISHED_REPLY_RATE, PUBLISHED_OUT_OF_OFFICE, Map.of());
    }

    /**
     * A copy in which a person answers the first email of a lead with score 50 with this chance (0–1); the chance
     * still runs from 0.3 times the rate at score 0 to 1.7 times at score 100, capped so that no lead replies with
     * a chance above 1 minus the out-of-office share.
     *
     * @throws IllegalArgumentException when the rate is not between 0 and 1
     */
    public ReplyMix withReplyRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("a reply rate is between 0 and 1 but was " + rate);
        }
        return new ReplyMix(rate, outOfOffice, variantEffects);
    }

    /**
     * A copy in which this share (0–0.5) of leads auto-replies out of office to its first email.
     *
     * @throws IllegalArgumentException when the share is not between 0 and 0.5
     */
    public ReplyMix withOutOfOffice(double share) {
        if (!(share >= 0 && share <= 0.5)) {
            throw new IllegalArgumentException("an out-of-office share is between 0 and 0.5 but was " + share);
        }
        return new ReplyMix(replyRate, share, variantEffects);
    }

    /**
     * A copy in which leads sent email variant {@code variant} (e.g. {@code B}) reply {@code factor} times as often
     * and their replies lean to interest by the same factor, so that an A/B test has a real difference to find. By default the simulator does not read the emails and every variant is answered alike.
     *
     * @throws IllegalArgumentException when the variant is blank or the factor is not positive and finite
     */
    public ReplyMix withVariantEffect(String variant, double factor) {
        Objects.requireNonNull(variant, "variant");
        if (variant.isBlank() || !(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("a variant effect needs a variant name and a positive factor, got '"
                    + variant + "' and " + factor);
        }
        Map<String, Double> effects = new TreeMap<>(variantEffects);
        effects.put(variant.strip(), factor);
        return new ReplyMix(replyRate, outOfOffice, effects);
    }

    /** The first-email reply rate of a lead with priority score 50. */
    public double replyRate() {
        return replyRate;
    }

    /** The share of leads that auto-reply out of office to their first email. */
    public double outOfOffice() {
        return outOfOffice;
    }

    /**
     * The chance that a person answers some message of a sequence of {@code steps} emails (1 for one email) sent to a
     * lead of this persona and score who got email variant {@code variant} (empty when there is no A/B test).
     */
    public double replyChance(Persona persona, int score, int steps, String variant) {
        double x = Math.max(0, Math.min(100, score)) / 100.0;
        double first = replyRate * (COLD_FACTOR + (HOT_FACTOR - COLD_FACTOR) * x) * personaFactor(persona)
                * variantEffect(variant);
        double total = steps > 1 ? first / (1 - FOLLOW_UP_SHARE) : first;
        return Math.min(total, 1 - outOfOffice);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "reply rate %.1f%% at score 50, %.1f%% out of office", replyRate * 100,
                outOfOffice * 100) + (variantEffects.isEmpty() ? "" : ", variant effects " + variantEffects);
    }

    /** The weight of each kind (silence and out-of-office included) for this lead; they sum to 1. */
    Map<Kind, Double> weights(Persona persona, int score, int steps, String variant) {
        double reply = replyChance(persona, score, steps, variant);
        Map<Kind, Double> w = new EnumMap<>(Kind.class);
        Map<Kind, Double> human = humanWeights(persona, score, variant);
        double humanTotal = human.values().stream().mapToDouble(Double::doubleValue).sum();
        human.forEach((k, v) -> w.put(k, reply * v / humanTotal));
        w.put(Kind.OUT_OF_OFFICE, outOfOffice);
        w.put(Kind.NO_REPLY, Math.max(0, 1 - reply - outOfOffice));
        return w;
    }

    /**
     * The relative weights of the kinds a person writes (no silence, no auto-reply): more interest and fewer
     * declines with the score; the persona shifts the mix (executives delegate, small-business owners ask about the
     * price, evaluators ask for details); a variant effect scales interest.
     */
    Map<Kind, Double> humanWeights(Persona persona, int score, String variant) {
        double x = Math.max(0, Math.min(100, score)) / 100.0;
        Map<Kind, Double> w = new EnumMap<>(Kind.class);
        w.put(Kind.INTERESTED, (0.04 + 0.30 * x) * variantEffect(variant));
        w.put(Kind.DECLINE, 0.28 - 0.22 * x);
        w.put(Kind.INFO_REQUEST, 0.08 + 0.06 * x);
        w.put(Kind.LATER_DATE, 0.09);
        w.put(Kind.REFERRAL, 0.05);
        w.put(Kind.AMBIGUOUS, 0.07);
        switch (persona == null ? Persona.GENERAL_BUSINESS_CONTACT : persona) {
            case ENTERPRISE_TECH_DECISION_MAKER -> scale(w, Kind.REFERRAL, 2.0);
            case GROWTH_STAGE_STARTUP_FOUNDER -> {
                scale(w, Kind.INTERESTED, 1.2);
                scale(w, Kind.REFERRAL, 0.5);
            }
            case MID_MARKET_OPERATIONS_LEADER -> {
                scale(w, Kind.INFO_REQUEST, 1.3);
                scale(w, Kind.LATER_DATE, 1.2);
            }
            case SMALL_BUSINESS_OWNER -> {
                scale(w, Kind.INFO_REQUEST, 1.4);
                scale(w, Kind.DECLINE, 1.2);
                scale(w, Kind.REFERRAL, 0.3);
            }
            case TECHNICAL_EVALUATOR -> {
                scale(w, Kind.INFO_REQUEST, 1.5);
                scale(w, Kind.REFERRAL, 1.5);
            }
            case GENERAL_BUSINESS_CONTACT -> {
                // the base mix
            }
        }
        return w;
    }

    /** The kind at position {@code u} in [0, 1) of the cumulative weights, in the enum's order. */
    static Kind draw(Map<Kind, Double> weights, double u) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double acc = 0;
        Kind last = Kind.NO_REPLY;
        for (Kind k : Kind.values()) {
            double wk = weights.getOrDefault(k, 0.0);
            if (wk <= 0) {
                continue;
            }
            acc += wk / total;
            last = k;
            if (u < acc) {
                return k;
            }
        }
        return last;
    }

    /** Executives reply a little less often, founders a little more; the other personas as the score says. */
    private static double personaFactor(Persona persona) {
        return switch (persona == null ? Persona.GENERAL_BUSINESS_CONTACT : persona) {
            case ENTERPRISE_TECH_DECISION_MAKER -> 0.85;
            case GROWTH_STAGE_STARTUP_FOUNDER -> 1.15;
            default -> 1.0;
        };
    }

    private double variantEffect(String variant) {
        return variant == null || variant.isBlank() ? 1.0 : variantEffects.getOrDefault(variant.strip(), 1.0);
    }

    private static void scale(Map<Kind, Double> w, Kind k, double factor) {
        w.computeIfPresent(k, (key, v) -> v * factor);
    }
}
