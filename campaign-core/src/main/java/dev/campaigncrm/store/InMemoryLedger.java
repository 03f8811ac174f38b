package dev.campaigncrm.store;

import dev.campaigncrm.send.journal.JournalEvent;
import dev.campaigncrm.send.journal.JournalRecord;
import dev.campaigncrm.send.journal.SendLedger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A {@link SendLedger} in memory with the file journal's rules (a SENT record wins); not durable. Thread-safe. */
final class InMemoryLedger implements SendLedger {

    private record Key(String campaignId, String leadId, int step, int attempt) {
    }

    private final List<JournalRecord> records = new ArrayList<>();
    private final Map<Key, JournalRecord> latest = new HashMap<>();

    /** Remembers the record. */
    @Override
    public synchronized void append(JournalRecord record) {
        Objects.requireNonNull(record, "record");
        records.add(record);
        latest.merge(new Key(record.campaignId(), record.leadId(), record.step(), record.attempt()), record,
                (old, now) -> old.event() == JournalEvent.SENT ? old : now);
    }

    /** The SENT record of this key when there is one, else its latest. */
    @Override
    public synchronized Optional<JournalRecord> latest(String campaignId, String leadId, int step, int attempt) {
        return Optional.ofNullable(latest.get(new Key(campaignId, leadId, step, attempt)));
    }

    /** Every record, in the order appended. */
    @Override
    public synchronized List<JournalRecord> records() {
        return List.copyOf(records);
    }

    /** Says it is in memory. */
    @Override
    public String describe() {
        return "store memory (not durable)";
    }
}
