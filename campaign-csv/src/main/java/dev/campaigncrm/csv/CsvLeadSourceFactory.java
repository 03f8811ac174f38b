package dev.campaigncrm.csv;

import dev.campaigncrm.lead.LeadSource;
import dev.campaigncrm.lead.LeadSourceFactory;
import java.nio.file.Path;
import java.util.Locale;

/** Opens {@code .csv}, {@code .tsv} and {@code .txt} files as {@link CsvLeadSource}s; found by ServiceLoader. */
public final class CsvLeadSourceFactory implements LeadSourceFactory {

    /** Creates the factory (ServiceLoader needs a public no-argument constructor). */
    public CsvLeadSourceFactory() {
    }

    /** True for files ending in .csv, .tsv or .txt, in any case. */
    @Override
    public boolean supports(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
    }

    /** A CSV source with the defaults: UTF-8, separator detected. */
    @Override
    public LeadSource open(Path file) {
        return CsvLeadSource.of(file);
    }
}
