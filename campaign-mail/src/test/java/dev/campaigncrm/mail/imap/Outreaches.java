package dev.campaigncrm.mail.imap;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.analysis.ScoreBreakdown;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.send.SendResult;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** Outreach for the IMAP tests: lead N is {@code leadN@example.test}, mailed with {@code <campaign-LN@seller.test>}. */
final class Outreaches {

    static final Instant SENT_AT = Instant.parse("2026-11-30T09:00:00Z");

    private Outreaches() {
    }

    static List<Outreach> sent(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Outreaches::outreach).toList();
    }

    static Outreach outreach(int i) {
        Lead lead = Lead.builder().id("L" + i).name("Lead " + i).email("lead" + i + "@example.test")
                .company("Company " + i).jobTitle(i % 2 == 0 ? "CEO" : "Operations Manager").build();
        LeadAnalysis analysis = new LeadAnalysis(lead, List.of(), new ScoreBreakdown(20, 15, 10, 5, List.of()),
                Persona.values()[i % Persona.values().length], "test", Provenance.of("rules"));
        EmailDraft draft = new EmailDraft(lead.id(), lead.email(), lead.name(), "Faster onboarding for Company " + i,
                "Hello Lead " + i + ",\nshort note about onboarding.\n\nAlex", Tone.PROFESSIONAL, Urgency.WARM, "",
                Provenance.of("template"));
        return new Outreach(i, analysis, draft, SendResult.sent(lead.id(), lead.email(), SENT_AT,
                "<campaign-L" + i + "@seller.test>"));
    }
}
