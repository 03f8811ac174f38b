package dev.campaigncrm.internal.compose;

import dev.campaigncrm.Provenance;
import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.Seniority;
import dev.campaigncrm.compose.CampaignBrief;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.lead.Lead;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one draft from an analysis: chooses tone and urgency, builds the context from sanitised lead values only,
 * picks a phrasing per slot with a {@link VariantChooser}, and assembles subject, body and personalisation notes.
 */
public final class DraftWriter {

    /** The provenance of every draft this writer produces. */
    public static final String SOURCE = "template";

    private static final Logger LOG = LoggerFactory.getLogger(DraftWriter.class);

    private final CampaignBrief brief;
    private final long seed;

    /** A writer for a brief and a seed. */
    public DraftWriter(CampaignBrief brief, long seed) {
        this.brief = Objects.requireNonNull(brief, "brief");
        this.seed = seed;
    }

    /** The draft for the analysed lead; the same analysis, brief and seed always give the same draft. */
    public EmailDraft write(LeadAnalysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        Lead lead = analysis.lead();
        VariantChooser choose = VariantChooser.of(seed, lead.id(), lead.email());
        Tone tone = Tone.forSeniority(analysis.seniority());
        Urgency urgency = Urgency.forScore(analysis.priorityScore());

        Optional<String> name = SafeText.clean(lead.name());
        Optional<String> company = SafeText.clean(lead.company());
        Optional<String> city = SafeText.clean(lead.location()).flatMap(DraftWriter::city);
        logRejected(lead, name, company);

        IndustryProfile industry = IndustryProfile.of(lead.industry());
        RoleFunction role = RoleFunction.ofTitle(lead.jobTitle());
        DraftContext c = new DraftContext(brief, tone, urgency, company, city, industry,
                choose.pick("challenge", industry.challenges()), role, choose.pick("pain", role.painPoints()),
                SizeBand.of(lead.employees(), analysis.persona()), lead.employees(), analysis.persona());
        String offer = choose.pick("offer", ClosingLines.COLD_OFFERS);

        String firstName = name.map(SafeText::firstName).orElse("");
        String body = body(c, choose, offer, firstName);
        String subject = subject(c, choose, offer);
        String notes = notes(c, analysis, name.isPresent(), SafeText.clean(lead.industry()));
        return new EmailDraft(lead.id(), lead.email(), name.orElse(""), subject, body, tone, urgency, notes,
                Provenance.of(SOURCE));
    }

    /** A follow-up: PLACEHOLDER until the follow-up templates land (greeting, one line, sign-off). */
    public EmailDraft writeFollowUp(LeadAnalysis analysis, dev.campaigncrm.compose.FollowUp followUp) {
        Objects.requireNonNull(followUp, "followUp");
        EmailDraft first = followUp.first();
        Lead lead = analysis.lead();
        String firstName = SafeText.clean(lead.name()).map(SafeText::firstName).orElse("");
        String body = ClosingLines.greeting(first.tone(), firstName) + "\n\nA short follow-up on my note below.\n\n"
                + ClosingLines.signOff(first.tone()) + "\n" + brief.senderName() + "\n";
        return new EmailDraft(lead.id(), lead.email(), first.recipientName(), "Re: " + first.subject(), body,
                first.tone(), first.urgency(), "follow-up step " + followUp.step(), Provenance.of(SOURCE));
    }

    private String body(DraftContext c, VariantChooser choose, String offer, String firstName) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(ClosingLines.greeting(c.tone(), firstName));
        paragraphs.add(paragraph(choose, "p1", OpeningLines.openers(c), OpeningLines.challenges(c)));
        paragraphs.add(paragraph(choose, "p2", ValueLines.offer(c), ValueLines.rolePain(c), ValueLines.size(c)));
        paragraphs.add(paragraph(choose, "p3", ValueLines.toneAngle(c), ValueLines.personaAngle(c)));
        String close = paragraph(choose, "p4", ClosingLines.callsToAction(c, offer), ClosingLines.scheduling(c));
        if (!brief.allowedLinks().isEmpty() && (c.urgency() == Urgency.HIGH || c.urgency() == Urgency.WARM)) {
            close = close + "\nYou can also pick a time directly: " + brief.allowedLinks().get(0);
        }
        paragraphs.add(close);
        paragraphs.add(ClosingLines.signOff(c.tone()) + "\n" + brief.senderName() + "\n" + brief.senderTitle()
                + ", " + brief.senderCompany());
        return String.join("\n\n", paragraphs) + "\n";
    }

    /** One sentence from each non-empty slot, in order. */
    @SafeVarargs
    private static String paragraph(VariantChooser choose, String name, List<String>... slots) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            if (!slots[i].isEmpty()) {
                sentences.add(choose.pick(name + "." + i, slots[i]));
            }
        }
        return String.join(" ", sentences);
    }

    private static String subject(DraftContext c, VariantChooser choose, String offer) {
        List<String> named = SubjectLines.withCompany(c, offer);
        return choose.pick("subject", named.isEmpty() ? SubjectLines.generic(c, offer) : named);
    }

    private static String notes(DraftContext c, LeadAnalysis analysis, boolean nameUsed,
                                Optional<String> industryText) {
        List<String> parts = new ArrayList<>();
        parts.add("tone " + c.tone().label() + " (" + seniorityNote(analysis.seniority()) + ")");
        parts.add("urgency " + c.urgency().label() + " (score " + analysis.priorityScore() + ")");
        parts.add("industry " + (c.industry().matched() ? c.industry().name()
                : industryText.orElse("unknown") + " (generic challenges)"));
        parts.add("size " + c.size().label() + (c.employees() == null ? "" : " (" + c.employeesText() + ")"));
        parts.add("role " + c.role().label());
        parts.add("persona " + c.persona().label());
        parts.add("location " + c.city().orElse("not used"));
        parts.add("company " + (c.company().isPresent() ? "named" : "not used"));
        parts.add("greeting " + (nameUsed ? "by first name" : "without a name"));
        return String.join("; ", parts);
    }

    private static String seniorityNote(Seniority seniority) {
        return switch (seniority) {
            case C_LEVEL -> "C-level title";
            case VP_DIRECTOR -> "VP/Director title";
            case MANAGER -> "manager title";
            case INDIVIDUAL_CONTRIBUTOR -> "individual-contributor title";
            case UNKNOWN -> "no recognised title";
        };
    }

    /** The first part of a sanitised location ("Boston, MA" gives "Boston"), if it still has a letter. */
    private static Optional<String> city(String location) {
        String first = location.split(",", 2)[0].strip();
        return first.codePoints().anyMatch(Character::isLetter) ? Optional.of(first) : Optional.empty();
    }

    private static void logRejected(Lead lead, Optional<String> name, Optional<String> company) {
        if (name.isEmpty() && !lead.name().isBlank()) {
            LOG.debug("lead {}: name not used in the email (failed sanitising)", printable(lead.id()));
        }
        if (company.isEmpty() && !lead.company().isBlank()) {
            LOG.debug("lead {}: company not used in the email (failed sanitising)", printable(lead.id()));
        }
    }

    /** The id with control characters replaced, so that a hostile id cannot forge log lines. */
    private static String printable(String id) {
        return id.replaceAll("\\p{Cntrl}", "?");
    }
}
