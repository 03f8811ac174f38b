package dev.campaigncrm.reply;

import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.reply.SimulatedReply.Kind;
import java.util.EnumMap;
import java.util.Map;

/**
 * How likely each kind of reply is for a lead: a higher priority score brings more interest and fewer declines and
 * silences; the persona shifts the mix (executives delegate and are away more, small-business owners ask about the
 * price, evaluators ask for details). Roughly 20–35% of leads do not reply.
 */
final class ReplyMix {

    private ReplyMix() {
    }

    /** The relative weight of each kind for this persona and score (0–100). */
    static Map<Kind, Double> weights(Persona persona, int score) {
        double x = Math.max(0, Math.min(100, score)) / 100.0;
        Map<Kind, Double> w = new EnumMap<>(Kind.class);
        w.put(Kind.NO_REPLY, 0.34 - 0.14 * x);
        w.put(Kind.OUT_OF_OFFICE, 0.07);
        w.put(Kind.INTERESTED, 0.04 + 0.30 * x);
        w.put(Kind.DECLINE, 0.28 - 0.22 * x);
        w.put(Kind.INFO_REQUEST, 0.08 + 0.06 * x);
        w.put(Kind.LATER_DATE, 0.09);
        w.put(Kind.REFERRAL, 0.05);
        w.put(Kind.AMBIGUOUS, 0.07);
        switch (persona == null ? Persona.GENERAL_BUSINESS_CONTACT : persona) {
            case ENTERPRISE_TECH_DECISION_MAKER -> {
                scale(w, Kind.OUT_OF_OFFICE, 1.5);
                scale(w, Kind.REFERRAL, 2.0);
                scale(w, Kind.NO_REPLY, 1.15);
            }
            case GROWTH_STAGE_STARTUP_FOUNDER -> {
                scale(w, Kind.INTERESTED, 1.2);
                scale(w, Kind.NO_REPLY, 0.9);
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

    /** The weights of the kinds a person writes (no silence, no auto-reply), for a lead back from leave. */
    static Map<Kind, Double> humanWeights(Persona persona, int score) {
        Map<Kind, Double> w = weights(persona, score);
        w.remove(Kind.NO_REPLY);
        w.remove(Kind.OUT_OF_OFFICE);
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

    private static void scale(Map<Kind, Double> w, Kind k, double factor) {
        w.computeIfPresent(k, (key, v) -> v * factor);
    }
}
