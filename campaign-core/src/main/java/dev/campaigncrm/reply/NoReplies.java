package dev.campaigncrm.reply;

import java.util.List;

/** The reply source used when none is configured: it collects nothing and says so in the report. */
final class NoReplies implements ReplySource {

    @Override
    public List<Reply> collect(List<Outreach> sent) {
        return List.of();
    }

    @Override
    public String describe() {
        return "none configured (no replies collected)";
    }
}
