package dev.campaigncrm.report;

import static dev.campaigncrm.report.Markdown.count;
import static dev.campaigncrm.report.Markdown.percent;
import static dev.campaigncrm.report.Markdown.rate;
import static dev.campaigncrm.report.Markdown.text;

import dev.campaigncrm.reply.ReplyCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The recommendations that follow from the figures, by explicit rules, most urgent first. */
final class Recommendations {

    /**
     * One recommendation.
     *
     * @param title  what to do, in markdown with every untrusted value escaped
     * @param detail why, in markdown with every untrusted value escaped
     */
    record Recommendation(String title, String detail) {
    }

    private Recommendations() {
    }

    /** The recommendations for these figures; never empty. */
    static List<Recommendation> of(CampaignStats s) {
        List<Recommendation> out = new ArrayList<>();
        if (s.contacts() == 0) {
            out.add(new Recommendation("Fix the lead source",
                    "no usable lead was read" + (s.rejectedRows() > 0 ? " and "
                            + count(s.rejectedRows(), "row was", "rows were") + " rejected; see `output/rejected_leads.csv` for each line and reason." : ".")));
            return out;
        }
        if (s.sent() == 0) {
            out.add(new Recommendation("Fix delivery first",
                    "none of the " + count(s.contacts(), "contact", "contacts") + " received an email, so nothing else can be measured."));
        }
        if (s.failed() > 0) {
            out.add(new Recommendation("Fix the " + count(s.failed(), "failed send", "failed sends"),
                    "before the next run" + commonReason(s.sendFailureReasons()) + "."));
        }
        if (s.repliesSimulated()) {
            out.add(new Recommendation("Run against real replies before drawing conclusions",
                    "every response figure here comes from " + Insights.simulatedBy(s)
                            + ", not from prospects."));
        }
        if (s.rejectedRows() > 0) {
            out.add(new Recommendation("Clean the lead source",
                    count(s.rejectedRows(), "row was", "rows were") + " rejected; `output/rejected_leads.csv` lists each line and reason."));
        }
        s.stageFailures().stream().filter(c -> !c.name().equals("send")).forEach(c -> out.add(new Recommendation(
                "Investigate the " + count(c.count(), "lead", "leads") + " stopped at " + text(c.name()),
                "the error is recorded on each lead; " + (c.count() == 1 ? "it" : "they") + " received no email.")));
        Insights.Comparison persona = Insights.interest(s.personas(), s);
        Insights.Comparison industry = Insights.interest(s.industries(), s);
        if (!persona.above().isEmpty()) {
            out.add(prioritise("persona", persona));
        }
        if (!industry.above().isEmpty()) {
            out.add(prioritise("industry", industry));
        }
        Insights.Comparison bandResponse = Insights.response(s.scoreBands(), s);
        Insights.Comparison personaResponse = Insights.response(s.personas(), s);
        bandResponse.below().forEach(b -> out.add(deprioritise("score band", b, bandResponse)));
        personaResponse.below().forEach(p -> out.add(deprioritise("persona", p, personaResponse)));
        AbTest test = AbTest.of(s.variants());
        if (test != null) {
            out.add(variants(test));
        }
        Statistics.Trend trend = Insights.scoreTrend(s.scoreBands());
        if (trend != null && trend.clear() && trend.slope() < 0) {
            out.add(new Recommendation("Revisit the scoring rubric",
                    "the interest rate fell as the priority score rose (" + percent(-trend.slope())
                            + " per score band), so the score is not predicting interest; check which parts of the "
                            + "score the interested leads had in common."));
        }
        if (s.interested() > 0) {
            out.add(new Recommendation("Hand the " + count(s.interested(), "interested lead", "interested leads")
                    + " to sales",
                    "while their interest is fresh; their replies are in `report/final.csv`."));
        }
        int followUps = s.count(ReplyCategory.NEEDS_FOLLOW_UP);
        if (followUps > 0) {
            out.add(new Recommendation("Follow up with the " + count(followUps, "lead", "leads") + " who asked for more",
                    "information, a later date or another person."));
        }
        int unclear = s.count(ReplyCategory.UNCLEAR) + s.unclassifiedReplies();
        if (unclear > 0) {
            out.add(new Recommendation("Have a person read the " + count(unclear, "unclear reply", "unclear replies"),
                    "the classifier did not guess their intent."));
        }
        if (s.fallbacks() > 0) {
            out.add(new Recommendation("Check the AI provider",
                    count(s.fallbacks(), "result", "results") + " fell back to a simpler producer" + commonReason(allFallbackReasons(s))
                            + "."));
        }
        if (s.sent() > 0 && s.humanReplies() == 0) {
            out.add(new Recommendation("Rework the message",
                    "none of the " + count(s.sent(), "delivered email", "delivered emails") + " drew a reply from a person; test new subject "
                            + "lines on a smaller, higher-scored group."));
        }
        if (out.isEmpty()) {
            out.add(new Recommendation("Keep the current approach and grow the sample",
                    "nothing failed and no segment's response rate differed clearly from the campaign's "
                            + rate(s.humanReplies(), s.sent()) + "; a larger run will show whether the pattern "
                            + "holds."));
        }
        return List.copyOf(out);
    }

    private static Recommendation prioritise(String kind, Insights.Comparison c) {
        Insights.Rate best = c.above().get(0);
        return new Recommendation("Prioritise the " + kind + " " + plain(best.name()),
                "its interest rate was " + rate(best.successes(), best.trials()) + " of " + best.trials()
                        + " delivered emails against " + rate(c.campaign().successes(), c.campaign().trials())
                        + " for the campaign; its interval excludes the campaign's rate"
                        + (c.above().size() > 1 ? " (also above: " + c.above().subList(1, c.above().size()).stream()
                        .map(r -> plain(r.name())).collect(java.util.stream.Collectors.joining(", ")) + ")" : "")
                        + ".");
    }

    /** Send the winner from now on, or keep testing and roughly how long. */
    private static Recommendation variants(AbTest test) {
        if (test.winner().isPresent()) {
            Segment w = test.winner().get();
            return new Recommendation("Send variant " + plain(w.name()) + " of the first email to new leads",
                    "it won the A/B test: its interest rate, " + rate(w.interested(), w.sent())
                            + ", is significantly above every other variant's.");
        }
        long needed = test.neededPerVariant();
        return new Recommendation("Keep the A/B test running",
                "no variant is ahead yet" + (needed == 0 ? "; their interest rates are equal so far."
                        : "; were the rates seen so far the true ones, about "
                                + String.format(java.util.Locale.ROOT, "%,d", needed)
                                + " delivered emails per variant would tell them apart."));
    }

    private static Recommendation deprioritise(String kind, Insights.Rate seg, Insights.Comparison c) {
        return new Recommendation("Deprioritise the " + kind + " " + plain(seg.name()),
                "its response rate was " + rate(seg.successes(), seg.trials()) + " of " + seg.trials()
                        + " delivered emails, below the campaign's " + rate(c.campaign().successes(),
                        c.campaign().trials()) + ".");
    }

    private static String commonReason(List<Count> reasons) {
        return reasons.isEmpty() ? "" : "; the most common reason was \u201c" + text(reasons.get(0).name())
                + "\u201d (" + reasons.get(0).count() + ")";
    }

    private static List<Count> allFallbackReasons(CampaignStats s) {
        Map<String, Integer> merged = new TreeMap<>();
        s.provenance().forEach(p -> p.reasons().forEach(c -> merged.merge(c.name(), c.count(), Integer::sum)));
        return merged.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).sorted(Count.ORDER).toList();
    }

    /** A segment name for a title: escaped like any untrusted text. */
    private static String plain(String name) {
        return text(name);
    }
}
