package dev.campaigncrm.mail;

import dev.campaigncrm.reply.Reply;
import java.nio.file.Path;

/** PLACEHOLDER (signature only) — being implemented on branch mail. */
public final class EmlReplyReader {
    private EmlReplyReader() {
    }

    /** Reads an RFC 822 file as a reply. */
    public static Reply read(Path file) {
        throw new UnsupportedOperationException("placeholder");
    }
}
