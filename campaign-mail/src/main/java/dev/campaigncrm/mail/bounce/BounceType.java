package dev.campaigncrm.mail.bounce;

/** How final a bounce is: a hard bounce (5.x.x) suppresses the address, a soft one (4.x.x or unknown) does not. */
public enum BounceType {
    /** Permanent failure (status 5.x.x): the address should not be mailed again. */
    HARD,
    /** Temporary or unknown failure (status 4.x.x, or no status stated): the address stays mailable. */
    SOFT;

    /** Lower-case name, as in the {@code X-Campaign-Bounce} header: {@code hard} or {@code soft}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
