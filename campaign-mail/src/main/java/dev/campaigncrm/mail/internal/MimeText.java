package dev.campaigncrm.mail.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Finds and decodes the readable text of a MIME message: text/plain first, else text/html made plain. */
public final class MimeText {

    private static final int MAX_DEPTH = 20;
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private MimeText() {
    }

    /**
     * The message's text: the first inline text/plain part anywhere in the tree, else the first text/html part
     * with tags stripped, else empty; charsets and transfer encodings decoded.
     */
    public static String of(Part message) throws MessagingException, IOException {
        Optional<String> plain = find(message, "text/plain", 0);
        if (plain.isPresent()) {
            return plain.get();
        }
        return find(message, "text/html", 0).map(HtmlText::toText).orElse("");
    }

    private static Optional<String> find(Part part, String type, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (content instanceof Multipart mp) {
                for (int i = 0; i < mp.getCount(); i++) {
                    BodyPart child = mp.getBodyPart(i);
                    Optional<String> found = find(child, type, depth + 1);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return Optional.of(decode(part));
        }
        return Optional.empty();
    }

    /** The part's bytes (transfer encoding undone) in its declared charset, or UTF-8, or windows-1252. */
    static String decode(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        Optional<Charset> declared = charset(part.getContentType());
        if (declared.isPresent()) {
            return new String(bytes, declared.get());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, FALLBACK);
        }
    }

    private static Optional<Charset> charset(String contentType) {
        try {
            String cs = contentType == null ? null : new ContentType(contentType).getParameter("charset");
            if (cs == null || cs.isBlank()) {
                return Optional.empty();
            }
            String java = MimeUtility.javaCharset(cs.strip());
            if ("us-ascii".equalsIgnoreCase(cs.strip()) || "ascii".equalsIgnoreCase(java)) {
                return Optional.empty();
            }
            return Optional.of(Charset.forName(java));
        } catch (ParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
