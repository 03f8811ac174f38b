package dev.campaigncrm.compose;

import dev.campaigncrm.lead.Lead;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * An A/B test of the first email: how many variants ({@code A}, {@code B}, ... up to {@link #MAX_COUNT}) and which
 * one each lead gets, from a stable hash of the campaign id and the lead's id (its address when the id is blank), so
 * the same lead gets the same variant in every run of the campaign and another campaign splits its leads anew.
 * A variant differs in at least its subject line and opening sentence; {@link #style} says how, for composers that
 * write from instructions. One variant means no test: {@link #of} then gives the empty name.
 *
 * @param campaignId the campaign whose leads are split
 * @param count      the number of variants, 1 (no test) to {@link #MAX_COUNT}
 */
public record EmailVariants(String campaignId, int count) {

    /** The most variants a campaign can test. */
    public static final int MAX_COUNT = 4;

    private static final List<String> STYLES = List.of(
            "a subject line that names the company and a concrete topic, and an opening sentence that makes one "
                    + "direct statement about the recipient's situation",
            "a subject line that is a short question (ending in a question mark), and an opening sentence that "
                    + "asks the recipient a question about their work",
            "a subject line that offers something useful, and an opening sentence that gives the value first, "
                    + "before any request",
            "a subject line of at most five words, and an opening sentence with one specific observation about the "
                    + "company");

    /** Checks the values. */
    public EmailVariants {
        Objects.requireNonNull(campaignId, "campaignId");
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("an A/B test has 1 to " + MAX_COUNT + " variants but got " + count);
        }
    }

    /** True when there is something to compare: two variants or more. */
    public boolean testing() {
        return count > 1;
    }

    /** The variants' names in order: {@code A}, {@code B}, ...; empty when not testing. */
    public List<String> names() {
        return testing() ? IntStream.range(0, count).mapToObj(EmailVariants::name).toList() : List.of();
    }

    /** The variant this lead gets, or the empty name when not testing. */
    public String of(Lead lead) {
        Objects.requireNonNull(lead, "lead");
        if (!testing()) {
            return "";
        }
        String key = lead.id().isBlank() ? lead.email().strip().toLowerCase(java.util.Locale.ROOT) : lead.id();
        return VariantChooser.of(0, campaignId, key).pick("ab-variant", names());
    }

    /**
     * The composer {@code composer} running this A/B test: each lead's first email is written as the variant
     * {@link #of} assigns it, and its follow-ups record the same variant, so every message of a lead counts for one
     * variant.
     */
    public EmailComposer applyTo(EmailComposer composer) {
        return new VariantComposer(composer, this);
    }

    /** The name of the variant at {@code index} from 0: {@code A}, {@code B}, ... */
    public static String name(int index) {
        if (index < 0 || index >= MAX_COUNT) {
            throw new IllegalArgumentException("variant index 0.." + (MAX_COUNT - 1) + " but was " + index);
        }
        return String.valueOf((char) ('A' + index));
    }

    /** The index from 0 of a variant name ({@code A} is 0), or -1 for the empty name or one that is no variant. */
    public static int index(String variant) {
        if (variant == null || variant.length() != 1) {
            return -1;
        }
        int i = variant.charAt(0) - 'A';
        return i >= 0 && i < MAX_COUNT ? i : -1;
    }

    /**
     * How a variant's subject line and opening sentence are written, for composers that write from instructions (the
     * language-model composer); empty for the empty name.
     *
     * @throws IllegalArgumentException for a name that is no variant
     */
    public static String style(String variant) {
        if (variant == null || variant.isEmpty()) {
            return "";
        }
        int i = index(variant);
        if (i < 0) {
            throw new IllegalArgumentException("no such variant: '" + variant + "' (A to " + name(MAX_COUNT - 1)
                    + ")");
        }
        return STYLES.get(i);
    }
}
