package dev.campaigncrm.mail.compliance;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SuppressionList} held in memory. */
final class InMemorySuppressionList implements SuppressionList {

    private final Map<String, Suppression> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<Suppression> find(String email) {
        return SuppressionEntries.key(email).map(entries::get);
    }

    @Override
    public boolean add(String email, String reason, Instant date) {
        Suppression s = SuppressionEntries.entry(email, reason, date);
        return entries.putIfAbsent(s.email(), s) == null;
    }
}
