package dev.campaigncrm.reply.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines that introduce quoted history, in English, German, French, Spanish, Portuguese, Italian, Dutch,
 * Swedish, Polish, Russian, Japanese and Chinese: attribution lines ("On … wrote:", "Am … schrieb …:", "Le … a
 * écrit :", "… 写道："), separators ("-----Original Message-----", "---------- Forwarded message ---------" and their
 * translations) and Outlook-style header blocks ("From:/Sent:/To:/Subject:", "Von:/Gesendet:/An:/Betreff:"…).
 * Matched on folded lines (see {@link TextFolding}).
 */
final class QuoteMarkers {

    /** Attributions that name their language's verb after a starting word, so they are certain with a date. */
    private static final List<Pattern> ATTRIBUTIONS = List.of(
            TextFolding.pattern("^on\\b.{4,300}\\bwrote\\s?:$"),
            TextFolding.pattern("^am\\b.{4,300}\\bschrieb\\b.{0,300}:$"),
            TextFolding.pattern("^.{1,300}\\bschrieb am\\b.{4,120}:$"),
            TextFolding.pattern("^am\\b.{4,300}\\bhat\\b.{1,300}\\bgeschrieben\\s?:$"),
            TextFolding.pattern("^le\\b.{4,300}\\ba écrit\\s?:$"),
            TextFolding.pattern("^el\\b.{4,300}\\bescribió\\s?:$"),
            TextFolding.pattern("^em\\b.{4,300}\\bescreveu\\s?:$"),
            TextFolding.pattern("^il (?:giorno )?.{4,300}\\bha scritto\\s?:$"),
            TextFolding.pattern("^op\\b.{4,300}\\bschreef\\b.{0,300}:$"),
            TextFolding.pattern("^den\\b.{4,300}\\bskrev\\b.{0,300}:$"),
            TextFolding.pattern("^w dniu\\b.{4,300}\\b(?:pisze|napisał(?:\\(a\\)|a)?)\\s?:$"),
            TextFolding.pattern("^.{1,300}\\bпользователь\\b.{1,300}\\bнаписал(?:\\(а\\)|а)?\\s?:$"),
            TextFolding.pattern("^.{4,300}(?:のメッセージ|のメール|が書きました)\\s?:$"),
            TextFolding.pattern("^.{4,300}(?:写道|寫道)\\s?:$"));

    /** Attributions without a starting word ("Alex wrote:", "Alex <a@b> 2026年3月3日:"): certain only before a quote. */
    private static final List<Pattern> LOOSE_ATTRIBUTIONS = List.of(
            TextFolding.pattern("^.{1,300}\\b(?:wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef|skrev"
                    + "|napisał(?:\\(a\\)|a)?|pisze|написал(?:\\(а\\)|а)?|пишет)\\s?:$"),
            TextFolding.pattern("^.{0,300}<[^<>\\s]+@[^<>\\s]+>\\)?\\s?:$"));

    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** Separators after which the earlier message follows, unquoted. */
    private static final Pattern SEPARATOR = TextFolding.pattern("^(?:[-=_*\\s]{2,}\\s*(?:original message|original"
            + " e-?mail|ursprüngliche nachricht|originalnachricht|message d'origine|message original|mensaje original"
            + "|mensagem original|messaggio originale|oorspronkelijk bericht|origineel bericht|ursprungligt meddelande"
            + "|originalmeddelande|wiadomość oryginalna|oryginalna wiadomość|исходное сообщение|исходное письмо"
            + "|元のメッセージ|原始邮件|原始郵件|原邮件|forwarded message|weitergeleitete nachricht|message transféré"
            + "|mensaje reenviado|mensagem encaminhada|messaggio inoltrato|doorgestuurd bericht"
            + "|vidarebefordrat meddelande|przekazana wiadomość|wiadomość przekazana|пересылаемое сообщение"
            + "|переслано|転送されたメッセージ|转发邮件|转发的邮件|轉寄郵件)\\b.*"
            + "|(?:begin forwarded message|anfang der weitergeleiteten nachricht|début du message (?:réexpédié"
            + "|transféré)|inicio del mensaje reenviado|início da mensagem encaminhada|inizio messaggio inoltrato"
            + "|begin doorgestuurd bericht|början på vidarebefordrat meddelande|początek przekazywanej wiadomości"
            + "|начало пересылаемого сообщения)\\s?:)$");

    private static final Pattern RULE = Pattern.compile("^[_\\-=]{10,}$");
    private static final Pattern HEADER_FROM = TextFolding.pattern("^\\*?(?:from|von|de|da|van|från|fra|od|от"
            + "|差出人|送信者|发件人|寄件者|寄件人)\\s?\\*?\\s?:\\*?\\s?[^\\s].*");
    private static final Pattern HEADER_OTHER = TextFolding.pattern("^\\*?(?:sent|date|to|cc|subject|gesendet|datum"
            + "|an|betreff|envoyé|à|a|objet|enviado|fecha|para|asunto|data|assunto|enviada|inviato|oggetto"
            + "|verzonden|aan|onderwerp|skickat|till|ämne|kopia|wysłano|wysłane|do|temat|отправлено|дата|кому|копия"
            + "|тема|送信日時|日付|宛先|件名|发送时间|日期|收件人|抄送|主题|寄件日期|收件者|副本|主旨)\\s?\\*?\\s?:.*");
    private static final int HEADER_WINDOW = 6;
    private static final int HEADERS_NEEDED = 2;

    private QuoteMarkers() {
    }

    /** True for an attribution with a starting word ("On", "Am", "Le"…) and a date: history follows it. */
    static boolean certainAttribution(String folded) {
        return DIGIT.matcher(folded).find() && ATTRIBUTIONS.stream().anyMatch(p -> p.matcher(folded).matches());
    }

    /** True for any attribution, also without a starting word: one only when a quote follows it. */
    static boolean looseAttribution(String folded) {
        return certainAttribution(folded) || LOOSE_ATTRIBUTIONS.stream().anyMatch(p -> p.matcher(folded).matches());
    }

    /** True when line {@code i} starts the unquoted earlier message: a separator, or a header block. */
    static boolean startsHistory(List<String> folded, int i) {
        String t = folded.get(i);
        if (SEPARATOR.matcher(t).matches()) {
            return true;
        }
        if (RULE.matcher(t).matches()) {
            int next = nextNonBlank(folded, i + 1);
            return next >= 0 && headerBlock(folded, next);
        }
        return headerBlock(folded, i);
    }

    private static boolean headerBlock(List<String> folded, int i) {
        if (!HEADER_FROM.matcher(folded.get(i)).matches()) {
            return false;
        }
        int found = 0;
        for (int j = i + 1; j < Math.min(folded.size(), i + 1 + HEADER_WINDOW); j++) {
            if (HEADER_OTHER.matcher(folded.get(j)).matches() && ++found >= HEADERS_NEEDED) {
                return true;
            }
        }
        return false;
    }

    private static int nextNonBlank(List<String> folded, int from) {
        for (int j = from; j < folded.size(); j++) {
            if (!folded.get(j).isEmpty()) {
                return j;
            }
        }
        return -1;
    }
}
