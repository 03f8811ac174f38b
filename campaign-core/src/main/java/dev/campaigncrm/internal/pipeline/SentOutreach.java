package dev.campaigncrm.internal.pipeline;

import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.LeadOutcomes;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.reply.SentEmails;
import java.util.stream.Stream;

/** The emails phase one sent, read from its outcomes each time they are asked for (never held). */
record SentOutreach(LeadOutcomes outcomes) implements SentEmails {

    @Override
    public int size() {
        return (int) outcomes.sentCount();
    }

    @Override
    public Stream<Outreach> stream() {
        return outcomes.stream().filter(LeadOutcome::sent)
                .map(o -> new Outreach(o.index(), o.analysis(), o.draft(), o.send()));
    }
}
