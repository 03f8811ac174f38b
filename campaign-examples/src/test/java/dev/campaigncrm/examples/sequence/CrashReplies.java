package dev.campaigncrm.examples.sequence;

import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplySource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The crash campaign's replies, the same on every run: a lead answers the step {@link CrashCampaign#lastStep} names
 * (when it is not the last) a day and an hour after that step was sent, threaded to it.
 */
final class CrashReplies implements ReplySource {

    /** A reply for every sent message its lead answers. */
    @Override
    public List<Reply> collect(List<Outreach> sent) {
        List<Reply> replies = new ArrayList<>();
        for (Outreach o : sent) {
            String leadId = o.draft().leadId();
            int step = o.draft().step().number();
            if (!o.send().isSent() || step != CrashCampaign.lastStep(CrashCampaign.indexOf(leadId))
                    || step == CrashCampaign.SEQUENCE.steps()) {
                continue;
            }
            String id = o.send().messageId();
            Map<String, String> headers = Map.of("Message-ID", "<reply." + leadId + ".s" + step
                    + "@buyer.example.test>", "In-Reply-To", id, "References", id);
            replies.add(new Reply(leadId, o.draft().to(), "Re: " + o.draft().subject(),
                    "Thanks for reaching out. This is relevant for us: please send me some details.\n\nBest,\n"
                            + o.draft().recipientName() + "\n", headers,
                    o.send().at().plus(Duration.ofHours(25)), "scripted"));
        }
        return replies;
    }

    /** Names the source in logs and the report. */
    @Override
    public String describe() {
        return "scripted replies of the crash test";
    }
}
