package dev.campaigncrm.mail.internal;

import dev.campaigncrm.reply.text.ReplyText;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Plain text from an HTML mail body, parsed with jsoup: entities decoded, blocks, paragraphs, line breaks and lists
 * laid out as lines, scripts and styles dropped, and quoted history made plain for the reader (see {@code
 * ReplyText}) or removed. A {@code blockquote} (Gmail's {@code gmail_quote}, Apple Mail's and Thunderbird's {@code
 * type=cite}) becomes lines quoted with {@code >}, so that an answer written below or between quotes stays where it
 * stands. Outlook on the web ({@code #divRplyFwdMsg}, {@code #appendonsend}), Outlook desktop (a {@code border-top}
 * block holding a From/Sent/To/Subject header), Zimbra ({@code hr#zwchr}) and AOL ({@code AOLMsgPart}) put the
 * earlier message unquoted after their marker: everything from the marker on is removed. Yahoo's {@code
 * yahoo_quoted} container and Gmail's and Thunderbird's signature containers are removed with what they hold.
 */
public final class HtmlText {

    /** Markers after which the rest of the message is the earlier one. */
    private static final String HISTORY_FROM = "[id$=divRplyFwdMsg], [id$=appendonsend], div.OutlookMessageHeader,"
            + " hr#zwchr, [data-marker=__DIVIDER__], [id^=AOLMsgPart], div.moz-forward-container";
    /** Containers of unquoted history or of a signature, removed with what they hold. */
    private static final String CONTAINERS = ".yahoo_quoted, [id^=yahoo_quoted], .gmail_signature,"
            + " [data-smartmail=gmail_signature], .moz-signature, #Signature, [id$=_Signature]";
    private static final String OUTLOOK_HEADER_BLOCK = "div[style*=border-top]";
    private static final String HIDDEN = "script, style, head, title, template, noscript, xml";

    private HtmlText() {
    }

    /**
     * The visible text of {@code html}, one paragraph or block per line: quoted lines marked with {@code >}, an
     * earlier message that follows unquoted removed.
     */
    public static String toText(String html) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        doc.select(HIDDEN).remove();
        Element body = doc.body();
        firstHistoryMarker(body).ifPresent(HtmlText::removeFromHereOn);
        body.select(CONTAINERS).remove();
        return HtmlLines.of(body);
    }

    private static java.util.Optional<Element> firstHistoryMarker(Element body) {
        for (Element e : body.getAllElements()) {
            if (e.is(HISTORY_FROM) || e.is(OUTLOOK_HEADER_BLOCK) && headerBlock(e)) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }

    /** True when the block's text is, for the plain-text reader, nothing but a header block (From/Sent/To…). */
    private static boolean headerBlock(Element e) {
        String text = HtmlLines.of(e);
        return !text.isBlank() && ReplyText.of(text).isEmpty();
    }

    /** Removes {@code marker}, its later siblings and the later siblings of each of its ancestors. */
    private static void removeFromHereOn(Element marker) {
        for (Element e = marker; e != null && !e.normalName().equals("body"); e = e.parent()) {
            List<Node> later = List.copyOf(e.parentNode() == null ? List.of()
                    : e.parentNode().childNodes().subList(e.siblingIndex() + 1, e.parentNode().childNodeSize()));
            later.forEach(Node::remove);
        }
        marker.remove();
    }
}
