package dev.campaigncrm.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * One slice of the audience (a persona, an industry, a size band, a region or a score band) against its outcome.
 *
 * @param name       the slice, e.g. {@code Healthcare} or {@code 80-100 (high)}
 * @param contacts   usable leads in the slice
 * @param sent       emails the server accepted
 * @param replied    replies written by a person (auto-replies and bounces excluded)
 * @param interested replies classified {@code INTERESTED}
 */
public record Segment(String name, int contacts, int sent, int replied, int interested) {

    /** Most contacts first, then by name: the order of the categorical breakdowns. */
    public static final Comparator<Segment> BY_SIZE =
            Comparator.comparingInt(Segment::contacts).reversed().thenComparing(Segment::name);

    /** Checks the values. */
    public Segment {
        Objects.requireNonNull(name, "name");
        if (contacts < 0 || sent < 0 || replied < 0 || interested < 0) {
            throw new IllegalArgumentException("segment counts must not be negative");
        }
    }

    /** Delivered emails per contact, 0 when there are no contacts. */
    public double deliveryRate() {
        return Ratios.of(sent, contacts);
    }

    /** Human replies per delivered email, 0 when nothing was delivered. */
    public double responseRate() {
        return Ratios.of(replied, sent);
    }

    /** Interested replies per delivered email, 0 when nothing was delivered. */
    public double interestRate() {
        return Ratios.of(interested, sent);
    }

    /** Interested replies per human reply, 0 when nobody replied. */
    public double positiveShare() {
        return Ratios.of(interested, replied);
    }
}
