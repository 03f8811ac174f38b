package dev.campaigncrm.examples;

import dev.campaigncrm.run.CampaignResult;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.LeadOutcomes;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.report.CampaignReport;
import dev.campaigncrm.run.CampaignResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * One line saying which producer made the analyses, emails, classifications and the report's narrative, and how many
 * fell back.
 */
final class ProducedBy {

    private ProducedBy() {
    }

    /** The line for this result, e.g. {@code analysis rules 8; emails template 8; replies none}. */
    static String of(CampaignResult r) {
        return part("analysis", r.outcomes(), o -> o.analysis() == null ? null : o.analysis().provenance())
                + "; emails " + part("", r.outcomes(), o -> o.draft() == null ? null : o.draft().provenance())
                + "; replies " + part("", r.outcomes(),
                o -> o.reply() == null || o.classification() == null ? null : o.classification().provenance())
                + narrative(r.report());
    }

    /** The report narrative's producer, or nothing when phase two did not run. */
    private static String narrative(CampaignReport report) {
        if (report == null) {
            return "";
        }
        Provenance p = report.provenance();
        return "; report narrative " + p.source() + (p.fellBack() ? " (fell back)" : "");
    }

    private static String part(String name, LeadOutcomes outcomes, Function<LeadOutcome, Provenance> get) {
        List<Provenance> all;
        try (Stream<LeadOutcome> s = outcomes.stream()) {
            all = s.map(get).filter(Objects::nonNull).toList();
        }
        Map<String, Long> bySource = all.stream()
                .collect(Collectors.groupingBy(Provenance::source, TreeMap::new, Collectors.counting()));
        long fellBack = all.stream().filter(Provenance::fellBack).count();
        String sources = bySource.isEmpty() ? "none" : bySource.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return (name.isEmpty() ? "" : name + " ") + sources + (fellBack > 0 ? " (" + fellBack + " fell back)" : "");
    }
}
