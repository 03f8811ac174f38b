package dev.campaigncrm.lead;

import java.nio.file.Path;

/**
 * Service-provider interface: opens a lead file, so that {@code Campaign.builder().leads(path)} works when a module
 * such as {@code campaign-csv} is on the classpath. Registered in {@code META-INF/services}.
 */
public interface LeadSourceFactory {

    /** True when this factory reads files like this one (by extension). */
    boolean supports(Path file);

    /** A source reading the file. */
    LeadSource open(Path file);
}
