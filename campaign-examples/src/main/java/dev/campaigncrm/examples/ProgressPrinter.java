package dev.campaigncrm.examples;

import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.run.CampaignEvent;
import dev.campaigncrm.run.CampaignListener;
import dev.campaigncrm.send.SendStatus;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/** Prints one line as each lead is sent (or fails, is skipped), is rejected, or has its reply classified. */
final class ProgressPrinter implements CampaignListener {

    private final PrintStream out;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger classified = new AtomicInteger();

    ProgressPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onEvent(CampaignEvent event) {
        if (event instanceof CampaignEvent.Rejected r) {
            line("rejected   " + r.row().message());
        } else if (event instanceof CampaignEvent.StageDone d && d.stage() == Stage.SEND) {
            line(String.format("%4d sent   %s", sent.incrementAndGet(), describe(d.outcome())));
        } else if (event instanceof CampaignEvent.StageFailed f) {
            line(String.format("     %s %s at %s: %s", what(f.outcome()), describe(f.outcome()), f.stage().label(),
                    f.reason()));
        } else if (event instanceof CampaignEvent.StageDone d && d.stage() == Stage.CLASSIFY
                && d.outcome().reply() != null) {
            line(String.format("%4d reply  %-8s -> %s (%.2f) %s", classified.incrementAndGet(),
                    d.outcome().lead().id(), d.outcome().classification().category().label(),
                    d.outcome().classification().confidence(), d.outcome().classification().rationale()));
        }
    }

    /** FAILED, or SKIPPED (e.g. suppressed) and UNCERTAIN (sent or not) for a send that was neither. */
    private static String what(LeadOutcome o) {
        return o.send() == null || o.send().status() == SendStatus.SENT ? "FAILED"
                : o.send().status().name();
    }

    private static String describe(LeadOutcome o) {
        String score = o.analysis() == null ? "" : " score " + o.analysis().priorityScore();
        return String.format("%-8s %s%s", o.lead().id(), o.lead().email(), score);
    }

    /** The messages this run sent so far. */
    int sent() {
        return sent.get();
    }

    private synchronized void line(String s) {
        out.println(s);
    }
}
