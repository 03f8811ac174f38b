package dev.campaigncrm.artifact;

import java.nio.file.Path;

/**
 * Service-provider interface: opens the artifact files under a directory, so that
 * {@code .writeArtifacts(dir)} works when {@code campaign-csv} is on the classpath.
 */
public interface CampaignArtifactsFactory {

    /** Opens (creating as needed) {@code output/} and {@code report/} under the directory. */
    CampaignArtifacts open(Path directory);
}
