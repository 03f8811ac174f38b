package dev.campaigncrm.reply;

import java.util.List;

/** PLACEHOLDER (signature only) — being implemented on branch reply. */
public final class ReplySimulator implements ReplySource {
    /** A simulator with a fixed seed. */
    public static ReplySimulator seeded(long seed) {
        return new ReplySimulator();
    }

    @Override
    public List<Reply> collect(List<Outreach> sent) {
        throw new UnsupportedOperationException("placeholder");
    }

    @Override
    public String describe() {
        return "simulated";
    }
}
