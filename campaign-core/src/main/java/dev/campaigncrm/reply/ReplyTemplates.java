package dev.campaigncrm.reply;

import dev.campaigncrm.reply.SimulatedReply.Kind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts the simulator writes: at least five per kind, out-of-office notices in five languages. {@code {sig}}
 * becomes a sign-off with the lead's sanitised first name, {@code {date}} the return date of an out-of-office.
 */
final class ReplyTemplates {

    static final Map<Kind, List<String>> HUMAN = Map.of(
            Kind.INTERESTED, List.of(
                    "Hi,\n\nThanks for reaching out. This sounds interesting - could we book a call next week?{sig}",
                    "Good timing, actually: we have been looking at this. What's your availability on Thursday?{sig}",
                    "Yes, I'd be happy to talk. Send me a calendar invite for a 30-minute slot.{sig}",
                    "Interested. Can you show me a demo sometime this week?{sig}",
                    "Count me in - let's set up a quick demo with my team.{sig}",
                    "This looks promising. Let's talk; when are you free?{sig}"),
            Kind.DECLINE, List.of(
                    "Thanks, but we're not interested.{sig}",
                    "We're all set with our current provider. No need to follow up.{sig}",
                    "Not a fit for us, thanks.{sig}",
                    "We already have a solution for this, so I'll pass.{sig}",
                    "Please remove me from your mailing list.{sig}",
                    "No thanks. We don't have the budget for this.{sig}",
                    "I don't think we'd be interested, but thanks for thinking of us.{sig}"),
            Kind.INFO_REQUEST, List.of(
                    "Could you send over more details on how it works?{sig}",
                    "What does it cost? Do you have pricing for a team of our size?{sig}",
                    "Can you share a case study from a company like ours?{sig}",
                    "Before anything else I'd need more information about integrations and security.{sig}",
                    "Interesting. How does this work in practice, and what would pricing look like?{sig}",
                    "Please send me an overview I can share internally.{sig}"),
            Kind.LATER_DATE, List.of(
                    "Not right now - we're in the middle of a migration. Can you check back next quarter?{sig}",
                    "Timing isn't great for us. Let's reconnect after the holidays.{sig}",
                    "We're heads-down until the end of the year. Please follow up in January.{sig}",
                    "Our budget is frozen until Q2. Ping me then?{sig}",
                    "Maybe later this year. I'll have more bandwidth after our launch.{sig}",
                    "Too busy right now. Reach out again in a few months?{sig}"),
            Kind.REFERRAL, List.of(
                    "I'm not the right person for this. Please reach out to my colleague in operations.{sig}",
                    "Looping in our head of IT, who handles vendor decisions.{sig}",
                    "This is better suited to our procurement team; please contact our procurement lead.{sig}",
                    "I've forwarded your email to our COO; she owns this area.{sig}",
                    "Not my decision, I'm afraid. You'll want to talk to my manager.{sig}"),
            Kind.AMBIGUOUS, List.of("ok", "maybe", "Who is this?", "Thanks.", "Hmm, we'll see.",
                    "What is this regarding?", "Got it."));

    static final List<String> SIGN_OFFS = List.of("Best", "Thanks", "Cheers", "Regards", "Best regards");

    /**
     * An out-of-office notice in one language.
     *
     * @param subjectPrefix what the auto-responder puts before the original subject
     * @param body          the notice, with {@code {date}}
     * @param locale        the language of the date
     * @param datePattern   how that language writes the date
     */
    record OutOfOffice(String subjectPrefix, String body, Locale locale, String datePattern) {

        /** The body with the return date filled in. */
        String render(LocalDate back) {
            return body.replace("{date}", back.format(DateTimeFormatter.ofPattern(datePattern, locale)));
        }
    }

    static final List<OutOfOffice> OUT_OF_OFFICE = List.of(
            new OutOfOffice("Automatic reply: ", "Thank you for your email. I am out of the office until {date} with "
                    + "limited access to email. For urgent matters, please call our main line.", Locale.ENGLISH,
                    "EEEE d MMMM"),
            new OutOfOffice("Out of Office: ", "Hi, I'm currently on annual leave until {date} and will reply when "
                    + "I return.", Locale.ENGLISH, "d MMMM"),
            new OutOfOffice("Automatic reply: ", "I'm away from the office this week, returning {date}. I will "
                    + "respond to your message upon my return.", Locale.ENGLISH, "EEEE d MMMM"),
            new OutOfOffice("Abwesenheitsnotiz: ", "Vielen Dank für Ihre Nachricht. Ich bin bis zum {date} nicht im "
                    + "Büro und habe nur eingeschränkten Zugriff auf meine E-Mails.", Locale.GERMAN, "d. MMMM"),
            new OutOfOffice("Réponse automatique : ", "Bonjour, je suis absent(e) jusqu'au {date}. Je vous "
                    + "répondrai dès mon retour.", Locale.FRENCH, "d MMMM"),
            new OutOfOffice("Respuesta automática: ", "Gracias por su mensaje. Estoy fuera de la oficina hasta el "
                    + "{date}.", Locale.forLanguageTag("es"), "d 'de' MMMM"),
            new OutOfOffice("Automatisch antwoord: ", "Bedankt voor uw bericht. Ik ben afwezig tot en met {date}.",
                    Locale.forLanguageTag("nl"), "d MMMM"));

    private ReplyTemplates() {
    }

    /** A first name safe to put in a reply: letters, apostrophes and hyphens only, or empty. */
    static String firstName(String fullName) {
        for (String part : (fullName == null ? "" : fullName).strip().split("\\s+")) {
            String clean = part.replaceAll("[^\\p{L}'\\-]", "");
            String lower = clean.toLowerCase(Locale.ROOT);
            if (clean.isEmpty() || List.of("dr", "mr", "mrs", "ms", "mx", "prof").contains(lower)) {
                continue;
            }
            return clean.length() > 30 ? clean.substring(0, 30) : clean;
        }
        return "";
    }
}
