package dev.campaigncrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.campaigncrm.lead.Lead;
import dev.campaigncrm.lead.LeadRow;
import dev.campaigncrm.lead.LeadSource;
import dev.campaigncrm.lead.RejectedRow;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What every {@link LeadSource} does, whatever it reads: the same table (a header, then {@link #ROWS}) gives the leads
 * in source order, the too-wide row rejected with its line, and a stream that releases what it holds when closed.
 */
public abstract class AbstractLeadSourceTest {

    /** The header row, in aliases every tabular source knows. */
    protected static final List<String> HEADER =
            List.of("Lead ID", "Full Name", "E-mail Address", "Company Name", "Title", "Employees");

    /** The rows after the header; the third is wider than the header, so a tabular source rejects it. */
    protected static final List<List<String>> ROWS = List.of(
            List.of("L1", "Ada Lovelace", "ada@example.test", "Analytical Ltd", "CTO", "1200"),
            List.of("L2", "Grace Hopper", "grace@example.test", "Navy", "Rear Admiral", "50000"),
            List.of("L3", "Too Wide", "wide@example.test", "X", "Y", "10", "stray note"),
            List.of("L4", "Alan Turing", "alan@example.test", "Bletchley", "Analyst", "300"));

    /** A source over {@link #HEADER} followed by {@link #ROWS}, in that order. */
    protected abstract LeadSource source() throws Exception;

    /** The line (file line, sheet row) a source reports for {@code ROWS.get(index)}: the header is line 1. */
    protected long lineOf(int index) {
        return index + 2;
    }

    /** Whether the source reads cells and so rejects the too-wide row (a source of ready-made leads does not). */
    protected boolean readsCells() {
        return true;
    }

    /** The file the source reads, when it reads one, to check that closing the stream releases it. */
    protected Optional<Path> file() {
        return Optional.empty();
    }

    private List<LeadRow> read() throws Exception {
        try (Stream<LeadRow> rows = source().rows()) {
            return rows.toList();
        }
    }

    @Test
    void leadsComeInSourceOrder() throws Exception {
        List<String> ids = read().stream().filter(Lead.class::isInstance).map(r -> ((Lead) r).id()).toList();

        assertThat(ids).containsExactly("L1", "L2", "L4");
    }

    @Test
    void leadsCarryWhereTheyCameFrom() throws Exception {
        List<Lead> leads = read().stream().filter(Lead.class::isInstance).map(Lead.class::cast).toList();

        assertThat(leads).extracting(l -> l.source().line()).containsExactly(lineOf(0), lineOf(1), lineOf(3));
        assertThat(leads.get(0).email()).isEqualTo("ada@example.test");
    }

    @Test
    void aRejectedRowKeepsItsPlaceAndLine() throws Exception {
        assumeTrue(readsCells(), "this source holds ready-made leads, it has no cells to reject");

        List<LeadRow> rows = read();

        assertThat(rows).hasSize(4);
        assertThat(rows.get(2)).isInstanceOf(RejectedRow.class);
        RejectedRow wide = (RejectedRow) rows.get(2);
        assertThat(wide.source().line()).isEqualTo(lineOf(2));
        assertThat(wide.reason()).isNotBlank();
    }

    @Test
    void everyCallToRowsStartsAgain() throws Exception {
        LeadSource source = source();
        List<LeadRow> first;
        try (Stream<LeadRow> rows = source.rows()) {
            first = rows.toList();
        }
        try (Stream<LeadRow> rows = source.rows()) {
            assertThat(rows.toList()).isEqualTo(first);
        }
        assertThat(source.name()).isNotBlank();
    }

    @Test
    void closingTheStreamReleasesTheFile() throws Exception {
        Optional<Path> file = file();
        assumeTrue(file.isPresent(), "this source reads no file");
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "open files are listed in /proc only on Linux");
        LeadSource source = source();

        try (Stream<LeadRow> rows = source.rows()) {
            assertThat(rows.findFirst()).isPresent();
        }

        assertThat(openDescriptorsOf(file.get().toRealPath())).isZero();
    }

    private static long openDescriptorsOf(Path file) throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(file);
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            }).count();
        }
    }
}
