package dev.campaigncrm.examples;

import dev.campaigncrm.run.CampaignException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The campaign id a run uses, kept in {@code WORKDIR/output/campaign_id.txt} so that running the same command on a
 * later day (when the default {@code campaign-<as-of>} would change) resumes the same campaign instead of mailing
 * everyone again under a new id.
 */
final class CampaignIds {

    private CampaignIds() {
    }

    /** The id: {@code --campaign-id} when given, else the one this working directory used last, else the default. */
    static String resolve(AppOptions o) {
        Path file = o.workdir().resolve("output").resolve("campaign_id.txt");
        String id;
        if (o.campaignId() != null) {
            id = o.campaignId();
        } else if (Files.isRegularFile(file)) {
            id = read(file);
        } else {
            id = o.campaign();
        }
        if (o.phase() != 2) {
            write(file, id);
        }
        return id;
    }

    private static String read(Path file) {
        try {
            String id = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new CampaignException(file + " does not hold a campaign id; delete it or pass --campaign-id");
            }
            return id;
        } catch (IOException e) {
            throw new CampaignException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String id) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CampaignException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
