package dev.campaigncrm.mail.internal.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which folder is the Sent folder: the special-use mark first, then common names. */
class SentFolderNamesTest {

    private static SentFolderNames.Listed folder(String name, String... attributes) {
        return new SentFolderNames.Listed(name, Set.copyOf(Arrays.asList(attributes)));
    }

    @Test
    void theFolderMarkedSentWinsOverAFolderNamedSent() {
        List<SentFolderNames.Listed> gmailInGerman = List.of(folder("INBOX"), folder("Sent", "\\HasNoChildren"),
                folder("[Gmail]/Gesendet", "\\HasNoChildren", "\\Sent"));

        assertThat(SentFolderNames.choose(gmailInGerman)).contains("[Gmail]/Gesendet");
    }

    @Test
    void withoutAMarkTheCommonNamesAreTriedInOrder() {
        assertThat(SentFolderNames.choose(List.of(folder("INBOX"), folder("Sent Items"), folder("Sent"))))
                .contains("Sent");
        assertThat(SentFolderNames.choose(List.of(folder("INBOX"), folder("Sent Messages"), folder("Sent Items"))))
                .contains("Sent Items");
        assertThat(SentFolderNames.choose(List.of(folder("INBOX"), folder("[Gmail]/Sent Mail"))))
                .contains("[Gmail]/Sent Mail");
    }

    @Test
    void anExactNameWinsOverOneInAnotherCaseWhichWinsOverOneUnderInbox() {
        assertThat(SentFolderNames.choose(List.of(folder("INBOX.Sent"), folder("SENT"), folder("Sent Items"))))
                .contains("Sent Items");
        assertThat(SentFolderNames.choose(List.of(folder("INBOX.Sent"), folder("SENT")))).contains("SENT");
        assertThat(SentFolderNames.choose(List.of(folder("INBOX"), folder("INBOX.Sent")))).contains("INBOX.Sent");
        assertThat(SentFolderNames.choose(List.of(folder("INBOX"), folder("INBOX/Sent Items"))))
                .contains("INBOX/Sent Items");
    }

    @Test
    void noSentFolderIsChosenWhenNoneLooksLikeOne() {
        assertThat(SentFolderNames.choose(List.of(folder("INBOX"), folder("Drafts", "\\Drafts"), folder("Sentinel"),
                folder("INBOXxSent"), folder("Archive/Sent 2019")))).isEmpty();
        assertThat(SentFolderNames.choose(List.of())).isEmpty();
    }
}
