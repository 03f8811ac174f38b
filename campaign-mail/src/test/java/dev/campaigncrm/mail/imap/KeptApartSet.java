package dev.campaigncrm.mail.imap;

import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.analysis.ScoreBreakdown;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.send.SendResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A kept-apart set of {@code src/test/resources/<dir>} (see its README): the labelled messages, the outreach they
 * answer and the campaign email each quotes. {@link #first()} is {@code kept-apart}, {@link #second()} is
 * {@code kept-apart-2}, {@link #third()} is {@code kept-apart-3}, {@link #fourth()} is {@code kept-apart-4}, {@link #fifth()} is
 * {@code kept-apart-5}, {@link #sixth()} is {@code kept-apart-6}, {@link #seventh()} is
 * {@code kept-apart-7}, {@link #eighth()} is {@code kept-apart-8}, {@link #ninth()} is
 * {@code kept-apart-9}, {@link #tenth()} is {@code kept-apart-10}, {@link #eleventh()} is {@code kept-apart-11},
 * {@link #twelfth()} is {@code kept-apart-12}, {@link #thirteenth()} is {@code kept-apart-13},
 * {@link #fourteenth()} is {@code kept-apart-14}, {@link #fifteenth()} is {@code kept-apart-15},
 * {@link #sixteenth()} is {@code kept-apart-16}.
 *
 * @param dir             the resource folder under {@code src/test/resources}
 * @param seller          the seller's name, as attribution lines and header blocks of quoted campaign emails name it
 * @param messageIdDomain the domain of the campaign emails' Message-IDs ({@code <id@domain>})
 * @param subject         the campaign email's subject
 * @param body            the campaign email's body, as the draft the outreach records
 */
record KeptApartSet(String dir, String seller, String messageIdDomain, String subject, String body) {

    private static final Instant SENT_AT = Instant.parse("2026-12-01T09:15:00Z");

    /** The first kept-apart set (2026-12-04); its errors were used to tune the cues, so it is no longer kept apart. */
    static KeptApartSet first() {
        return new KeptApartSet("kept-apart", "Alex Morgan", "seller.test", "Month-end close in two days",
                "Hello,\nLedgerly closes the books on day two.\n\nAlex");
    }

    /** The second kept-apart set (2026-12-05), written and measured once without looking at the cues or examples. */
    static KeptApartSet second() {
        return new KeptApartSet("kept-apart-2", "Nora Lindqvist", "routewise.test", "Where is my delivery?",
                "Hi,\nRoutewise puts every shipment from every carrier on one live map.\n\nNora");
    }

    /** The third kept-apart set (2026-12-05), written without looking at the cues, examples or earlier sets' texts. */
    static KeptApartSet third() {
        return new KeptApartSet("kept-apart-3", "Jonas Pereira", "shelfwise.test", "Knowing what will sell next week",
                "Hi,\nShelfwise tells each store what to reorder, and how much, before the shelf is empty.\n\nJonas");
    }

    /** The fourth kept-apart set (2026-12-05), written without looking at the cues, examples or earlier sets' texts. */
    static KeptApartSet fourth() {
        return new KeptApartSet("kept-apart-4", "Hannah Brandt", "fleetkeep.test",
                "Fewer vehicles stuck at the roadside",
                "Hi,\nFleetkeep books each vehicle into the workshop before its service falls due.\n\nHannah");
    }

    /** The fifth kept-apart set (2026-12-05), written without looking at the cues, examples or earlier sets' texts. */
    static KeptApartSet fifth() {
        return new KeptApartSet("kept-apart-5", "Elif Sandberg", "gridwatt.test",
                "Which of your machines run when nothing is being made?",
                "Hi,\nGridwatt shows which machines draw power when nothing is being made.\n\nElif");
    }

    /** The sixth kept-apart set (2026-12-05), written without looking at the cues, examples or earlier sets' texts. */
    static KeptApartSet sixth() {
        return new KeptApartSet("kept-apart-6", "Marit Okafor", "benchslot.test",
                "Who booked the confocal last Tuesday?",
                "Hi,\nBenchslot gives every shared lab instrument its own booking calendar.\n\nMarit");
    }

    /** The seventh kept-apart set (2026-12-05), written without looking at the cues, examples or earlier texts. */
    static KeptApartSet seventh() {
        return new KeptApartSet("kept-apart-7", "Ines Halvorsen", "quaylist.test",
                "How many berths stood empty last night?",
                "Hi,\nQuaylist lets resident boat owners mark their absences, so the harbour can let the berth."
                        + "\n\nInes");
    }

    /** The eighth kept-apart set (2026-12-05), written without looking at the cues, examples or earlier texts. */
    static KeptApartSet eighth() {
        return new KeptApartSet("kept-apart-8", "Tamsin Achterberg", "rotavet.test",
                "Who covers your practice's nights this weekend?",
                "Hi,\nRotavet keeps the out-of-hours rota of one or several practices in one place.\n\nTamsin");
    }

    /** The ninth kept-apart set (2026-12-05), written without looking at the cues, examples or earlier texts. */
    static KeptApartSet ninth() {
        return new KeptApartSet("kept-apart-9", "Maren Castellano", "frostlog.test",
                "Would you know if a cold room warmed up overnight?",
                "Hi,\nFrostlog puts a small wireless sensor in every fridge, freezer and cold room.\n\nMaren");
    }

    /** The tenth kept-apart set (2026-12-05), written without looking at the cues, examples or earlier texts. */
    static KeptApartSet tenth() {
        return new KeptApartSet("kept-apart-10", "Oona Fairbairn", "roomcue.test",
                "How long does a checked-out room wait for housekeeping?",
                "Hi,\nRoomcue tells housekeeping the moment a room is free, and reception the moment it is ready."
                        + "\n\nOona");
    }

    /** The eleventh kept-apart set (2026-12-05), written without looking at the cues, examples or earlier texts. */
    static KeptApartSet eleventh() {
        return new KeptApartSet("kept-apart-11", "Rhea Kowalczyk", "chairgap.test",
                "What happens to a chair when a patient cancels?",
                "Hi,\nChairgap offers a cancelled appointment to the patients on the waiting list by text message."
                        + "\n\nRhea");
    }

    /** The twelfth kept-apart set (2026-12-05), written without looking at the cues, examples or earlier texts. */
    static KeptApartSet twelfth() {
        return new KeptApartSet("kept-apart-12", "Tamsin Ebbesen", "kegtrace.test",
                "Where are your kegs right now?",
                "Hi,\nKegtrace tells a brewery which pub holds each of its kegs and which ones are overdue."
                        + "\n\nTamsin");
    }

    /** The thirteenth kept-apart set (2026-12-06), written without looking at the cues, examples or earlier texts. */
    static KeptApartSet thirteenth() {
        return new KeptApartSet("kept-apart-13", "Kerensa Trelease", "swarmbell.test",
                "How heavy are your hives today?",
                "Hi,\nSwarmbell weighs each hive every hour and sends a text when a hive swarms or is moved."
                        + "\n\nKerensa");
    }

    /** The fourteenth kept-apart set (2026-12-06), written without looking at the cues, examples or earlier texts. */
    static KeptApartSet fourteenth() {
        return new KeptApartSet("kept-apart-14", "Solveig Haverkamp", "curdcast.test",
                "How was your cheese cellar last night?",
                "Hi,\nCurdcast logs each ripening room's temperature and humidity and sends a text when one drifts."
                        + "\n\nSolveig");
    }

    /** The fifteenth kept-apart set (2026-12-06), written without looking at the cues, examples or earlier texts. */
    static KeptApartSet fifteenth() {
        return new KeptApartSet("kept-apart-15", "Oonagh Ferreday", "sapmeter.test",
                "Is the kiln charge dry yet?",
                "Hi,\nSapmeter reads moisture probes in each drying kiln and sends a text when a charge is dry."
                        + "\n\nOonagh");
    }

    /** The sixteenth kept-apart set (2026-12-06), written without looking at the cues, examples or earlier texts. */
    static KeptApartSet sixteenth() {
        return new KeptApartSet("kept-apart-16", "Ysolde Marchbank", "brookgauge.test",
                "How much oxygen was in your ponds at 4 a.m.?",
                "Hello,\nBrookgauge reads dissolved oxygen in each pond and sends a text when it falls too low."
                        + "\n\nYsolde");
    }

    /**
     * One labelled message.
     *
     * @param file            the name of {@code messages/<file>.eml}
     * @param label           the class a person gives it
     * @param lang            the language of its text
     * @param format          the client format, or {@code auto:…} / {@code captured:…} for automatic mail
     * @param leadEmail       the lead's address
     * @param campaignId      the Message-ID (without brackets and domain) of the campaign email it answers
     * @param words           for a person's reply, the person's words the reader must keep
     */
    record Row(String file, ReplyCategory label, String lang, String format, String leadEmail, String campaignId,
               String words) {

        /** The format family: the client, or {@code auto} / {@code captured} for automatic mail. */
        String formatFamily() {
            int colon = format.indexOf(':');
            return colon < 0 ? format : format.substring(0, colon);
        }
    }

    /** The rows of {@code labels.csv}, in file order. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<List<String>> records = Csv.parse(text("labels.csv"));
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() != 7) {
                throw new IllegalStateException("labels.csv line " + (i + 1) + ": 7 fields expected, got " + r.size());
            }
            rows.add(new Row(r.get(0), ReplyCategory.valueOf(r.get(1).toUpperCase(Locale.ROOT)), r.get(2), r.get(3),
                    r.get(4), r.get(5), r.get(6)));
        }
        return rows;
    }

    /** The raw bytes of one message. */
    byte[] message(String file) {
        return bytes("messages/" + file + ".eml");
    }

    /** The campaign email of a language, {@code {first}}, {@code {company}} and {@code {token}} left open. */
    String campaign(String lang) {
        return text("campaign/" + lang + ".txt");
    }

    /** One outreach per campaign email answered: lead id and Message-ID from the labels. */
    List<Outreach> outreach(List<Row> rows) {
        Map<String, Outreach> byId = new LinkedHashMap<>();
        int i = 0;
        for (Row row : rows) {
            if (byId.containsKey(row.campaignId())) {
                continue;
            }
            i++;
            String id = row.campaignId();
            Lead lead = Lead.builder().id(id).name("Lead " + id).email(row.leadEmail()).company("Company " + id)
                    .jobTitle("Finance Director").build();
            LeadAnalysis analysis = new LeadAnalysis(lead, List.of(), new ScoreBreakdown(20, 15, 10, 5, List.of()),
                    Persona.values()[i % Persona.values().length], "test", Provenance.of("rules"));
            EmailDraft draft = new EmailDraft(id, row.leadEmail(), lead.name(), subject, body, Tone.PROFESSIONAL,
                    Urgency.WARM, "", Provenance.of("template"));
            byId.put(id, new Outreach(i, analysis, draft, SendResult.sent(id, row.leadEmail(), SENT_AT,
                    "<" + id + "@" + messageIdDomain + ">")));
        }
        return List.copyOf(byId.values());
    }

    private String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private byte[] bytes(String name) {
        String path = "/" + dir + "/" + name;
        try (InputStream in = KeptApartSet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 records: quoted fields with doubled quotes and line breaks. */
    private static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !record.isEmpty()) {
                record.add(field.toString());
                records.add(record);
            }
            return records;
        }
    }
}
