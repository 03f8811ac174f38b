package dev.campaigncrm.csv;

import dev.campaigncrm.artifact.CampaignArtifacts;
import dev.campaigncrm.artifact.CampaignArtifactsFactory;
import java.nio.file.Path;

/** Opens {@link CsvCampaignArtifacts}; found by ServiceLoader so that {@code .writeArtifacts(dir)} works. */
public final class CsvCampaignArtifactsFactory implements CampaignArtifactsFactory {

    /** Creates the factory (ServiceLoader needs a public no-argument constructor). */
    public CsvCampaignArtifactsFactory() {
    }

    /** CSV artifacts under the directory. */
    @Override
    public CampaignArtifacts open(Path directory) {
        return CsvCampaignArtifacts.open(directory);
    }
}
