package dev.campaigncrm.csv.internal;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.campaigncrm.analysis.EnrichedField;
import dev.campaigncrm.analysis.LeadAnalysis;
import dev.campaigncrm.analysis.Persona;
import dev.campaigncrm.analysis.ScoreBreakdown;
import dev.campaigncrm.compose.EmailDraft;
import dev.campaigncrm.compose.EmailStep;
import dev.campaigncrm.compose.EmailVariants;
import dev.campaigncrm.compose.Tone;
import dev.campaigncrm.compose.Urgency;
import dev.campaigncrm.lead.CompanySizes;
import dev.campaigncrm.lead.ContactDates;
import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadField;
import dev.campaigncrm.lead.SourceRef;
import dev.campaigncrm.provenance.Provenance;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.run.CampaignException;
import dev.campaigncrm.send.SendResult;
import dev.campaigncrm.send.SendStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Rebuilds what phase one did from its three files: one {@link Outreach} per row of {@code analyzed_leads.csv}, in
 * row order, joined by id and email with the first email's rows (step 1, attempt 1; every row of a file written
 * before those columns) of {@code emails_generated.csv} and {@code emails_sent_status.csv}. Cells are
 * un-neutralised, so values equal the ones written. Enrichments are parsed back from {@code enriched_fields} where
 * the text allows (entries that do not parse are left out); the lead's source becomes the analyzed file and line.
 */
public final class PhaseOneReader {

    private static final int SEED_COLUMNS = LeadField.values().length;
    private static final int ANALYSIS_COLUMNS = 12;

    private final Path analyzed;
    private final Path emails;
    private final Path sendStatus;

    /** A reader of the three files. */
    public PhaseOneReader(Path analyzed, Path emails, Path sendStatus) {
        this.analyzed = analyzed;
        this.emails = emails;
        this.sendStatus = sendStatus;
    }

    /**
     * The outreach phase one recorded.
     *
     * @throws CampaignException when a file is missing or a row cannot be read, naming the file and line
     */
    public List<Outreach> read() {
        for (Path p : List.of(analyzed, emails, sendStatus)) {
            if (!Files.isRegularFile(p)) {
                throw new CampaignException("Phase two needs " + p + ", which does not exist: run phase one first "
                        + "with the same artifacts directory.");
            }
        }
        Map<String, EmailDraftRow> drafts = new HashMap<>();
        readRows(emails, (row, line) -> {
            if (firstEmail(row)) {
                drafts.put(key(row.get("id"), row.get("email")), new EmailDraftRow(row));
            }
        });
        Map<String, SendResult> sends = new HashMap<>();
        readRows(sendStatus, (row, line) -> {
            if (firstEmail(row)) {
                sends.put(key(row.get("id"), row.get("email")), send(row));
            }
        });
        List<Outreach> out = new ArrayList<>();
        readRows(analyzed, (row, line) -> {
            LeadAnalysis analysis = analysis(row, line);
            Lead lead = analysis.lead();
            String key = key(lead.id(), lead.email());
            EmailDraftRow draft = drafts.get(key);
            SendResult send = sends.getOrDefault(key, SendResult.skipped(lead.id(), lead.email(), null,
                    "no row in " + sendStatus.getFileName()));
            out.add(new Outreach(out.size(), analysis, draft == null ? null : draft.toDraft(lead), send));
        });
        return List.copyOf(out);
    }

    private LeadAnalysis analysis(Row row, long line) {
        List<String> header = row.header();
        if (header.size() < SEED_COLUMNS + ANALYSIS_COLUMNS
                || !header.get(header.size() - ANALYSIS_COLUMNS).equals("priority_score")) {
            throw new CampaignException(analyzed + " does not have the columns phase one writes (priority_score "
                    + "and the analysis after the lead's columns): was it written by this version?");
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (String name : header.subList(SEED_COLUMNS, header.size() - ANALYSIS_COLUMNS)) {
            extra.put(name, row.get(name));
        }
        String size = row.get("company_size");
        String lastContact = row.get("last_contact");
        Lead lead = new Lead(row.get("id"), row.get("name"), row.get("email"), row.get("company"),
                row.get("industry"), row.get("job_title"), size, CompanySizes.parse(size), row.get("location"),
                lastContact, ContactDates.parse(lastContact), row.get("notes"), extra,
                new SourceRef(String.valueOf(analyzed.getFileName()), line), list(row.get("warnings")));
        ScoreBreakdown score = new ScoreBreakdown(number(row, "score_engagement"),
                number(row, "score_recency"), number(row, "score_seniority"),
                number(row, "score_company_size"), list(row.get("score_reasons")));
        return new LeadAnalysis(lead, EnrichedField.parseAll(row.get("enriched_fields")), score,
                Persona.fromLabel(row.get("persona")), row.get("persona_reason"),
                provenance(row.get("ai_source"), row.get("ai_fallback_reason")));
    }

    /** True for the row of a lead's first email, step 1 attempt 1; files without those columns hold only those. */
    private static boolean firstEmail(Row row) {
        return row.getOrDefault("step", "1").equals("1") && row.getOrDefault("attempt", "1").equals("1");
    }

    private SendResult send(Row row) {
        String at = row.get("sent_at");
        return new SendResult(row.get("id"), row.get("email"),
                parse(row, "status", s -> SendStatus.valueOf(s.toUpperCase(Locale.ROOT))),
                at.isEmpty() ? null : parse(row, "sent_at", Instant::parse), row.get("message_id"), row.get("error"));
    }

    /** A row of emails_generated.csv, turned into a draft once the lead (for the recipient's name) is known. */
    private final class EmailDraftRow {
        private final Row row;
        private final Tone tone;
        private final Urgency urgency;
        private final String variant;

        EmailDraftRow(Row row) {
            this.row = row;
            this.tone = parse(row, "tone", s -> Tone.valueOf(s.toUpperCase(Locale.ROOT)));
            this.urgency = parse(row, "urgency", s -> Urgency.valueOf(s.toUpperCase(Locale.ROOT)));
            this.variant = row.getOrDefault("variant", "").isEmpty() ? ""
                    : parse(row, "variant", PhaseOneReader::variant);
        }

        EmailDraft toDraft(Lead lead) {
            return new EmailDraft(row.get("id"), row.get("email"), lead.name(), row.get("subject"), row.get("body"),
                    tone, urgency, row.get("personalization_notes"),
                    provenance(row.get("ai_source"), row.get("ai_fallback_reason")), EmailStep.FIRST,
                    variant);
        }
    }

    private static Provenance provenance(String source, String reason) {
        return new Provenance(source.isEmpty() ? "unknown" : source, reason);
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split(Pattern.quote(ArtifactColumns.LIST_SEPARATOR), -1));
    }

    /** An A/B variant's name as {@code EmailVariants} gives it ({@code A} to {@code D}); anything else is refused. */
    private static String variant(String cell) {
        if (EmailVariants.index(cell) < 0) {
            throw new IllegalArgumentException("not a variant name (A to D)");
        }
        return cell;
    }

    private int number(Row row, String column) {
        return parse(row, column, Integer::parseInt);
    }

    private <T> T parse(Row row, String column, Function<String, T> parser) {
        try {
            return parser.apply(row.get(column));
        } catch (RuntimeException e) {
            throw new CampaignException(row.file().getFileName() + ":" + row.line() + ": column " + column
                    + " holds '" + row.get(column) + "', which phase two cannot read", e);
        }
    }

    private static String key(String id, String email) {
        return id + '\u0000' + email;
    }

    /** A row by column name, cells un-neutralised. */
    private record Row(Path file, long line, List<String> header, Map<String, Integer> index, List<String> cells) {
        String get(String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new CampaignException(file + " has no column '" + column + "': was it written by phase one?");
            }
            return i < cells.size() ? cells.get(i) : "";
        }

        String getOrDefault(String column, String missing) {
            return index.containsKey(column) ? get(column) : missing;
        }
    }

    private interface RowHandler {
        void accept(Row row, long line);
    }

    private static void readRows(Path file, RowHandler handler) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            List<String> header = null;
            Map<String, Integer> index = new HashMap<>();
            for (CsvRecord rec : reader) {
                List<String> cells = rec.getFields().stream().map(FormulaGuard::restore).toList();
                if (header == null) {
                    header = cells;
                    for (int i = 0; i < header.size(); i++) {
                        index.putIfAbsent(header.get(i), i);
                    }
                    continue;
                }
                handler.accept(new Row(file, rec.getStartingLineNumber(), header, index, cells),
                        rec.getStartingLineNumber());
            }
        } catch (IOException e) {
            throw new CampaignException("Could not read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof CampaignException) {
                throw e;
            }
            throw new CampaignException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
