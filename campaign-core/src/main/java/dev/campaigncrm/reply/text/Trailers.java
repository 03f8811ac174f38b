package dev.campaigncrm.reply.text;

import java.util.regex.Pattern;

/**
 * What ends a person's words without being part of them: the signature delimiter ({@code -- }), the taglines mobile
 * and web clients add ("Sent from my iPhone" and its translations: "Von meinem iPhone gesendet", "Envoyé de mon
 * iPhone", "Enviado desde mi iPhone", "Enviado do meu iPhone", "Inviato da iPhone", "Verzonden met mijn iPhone",
 * "Skickat från min iPhone", "Wysłane z iPhone'a", "Отправлено с iPhone", "iPhoneから送信", "发自我的iPhone"…),
 * legal disclaimers, and the contact lines under a closing ("Best regards", "Mit freundlichen Grüßen"…). Matched on
 * folded lines (see {@link TextFolding}).
 */
final class Trailers {

    private static final Pattern DELIMITER = Pattern.compile("^(?:--|—|__)\\s*$");
    private static final Pattern TAGLINE = TextFolding.pattern("^(?:sent from (?:my |the |mail |yahoo |outlook |aol )"
            + "|sent (?:with|via|using) (?:proton|blackberry|spark|airmail|superhuman|bluemail|newton)"
            + "|get outlook for |envoyé (?:de|depuis|à partir de) |obtenir outlook pour"
            + "|von meinem .{1,40}gesendet|gesendet (?:von|mit|vom|über) (?:meinem |meiner |outlook|yahoo|aol|mail)"
            + "|enviado (?:desde|de) (?:mi |mail |yahoo |outlook)|enviado (?:do|pelo) (?:meu |yahoo |outlook|aol)"
            + "|inviato da |inviato dal mio |verzonden (?:met|vanaf|van) (?:mijn |yahoo|outlook)"
            + "|verstuurd (?:met|vanaf|van) (?:mijn |yahoo|outlook)|skickat från (?:min |yahoo|outlook|mail)"
            + "|skickades från |wysłane z |wysłano z |отправлено (?:с|из) |.{1,30}から送信$|发自我的|發自我的"
            + "|从我的.{1,30}发送|從我的.{1,30}傳送).{0,80}$");
    private static final Pattern DISCLAIMER = TextFolding.pattern("^(?:confidential(?:ity)?(?: notice| note)?\\s?:"
            + "|disclaimer\\s?:|legal notice\\s?:"
            + "|(?:this|the) (?:e-?mail|message|communication|transmission)(?: and any (?:attachments?|files|documents)"
            + "(?: (?:to|transmitted with) it)?)? (?:is|are|may be|may contain|contains?) .{0,40}\\b(?:confidential"
            + "|privileged|intended (?:solely|only|exclusively))"
            + "|the information (?:contained )?in this (?:e-?mail|message|communication)"
            + "|if you (?:are not the intended recipient|have received this (?:e-?mail|message|communication) in error)"
            + "|please consider the environment before printing"
            + "|diese (?:e-?mail|nachricht)\\b.{0,60}\\b(?:vertrauliche|vertraulich|ausschließlich)"
            + "|wenn sie nicht der (?:richtige|beabsichtigte) (?:adressat|empfänger)"
            + "|ce (?:message|courriel|e-?mail)\\b.{0,80}\\b(?:confidentiel|destinés? exclusivement|strictement)"
            + "|(?:este|el presente) (?:mensaje|correo)\\b.{0,80}\\b(?:confidencial|destinatario)"
            + "|esta mensagem\\b.{0,80}\\b(?:confidencial|destinatário)"
            + "|questo messaggio\\b.{0,80}\\b(?:riservat|confidenzial|destinatari)"
            + "|dit (?:e-?mail)?bericht\\b.{0,80}\\b(?:vertrouwelijk|uitsluitend)"
            + "|detta (?:e-?post)?meddelande\\b.{0,80}\\b(?:konfidentiell|sekretess)"
            + "|ta wiadomość\\b.{0,80}\\b(?:poufn|adresat)"
            + "|(?:это|данное) (?:сообщение|письмо)\\b.{0,80}\\b(?:конфиденциальн|адресат)"
            + "|このメール(?:には|は).{0,40}(?:機密|秘密)|本邮件.{0,40}(?:机密|保密)|本郵件.{0,40}(?:機密|保密))");
    private static final Pattern CLOSING = TextFolding.pattern("^(?:(?:best|kind|warm|warmest|many thanks and)"
            + " regards|regards|best wishes|best|cheers|thanks|thank you|many thanks|sincerely|yours sincerely"
            + "|yours truly|all the best|talk soon"
            + "|mit freundlichen grüßen|mit freundlichem gruß|freundliche grüße|viele grüße|beste grüße|liebe grüße"
            + "|schöne grüße|herzliche grüße|grüße|gruß|mfg|vg|lg"
            + "|cordialement|bien cordialement|bien à vous|salutations|meilleures salutations|merci|bonne journée"
            + "|saludos|un saludo|saludos cordiales|atentamente|gracias|un abrazo"
            + "|atenciosamente|cumprimentos|abraços|obrigad[oa]|att\\.?"
            + "|cordiali saluti|distinti saluti|saluti|grazie|un saluto"
            + "|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groeten|groetjes|hartelijke groet"
            + "|med vänliga hälsningar|vänliga hälsningar|hälsningar|mvh|tack"
            + "|pozdrawiam|z poważaniem|pozdrowienia|dziękuję"
            + "|с уважением|всего доброго|спасибо|с наилучшими пожеланиями"
            + "|よろしくお願いします|よろしくお願いいたします|敬具|此致|谢谢|祝好)[\\s,.!:;]*$");
    private static final Pattern CONTACT = TextFolding.pattern("(?:\\+?\\d[\\d ()./-]{6,}\\d|^[^\\s@]+@[^\\s@]+$"
            + "|www\\.|https?:|\\||\\b(?:tel|phone|mobile|mob|fax|cell|telefon|handy|tél|portable|móvil|celular"
            + "|cellulare)\\b|\\b(?:gmbh|ag|kg|ltd|inc|llc|plc|corp)\\b"
            + "|\\b(?:s\\.a|s\\.l|s\\.r\\.l|s\\.p\\.a|b\\.v|n\\.v)\\."
            + "|\\bsp\\. z o\\.o\\.|\\bооо\\b)");
    private static final Pattern POSTSCRIPT = TextFolding.pattern("^p\\.?\\s?s\\b");
    private static final Pattern NAME = Pattern.compile("^[\\p{L}][\\p{L} .'’-]{0,60}$");
    private static final int MAX_CONTACT_WORDS = 12;
    private static final int MAX_NAME_WORDS = 5;

    private Trailers() {
    }

    /** True for a line that starts a signature, a tagline or a disclaimer: dropped up to the next quote. */
    static boolean startsTrailer(String raw, String folded) {
        return DELIMITER.matcher(raw.strip()).matches() || TAGLINE.matcher(folded).matches()
                || DISCLAIMER.matcher(folded).find();
    }

    /** True for a closing line such as "Best regards," or "Mit freundlichen Grüßen". */
    static boolean closing(String folded) {
        return CLOSING.matcher(folded).matches();
    }

    /** True for a line that may be the writer's name under a closing. */
    static boolean name(String raw) {
        String t = raw.strip();
        return NAME.matcher(t).matches() && t.split("\\s+").length <= MAX_NAME_WORDS;
    }

    /** True for a short line with a phone number, an address, a link, a company form or a separator bar. */
    static boolean contact(String raw, String folded) {
        return raw.strip().split("\\s+").length <= MAX_CONTACT_WORDS && CONTACT.matcher(folded).find()
                && !POSTSCRIPT.matcher(folded).find();
    }

    /** True for a short line that ends no sentence: a job title, a department, a street. */
    static boolean shortLine(String raw, String folded) {
        String t = raw.strip();
        return t.split("\\s+").length <= MAX_CONTACT_WORDS / 2 && !t.matches(".*[?!.:]$")
                && !POSTSCRIPT.matcher(folded).find();
    }
}
