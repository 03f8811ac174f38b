package dev.campaigncrm.llm.offline;

import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The multilingual labelled set, {@code eval/multilingual.tsv}: {@code text, label, lang, format, split}. Each reply is
 * sent as its client would: the campaign email in the reply's language (footer and opt-out line included) quoted under
 * it (Gmail, Apple Mail, iPhone with its signature), below an Outlook header block, or above it (Thunderbird
 * bottom-posting); {@code plain} is the reply alone. {@code split} is {@code tuned} (cues and examples were changed
 * while looking at its errors) or {@code held_out} (written at the same time, never looked at while tuning).
 */
record MultilingualReplies(List<Row> rows) {

    private static final Map<String, String[]> CAMPAIGN = Map.of(
            "en", new String[]{"Hi,", "new hires often wait a week for their laptop and accounts.",
                "Would you have 20 minutes next week?", "Alex Morgan, Onboardly",
                "Not interested? Reply \"unsubscribe\" or unsubscribe here: https://seller.test/u/1"},
            "de", new String[]{"Hallo,", "neue Mitarbeitende warten oft eine Woche auf Laptop und Zugänge.",
                "Hätten Sie nächste Woche 20 Minuten Zeit?", "Alex Morgan, Onboardly",
                "Kein Interesse? Antworten Sie mit \"abmelden\" oder melden Sie sich hier ab: https://seller.test/u/2"},
            "fr", new String[]{"Bonjour,", "les nouveaux arrivants attendent souvent leur ordinateur une semaine.",
                "Auriez-vous 20 minutes la semaine prochaine ?", "Alex Morgan, Onboardly",
                "Pas intéressé ? Répondez « désinscrire » ou désinscrivez-vous ici : https://seller.test/u/3"},
            "es", new String[]{"Hola,", "los nuevos empleados suelen esperar una semana su portátil y sus accesos.",
                "¿Tendría 20 minutos la semana que viene?", "Alex Morgan, Onboardly",
                "¿No le interesa? Responda \"baja\" o darme de baja aquí: https://seller.test/u/4"},
            "pt", new String[]{"Olá,", "novos colaboradores esperam muitas vezes uma semana pelo computador.",
                "Teria 20 minutos na próxima semana?", "Alex Morgan, Onboardly",
                "Sem interesse? Responda \"descadastrar\" ou descadastre-se aqui: https://seller.test/u/5"},
            "it", new String[]{"Buongiorno,", "i nuovi assunti aspettano spesso una settimana il computer.",
                "Avrebbe 20 minuti la prossima settimana?", "Alex Morgan, Onboardly",
                "Non interessato? Risponda \"cancellami\" o si disiscriva qui: https://seller.test/u/6"},
            "nl", new String[]{"Hallo,", "nieuwe medewerkers wachten vaak een week op hun laptop en accounts.",
                "Heeft u volgende week 20 minuten?", "Alex Morgan, Onboardly",
                "Geen interesse? Antwoord \"afmelden\" of meld u hier af: https://seller.test/u/7"});

    private static final Map<String, String> ATTRIBUTION = Map.of(
            "en", "On Tue, 3 Mar 2026 at 10:15, Alex Morgan <alex@seller.test> wrote:",
            "de", "Am Di., 3. März 2026 um 10:15 Uhr schrieb Alex Morgan <alex@seller.test>:",
            "fr", "Le mar. 3 mars 2026 à 10:15, Alex Morgan <alex@seller.test> a écrit :",
            "es", "El mar, 3 mar 2026 a las 10:15, Alex Morgan (<alex@seller.test>) escribió:",
            "pt", "Em ter., 3 de mar. de 2026 às 10:15, Alex Morgan <alex@seller.test> escreveu:",
            "it", "Il giorno mar 3 mar 2026 alle ore 10:15 Alex Morgan <alex@seller.test> ha scritto:",
            "nl", "Op di 3 mrt 2026 om 10:15 schreef Alex Morgan <alex@seller.test>:");

    private static final Map<String, String[]> OUTLOOK = Map.of(
            "en", new String[]{"From", "Sent", "To", "Subject"},
            "de", new String[]{"Von", "Gesendet", "An", "Betreff"},
            "fr", new String[]{"De ", "Envoyé ", "À ", "Objet "},
            "es", new String[]{"De", "Enviado", "Para", "Asunto"},
            "pt", new String[]{"De", "Enviado", "Para", "Assunto"},
            "it", new String[]{"Da", "Inviato", "A", "Oggetto"},
            "nl", new String[]{"Van", "Verzonden", "Aan", "Onderwerp"});

    private static final Map<String, String> IPHONE = Map.of("en", "Sent from my iPhone",
            "de", "Von meinem iPhone gesendet", "fr", "Envoyé de mon iPhone", "es", "Enviado desde mi iPhone",
            "pt", "Enviado do meu iPhone", "it", "Inviato da iPhone", "nl", "Verstuurd vanaf mijn iPhone");

    /**
     * One labelled reply.
     *
     * @param text   the person's words
     * @param label  the class a person gave it
     * @param lang   ISO 639-1 language
     * @param format how the campaign email is quoted: plain, gmail, outlook, apple, iphone, thunderbird-below
     * @param split  tuned or held_out
     */
    record Row(String text, ReplyCategory label, String lang, String format, String split) {

        /** The reply as its client sends it, with no headers: only its text can tell. */
        Reply reply(int index) {
            return new Reply("ml-" + index, "lead" + index + "@client.example", "Re: A quick question", body(),
                    Map.of(), Instant.EPOCH, "file");
        }

        /** The body: the person's words and the quoted campaign email in this row's format. */
        String body() {
            String[] c = CAMPAIGN.get(lang);
            String campaign = String.join("\n", c[0], "", c[1], c[2], "", c[3], c[4]);
            String quoted = campaign.lines().map(l -> l.isEmpty() ? ">" : "> " + l).collect(Collectors.joining("\n"));
            String[] h = OUTLOOK.get(lang);
            return switch (format) {
                case "gmail" -> text + "\n\n" + ATTRIBUTION.get(lang) + "\n\n" + quoted;
                case "apple" -> text + "\n\n" + ATTRIBUTION.get(lang) + "\n>\n" + quoted;
                case "iphone" -> text + "\n\n" + IPHONE.get(lang) + "\n\n" + ATTRIBUTION.get(lang) + "\n\n" + quoted;
                case "outlook" -> text + "\n\n________________________________\n" + h[0] + ": Alex Morgan"
                        + " <alex@seller.test>\n" + h[1] + ": 3.3.2026 10:15\n" + h[2] + ": lead@client.example\n"
                        + h[3] + ": A quick question\n\n" + campaign;
                case "thunderbird-below" -> ATTRIBUTION.get(lang) + "\n" + quoted + "\n\n" + text;
                default -> text;
            };
        }
    }

    /** Reads the set from the test class path. */
    static MultilingualReplies load() {
        try (InputStream in = MultilingualReplies.class.getResourceAsStream("/eval/multilingual.tsv")) {
            if (in == null) {
                throw new IllegalStateException("eval/multilingual.tsv missing from the test class path");
            }
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Row(f[0].replace("\\n", "\n"), ReplyCategory.valueOf(f[1].strip()), f[2].strip(),
                        f[3].strip(), f[4].strip()));
            }
            return new MultilingualReplies(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
