package dev.campaigncrm.examples;

import dev.campaigncrm.sequence.Sequence;
import picocli.CommandLine.Option;

/**
 * The options of a sequence: the follow-ups' days, the campaign database that keeps its state between runs, and the
 * lease by which several workers on one PostgreSQL store divide the work.
 */
final class SequenceOptions {

    @Option(names = "--follow-ups", paramLabel = "DAYS", order = 40, converter = Converters.FollowUps.class,
            description = "A sequence: follow-ups this many days after the first email, e.g. 3,7; run the same "
                    + "command with a later --as-of to read replies and send what fell due.")
    Sequence followUps;

    @Option(names = "--store", paramLabel = "URL", order = 41, converter = Converters.Store.class,
            description = "The campaign database of a sequence (default WORKDIR/output/campaign.db, SQLite); "
                    + "jdbc:postgresql://HOST:PORT/DB with PGUSER/PGPASSWORD, or jdbc:sqlite:FILE.")
    String store;

    @Option(names = "--lease", paramLabel = "SECONDS", order = 42, converter = Converters.AboveZero.class,
            defaultValue = "60", description = "Workers sharing a PostgreSQL --store divide the leads and due steps "
                    + "by leases of this many seconds (default ${DEFAULT-VALUE}), renewed while a worker lives: the "
                    + "work of a worker that dies passes to another after this long. Give every worker the same "
                    + "options.")
    double leaseSeconds = 60;
}
