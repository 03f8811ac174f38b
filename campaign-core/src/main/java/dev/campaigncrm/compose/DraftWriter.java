package dev.campaigncrm.compose;

import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.Seniority;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadText;
import dev.campaigncrm.provenance.Provenance;
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
final class DraftWriter {

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
        return write(analysis, "");
    }

    /**
     * The draft for the analysed lead as A/B variant {@code variant}: variant {@code A} takes the first subject line
     * and opening sentence of the draft's urgency and register, {@code B} the second, and so on round the list; the
     * other slots are chosen as for any draft. The empty name chooses every slot by the seed.
     */
    public EmailDraft write(LeadAnalysis analysis, String variant) {
        Objects.requireNonNull(analysis, "analysis");
        int v = EmailVariants.index(variant);
        if (v < 0 && variant != null && !variant.isEmpty()) {
            throw new IllegalArgumentException("no such variant: '" + variant + "'");
        }
        Lead lead = analysis.lead();
        VariantChooser choose = VariantChooser.of(seed, lead.id(), lead.email());
        Optional<String> name = LeadText.clean(lead.name());
        logRejected(lead, name, LeadText.clean(lead.company()));
        DraftContext c = context(analysis, choose, Tone.forSeniority(analysis.seniority()),
                Urgency.forScore(analysis.priorityScore()));
        String offer = choose.pick("offer", ClosingLines.COLD_OFFERS);

        String firstName = name.map(LeadText::firstName).orElse("");
        String body = body(c, choose, offer, firstName, v);
        String subject = subject(c, choose, offer, v);
        String notes = notes(c, analysis, name.isPresent(), LeadText.clean(lead.industry()))
                + (v < 0 ? "" : "; variant " + variant + " (subject and opening)");
        return new EmailDraft(lead.id(), lead.email(), name.orElse(""), subject, body, c.tone(), c.urgency(), notes,
                Provenance.of(SOURCE), EmailStep.FIRST, v < 0 ? "" : variant);
    }

    /**
     * A follow-up from templates: a bump at step 2, a new angle at a middle step, a polite last note at the last
     * step, in the first email's tone and urgency, within {@link WordCount#FOLLOW_UP_MAX} words. The same analysis,
     * follow-up, brief and seed always give the same draft.
     */
    public EmailDraft writeFollowUp(LeadAnalysis analysis, FollowUp followUp) {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(followUp, "followUp");
        EmailDraft first = followUp.first();
        Lead lead = analysis.lead();
        VariantChooser choose = VariantChooser.of(seed, lead.id(), lead.email());
        Optional<String> name = LeadText.clean(lead.name());
        DraftContext c = context(analysis, choose, first.tone(), first.urgency());
        String offer = choose.pick("offer", ClosingLines.COLD_OFFERS);
        String slot = "s" + followUp.step() + ".";

        Body body = new Body();
        String angle;
        if (followUp.last()) {
            angle = "last note (closing the loop, easy opt-out)";
            body.paragraph().add(choose.pick(slot + "open", FollowUpLines.lastOpeners(c)), 0)
                    .add(choose.pick(slot + "door", FollowUpLines.lastDoor(c, offer)), 1)
                    .paragraph().add(choose.pick(slot + "opt-out", FollowUpLines.optOut(c)), 0);
        } else if (followUp.step() == 2) {
            angle = "bump (refers to the first email; one line of value)";
            body.paragraph().add(choose.pick(slot + "open", FollowUpLines.bumpOpeners(c)), 0)
                    .add(choose.pick(slot + "value", FollowUpLines.bumpValue(c)), 1)
                    .paragraph().add(choose.pick(slot + "ask", FollowUpLines.bumpAsks(c, offer)), 0);
        } else {
            NewAngle fresh = newAngle(c, choose, followUp.step());
            angle = "new angle (" + fresh.note() + ")";
            body.paragraph().add(choose.pick(slot + "open", FollowUpLines.angleOpeners(c)), 0)
                    .add(choose.pick(slot + "angle", fresh.lines()), 0)
                    .add(choose.pick(slot + "proof", FollowUpLines.angleProof(c)), 2)
                    .paragraph().add(choose.pick(slot + "ask", FollowUpLines.angleAsks(c)), 1);
        }
        String greeting = ClosingLines.greeting(c.tone(), name.map(LeadText::firstName).orElse(""));
        String text = body.render(greeting, ClosingLines.signOff(c.tone()) + "\n" + brief.senderName(),
                WordCount.FOLLOW_UP_MAX);
        String subject = first.subject().startsWith("Re: ") ? first.subject() : "Re: " + first.subject();
        String notes = "follow-up step " + followUp.step() + " of " + followUp.steps() + "; angle " + angle
                + "; tone " + c.tone().label() + " and urgency " + c.urgency().label() + " as the first email"
                + "; greeting " + (name.isPresent() ? "by first name" : "without a name");
        return new EmailDraft(lead.id(), lead.email(), name.orElse(""), subject, text, c.tone(), c.urgency(), notes,
                Provenance.of(SOURCE), EmailStep.followUp(followUp.step(), List.of()), first.variant());
    }

    /** The context of a draft: sanitised lead values, the chosen challenge and pain, tone and urgency. */
    private DraftContext context(LeadAnalysis analysis, VariantChooser choose, Tone tone, Urgency urgency) {
        Lead lead = analysis.lead();
        IndustryProfile industry = IndustryProfile.of(lead.industry());
        RoleFunction role = RoleFunction.ofTitle(lead.jobTitle());
        return new DraftContext(brief, tone, urgency, LeadText.clean(lead.company()),
                LeadText.clean(lead.location()).flatMap(DraftWriter::city), industry,
                choose.pick("challenge", industry.challenges()), role, choose.pick("pain", role.painPoints()),
                SizeBand.of(lead.employees(), analysis.persona()), lead.employees(), analysis.persona());
    }

    /** A new angle's candidate sentences and its note. */
    private record NewAngle(List<String> lines, String note) {
    }

    /** Another industry challenge or role pain than the first email's, alternating with the step. */
    private static NewAngle newAngle(DraftContext c, VariantChooser choose, int step) {
        List<NewAngle> angles = new ArrayList<>();
        List<String> challenges = c.industry().challenges().stream().filter(x -> !x.equals(c.challenge())).toList();
        List<String> pains = c.role().painPoints().stream().filter(x -> !x.equals(c.pain())).toList();
        if (c.industry().matched() && !challenges.isEmpty()) {
            String other = challenges.get(0);
            angles.add(new NewAngle(FollowUpLines.industryAngle(c, other), "industry challenge: " + other));
        }
        if (!pains.isEmpty()) {
            String other = pains.get(0);
            angles.add(new NewAngle(FollowUpLines.roleAngle(c, other), "role pain: " + other));
        }
        if (angles.isEmpty()) {
            return new NewAngle(FollowUpLines.industryAngle(c, c.challenge()), "industry challenge: "
                    + c.challenge());
        }
        int start = choose.pick("angle", List.of(0, 1));
        return angles.get((start + step - 3) % angles.size());
    }

    private String body(DraftContext c, VariantChooser choose, String offer, String firstName, int variant) {
        Body body = new Body();
        body.paragraph().add(pick(choose, "p1.0", OpeningLines.openers(c), variant), 0);
        body.paragraph().add(choose.pick("p2.0", ValueLines.offer(c)), 0)
                .add(choose.pick("p2.1", ValueLines.rolePain(c)), 2);
        body.paragraph().add(choose.pick("p3.0", ValueLines.toneAngle(c)), 5);
        List<String> persona = ValueLines.personaAngle(c);
        if (!persona.isEmpty()) {
            body.add(choose.pick("p3.1", persona), 3);
        }
        body.paragraph().add(choose.pick("p4.0", ClosingLines.callsToAction(c, offer)), 0);
        List<String> scheduling = ClosingLines.scheduling(c);
        if (!scheduling.isEmpty()) {
            body.add(choose.pick("p4.1", scheduling), 4);
        }
        if (!brief.allowedLinks().isEmpty() && (c.urgency() == Urgency.HIGH || c.urgency() == Urgency.WARM)) {
            body.add("\nOr pick a time here: " + brief.allowedLinks().get(0), 1);
        }
        String signature = ClosingLines.signOff(c.tone()) + "\n" + brief.senderName() + "\n" + brief.senderTitle()
                + ", " + brief.senderCompany();
        return body.render(ClosingLines.greeting(c.tone(), firstName), signature, WordCount.FIRST_EMAIL_MAX);
    }

    private static String subject(DraftContext c, VariantChooser choose, String offer, int variant) {
        List<String> named = SubjectLines.withCompany(c, offer);
        return pick(choose, "subject", named.isEmpty() ? SubjectLines.generic(c, offer) : named, variant);
    }

    /** The variant's option (round the list) when testing variants, else the chooser's. */
    private static String pick(VariantChooser choose, String slot, List<String> options, int variant) {
        return variant < 0 ? choose.pick(slot, options) : options.get(variant % options.size());
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
