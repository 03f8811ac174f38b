package dev.campaigncrm.reply.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The wording of automatic mail, in English, German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Polish,
 * Russian, Japanese and Chinese: auto-reply subjects, out-of-office and auto-acknowledgement sentences, and the
 * sentences of delivery failure reports. Written in natural form and matched on folded text (see {@link
 * TextFolding}). Each phrase is one a person rarely writes in a reply to a sales email: a phrase list is evidence,
 * so a phrase that people use too would turn their replies into automatic mail.
 */
final class AutoReplyPhrases {

    /** Auto-reply subject words, for use at the start of a subject before a colon, a bracket or a dash. */
    static final String SUBJECT_WORDS = String.join("|",
            "automatic reply", "auto-?reply", "auto-?response", "autoreply", "auto", "out of (?:the )?office", "ooo",
            "automatische antwort", "abwesenheitsnotiz", "abwesend", "abwesenheit",
            "réponse automatique", "absence", "absent", "message d'absence",
            "respuesta automática", "fuera de la oficina", "ausente",
            "resposta automática", "fora do escritório",
            "risposta automatica", "fuori ufficio",
            "automatisch antwoord", "afwezig", "afwezigheid", "afwezigheidsbericht",
            "autosvar", "automatiskt svar", "automatisk svar", "frånvaro", "automatisk besked", "fravær", "poissa",
            "odpowiedź automatyczna", "automatyczna odpowiedź", "nieobecność", "poza biurem",
            "автоответ", "автоматический ответ", "вне офиса", "отпуск",
            "自動返信", "自動応答", "不在", "不在通知",
            "自动回复", "自動回覆", "自动答复", "休假");

    /** Auto-reply subjects: a subject word first (after tags and reply prefixes), or a certain phrase anywhere. */
    static final List<Pattern> SUBJECTS = List.of(
            TextFolding.pattern("^\\s*(?:\\[[^\\]]{0,40}\\]\\s*)?"
                    + "(?:(?:re|aw|sv|vs|fw|fwd|wg|antw|tr|rv|ref|odp)\\s*:\\s*)*"
                    + "[\\[(]?\\s*(?:" + SUBJECT_WORDS + ")(?:\\s*[:\\])]|\\s+-\\s|\\s*$)"),
            TextFolding.pattern("\\b(?:out of (?:the )?office|abwesenheitsnotiz|automatic reply"
                    + "|réponse automatique|respuesta automática|resposta automática|risposta automatica"
                    + "|automatisch antwoord|automatiskt svar|odpowiedź automatyczna|автоматический ответ)\\b"),
            TextFolding.pattern("(?:自動返信|自動応答|自动回复|自動回覆|自动答复)"));

    /** Subjects of delivery failure reports; they count only on a subject that is not a person's reply. */
    static final List<Pattern> BOUNCE_SUBJECTS = List.of(TextFolding.pattern("\\b(?:undeliverable|undelivered mail"
            + "|delivery status notification|mail delivery (?:failed|failure|subsystem)|returned mail"
            + "|delivery failure|failure notice|message not delivered|delivery has failed|address not found"
            + "|nicht zustellbar|unzustellbar|non remis|non distribuable|no se puede entregar|no entregado"
            + "|não entregue|non recapitabile|onbestelbaar|kunde inte levereras|niedostarczalna|недоставленное"
            + "|не доставлено)\\b"));

    /** Out-of-office sentences: the writer is away, with a time, a return or no access to mail. */
    static final List<Pattern> OUT_OF_OFFICE = phrases(
            // English
            "^(?:out of (?:the )?office|ooo)\\s?:",
            "\\bi(?:'m| am|m)? (?:currently |now |presently )?out of (?:the )?office\\b",
            "\\bi will be (?:out of (?:the )?office|away from the office|on (?:\\w+ )?leave)\\b",
            "\\b(?:out of (?:the )?office|ooo) (?:until|till|from|through|today|this week|and will|with limited)\\b",
            "\\bi(?:'m| am|m| will be) (?:currently |now )?(?:away|on (?:\\w+ )?(?:leave|vacation"
                    + "|holidays?|pto|sabbatical))\\b.{0,80}?\\b(?:until|till|through|returning|return|back on"
                    + "|back in|limited access|no access|not be checking|checking (?:e-?mail|mail|messages) only)\\b",
            "\\b(?:limited|no|without) access to (?:my )?e-?mails?\\b",
            "\\bwill (?:respond|reply|answer|get back to you)\\b.{0,40}?\\b(?:upon|on|after|when) (?:my|i) return",
            "\\byour (?:e-?mail|message) will not be forwarded\\b",
            "\\byour (?:e-?mail|message) will be (?:handled|processed|answered|read|dealt with)\\b.{0,30}?"
                    + "\\b(?:upon|on|after|when) (?:my|i) return",
            "\\bi(?:'m| am|m) (?:currently )?on sick leave\\b",
            "\\bi will (?:respond|reply|answer|get back to you) on my next working day\\b",
            // German
            "\\bich bin\\b.{0,60}?\\b(?:nicht im büro|abwesend|im urlaub|au(?:ss|ß)er haus|nicht erreichbar"
                    + "|auf dienstreise|in elternzeit|nicht am arbeitsplatz|nicht im haus)\\b",
            "\\bihre (?:e-?mail|nachricht|anfrage) wird nach meiner rückkehr (?:bearbeitet|beantwortet|gelesen)\\b",
            "\\b(?:ab dem|ab|bis zum)\\b.{0,30}?\\bwieder (?:im büro|erreichbar)\\b",
            "\\bihre (?:e-?mail|nachricht) wird nicht weitergeleitet\\b",
            // French
            "\\bje suis (?:actuellement |absente? |en ce moment )?(?:absente?|en congés?|en vacances"
                    + "|hors du bureau|en déplacement\\b.{0,60}?\\b(?:jusqu|accès limité|retour))",
            "\\bje serai (?:de retour|absente?)\\b", "\\babsente? du bureau\\b",
            "\\baccès limité à (?:ma messagerie|mes e-?mails|mes courriels)\\b",
            "\\b(?:vos messages|votre (?:message|e-?mail|courriel)) ne (?:lui |me )?(?:sera|seront) pas "
                    + "(?:transmis|transféré)",
            "\\b(?:votre (?:message|e-?mail|courriel) sera traité|je (?:traiterai|répondrai))\\b.{0,40}?"
                    + "\\bà mon retour\\b",
            // Spanish
            "\\b(?:estoy|me encuentro|estaré) (?:actualmente )?(?:fuera de la oficina|de vacaciones|ausente"
                    + "|fuera\\b.{0,30}?\\bhasta)",
            "\\b(?:contestaré|responderé) (?:a )?(?:su|tu )?(?:mensaje |correo )?a mi (?:vuelta|regreso)\\b",
            // Portuguese
            "\\b(?:estou|estarei|encontro-me) (?:atualmente )?(?:fora do escritório|de férias|em férias|ausente)\\b",
            "\\b(?:responderei|retornarei|respondo)\\b.{0,40}?"
                    + "\\b(?:no meu (?:regresso|retorno)|quando (?:eu )?voltar)\\b",
            "\\bacesso limitado ao e-?mail\\b",
            // Italian
            "\\b(?:sono|sarò) (?:attualmente )?(?:fuori ufficio|fuori sede|in ferie|assente)\\b",
            "\\b(?:risponderò|rispondero) al mio rientro\\b",
            // Dutch
            "\\bik ben (?:momenteel |tot .{0,30}?)?(?:afwezig|niet op kantoor|met vakantie|op vakantie"
                    + "|niet aanwezig)\\b",
            "\\bvanaf\\b.{0,30}?\\bweer (?:bereikbaar|aanwezig|op kantoor)\\b",
            // Swedish
            "\\bjag är (?:ledig|frånvarande|på semester|tjänstledig|föräldraledig|bortrest|på tjänsteresa)\\b",
            "\\båter på kontoret\\b",
            // Polish
            "\\b(?:jestem|będę) (?:obecnie |aktualnie )?(?:poza biurem|na urlopie|nieobecn[ya])\\b",
            // Russian
            "\\bя (?:сейчас |в настоящее время |нахожусь )?(?:в отпуске|вне офиса|в командировке|отсутствую)",
            "\\bнахожусь в (?:отпуске|командировке)",
            // Japanese
            "不在にして(?:おります|います)", "休暇(?:中|を取って)", "出張中のため", "までお休み",
            // Chinese
            "(?:我|本人)(?:目前|现在|正在|目前正在)?(?:休假|不在办公室|出差|外出)", "休假中", "不在辦公室");

    /** Auto-acknowledgements and unattended mailboxes: a machine says it received the message or no one reads it. */
    static final List<Pattern> ACKNOWLEDGEMENT = phrases(
            "\\bthis is an? (?:automatic(?:ally generated)?|automated|auto-generated) (?:reply|response|message"
                    + "|notification|e-?mail)\\b",
            "^automatic reply:",
            "\\bwe have received your (?:e-?mail|message|request|enquiry|inquiry) and will (?:respond|reply"
                    + "|get back to you|be in touch|contact you)\\b.{0,30}?\\b(?:within|as soon as|shortly"
                    + "|in due course)\\b",
            "\\byour (?:e-?mail|message|request|ticket|enquiry|inquiry) (?:#\\s?\\d+ )?has been (?:received|logged"
                    + "|registered|forwarded)\\b",
            "\\byour (?:request|ticket) #\\s?\\d+",
            "\\bthank you for contacting (?:our|the) (?:helpdesk|help desk|support|customer service|service desk)\\b",
            "\\b(?:this|the) (?:inbox|mailbox|e-?mail address|address) is (?:not|no longer) (?:monitored|active"
                    + "|in use|checked)\\b",
            "\\bthis (?:mailbox|inbox|account|e-?mail address|address) will (?:soon )?be (?:closed|deactivated"
                    + "|deleted)\\b",
            "\\b(?:dieses postfach|dieses konto|diese (?:e-?mail-)?adresse) wird (?:in kürze |bald )?(?:geschlossen"
                    + "|deaktiviert|gelöscht|abgeschaltet)\\b",
            "\\bcette (?:adresse|boîte(?: mail| aux lettres)?|messagerie) (?:sera|va être) (?:bientôt )?(?:fermée"
                    + "|désactivée|supprimée)\\b",
            "\\b(?:esta|mi) (?:cuenta|dirección|buzón)(?: de (?:correo|e-?mail))? (?:se cerrará|será (?:cerrada"
                    + "|desactivada|eliminada)|dejará de estar activa)\\b",
            "\\b(?:esta conta|este endereço|esta caixa(?: de correio)?) (?:será|vai ser) (?:brevemente )?(?:encerrad"
                    + "|desativad|eliminad|fechad)[ao]\\b",
            "\\b(?:questo (?:indirizzo|account)|questa casella) (?:sarà|verrà) (?:presto )?(?:chius|disattivat"
                    + "|eliminat)[oa]\\b",
            "\\b(?:our|the) (?:office|offices|team) (?:is|are|will be) (?:currently )?closed (?:for|until|from|over"
                    + "|between)\\b",
            "^auto-?reply\\s?:",
            "\\ba ticket has been (?:created|opened|logged)\\b",
            "\\ba member of (?:our|the) team will (?:get back to you|respond|reply|be in touch|contact you)\\b",
            "\\bwe will (?:respond|reply) (?:to your (?:e-?mail|message) )?during (?:our )?(?:business|office)"
                    + " hours\\b",
            "\\byour message\\b.{0,200}?\\bwas read on\\b",
            "\\byour message (?:was|has been) delivered to the (?:following )?recipients?\\b",
            "\\b(?:this|your) (?:message|e-?mail) (?:has not been|was not) forwarded\\b",
            "\\bthank you for subscribing\\b", "\\bplease confirm your subscription\\b",
            "\\bdiese (?:nachricht|e-?mail) wurde automatisch (?:erstellt|generiert|versendet|versandt|verschickt"
                    + "|gesendet)\\b",
            "\\b(?:dieses postfach|diese (?:e-?mail-)?adresse|e-?mails an diese adresse) (?:wird|werden) nicht mehr"
                    + " (?:gelesen|abgerufen|betreut|überwacht|genutzt)\\b",
            "\\bcette (?:adresse|boîte(?: mail| aux lettres)?) n'est plus (?:consultée|lue|active|utilisée)\\b",
            "\\b(?:questa casella(?: di posta)?|questo (?:indirizzo|account)) non è più (?:attiv[oa]|monitorat[oa]"
                    + "|in uso|consultat[oa]|lett[oa])\\b",
            "\\b(?:esta (?:cuenta|dirección)|este (?:buzón|correo)) ya no (?:está|es) (?:activ[oa]|en uso"
                    + "|monitoread[oa])\\b",
            "\\b(?:esta caixa(?: de correio)?|este endereço|esta conta) (?:já não está|não está mais) (?:ativ[oa]"
                    + "|em uso|a ser lid[oa])\\b",
            "\\b(?:deze mailbox|dit (?:e-?mail)?adres) (?:is|wordt) niet (?:meer|langer) (?:actief|in gebruik"
                    + "|gelezen)\\b",
            "\\b(?:wiadomości|e-?maile)(?: wysłane)? na (?:ten|ten adres)\\b.{0,30}?\\bnie (?:są|będą) (?:czytane"
                    + "|odczytywane|sprawdzane)\\b",
            "\\bta skrzynka nie jest już (?:aktywna|monitorowana|sprawdzana)\\b",
            "\\baquesta (?:adreça|bústia) ja no (?:està activa|és activa|es consulta)\\b",
            "\\bdenna (?:adress|brevlåda|e-?postadress) (?:är inte längre aktiv|bevakas inte|läses inte)\\b",
            "\\bdies ist eine automatische (?:antwort|nachricht|benachrichtigung)\\b",
            "\\bceci est (?:un message|une réponse) automatique\\b",
            "\\beste es un (?:mensaje|correo|aviso) automático\\b", "\\besta es una respuesta automática\\b",
            "\\besta é uma (?:mensagem|resposta) automática\\b",
            "\\bquesto è un messaggio (?:automatico|generato automaticamente)\\b",
            "\\bdit is een automatisch (?:antwoord|bericht|gegenereerd bericht)\\b",
            "\\bdetta är ett automatiskt (?:svar|meddelande)\\b",
            "\\bto jest (?:automatyczna odpowiedź|wiadomość wygenerowana automatycznie)\\b",
            "\\bэто (?:автоматический ответ|автоматическое сообщение|автоматически сгенерированное)",
            "(?:自動返信|自動応答)(?:メール|メッセージ)?です", "(?:这是|此为|此郵件為|这是一封)(?:一封)?自动(?:回复|生成)");

    /** The person written to has left: said by an auto-reply, a colleague or the person, in the seven languages. */
    static final List<Pattern> CONTACT_LEFT = phrases(
            "\\b(?:i am|i'm|im|(?:s)?he is|(?:s)?he's|is) no longer (?:with|at|working (?:at|for|with|here)|employed"
                    + " (?:at|by|with)|part of)\\b",
            "\\b(?:have|has) left (?:the|this|our) (?:company|organi[sz]ation|firm|business|team)\\b",
            "\\bno longer (?:works|working|employed) (?:at|for|with|here)\\b",
            "\\b(?:ich bin|er ist|sie ist|ist) nicht mehr (?:im unternehmen|in der firma|bei|für|tätig)\\b",
            "\\b(?:hat|habe) (?:das unternehmen|die firma) verlassen\\b",
            "\\b(?:ist|bin)\\b.{0,30}?\\b(?:aus (?:dem|unserem) (?:unternehmen|haus)|bei uns) ausgeschieden\\b",
            "\\bne (?:fait|fais) plus partie\\b", "\\bne (?:travaille|travaillons) plus (?:chez|pour|dans)\\b",
            "\\b(?:a|ai) quitté (?:l'entreprise|la société|l'entreprise|la societe|le groupe)\\b",
            "\\ba quitté (?:[\\w&'-]+ ){1,4}(?:le|en|depuis|au|fin) \\w",
            "\\bya no (?:trabaja|trabajo|forma parte|formo parte|está en|estoy en)\\b",
            "\\b(?:ha|he) dejado (?:la empresa|la compañía)\\b",
            "\\b(?:não|já não) (?:trabalha|trabalho|faz parte|faço parte)(?: mais)?\\b.{0,10}?\\b(?:na|no|nas|nos|da|do"
                    + "|das|dos|em|para|com)\\b",
            "\\b(?:deixou|deixei) a empresa\\b",
            "\\bnon (?:lavora|lavoro|fa|faccio) più (?:per|presso|in|parte)\\b",
            "\\bnon (?:presta|presto) più servizio\\b", "\\bnon è più in servizio\\b",
            "\\bya no (?:presta|presto) (?:sus )?servicios\\b",
            "\\b(?:já não|não) (?:presta|presto) (?:mais )?serviço\\b",
            "\\b(?:ha|ho) lasciato (?:l'azienda|la società|l'azienda)\\b",
            "\\bha lasciato (?:l'|la |il |lo )(?:azienda|società|ambulatorio|studio|ufficio|clinica|ospedale"
                    + "|università|ateneo|gruppo|reparto|sede|incarico)\\b",
            "\\bha dejado (?:la|el) (?:empresa|compañía|despacho|clínica|consulta|hospital|universidad|oficina"
                    + "|grupo|departamento|cargo|puesto)\\b",
            "\\bdeixou (?:a|o) (?:empresa|clínica|consultório|hospital|universidade|escritório|grupo"
                    + "|departamento|cargo)\\b",
            "\\bhat (?:die|das|den|unsere|unser|unseren) (?:unternehmen|firma|praxis|klinik|kanzlei|büro|haus"
                    + "|universität|institut|abteilung)\\b.{0,40}?\\bverlassen\\b",
            "\\bhas left (?:the|our|this) (?:practice|clinic|office|hospital|university|department|school|firm"
                    + "|agency|organi[sz]ation|group)\\b",
            "\\b(?:werkt|werk) niet (?:meer|langer) (?:bij|voor)\\b",
            "\\b(?:is|ben) niet (?:meer|langer) (?:werkzaam|in dienst)\\b",
            "\\b(?:heeft|heb) (?:het bedrijf|de organisatie) verlaten\\b",
            // languages with no cue family of their own: Polish, Czech, Swedish, Danish, Norwegian, Finnish,
            // Hungarian, Catalan, Galician, Romanian
            "\\bnie pracuje już (?:w|dla)\\b", "\\bnie jest już pracownikiem\\b",
            "\\b(?:již|už) (?:nepracuje|není zaměstnancem)\\b",
            "\\barbetar (?:inte|ej) längre (?:på|hos|för)\\b",
            "\\barbejder ikke længere (?:hos|i|for)\\b", "\\bjobber ikke lenger (?:hos|i|for)\\b",
            "\\bei enää työskentele\\b", "\\bmár nem dolgozik\\b",
            "\\bja no treballa (?:a|per|amb)\\b", "\\bxa non traballa (?:en|para|con)\\b",
            "\\bnu mai lucrează (?:la|pentru|în)\\b");

    /** The sentences of delivery failure reports, as mail servers write them. */
    static final List<Pattern> BOUNCE = phrases(
            "\\bthis message was created automatically by mail delivery software\\b",
            "\\bdelivery has failed to these recipients\\b",
            "\\bcould not be delivered to one or more (?:of its )?recipients\\b",
            "\\byour (?:message|e-?mail)\\b.{0,60}?\\b(?:could not|couldn't|cannot|can't|was not|wasn't)"
                    + " (?:be )?delivered\\b",
            "\\bmessage not delivered\\b", "\\bmail delivery (?:failed|failure)\\b", "\\bmessage delivery failed\\b",
            "\\bundelivered mail returned to sender\\b", "\\bmessage (?:still )?undelivered after\\b",
            "\\bpermanent (?:error|failure)\\b", "\\b(?:user|mailbox|recipient) unknown\\b", "\\bunknown user\\b",
            "\\bno such user\\b", "\\brecipient address rejected\\b", "\\bmailbox (?:unavailable|is full|full)\\b",
            "\\bover quota\\b", "\\baddress not found\\b", "\\bthe e-?mail address you entered couldn't be found\\b",
            "\\bhas no mail server\\b", "\\bdelivery to the following recipients? failed\\b",
            "\\b(?:message|e-?mail)\\b.{0,60}?\\bwas undeliverable\\b", "^message blocked\\s?:",
            "\\brejected by the recipient'?s (?:spam filter|server|mail server)\\b",
            "^delivery status notification \\((?:failure|delay)\\)",
            "\\bthe following recipients? (?:cannot|could not) be reached\\b",
            "(?<![\\d.])[45]\\d\\d[ -]#?[45]\\.\\d{1,3}\\.\\d{1,3}(?![\\d.])",
            "\\b(?:reporting-mta|final-recipient|diagnostic-code):",
            "\\b(?:die )?nachricht konnte nicht zugestellt werden\\b",
            "\\bn'a pas pu être (?:remis|distribué|délivré)\\b", "^non remis\\s?:",
            "\\bno (?:se )?(?:ha )?(?:podido|pudo) (?:ser )?entregar\\b",
            "\\bnão (?:pôde|foi possível) ser entregue\\b", "\\bnon è stato possibile recapitare\\b",
            "\\bnão foi possível entregar a mensagem\\b", "\\b(?:il )?messaggio non è stato recapitato\\b",
            "\\b(?:destinataire|usuario|destinatario) (?:inconnu|desconocido)\\b",
            "\\b(?:utilizador|usuário|destinatário) desconhecido\\b", "\\b(?:utente|destinatario) sconosciuto\\b",
            "\\b(?:unbekannter empfänger|empfänger unbekannt|onbekende (?:ontvanger|gebruiker))\\b",
            "\\bkon niet (?:worden )?(?:bezorgd|afgeleverd)\\b", "\\bkunde inte levereras\\b",
            "\\bnie (?:mogła|mógł|może) zostać dostarczon", "\\bне (?:может быть|удалось) доставить\\b",
            "\\bсообщение не доставлено\\b", "配信できませんでした", "(?:无法|無法)(?:投递|送达|傳遞)", "退信");

    /**
     * Words that say an automatic reply is about absence (an out-of-office rather than another auto-reply), to be
     * used only once a message is known to be automatic.
     */
    static final Pattern ABSENCE = TextFolding.pattern("out of (?:the )?office|out-of-office|\\booo\\b"
            + "|on (?:annual |parental |sick |medical )?leave|on vacation|on holiday|away from (?:the office|my desk)"
            + "|abwesend|nicht im büro|nicht im haus"
            + "|urlaub|\\babsente?\\b|en congés?|vacances|fuera de la oficina|de vacaciones"
            + "|ausente|fora do escritório|férias|fuori ufficio|in ferie|afwezig|op vakantie|met vakantie"
            + "|inte på kontoret|\\bledig\\b|semester|poza biurem|urlop|вне офиса|отпуск|不在|休暇|休假");

    private AutoReplyPhrases() {
    }

    private static List<Pattern> phrases(String... regexes) {
        return Arrays.stream(regexes).map(TextFolding::pattern).toList();
    }
}
