package dev.campaigncrm.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.campaigncrm.run.CampaignException;
import dev.campaigncrm.outcome.LeadOutcome;
import dev.campaigncrm.outcome.LeadOutcomes;
import dev.campaigncrm.outcome.Stage;
import dev.campaigncrm.artifact.CampaignArtifacts;
import dev.campaigncrm.csv.internal.ArtifactColumns;
import dev.campaigncrm.csv.internal.ArtifactFile;
import dev.campaigncrm.csv.internal.Column;
import dev.campaigncrm.csv.internal.PhaseOneReader;
import dev.campaigncrm.lead.RejectedRow;
import dev.campaigncrm.reply.Outreach;
import dev.campaigncrm.report.CampaignReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the campaign's CSV artifacts with FastCSV under one directory: {@code output/rejected_leads.csv},
 * {@code analyzed_leads.csv}, {@code emails_generated.csv}, {@code emails_sent_status.csv},
 * {@code emails_with_replies.csv}, {@code final.csv}, and {@code report/final.csv} (a byte-identical copy) with
 * {@code report/campaign_report.md} and {@code report/campaign_report.html}. Every cell that a spreadsheet would run as a formula is written behind a single
 * quote (plain numbers excepted) and read back without it. Phase-one rows are appended and flushed as each lead
 * completes a stage, then rewritten in source order when the phase ends, streamed from the run's outcomes (which phase
 * one keeps sorted on disk), so that no file is ever held in memory whole. {@code emails_generated.csv} and
 * {@code emails_sent_status.csv} hold one row per message, with its {@code step} and {@code attempt}. Thread-safe.
 *
 * <p>While rows are appended, {@code analyzed_leads.csv} has the extra columns of the first lead written; the rewrite
 * at the end of phase one has the union of every lead's extra columns, in first-seen order.
 */
public final class CsvCampaignArtifacts implements CampaignArtifacts {

    private final Path directory;
    private final ArtifactFile rejected;
    private final ArtifactFile analyzed;
    private final ArtifactFile emails;
    private final ArtifactFile sendStatus;

    private CsvCampaignArtifacts(Path directory) {
        this.directory = directory;
        Path output = directory.resolve("output");
        this.rejected = new ArtifactFile(output.resolve("rejected_leads.csv"));
        this.analyzed = new ArtifactFile(output.resolve("analyzed_leads.csv"));
        this.emails = new ArtifactFile(output.resolve("emails_generated.csv"));
        this.sendStatus = new ArtifactFile(output.resolve("emails_sent_status.csv"));
    }

    /**
     * Opens the artifacts under a directory, creating {@code output/} and {@code report/}. Existing files are left
     * alone until this instance first writes to them (so phase two can read what phase one wrote).
     */
    public static CsvCampaignArtifacts open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory.resolve("output"));
            Files.createDirectories(directory.resolve("report"));
        } catch (IOException e) {
            throw new CampaignException("Could not create the artifact directories under " + directory + ": "
                    + e.getMessage(), e);
        }
        return new CsvCampaignArtifacts(directory);
    }

    /** The directory holding {@code output/} and {@code report/}. */
    @Override
    public Path directory() {
        return directory;
    }

    /** Appends the row to {@code output/rejected_leads.csv} and flushes it. */
    @Override
    public void rejected(RejectedRow row) {
        rejected.append(ArtifactColumns.REJECTED, ArtifactColumns.rejectedRow(row));
    }

    /**
     * Appends the lead's row to the stage's file and flushes it: for compose and send, the row of the outcome's
     * draft and send (the first email); other stages are ignored.
     */
    @Override
    public void stageDone(Stage stage, LeadOutcome outcome) {
        switch (stage) {
            case ANALYZE -> appendAnalyzed(outcome);
            case COMPOSE -> append(emails, ArtifactColumns.emails(), outcome);
            case SEND -> append(sendStatus, ArtifactColumns.sendStatus(), outcome);
            default -> {
                // phase two's files are written whole by phaseTwoFinished
            }
        }
    }

    /**
     * Rewrites the three phase-one files from the outcomes, which come in source order and are streamed, never held:
     * the analysed leads, then every drafted message and every send result, one row per message (by step, then
     * attempt, within a lead). Writes a header-only {@code rejected_leads.csv} when no row was rejected in this run.
     */
    @Override
    public void phaseOneFinished(LeadOutcomes outcomes) {
        Set<String> extras = new LinkedHashSet<>();
        outcomes.forEach(o -> extras.addAll(ArtifactColumns.lead(o).extra().keySet()));
        List<Column> analyzedColumns = ArtifactColumns.analyzed(List.copyOf(extras));
        List<Column> emailColumns = ArtifactColumns.emails();
        List<Column> sendColumns = ArtifactColumns.sendStatus();
        // one pass over the outcomes writes the three files, each to its temporary file, moved in place at the end
        analyzed.rewrite(ArtifactColumns.header(analyzedColumns), analyzedRows ->
                emails.rewrite(ArtifactColumns.header(emailColumns), emailRows ->
                        sendStatus.rewrite(ArtifactColumns.header(sendColumns), sendRows ->
                                outcomes.forEach(o -> {
                                    if (o.analysis() != null) {
                                        analyzedRows.accept(ArtifactColumns.row(analyzedColumns, o));
                                    }
                                    for (LeadOutcome m : ArtifactColumns.perMessage(o)) {
                                        if (m.draft() != null) {
                                            emailRows.accept(ArtifactColumns.row(emailColumns, m));
                                        }
                                        if (m.send() != null) {
                                            sendRows.accept(ArtifactColumns.row(sendColumns, m));
                                        }
                                    }
                                }))));
        if (rejected.header() == null) {
            rejected.rewrite(ArtifactColumns.REJECTED, sink -> { });
        }
    }

    /**
     * Reads phase one's files back. Each {@link Outreach} has the index of its row in {@code analyzed_leads.csv};
     * enrichments are parsed back from {@code enriched_fields} (known ones only, as written).
     *
     * @throws CampaignException naming the missing file when phase one has not run here
     */
    @Override
    public List<Outreach> readPhaseOne() {
        return new PhaseOneReader(analyzed.path(), emails.path(), sendStatus.path()).read();
    }

    /** The number of rows in {@code output/rejected_leads.csv}; 0 when the file does not exist. */
    @Override
    public int rejectedCount() {
        Path file = rejected.path();
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            return (int) Math.max(0, reader.stream().count() - 1);
        } catch (IOException e) {
            throw new CampaignException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code output/emails_with_replies.csv}, {@code output/final.csv}, the identical {@code report/final.csv},
     * {@code report/campaign_report.md} and, when the report has one, {@code report/campaign_report.html}, each whole
     * and in outcome order. The outcomes are streamed, never held: one pass gathers the leads' extra columns, a second
     * writes both CSV files.
     */
    @Override
    public void phaseTwoFinished(LeadOutcomes outcomes, CampaignReport report) {
        Path output = directory.resolve("output");
        Path reportDir = directory.resolve("report");
        Set<String> extras = new LinkedHashSet<>();
        outcomes.forEach(o -> extras.addAll(ArtifactColumns.lead(o).extra().keySet()));
        List<Column> replyColumns = ArtifactColumns.replies();
        List<Column> finalColumns = ArtifactColumns.finalColumns(List.copyOf(extras));
        Path finalCsv = output.resolve("final.csv");
        new ArtifactFile(output.resolve("emails_with_replies.csv")).rewrite(ArtifactColumns.header(replyColumns),
                replyRows -> new ArtifactFile(finalCsv).rewrite(ArtifactColumns.header(finalColumns), finalRows ->
                        outcomes.forEach(o -> {
                            replyRows.accept(ArtifactColumns.row(replyColumns, o));
                            finalRows.accept(ArtifactColumns.row(finalColumns, o));
                        })));
        try {
            Path copy = reportDir.resolve("final.csv.tmp");
            Files.copy(finalCsv, copy, StandardCopyOption.REPLACE_EXISTING);
            ArtifactFile.move(copy, reportDir.resolve("final.csv"));
            Path md = reportDir.resolve("campaign_report.md.tmp");
            Files.writeString(md, report.markdown(), StandardCharsets.UTF_8);
            ArtifactFile.move(md, reportDir.resolve("campaign_report.md"));
            if (!report.html().isEmpty()) {
                Path html = reportDir.resolve("campaign_report.html.tmp");
                Files.writeString(html, report.html(), StandardCharsets.UTF_8);
                ArtifactFile.move(html, reportDir.resolve("campaign_report.html"));
            }
        } catch (IOException e) {
            throw new CampaignException("Could not write the report files under " + reportDir + ": "
                    + e.getMessage(), e);
        }
    }

    /** Flushes and closes the files being appended to. */
    @Override
    public void close() {
        rejected.close();
        analyzed.close();
        emails.close();
        sendStatus.close();
    }

    private void appendAnalyzed(LeadOutcome outcome) {
        List<String> header = analyzed.header();
        List<Column> columns = ArtifactColumns.analyzed(header == null
                ? List.copyOf(ArtifactColumns.lead(outcome).extra().keySet())
                : extrasOf(header));
        analyzed.append(ArtifactColumns.header(columns), ArtifactColumns.row(columns, outcome));
    }

    private static List<String> extrasOf(List<String> analyzedHeader) {
        int seed = dev.campaigncrm.lead.LeadField.values().length;
        int tail = ArtifactColumns.analyzed(List.of()).size() - seed;
        return analyzedHeader.subList(seed, analyzedHeader.size() - tail);
    }

    private static void append(ArtifactFile file, List<Column> columns, LeadOutcome outcome) {
        file.append(ArtifactColumns.header(columns), ArtifactColumns.row(columns, outcome));
    }
}
