package dev.campaigncrm.csv.contract;

import dev.campaigncrm.csv.CsvLeadSource;
import dev.campaigncrm.lead.LeadSource;
import dev.campaigncrm.testing.contract.AbstractLeadSourceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The CSV lead source keeps the lead source contract; lines are the file's lines. */
class CsvLeadSourceContractTest extends AbstractLeadSourceTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void writeFile() throws IOException {
        file = dir.resolve("leads.csv");
        List<String> lines = Stream.concat(Stream.of(HEADER), ROWS.stream()).map(r -> String.join(",", r)).toList();
        Files.write(file, lines);
    }

    @Override
    protected LeadSource source() {
        return CsvLeadSource.of(file);
    }

    @Override
    protected Optional<Path> file() {
        return Optional.of(file);
    }
}
