package dev.campaigncrm.mail.internal.imap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What has been read from one mailbox folder: its UIDVALIDITY, the highest UID read, and the Message-IDs read (to
 * de-duplicate when UIDVALIDITY changes). Stored as a small text file replaced atomically.
 *
 * @param mailbox     the folder it belongs to, {@code user@host:port/folder}
 * @param uidValidity the folder's UIDVALIDITY when last read, or -1 for never
 * @param lastUid     the highest UID read, or 0
 * @param seenIds     the normalised Message-IDs read
 */
public record ImapState(String mailbox, long uidValidity, long lastUid, Set<String> seenIds) {

    private static final String HEADER = "# campaign-crm IMAP reply state: do not edit while a run is going";

    /** Copies the set, keeping its order. */
    public ImapState {
        seenIds = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(seenIds));
    }

    /** Nothing read from this mailbox yet. */
    public static ImapState fresh(String mailbox) {
        return new ImapState(mailbox, -1, 0, Set.of());
    }

    /**
     * The state in {@code file}, or a fresh one when the file does not exist.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalStateException when the file belongs to another mailbox or is not a state file
     */
    public static ImapState load(Path file, String mailbox) throws IOException {
        if (!Files.exists(file)) {
            return fresh(mailbox);
        }
        String stored = "";
        long validity = -1;
        long last = 0;
        Set<String> ids = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int sp = line.indexOf(' ');
            String key = sp < 0 ? line : line.substring(0, sp);
            String value = sp < 0 ? "" : line.substring(sp + 1).strip();
            try {
                switch (key) {
                    case "mailbox" -> stored = value;
                    case "uidvalidity" -> validity = Long.parseLong(value);
                    case "lastuid" -> last = Long.parseLong(value);
                    case "seen" -> ids.add(value);
                    default -> throw new IllegalStateException("The IMAP state file " + file
                            + " has an unknown line; is it a state file?");
                }
            } catch (NumberFormatException e) {
                throw new IllegalStateException("The IMAP state file " + file + " has a malformed number", e);
            }
        }
        if (!stored.equals(mailbox)) {
            throw new IllegalStateException("The IMAP state file " + file + " belongs to " + stored + ", not to "
                    + mailbox + "; use one state file per mailbox folder");
        }
        return new ImapState(mailbox, validity, last, ids);
    }

    /** Writes the state to {@code file} through a temporary file and an atomic rename. */
    public void save(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("mailbox " + mailbox);
        lines.add("uidvalidity " + uidValidity);
        lines.add("lastuid " + lastUid);
        seenIds.forEach(id -> lines.add("seen " + id));
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The state after reading messages up to {@code uid} with these ids, under {@code validity}. */
    public ImapState advance(long validity, long uid, Set<String> newIds) {
        Set<String> ids = new LinkedHashSet<>(seenIds);
        ids.addAll(newIds);
        return new ImapState(mailbox, validity, Math.max(validity == uidValidity ? lastUid : 0, uid), ids);
    }
}
