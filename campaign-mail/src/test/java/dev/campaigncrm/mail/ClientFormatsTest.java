package dev.campaigncrm.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.campaigncrm.mail.internal.HtmlText;
import dev.campaigncrm.mail.internal.imap.MailClassifier;
import dev.campaigncrm.mail.internal.imap.MailParser;
import dev.campaigncrm.mail.internal.imap.ParsedMail;
import dev.campaigncrm.mail.internal.imap.Verdict;
import dev.campaigncrm.reply.Reply;
import dev.campaigncrm.reply.ReplyCategory;
import dev.campaigncrm.reply.RuleReplyClassifier;
import dev.campaigncrm.reply.text.ReplyText;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replies as real mail clients send them ({@code src/test/resources/clients}), each quoting our campaign email with
 * its footer and opt-out line: the reader keeps exactly the person's words ({@code <name>.txt}), from the plain part
 * and from the HTML part alike, and the quoted opt-out never counts as the person's.
 */
class ClientFormatsTest {

    private static final List<String> FIXTURES = List.of("gmail-web", "gmail-web-below", "gmail-android",
            "gmail-web-es", "outlook-desktop-en", "outlook-desktop-de", "outlook-desktop-fr", "outlook-web-en",
            "outlook-web-de", "outlook-web-fr", "apple-mail", "iphone", "iphone-de", "thunderbird-below",
            "thunderbird-between", "yahoo", "aol", "zimbra");

    static List<String> fixtures() {
        return FIXTURES;
    }

    static List<String> fixturesWithHtml() throws Exception {
        List<String> withHtml = new ArrayList<>();
        for (String f : FIXTURES) {
            if (part(load(f), "text/html").isPresent()) {
                withHtml.add(f);
            }
        }
        return withHtml;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theEmlReaderKeepsExactlyThePersonsWords(String fixture) {
        Reply reply = EmlReplyReader.read(path(fixture));

        assertThat(reply.body()).isEqualTo(expected(fixture));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixturesWithHtml")
    void theHtmlPartAloneGivesTheSameWords(String fixture) throws Exception {
        String html = part(load(fixture), "text/html").orElseThrow();

        assertThat(ReplyText.of(HtmlText.toText(html))).isEqualTo(expected(fixture));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theImapReaderSeesAPersonAndNoUnsubscribeRequest(String fixture) throws Exception {
        MimeMessage m = load(fixture);
        String whole = part(m, "text/plain").or(() -> part(m, "text/html")).orElseThrow();
        assertThat(whole.toLowerCase(Locale.ROOT)).as("the fixture quotes an opt-out line")
                .containsAnyOf("unsubscribe", "abmelden", "désinscrire", "darme de baja");

        ParsedMail mail = MailParser.parse(m, null);

        assertThat(mail.newText()).isEqualTo(expected(fixture));
        assertThat(MailClassifier.classify(mail)).isEqualTo(new Verdict.Human(false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theRuleClassifierNeverSkipsAPersonOrReadsTheQuotedOptOut(String fixture) {
        Reply reply = EmlReplyReader.read(path(fixture));

        var c = RuleReplyClassifier.defaults().classify(reply);

        assertThat(c.category()).as(c.rationale()).isNotEqualTo(ReplyCategory.SKIP);
        assertThat(c.rationale()).as("the opt-out cue").doesNotContain("asks to be removed");
    }

    @Test
    void aShortMessageFromAnIphoneIsAPersonsUnclearMessage() {
        var c = RuleReplyClassifier.defaults().classify(EmlReplyReader.read(path("iphone")));

        assertThat(c.category()).isEqualTo(ReplyCategory.UNCLEAR);
    }

    @Test
    void everyFixtureIsTestedAndHasItsWords() throws Exception {
        Path dir = path("gmail-web").getParent();
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".eml"))
                    .map(n -> n.substring(0, n.length() - 4))).containsExactlyInAnyOrderElementsOf(FIXTURES);
        }
        assertThat(FIXTURES).allSatisfy(f -> assertThat(expected(f)).isNotBlank());
        assertThat(fixturesWithHtml()).hasSize(16);
    }

    private static Path path(String fixture) {
        try {
            return Path.of(ClientFormatsTest.class.getResource("/clients/" + fixture + ".eml").toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + fixture, e);
        }
    }

    private static String expected(String fixture) {
        try (InputStream in = ClientFormatsTest.class.getResourceAsStream("/clients/" + fixture + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeMessage load(String fixture) throws IOException, jakarta.mail.MessagingException {
        try (InputStream in = ClientFormatsTest.class.getResourceAsStream("/clients/" + fixture + ".eml")) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    /** The decoded text of the first part of this type. */
    private static Optional<String> part(Part p, String type) {
        try {
            if (p.isMimeType("multipart/*") && p.getContent() instanceof Multipart mp) {
                for (int i = 0; i < mp.getCount(); i++) {
                    Optional<String> found = part(mp.getBodyPart(i), type);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }
            return p.isMimeType(type) ? Optional.of((String) p.getContent()) : Optional.empty();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
