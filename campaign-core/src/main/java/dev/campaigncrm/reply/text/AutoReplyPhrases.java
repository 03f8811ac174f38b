package dev.campaigncrm.reply.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The wording of automatic mail: auto-reply subjects, out-of-office, auto-acknowledgement, unattended-mailbox and
 * "contact has left" sentences, and the sentences of delivery failure reports. Subjects and bounces are in English,
 * German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Polish, Russian, Japanese and Chinese; out-of-office,
 * acknowledgement and contact-left sentences also in Danish, Norwegian (bokmål), Finnish, Czech, Slovak, Hungarian,
 * Romanian, Catalan, Galician, Basque, Greek, Turkish and Ukrainian, grouped by language, and the common sentences
 * of the other European languages (Estonian, Latvian, Lithuanian, Slovenian, Croatian, Serbian, Bosnian, Bulgarian,
 * Macedonian, Albanian, Icelandic, Maltese, Irish, Welsh). Written in natural form and
 * matched on folded text (see {@link TextFolding}: case and accents do not count). Each phrase is one a person rarely
 * writes in a reply to a sales email: a phrase list is evidence, so a phrase that people use too would turn their
 * replies into automatic mail. So a phrase names the person leaving the workplace (not "we left our vendor"), or the
 * writer being away in the first person and present tense (not "I was on holiday", not "my colleague is away"), or
 * the message or mailbox being automatic; where a word is ambiguous the phrase asks for more context around it.
 */
final class AutoReplyPhrases {

    // Workplace nouns per language. A *_LEFT_PLACE list leaves out the places one also leaves at the end of a day
    // (office, shop, hotel, hospital): "she has left the office" is no evidence.
    private static final String EN_LEFT_PLACE = "(?:company|firm|business|organi[sz]ation|practice|clinic|surgery"
            + "|university|school|college|institute|department|team|group|agency|brewery|bank|studio|laboratory"
            + "|foundation|association|charity|partnership|chambers|council|ministry|trust|corporation)";
    private static final String EN_PLACE = "(?:" + EN_LEFT_PLACE + "|office|offices|store|shop|hotel|hospital"
            + "|restaurant|lab)";
    /** Words after a workplace noun that make it a modifier ("the team meeting", "the company car"). */
    private static final String EN_NOT_COMPOUND = "(?!\\s?(?:chat|channel|call|meeting|thread|space|folder|drive"
            + "|account|card|e-?mail|page|website|site|car|park|parking|building|event|party|dinner|lunch|offsite"
            + "|retreat|plan|budget|room|a|an|some|my|your)\\b)";
    /** What follows "the address is not active" when a person speaks of their records, not of a mailbox. */
    private static final String EN_NOT_IN_SYSTEM = "(?!\\s(?:in (?:our|your|the|their) (?:system|crm|database|records"
            + "|list|tool)|yet|anymore in)\\b)";
    /** What follows "no longer works at/for" when it is about a thing that stopped working, not a person. */
    private static final String EN_NOT_EMPLOYER = "(?:all|scale|the moment|this|that|these|those|times|night|nights"
            + "|home|weekends?|full|us|me|you|them|him|her|my|our|your|their|its|any|some|most|least|first|large"
            + "|small|high|low|every|each|android|ios|iphone|windows|mac|linux|chrome|safari|firefox|mobile|desktop"
            + "|the (?:team|business|way|price|volume|size|scale|moment|time|app|web))\\b";
    private static final String DE_LEFT_PLACE = "\\w*(?:unternehmen|firma|gesellschaft|organisation|praxis|klinik"
            + "|kanzlei|universität|hochschule|schule|institut|abteilung|team|gruppe|agentur|brauerei|betrieb"
            + "|konzern|bank|stiftung|verein|behörde|werk|filiale|niederlassung|verwaltung)";
    private static final String DE_PLACE = "(?:" + DE_LEFT_PLACE + "|\\w*büro|haus|\\w*geschäft|\\w*laden|hotel"
            + "|krankenhaus|labor)";
    private static final String FR_LEFT_PLACE = "(?:entreprise|société|compagnie|firme|organisation|cabinet"
            + "|clinique|université|école|institut|service|département|équipe|groupe|agence|brasserie|établissement"
            + "|structure|association|mairie|banque|laboratoire|étude|fondation|collectivité)";
    private static final String FR_PLACE = "(?:" + FR_LEFT_PLACE + "|bureau|hôpital|magasin|boutique|hôtel|centre)";
    private static final String ES_LEFT_PLACE = "(?:empresa|compañía|firma|organización|consulta|clínica"
            + "|despacho|universidad|escuela|colegio|instituto|departamento|grupo|agencia|cervecería|sociedad"
            + "|entidad|fundación|asociación|banco|laboratorio|estudio|bufete|gestoría|ayuntamiento)";
    private static final String ES_PLACE = "(?:" + ES_LEFT_PLACE + "|oficina|hospital|equipo|tienda|hotel|centro)";
    private static final String PT_LEFT_PLACE = "(?:empresa|companhia|firma|organização|clínica|consultório"
            + "|universidade|escola|faculdade|instituto|departamento|equipa|equipe|agência|cervejaria|sociedade"
            + "|entidade|fundação|associação|banco|laboratório|gabinete|instituição|câmara|autarquia)";
    private static final String PT_PLACE = "(?:" + PT_LEFT_PLACE + "|escritório|hospital|grupo|loja|hotel|centro"
            + "|unidade)";
    private static final String IT_LEFT_PLACE = "(?:azienda|società|ditta|impresa|organizzazione|studio"
            + "|ambulatorio|clinica|università|ateneo|scuola|istituto|dipartimento|reparto|team|squadra|gruppo"
            + "|agenzia|birrificio|filiale|struttura|ente|fondazione|associazione|banca|laboratorio|cooperativa"
            + "|farmacia|comune)";
    private static final String IT_PLACE = "(?:" + IT_LEFT_PLACE + "|ufficio|uffici|ospedale|negozio|albergo"
            + "|hotel|sede)";
    private static final String NL_LEFT_PLACE = "\\w*(?:bedrijf|organisatie|onderneming|firma|praktijk|kliniek"
            + "|universiteit|hogeschool|school|instituut|afdeling|team|groep|bureau|brouwerij|vestiging|bank"
            + "|stichting|vereniging|gemeente|apotheek|maatschap)";
    private static final String NL_PLACE = "(?:" + NL_LEFT_PLACE + "|\\w*kantoor|ziekenhuis|winkel|hotel|zaak)";
    private static final String SV_LEFT_PLACE = "(?:företaget|bolaget|firman|organisationen|mottagningen|kliniken"
            + "|praktiken|universitetet|skolan|institutet|avdelningen|teamet|gruppen|byrån|bryggeriet|banken"
            + "|koncernen|verksamheten|kommunen|myndigheten)";
    private static final String SV_PLACE = "(?:" + SV_LEFT_PLACE + "|kontoret|butiken|hotellet|sjukhuset)";
    private static final String DANO_LEFT_PLACE = "(?:virksomheden|firmaet|selskabet|selskapet|bedriften"
            + "|organisationen|organisasjonen|klinikken|praksissen|praksisen|universitetet|skolen|instituttet"
            + "|afdelingen|avdelingen|teamet|gruppen|bureauet|byrået|bryggeriet|banken|koncernen|konsernet"
            + "|kommunen)";
    private static final String DANO_PLACE = "(?:" + DANO_LEFT_PLACE + "|kontoret|butikken|hotellet|hospitalet"
            + "|sykehuset)";
    private static final String CA_LEFT_PLACE = "(?:empresa|companyia|firma|organització|clínica|consulta|despatx"
            + "|universitat|escola|institut|departament|grup|agència|cerveseria|societat|entitat|fundació"
            + "|associació)";
    private static final String CA_PLACE = "(?:" + CA_LEFT_PLACE + "|equip|plantilla|oficina|hospital|botiga"
            + "|hotel)";
    private static final String GL_LEFT_PLACE = "(?:empresa|compañía|firma|organización|clínica|consulta"
            + "|despacho|universidade|escola|colexio|instituto|departamento|grupo|axencia|cervexaría|sociedade"
            + "|entidade|fundación|asociación)";
    private static final String GL_PLACE = "(?:" + GL_LEFT_PLACE + "|equipo|plantilla|cadro|oficina|hospital"
            + "|tenda|hotel)";
    private static final String EL_PLACE = "(?:εταιρεία|εταιρία|οργανισμό|ομάδα|ιατρείο|κλινική|πανεπιστήμιο"
            + "|σχολείο|ινστιτούτο|τμήμα|πρακτορείο|όμιλο|επιχείρηση|τράπεζα|ζυθοποιία|δυναμικό)";
    private static final String TR_LOC = "\\b(?:şirketimizde|şirkette|firmamızda|firmada|bünyemizde|kurumumuzda"
            + "|kurumda|ofisimizde|kliniğimizde|hastanemizde|üniversitemizde|okulumuzda|ekibimizde|bölümümüzde"
            + "|departmanımızda|ajansımızda|mağazamızda|otelimizde|grubumuzda|[\\w']+ (?:şirketinde|firmasında"
            + "|bünyesinde))";
    private static final String RU_WHERE = "(?:в|во|на) (?:нашей |нашем |этой |этом |данной |данном )?(?:компании"
            + "|организации|фирме|клинике|больнице|университете|школе|институте|отделе|команде|агентстве|банке"
            + "|группе|офисе|центре|холдинге|представительстве|филиале|магазине|отеле)\\b";

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
            "\\bprzebywam (?:obecnie |aktualnie )?(?:poza biurem|na urlopie|na zwolnieniu|w delegacji)\\b",
            // Russian
            "\\bя (?:сейчас |в настоящее время |нахожусь )?(?:в отпуске|вне офиса|в командировке|отсутствую)",
            "\\bнахожусь в (?:отпуске|командировке)",
            // Japanese
            "不在にして(?:おります|います)", "休暇(?:中|を取って)", "出張中のため", "までお休み",
            // Chinese
            "(?:我|本人)(?:目前|现在|正在|目前正在)?(?:休假|不在办公室|出差|外出)", "休假中", "不在辦公室",
            // English: a return date, or a reply on return
            "\\bi(?:'ll| will) be back (?:in the office |in office |at my desk )?on (?:monday|tuesday|wednesday"
                    + "|thursday|friday|saturday|sunday|the \\d|\\d|(?:january|february|march|april|may|june|july"
                    + "|august|september|october|november|december) \\d)",
            "\\bi will (?:respond|reply|answer|get back to you)\\b.{0,40}?\\b(?:when|once|as soon as) i(?:'m| am)"
                    + " back\\b",
            // German
            "\\b(?:ab|am) (?:dem )?[\\w.]+ (?:\\w+ )?bin ich wieder (?:im büro|erreichbar|für sie da|im haus)\\b",
            "\\bnach meiner rückkehr (?:werde ich|melde ich mich|beantworte ich|kümmere ich mich)\\b",
            "\\bich (?:werde|melde mich|antworte|beantworte)\\b.{0,40}?\\bnach meiner rückkehr\\b",
            "\\bich bin (?:\\w+ )?(?:in mutterschutz|in elternzeit|krankgeschrieben)\\b",
            // French
            "\\bje (?:vous )?(?:répondrai|reviendrai vers vous|traiterai votre (?:message|demande|e-?mail|courriel))\\b"
                    + ".{0,40}?\\b(?:dès|à) (?:mon retour|que je serai de retour)\\b",
            "\\bje suis (?:actuellement )?en (?:arrêt maladie|congé (?:maternité|paternité|parental|maladie))\\b",
            // Spanish
            "\\b(?:volveré|regresaré|estaré de vuelta|estaré de regreso|me reincorporaré)\\b.{0,30}?\\b(?:el (?:\\d"
                    + "|lunes|martes|miércoles|jueves|viernes|próximo|día)|a partir del?)\\b",
            "\\b(?:responderé|contestaré|atenderé)\\b.{0,40}?\\b(?:cuando|en cuanto|tan pronto como) (?:regrese|vuelva"
                    + "|me reincorpore)\\b",
            "\\b(?:estoy|me encuentro) (?:actualmente )?de (?:baja|permiso|viaje de trabajo)\\b",
            // Portuguese
            "\\b(?:estarei de volta|estarei de regresso|regresso ao escritório|retorno ao escritório)\\b",
            "\\b(?:estou|encontro-me) (?:atualmente )?(?:de licença|de baixa)\\b",
            "\\b(?:responderei|retornarei|respondo)\\b.{0,40}?\\b(?:assim que|logo que) (?:regressar|retornar"
                    + "|voltar)\\b",
            // Italian
            "\\b(?:rientrerò|sarò di nuovo in ufficio|tornerò in ufficio|sarò nuovamente in ufficio)\\b",
            "\\b(?:risponderò|ti risponderò|le risponderò)\\b.{0,40}?\\b(?:al mio ritorno|appena rientrat[oa]"
                    + "|al rientro|una volta rientrat[oa])\\b",
            "\\bsono (?:attualmente )?(?:in malattia|in maternità|in congedo|in trasferta|in viaggio di lavoro)\\b",
            // Dutch
            "\\b(?:vanaf|op) .{0,30}?\\bben ik weer (?:aanwezig|bereikbaar|op kantoor|beschikbaar)\\b",
            "\\bik (?:zal|reageer|beantwoord|neem)\\b.{0,40}?\\b(?:na|bij) (?:mijn )?terugkomst\\b",
            "\\bna (?:mijn )?terugkomst (?:zal ik|beantwoord ik|reageer ik|neem ik)\\b",
            "\\bik ben (?:momenteel )?met (?:zwangerschaps|ouderschaps)?verlof\\b",
            // Swedish
            "\\bjag är tillbaka (?:på kontoret )?(?:den \\d|den \\w+ \\d|på (?:måndag|tisdag|onsdag|torsdag|fredag)"
                    + "|igen (?:den|på|\\d))",
            "\\bjag (?:svarar|besvarar|återkommer)\\b.{0,40}?\\bnär jag (?:är tillbaka|kommer tillbaka|återvänder)\\b",
            // Danish and Norwegian (bokmål)
            "\\bjeg er (?:på ferie|på barsel|ikke på kontoret|fraværende|væk fra kontoret|ude af kontoret"
                    + "|ute av kontoret|borte fra kontoret|på forretningsrejse|på forretningsreise|i permisjon|på orlov"
                    + "|sykemeldt|sygemeldt)\\b",
            "\\bjeg er (?:tilbage|tilbake) (?:på kontoret )?(?:den \\d|igen den|igjen den|\\d|(?:på |på kontoret )?"
                    + "(?:mandag|tirsdag|onsdag|torsdag|fredag))\\b",
            "\\bjeg (?:svarer|besvarer|vender tilbage|kommer tilbake)\\b.{0,40}?\\bnår jeg er (?:tilbage|tilbake)\\b",
            "\\bjeg har ferie (?:til|frem til|fram til|indtil)\\b",
            // Finnish
            "\\bolen (?:\\w+ ){0,2}(?:lomalla|vuosilomalla|kesälomalla|talvilomalla|sairauslomalla|äitiyslomalla"
                    + "|isyyslomalla|vanhempainvapaalla|poissa toimistolta|työmatkalla)\\b",
            "\\bpalaan (?:toimistolle |töihin )?(?:\\d|maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina)",
            "\\bvastaan (?:viestiisi |sähköpostiisi )?(?:palattuani|kun palaan)\\b",
            // Polish
            "\\bwracam (?:do biura )?(?:\\d|w poniedziałek|we wtorek|w środę|w czwartek|w piątek|dnia)",
            "\\bodpowiem (?:na (?:wiadomość|maila|e-?mail) )?po (?:moim )?powrocie\\b",
            "\\b(?:jestem|będę) (?:obecnie )?(?:na zwolnieniu lekarskim|w delegacji|na urlopie macierzyńskim)\\b",
            // Czech and Slovak
            "(?<!\\bbyl )(?<!\\bbyla )\\bjsem (?:nyní |momentálně |aktuálně )?(?:mimo kancelář|na dovolené|nepřítomen"
                    + "|nepřítomna|na služební cestě|v pracovní neschopnosti|na mateřské)\\b",
            "(?<!\\bbol )(?<!\\bbola )\\bsom (?:teraz |momentálne |aktuálne )?(?:mimo kancelárie|mimo kanceláriu"
                    + "|na dovolenke|mimo úradu|neprítomný|neprítomná|na služobnej ceste|na materskej"
                    + "|práceneschopný|práceneschopná)\\b",
            "\\bvrátím se (?:\\d|v |ve |dne|zpět)", "\\bvrátim sa (?:\\d|v |vo |dňa|späť)",
            "\\b(?:odpovím|odpoviem)\\b.{0,40}?\\bpo (?:svém |mém |mojom |svojom )?návrat[ue]\\b",
            // Hungarian
            "\\b(?:házon kívül|szabadságon|irodán kívül|betegszabadságon|szülési szabadságon) vagyok\\b",
            "\\bvisszatérésem után\\b.{0,20}?\\b(?:válaszolok|válaszolni|felveszem)",
            "\\b(?:leszek|vagyok) (?:újra|ismét) (?:elérhető|az irodában)\\b",
            // Romanian
            "\\bsunt (?:în prezent |momentan )?(?:în concediu|plecat în concediu|plecată în concediu"
                    + "|în afara biroului|absent|absentă|într-o deplasare|în deplasare)\\b",
            "\\b(?:voi reveni|mă întorc|revin) la birou\\b",
            "\\bvoi răspunde\\b.{0,40}?\\b(?:la întoarcere|după ce mă întorc|la revenire|la revenirea mea"
                    + "|la întoarcerea mea)\\b",
            // Catalan
            "\\b(?:soc|sóc|estic|estaré) (?:fora de l'oficina|de vacances|absent|absenta|de viatge|de baixa)\\b",
            "\\btornaré (?:a l'oficina )?(?:el|dilluns|dimarts|dimecres|dijous|divendres|\\d)\\b",
            "\\b(?:respondré|contestaré)\\b.{0,40}?\\b(?:quan torni|a la tornada|al meu retorn)\\b",
            // Galician
            "\\b(?:estou|estarei|atópome) (?:fóra da oficina|de vacacións|de viaxe|de baixa)\\b",
            "\\bvolverei (?:á oficina )?(?:o|o día|\\d)\\b",
            "\\b(?:responderei|contestarei)\\b.{0,40}?\\b(?:á miña volta|cando volva|ao meu regreso)\\b",
            // Basque
            "\\bbulegotik kanpo nago\\b", "\\boporretan nago\\b",
            "\\b(?:bulegotik kanpo|oporretan|kanpoan) egongo naiz\\b",
            "\\bitzultzean erantzungo (?:dizut|dizuet|diot)\\b",
            // Greek
            "\\b(?:είμαι|θα είμαι) (?:εκτός γραφείου|σε άδεια|σε διακοπές|απών|απούσα|εκτός έδρας)\\b",
            "\\bθα επιστρέψω (?:στο γραφείο )?(?:στις|την|στη|στο|τη|\\d)",
            "\\bθα (?:σας )?απαντήσω\\b.{0,40}?(?:με την επιστροφή μου|όταν επιστρέψω|μετά την επιστροφή μου)",
            // Turkish
            "\\b(?:ofis dışındayım|izindeyim|tatildeyim|yıllık izindeyim|raporluyum|şehir dışındayım)\\b",
            "\\bdöndüğümde (?:size )?(?:dönüş yapacağım|yanıt vereceğim|cevap vereceğim|döneceğim)",
            "\\btarihinde (?:ofise |ofiste )?(?:döneceğim|olacağım)",
            // Russian
            "\\bя вернусь (?:в офис )?(?:\\d|после \\d)",
            "\\bотвечу\\b.{0,40}?\\bпо(?:сле)? (?:моего )?(?:возвращения|возвращении)\\b",
            "\\bя (?:сейчас )?(?:на больничном|в декретном отпуске)\\b",
            // Ukrainian
            "\\bя (?:зараз |наразі )?(?:у відпустці|в відпустці|поза офісом|у відрядженні|на лікарняному)\\b",
            "\\bперебуваю (?:у|в) (?:відпустці|відрядженні)\\b",
            "\\bвідповім\\b.{0,40}?\\bпісля (?:мого )?повернення\\b", "\\bповернуся (?:в офіс )?(?:\\d|після \\d)",
            // Japanese
            "(?:休暇|出張|不在)(?:を)?(?:いただいて|頂いて|とって)おります",
            "(?:戻り|帰社)(?:次第|後)、?(?:ご)?(?:返信|連絡|対応)",
            // Chinese
            "我(?:将|將)于.{0,12}?(?:返回|回来|回到|返岗)",
            "(?:返回|回来|回到|返岗)(?:办公室|辦公室)?后(?:再)?(?:回复|处理|答复|回覆|處理)",
            // wording variants of the twelve main languages
            // English
            "\\bi(?:'m| am|m) (?:currently |now )?on (?:maternity|paternity|parental|medical|extended|study) leave\\b",
            "\\bi(?:'ll| will) (?:be )?return(?:ing)? (?:to (?:the|my) (?:office|desk) on (?:monday|tuesday"
                    + "|wednesday|thursday|friday)|on (?:the \\d|\\d|(?:january|february|march|april|may|june|july"
                    + "|august|september|october|november|december) \\d))",
            "\\bduring my absence\\b.{0,60}?\\b(?:please contact|contact|please reach|please write|please e-?mail)\\b",
            // German
            "\\bich befinde mich (?:derzeit |zurzeit |momentan |aktuell |bis [\\w. ]{1,25}? )?(?:im (?:urlaub"
                    + "|mutterschutz|krankenstand|jahresurlaub)|in elternzeit|auf (?:dienstreise|geschäftsreise)"
                    + "|au(?:ss|ß)er haus|nicht im büro)\\b",
            "\\b(?:bis|vom|ab|derzeit|zurzeit|momentan|aktuell)\\b[^!?]{0,40}?\\bbin ich\\b[^.!?]{0,40}?\\b(?:nicht im"
                    + " büro|abwesend|im urlaub|au(?:ss|ß)er haus|nicht erreichbar|auf (?:dienst|geschäfts)reise"
                    + "|in elternzeit|im mutterschutz)\\b",
            "\\bich bin\\b.{0,60}?\\b(?:im krankenstand|auf geschäftsreise|im mutterschutz|auf einer (?:messe"
                    + "|konferenz|tagung))\\b",
            "\\bich werde\\b.{0,40}?\\bwieder (?:im büro|erreichbar|im haus|für sie da|am arbeitsplatz) sein\\b",
            "\\bwährend meiner abwesenheit\\b.{0,60}?\\b(?:wenden sie sich|vertritt mich|erreichen sie"
                    + "|werden ihre|wird ihre)\\b",
            // French
            "\\bje (?:reviendrai|rentrerai|serai (?:de nouveau|à nouveau) au bureau)\\b (?:au bureau |à mon poste )?"
                    + "(?:le \\d|le (?:lundi|mardi|mercredi|jeudi|vendredi)|lundi|mardi|mercredi|jeudi|vendredi"
                    + "|à partir du|dès le)",
            "\\bje (?:suis|serai) (?:actuellement |en ce moment )?(?:en formation|en séminaire|en mission"
                    + "|en voyage d'affaires|en arrêt|indisponible)\\b.{0,60}?\\b(?:jusqu|retour|accès limité"
                    + "|sans accès)",
            "\\b(?:sans accès|n'aurai pas accès|je n'aurai qu'un accès limité) à (?:ma messagerie|mes e-?mails"
                    + "|mes mails|mes courriels)\\b",
            "\\b(?:pendant|en) mon absence\\b.{0,60}?\\b(?:contacter|contactez|adressez|adresser|écrire|écrivez)\\b",
            // Spanish
            "\\b(?:estoy|me encuentro|estaré) (?:actualmente )?(?:de viaje(?: de negocios)?|en un viaje de negocios"
                    + "|de baja (?:médica|por maternidad|por paternidad)|en una conferencia"
                    + "|disfrutando de (?:mis |unas )?"
                    + "vacaciones)\\b",
            "\\bestaré (?:de nuevo|nuevamente) (?:disponible|en la oficina)\\b",
            "\\b(?:responderé|contestaré|atenderé)\\b.{0,40}?\\ba mi (?:vuelta|regreso|retorno|reincorporación)\\b",
            "\\bdurante mi ausencia\\b.{0,60}?\\b(?:contacte|contacta|puede|podrá|escriba|escribe|diríjase)\\b",
            "\\b(?:acceso limitado|sin acceso) a(?:l)? (?:mi )?(?:correo|e-?mail)\\b",
            // Portuguese
            "\\b(?:estou|estarei|encontro-me|vou estar) (?:atualmente |neste momento )?(?:em viagem(?: de (?:trabalho"
                    + "|negócios))?|de licença(?: de (?:maternidade|paternidade|parentalidade))?|de baixa(?: médica)?"
                    + "|numa conferência|em formação|fora)\\b.{0,60}?\\b(?:até|com acesso|sem acesso|regresso"
                    + "|retorno)\\b",
            "\\b(?:regressarei|retornarei|volto|voltarei|regresso ao escritório|retorno ao escritório)\\b"
                    + "(?: ao escritório)? (?:a|no dia|em|na|no)"
                    + " (?:\\d|segunda|terça|quarta|quinta|sexta)",
            "\\b(?:responderei|respondo|retornarei)\\b.{0,40}?\\b(?:após o meu|após|depois do meu|ao meu)"
                    + " (?:regresso|retorno)\\b",
            "\\bdurante a minha ausência\\b.{0,60}?\\b(?:contacte|contate|entre em contato|fale com|escreva)\\b",
            // Italian
            "\\bmi trovo (?:attualmente |al momento )?(?:fuori ufficio|fuori sede|in ferie|in trasferta|in viaggio"
                    + "|all'estero|in malattia|in maternità|in congedo)\\b",
            "\\b(?:sarò (?:nuovamente|di nuovo) (?:disponibile|raggiungibile|operativ[oa]|in sede)|tornerò in sede)\\b",
            "\\b(?:accesso limitato|senza accesso) (?:alla (?:posta|casella)|alle e-?mail|all'e-?mail)\\b",
            "\\bdurante la mia assenza\\b.{0,60}?\\b(?:contatt|rivolg|scriv)\\w*",
            // Dutch
            "\\bik ben\\b[^.!?]{0,50}?\\b(?:afwezig|niet op kantoor|met vakantie|op vakantie|niet aanwezig"
                    + "|met verlof|op zakenreis|op dienstreis|met zwangerschapsverlof|met ouderschapsverlof)\\b"
                    + "(?!\\s(?:geweest|gegaan|gekomen)\\b)",
            "\\bben (?:ik )?(?:vanaf|op|per) [^.!?]{0,30}?\\bweer (?:aanwezig|bereikbaar|op kantoor|beschikbaar)\\b",
            "\\btijdens mijn afwezigheid\\b.{0,60}?\\b(?:contact opnemen|neem contact|kunt u|wordt uw)\\b",
            "\\buw (?:e-?mail|bericht) wordt niet doorgestuurd\\b", "\\bbeperkte? toegang tot (?:mijn )?e-?mail\\b",
            // Swedish
            "\\bjag är (?:\\w+ ){0,3}(?:ledig|borta|frånvarande|på semester|sjukskriven|föräldraledig|tjänstledig"
                    + "|på tjänsteresa|på konferens)\\b[^.!?]{0,40}?\\b(?:till|t\\.?o\\.?m|från|och (?:åter"
                    + "|tillbaka|har begränsad|läser))\\b",
            "\\bjag är (?:för närvarande |just nu )?sjukskriven\\b",
            "\\bjag (?:är|kommer att vara) (?:åter|tillbaka)\\b(?: på kontoret| i tjänst| igen)? (?:den \\d"
                    + "|den \\w+ \\d|\\d|(?:på )?(?:måndag|tisdag|onsdag|torsdag|fredag))",
            "\\båter (?:i tjänst|på kontoret|den \\d)", "\\bbegränsad tillgång till (?:min )?(?:e-?post|mejl|mail)\\b",
            "\\bunder min frånvaro\\b.{0,60}?\\b(?:kontakta|vänd dig|nås)\\b",
            // Polish
            "\\b(?:przebywam|jestem|będę) (?:obecnie |aktualnie )?(?:w podróży służbowej|na konferencji|na szkoleniu"
                    + "|na l4|na urlopie (?:macierzyńskim|rodzicielskim|ojcowskim|wypoczynkowym))\\b",
            "\\bbędę (?:ponownie|znów|z powrotem) (?:dostępn[ya]|w biurze|osiągaln[ya]) (?:od|w dniu|dnia|\\d)",
            "\\bwrócę (?:do biura |do pracy )(?:\\d|dnia|w |we |po)", "\\bwrócę (?:\\d|dnia \\d)",
            "\\bpo (?:moim )?powrocie (?:odpowiem|odpiszę|skontaktuję się)\\b", "\\bodpiszę po (?:moim )?powrocie\\b",
            "\\bograniczon\\w* dostęp\\w* do (?:poczty|skrzynki|e-?maila|maila)\\b",
            "\\bw (?:czasie|trakcie|okresie) mojej nieobecności\\b.{0,60}?\\b(?:proszę|prosimy|prosze|kontakt)\\w*",
            // Russian
            "\\bнахожусь (?:на больничном|на конференции|вне офиса|в декретном отпуске|в отъезде|в деловой поездке)",
            "\\bя (?:сейчас )?в отъезде\\b",
            "\\bвернусь (?:в офис |на работу )?(?:\\d|после \\d|в понедельник|во вторник|в среду|в четверг"
                    + "|в пятницу)(?![^.!?]{0,20}с ответом)",
            "\\bбуду (?:снова |вновь )?(?:в офисе|на связи|на рабочем месте|доступ(?:ен|на)) (?:с|после|начиная с)"
                    + " (?:\\d|понедельника|вторника|среды|четверга|пятницы)",
            "\\bпо возвращении\\b.{0,30}?\\b(?:отвечу|свяжусь)\\b",
            "\\bограниченн\\w* доступ\\w* к (?:почте|электронной почте)\\b",
            "\\b(?:на время|во время|в период) моего отсутствия\\b.{0,60}?\\bобраща",
            // Japanese
            "(?:返信|ご連絡|対応)(?:が|は)?遅れ(?:ます|る可能性|ることが)",
            "(?:不在|休暇|出張|休み)(?:のため|につき|により)[^。]{0,30}?(?:いたしかねます|致しかねます|できかねます)",
            "まで(?:夏季休暇|冬季休暇|年末年始休暇|休暇|出張|不在|育児休業|産休|育休)(?:のため|につき|により|をいただいて"
                    + "|を頂いて|いたしております|しております|となっております|中のため)",
            "より(?:出社|業務に復帰|復帰)(?:いたします|致します|予定)",
            "(?:産休|育休|育児休業)(?:を)?(?:いただいて|頂いて|取得して)おります",
            // Chinese
            "我(?:目前|現在|现在)?(?:正在)?(?:請假|休產假|休产假|休年假|度假|在外出差|不在辦公室|出差中)",
            "我(?:將|会|會)於.{0,12}?(?:返回|回來|回到|返崗)", "我(?:会|會)于.{0,12}?(?:返回|回来|回到|返岗)",
            "(?:返回|回來|回到)(?:辦公室)?後(?:再)?(?:回覆|處理|回復)",
            "(?:期间|期間)[^。]{0,12}?(?:回复|回覆)[^。]{0,6}?(?:延迟|延遲|不及时|不及時)",
            "(?:期间|期間)[^。]{0,10}?(?:无法|無法|不能)(?:及时|及時)?(?:查看|查阅|查閱|回复|回覆|处理|處理)"
                    + "(?:邮件|郵件|电子邮件|電子郵件)",
            // the other European languages: Estonian, Latvian, Lithuanian, Slovenian, Croatian/Serbian/Bosnian,
            // Bulgarian, Macedonian, Albanian, Icelandic, Maltese, Irish, Welsh
            "\\b(?:olen|viibin) (?:praegu )?(?:puhkusel|kontorist eemal|haiguslehel|lähetuses)\\b",
            "\\b(?:esmu|atrodos) (?:šobrīd )?(?:atvaļinājumā|komandējumā|prom no biroja)\\b", "\\bneesmu birojā\\b",
            "\\b(?:esu|šiuo metu esu) (?:atostogose|komandiruotėje)\\b", "\\bšiuo metu atostogauju\\b",
            "\\bnesu biure\\b",
            "\\bsem (?:trenutno )?(?:na dopustu|odsoten|odsotna|na službeni poti)\\b", "\\bnisem v pisarni\\b",
            "\\b(?<!bio )(?<!bila )sam (?:trenutno )?na godišnjem odmoru\\b", "\\bna godišnjem sam odmoru\\b",
            "\\bnisam u (?:uredu|kancelariji)\\b", "\\b(?:odsutan|odsutna) sam\\b",
            "(?<!био )(?<!била )\\bсам (?:тренутно )?на годишњем одмору\\b",
            "\\b(?:в|на) отпуск съм\\b", "\\bсъм в отпуск\\b", "\\bна одмор сум\\b",
            "\\bjam (?:me pushime|jashtë zyrës)\\b",
            "\\bég er (?:í (?:sumar|vetrar)?fríi|ekki á skrifstofunni|í leyfi)\\b",
            "\\b(?:qiegħed|qiegħda) (?:fuq vaganza|barra mill-uffiċċju)\\b",
            "\\btá mé (?:ar saoire|as an oifig)\\b",
            "\\b(?:rydw i|dw i|rwy'n|rwyf) (?:allan o'r swyddfa|ar wyliau)\\b");

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
            "\\b(?:nobody|no one|no-one) (?:reads|checks|monitors|looks at) (?:that|this|the|her|his|their) (?:inbox"
                    + "|mailbox|e-?mail address|address|account)\\b",
            "\\b(?:that|this|the|her|his) (?:inbox|mailbox) (?:isn't|is not|is no longer) (?:read|checked) any ?more\\b",
            "\\b(?:this|the) (?:inbox|mailbox|e-?mail address|address) is (?:not|no longer) (?:monitored|active"
                    + "|in use|checked)\\b" + EN_NOT_IN_SYSTEM,
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
            "(?:自動返信|自動応答)(?:メール|メッセージ)?です", "(?:这是|此为|此郵件為|这是一封)(?:一封)?自动(?:回复|生成)",
            // English: generated automatically, unattended mailbox; "do not reply" only beside "automatic"
            "\\bthis (?:message|e-?mail|reply|response|notification) (?:was|has been|is) (?:automatically generated"
                    + "|generated automatically|sent automatically|auto-?generated|system-generated)\\b",
            "\\bautomat\\w* (?:message|e-?mail|notification|reply|response)\\b.{0,80}?\\b(?:please )?do not reply\\b",
            "\\b(?:please )?do not reply to this (?:automated|automatic|auto-?generated) (?:message|e-?mail"
                    + "|notification)\\b",
            "\\b(?:this|the) (?:mailbox|inbox|e-?mail address|address|account) is (?:no longer|not) (?:being )?"
                    + "(?:monitored|read|checked|in use|active|attended)\\b" + EN_NOT_IN_SYSTEM,
            "\\bthis (?:is an )?unmonitored (?:mailbox|inbox|e-?mail address|address|account)\\b",
            "\\b(?:e-?mails|messages) (?:sent )?to this (?:address|mailbox|inbox) (?:are|will) (?:no longer|not) "
                    + "(?:be )?(?:read|monitored|checked|answered)\\b",
            // German
            "\\bautomatisch (?:generierte|erstellte|versandte|versendete) (?:nachricht|e-?mail|antwort"
                    + "|benachrichtigung)\\b",
            "\\bautomatisch\\w*\\b.{0,100}?\\bbitte (?:antworten sie nicht|nicht (?:auf diese (?:e-?mail|nachricht) )?"
                    + "antworten)\\b",
            "\\b(?:dieses postfach|diese (?:e-?mail-?)?adresse|dieses konto) (?:wird|ist) (?:nicht mehr|nicht) "
                    + "(?:aktiv|in gebrauch|in benutzung|gültig|besetzt|regelmäßig (?:gelesen|abgerufen)|überwacht)\\b",
            // French
            "\\b(?:ce|le présent) (?:message|e-?mail|courriel|mail) (?:a été|est) (?:généré|envoyé|émis) "
                    + "automatiquement\\b",
            "\\b(?:message|e-?mail|courriel|réponse) automatique\\b.{0,80}?\\b(?:merci de |veuillez |prière de )?"
                    + "ne pas (?:y )?répondre\\b",
            "\\bcette (?:adresse(?: e-?mail| mail| électronique)?|boîte(?: mail| aux lettres)?) n'est (?:plus|pas) "
                    + "(?:consultée|lue|active|utilisée|surveillée|relevée)\\b",
            // Spanish
            "\\b(?:este|el presente) (?:mensaje|correo(?: electrónico)?|e-?mail) (?:ha sido|fue|se ha|se) (?:generado"
                    + "|enviado) (?:de forma )?automáticamente\\b",
            "\\b(?:este|el presente) (?:mensaje|correo(?: electrónico)?) (?:se ha |fue |ha sido )?(?:generado|enviado)"
                    + " de (?:forma|manera) automática\\b",
            "\\bautomátic[oa]\\b.{0,80}?\\b(?:por favor,? )?no (?:responda|conteste|respondas|contestes)\\b",
            "\\b(?:esta (?:dirección|cuenta)|este (?:buzón|correo)) (?:de correo )?no (?:está|es) (?:monitoread"
                    + "|atendid|supervisad|revisad)[oa]\\b",
            "\\b(?:esta (?:dirección|cuenta)|este (?:buzón|correo))\\b.{0,20}?\\bno se (?:revisa|monitorea|consulta"
                    + "|lee|atiende)\\b",
            // Portuguese
            "\\b(?:esta|este|a presente) (?:mensagem|e-?mail) (?:foi )?(?:gerad[ao]|enviad[ao]) automaticamente\\b",
            "\\b(?:mensagem|resposta) automática\\b.{0,80}?\\b(?:por favor,? )?não (?:responda|responder)\\b",
            "\\b(?:este endereço|esta caixa(?: de correio)?|esta conta)\\b.{0,20}?\\bnão é (?:monitorizad|monitorad"
                    + "|lid|verificad|consultad)[ao]\\b",
            // Italian
            "\\b(?:questo|il presente) (?:messaggio|e-?mail) (?:è stat[oa] )?(?:generat|inviat)[oa] automaticamente\\b",
            "\\b(?:messaggio|risposta|e-?mail) automatic[oa]\\b.{0,80}?\\b(?:si prega di |per favore "
                    + "|vi preghiamo di )?non rispondere\\b",
            "\\b(?:questa casella|questo indirizzo)(?: di posta)?(?: elettronica)? non è (?:monitorat|presidiat"
                    + "|controllat)[ao]\\b",
            // Dutch
            "\\bdit (?:bericht|e-?mailbericht|e-?mail) is automatisch (?:gegenereerd|verzonden|verstuurd"
                    + "|aangemaakt)\\b",
            "\\bautomatisch\\w*\\b.{0,80}?\\b(?:gelieve|graag|u kunt) (?:niet (?:te )?(?:beantwoorden|reageren"
                    + "|antwoorden)|hier niet op (?:te )?(?:reageren|antwoorden))\\b",
            "\\b(?:deze (?:mailbox|inbox)|dit (?:e-?mail)?adres) wordt niet (?:gelezen|gemonitord|bewaakt"
                    + "|gecontroleerd)\\b",
            // Swedish
            "\\bdetta (?:meddelande|mejl|mail|e-?postmeddelande) (?:har )?(?:skickats|genererats|skapats)"
                    + " automatiskt\\b",
            "\\bautomatiskt (?:genererat|skickat) (?:meddelande|mejl|mail)\\b",
            "\\b(?:denna|den här) (?:adress|brevlåda|e-?postadress|inkorg) (?:används inte längre|övervakas inte"
                    + "|bevakas inte längre|läses inte längre)\\b",
            // Danish and Norwegian (bokmål)
            "\\bdette er (?:en|et) automatisk (?:besked|svar|meddelelse|melding|e-?mail|e-?post|genereret"
                    + "|generert)\\b",
            "\\b(?:denne|den her) (?:e-?mail|mail|besked|meldingen|melding|e-?posten|e-?post) (?:er|blev|ble) "
                    + "(?:automatisk (?:genereret|sendt|generert)|generert automatisk|sendt automatisk)\\b",
            "\\bdenne (?:e-?mailadresse|e-?postadressen?|adressen?|indbakke|innboksen?|postkassen?) (?:er ikke "
                    + "(?:længere|lenger) (?:aktiv|i brug|i bruk)|overvåges ikke|overvåkes ikke|læses ikke|leses ikke"
                    + "|bruges ikke længere|brukes ikke lenger)\\b",
            // Finnish
            "\\btämä on automaattinen (?:vastaus|viesti|ilmoitus)\\b",
            "\\btämä viesti on (?:lähetetty|luotu|generoitu) automaattisesti\\b",
            "\\btämä (?:sähköposti)?osoite ei ole (?:enää )?(?:käytössä|aktiivinen|seurannassa)\\b",
            "\\btätä (?:sähköposti)?(?:osoitetta|postilaatikkoa) ei (?:enää )?(?:lueta|seurata|valvota)\\b",
            // Polish
            "\\b(?:ta )?wiadomość (?:została )?(?:wygenerowana|wysłana) automatycznie\\b",
            "\\bautomatyczn\\w*\\b.{0,80}?\\b(?:prosimy |proszę )?nie odpowiadać\\b",
            "\\b(?:ten adres|ta skrzynka)(?: e-?mail| pocztowa)? nie jest (?:już )?(?:aktywn[ya]|monitorowan[ya]"
                    + "|obsługiwan[ya]|sprawdzan[ya])\\b",
            // Czech and Slovak
            "\\btoto je automatick(?:á|ý|é) (?:odpověď|odpoveď|zpráva|správa|e-?mail|oznámení|oznámenie)\\b",
            "\\b(?:tato|táto) (?:zpráva|správa) (?:byla |bola )?(?:vygenerována|vygenerovaná|odeslána|odoslaná"
                    + "|vytvořena|vytvorená) automaticky\\b",
            "\\b(?:tato|táto) (?:e-?mailová )?(?:adresa|schránka) (?:již |už )?(?:není aktivní|nie je aktívna"
                    + "|se nepoužívá|sa nepoužíva|není (?:monitorována|sledována)"
                    + "|nie je (?:monitorovaná|sledovaná))\\b",
            // Hungarian
            "\\bez egy automatikus (?:válasz|üzenet|értesítés|levél)\\b",
            "\\bez az (?:üzenet|e-?mail|levél) automatikusan (?:generált|küldött|készült)\\b",
            "\\bez (?:az|a) (?:e-?mail-?cím|postafiók|cím) (?:már )?nem (?:aktív|használatos|él|figyelt)\\b",
            "\\b(?:ezt|erre) (?:az|a) (?:e-?mail-?címet|postafiókot|címre)\\w* (?:már )?nem (?:figyeljük|olvassuk"
                    + "|kezeljük)\\b",
            // Romanian
            "\\bacesta este un (?:mesaj|răspuns) (?:automat|generat automat)\\b",
            "\\b(?:acest|acesta) (?:mesaj|e-?mail) (?:a fost |este )?(?:generat|trimis) automat\\b",
            "\\b(?:această adresă|această căsuță)\\b.{0,25}?\\bnu (?:mai )?(?:este|e) (?:activă|monitorizată"
                    + "|folosită|utilizată)\\b",
            // Catalan
            "\\b(?:aquest|el present) (?:missatge|correu)(?: electrònic)? (?:és automàtic|ha estat (?:generat"
                    + "|enviat) automàticament|s'ha (?:generat|enviat) automàticament)\\b",
            "\\baquesta és una resposta automàtica\\b", "\\baquest és un missatge automàtic\\b",
            // Galician
            "\\besta é unha (?:mensaxe|resposta) automática\\b",
            "\\b(?:esta mensaxe|este correo) (?:foi (?:xerad|enviad)[ao]|xerouse|enviouse) automaticamente\\b",
            "\\b(?:este enderezo|esta caixa|esta conta)\\b.{0,20}?\\bxa non (?:está|é) (?:activ[oa]|en uso)\\b",
            // Basque
            "\\b(?:mezu|erantzun) automatiko (?:bat|a) da\\b", "\\b(?:mezu|erantzun) automatikoa da\\b",
            "\\bmezu hau automatikoki (?:sortu|bidali) (?:da|dugu)\\b",
            "\\bhelbide (?:elektroniko )?hau (?:jada |dagoeneko )?ez (?:dago aktibo|da (?:gehiago )?erabiltzen)\\b",
            // Greek
            "\\b(?:αυτό|το παρόν) (?:είναι )?(?:ένα )?(?:αυτόματο|αυτοματοποιημένο) μήνυμα\\b",
            "\\b(?:αυτό|το παρόν) (?:το )?(?:μήνυμα|email|e-mail) (?:δημιουργήθηκε|στάλθηκε|εστάλη) αυτόματα\\b",
            "\\b(?:αυτή η|η παρούσα) (?:ηλεκτρονική )?διεύθυνση (?:δεν είναι πλέον ενεργή|δεν παρακολουθείται"
                    + "|δεν χρησιμοποιείται πλέον)\\b",
            "\\bαυτόματ\\w*\\b.{0,80}?\\bμην απαντ(?:ήσετε|άτε)\\b",
            // Turkish
            "\\bbu (?:bir )?otomatik (?:yanıt|mesaj|cevap|bildirim|e-?posta)\\w*",
            "\\bbu otomatik bir (?:yanıt|mesaj|cevap|bildirim|e-?posta)\\w*",
            "\\botomatik olarak (?:oluşturulmuştur|gönderilmiştir)\\b",
            "\\bbu e-?posta adresi (?:artık )?(?:kullanılmamaktadır|aktif değildir|takip edilmemektedir"
                    + "|kontrol edilmemektedir)\\b",
            // Russian
            "\\b(?:это|данное) (?:письмо|сообщение) (?:было )?(?:сформировано|создано|отправлено|сгенерировано)"
                    + " автоматически\\b",
            "\\b(?:этот|данный) (?:почтовый )?(?:ящик|адрес) (?:больше )?не (?:обслуживается|используется"
                    + "|проверяется|активен)\\b",
            "\\bавтоматическ\\w*\\b.{0,80}?\\bне отвечайте\\b",
            // Ukrainian
            "\\bце автоматичн(?:е повідомлення|а відповідь)\\b",
            "\\b(?:цей |даний )?лист (?:було )?(?:створено|надіслано|сформовано|згенеровано) автоматично\\b",
            "\\b(?:ця (?:адреса|скринька)|ця електронна адреса) (?:більше )?не (?:використовується|перевіряється"
                    + "|обслуговується|активна)\\b",
            // Japanese
            "(?:このメール|本メール)は(?:システムにより)?自動(?:送信|配信|返信|的に送信)",
            "(?:このメール|本メール)(?:へ|に)(?:は)?(?:ご)?返信(?:いただいても|されても|頂いても)",
            "このメールアドレスは(?:現在)?(?:使用されておりません|使われていません|使用しておりません)",
            // Chinese
            "(?:此|本|这)(?:封)?(?:邮件|郵件)(?:为|為|是|由)(?:系统)?自动(?:发送|發送|生成|回复|回覆)",
            "(?:请勿|請勿)(?:直接)?(?:回复|回覆)(?:此|本)(?:邮件|郵件)", "(?:该|該|此)邮箱(?:已)?(?:不再使用|停用)",
            // wording variants of the twelve main languages
            // English
            "\\b(?:his|her|their|[\\w.-]+'s) (?:e-?mail )?(?:address|mailbox|inbox) is (?:no longer|not)"
                    + " (?:being )?(?:in use|active|monitored|read|checked)\\b" + EN_NOT_IN_SYSTEM,
            "\\b(?:we aim to|we will|we'll|we endeavou?r to) (?:respond|reply|get back to you|be in touch)\\b"
                    + ".{0,20}?\\bwithin (?:\\d+|one|two|three|five) (?:business|working) (?:days?|hours)\\b",
            "\\byour (?:ticket|reference|case|request) (?:number|id) is\\s?:?\\s?#?[\\w-]*\\d",
            "\\b(?:e-?mails|messages) (?:sent )?to this (?:address|mailbox|inbox) (?:are|will) (?:not|no longer)"
                    + " (?:be )?forwarded\\b",
            // German
            "\\b(?:ihre (?:nachricht|anfrage|e-?mail) (?:ist|wurde) (?:bei uns )?(?:eingegangen|erhalten)|wir haben"
                    + " ihre (?:nachricht|anfrage|e-?mail) erhalten)\\b.{0,80}?\\b(?:innerhalb"
                    + "|schnellstmöglich)\\b",
            "\\bihre (?:ticketnummer|vorgangsnummer|ticket-nummer|ticket-id|referenznummer)"
                    + " (?:lautet|ist)\\s?:?\\s?#?[\\w-]*\\d",
            "\\b(?:e-?mails|nachrichten) an diese adresse (?:werden|wird) (?:nicht|nicht mehr) (?:weitergeleitet"
                    + "|gelesen|bearbeitet)\\b",
            // French
            "\\bnous avons (?:bien )?reçu votre (?:message|demande|e-?mail|courriel|requête)\\b.{0,80}?\\b(?:dans les"
                    + " meilleurs délais|dans les plus brefs délais|sous \\d+)",
            "\\bvotre numéro de (?:ticket|dossier|demande) est\\s?:?\\s?#?[\\w-]*\\d",
            "\\bvotre (?:demande|requête|ticket)\\b.{0,20}?\\ba (?:bien )?été enregistrée?\\b",
            "\\b(?:les )?(?:messages|e-?mails|courriels|mails) (?:envoyés |adressés )?à cette adresse ne (?:sont"
                    + "|seront) (?:plus |pas )(?:lus|consultés|transférés|traités)\\b",
            // Spanish
            "\\bhemos recibido su (?:mensaje|correo|consulta|solicitud|e-?mail)\\b.{0,80}?\\b(?:a la mayor brevedad"
                    + "|en un plazo|en las próximas|dentro de)\\b",
            "\\bsu número de (?:ticket|incidencia|caso|solicitud) es\\s?:?\\s?#?[\\w-]*\\d",
            "\\b(?:los )?(?:correos|mensajes|e-?mails) (?:enviados |dirigidos )?a esta (?:dirección|cuenta|casilla)"
                    + "\\b.{0,30}?\\bno (?:serán|son|se) (?:leídos|revisados|reenviados|atendidos|leen|revisan"
                    + "|reenvían|atienden)\\b",
            // Portuguese
            "\\brecebemos a sua (?:mensagem|solicitação|pedido|e-?mail)\\b.{0,80}?\\b(?:com a maior"
                    + " brevidade|dentro de|no prazo de)\\b",
            "\\bo número do seu (?:pedido|ticket|processo) é\\s?:?\\s?#?[\\w-]*\\d",
            "\\b(?:os )?(?:e-?mails|mensagens) (?:enviad[oa]s )?(?:para|a) este endereço\\b.{0,30}?\\bnão (?:serão"
                    + "|são) (?:lid|reencaminhad|encaminhad|respondid)[oa]s\\b",
            // Italian
            "\\babbiamo ricevuto (?:la (?:sua|tua|vostra) (?:richiesta|e-?mail)|il (?:suo|tuo|vostro) messaggio)"
                    + "\\b.{0,80}?\\b(?:entro (?:\\d+|due|tre|cinque) (?:ore|giorni)|nel più breve tempo possibile)\\b",
            "\\bil (?:suo|tuo) numero di ticket è\\s?:?\\s?#?[\\w-]*\\d",
            "\\b(?:le )?(?:e-?mail|mail|messaggi) inviat[ei] a questo indirizzo non (?:verranno|saranno|vengono"
                    + "|sono) (?:più )?(?:lett|inoltrat|gestit)[ei]\\b",
            // Dutch
            "\\bwij hebben uw (?:bericht|e-?mail|aanvraag|vraag) (?:in goede orde )?ontvangen\\b.{0,80}?\\b(?:binnen"
                    + " (?:\\d+|een|één|twee|drie|vijf) (?:werkdagen|werkdag|uur)|zo spoedig mogelijk)\\b",
            "\\buw ticketnummer is\\s?:?\\s?#?[\\w-]*\\d",
            "\\b(?:e-?mails|berichten) (?:naar|aan) dit (?:e-?mail)?adres (?:worden|zullen) niet (?:meer )?"
                    + "(?:gelezen|doorgestuurd|beantwoord)\\b",
            "\\b(?:deze mailbox|dit (?:e-?mail)?adres) wordt niet (?:meer|langer) (?:gebruikt|gecontroleerd"
                    + "|bekeken)\\b",
            // Swedish
            "\\bvi har tagit emot (?:ditt|ert) (?:meddelande|ärende|mejl|mail)\\b.{0,80}?\\binom"
                    + " (?:\\d+|en|två|tre|fem) (?:arbetsdagar|arbetsdag|timmar|dagar)\\b",
            "\\bditt ärendenummer(?: är)?\\s?:?\\s?#?[\\w-]*\\d",
            "\\b(?:e-?post|mejl|mail|meddelanden) (?:som skickas )?till (?:denna|den här) (?:adress|brevlåda|inkorg)"
                    + "\\b.{0,30}?\\b(?:läses|vidarebefordras|besvaras) (?:inte|ej)\\b",
            "\\b(?:denna|den här) (?:adress|brevlåda|e-?postadress|inkorg) läses inte\\b",
            // Polish
            "\\botrzymaliśmy (?:twoj\\w*|pana|pani|państwa) (?:wiadomość|zgłoszenie|zapytanie)\\b.{0,80}?\\b(?:w ciągu"
                    + " (?:\\d+|24|48|dwóch|trzech|pięciu) (?:dni|godzin)|niezwłocznie)\\b",
            "\\bnumer (?:twojego |pana |pani )?zgłoszenia(?: to)?\\s?:?\\s?#?[\\w-]*\\d",
            "\\bten adres (?:e-?mail )?(?:nie jest już używany|zostanie (?:wkrótce )?(?:usunięty|dezaktywowany"
                    + "|wyłączony))\\b",
            "\\bwiadomości (?:wysłane na ten adres )?nie (?:są|będą) przekazywane\\b",
            // Russian
            "\\bмы получили ваше (?:письмо|сообщение|обращение|заявку)\\b.{0,80}?в течение"
                    + " (?:\\d+|одного|двух|трех|трёх|пяти) (?:рабоч|час|дн|сут)",
            "\\bваше обращение (?:зарегистрировано|принято)\\b", "\\bномер (?:вашего )?обращения[^\\d.]{0,6}\\d",
            "\\bписьма (?:на этот адрес|на данный адрес) (?:больше )?не (?:читаются|пересылаются|обрабатываются)",
            "\\b(?:этот|данный) (?:почтовый )?(?:ящик|адрес) будет (?:удален|удалён|отключен|отключён)",
            // Japanese
            "送信専用(?:アドレス|のアドレス|のメールアドレス|メールアドレス)",
            "(?:お問い合わせ|お問合せ|お問い合せ)(?:を|は|内容を)?(?:受け付け|受付|承り)(?:いたしました|致しました|ました)",
            "(?:お問い合わせ|受付|チケット)番号(?:は|:)",
            "このアドレス(?:へ|に)(?:の)?(?:メール|ご連絡)(?:は|を)[^。]{0,10}?(?:届きません|受信できません"
                    + "|確認(?:できません|いたしかねます|しておりません))",
            // Chinese
            "(?:此|该|該|本)(?:邮箱|郵箱|信箱|邮件地址|郵件地址)(?:已)?(?:不再|无人|無人)(?:使用|查看|查阅|查閱|监控|監控)",
            "(?:发往|發往|发送至|發送至)(?:此|该|該|本)(?:邮箱|郵箱|地址)的(?:邮件|郵件)(?:将|將)?(?:不会|不會)(?:被)?"
                    + "(?:查看|阅读|閱讀|处理|處理|转发|轉發)",
            "我(?:们|們)已(?:经|經)?收到(?:您|你)的(?:邮件|郵件|来信|來信|请求|請求|咨询|諮詢|工单|工單)[^。]{0,20}?"
                    + "(?:工作日|小时|小時)(?:内|內)",
            "您的(?:工单|工單)(?:号|號|编号|編號)(?:为|為|是)",
            // the other European languages (as for out-of-office)
            "\\bsee on automaatne (?:vastus|teade|kiri)\\b", "\\bpostkasti (?:enam )?ei (?:loeta|jälgita)\\b",
            "\\bpostkast (?:ei ole|pole) enam (?:aktiivne|kasutusel)\\b",
            "\\bšī ir automātiska atbilde\\b", "\\bšis ir automātisks ziņojums\\b",
            "\\bpastkaste (?:vairs )?netiek (?:lasīta|uzraudzīta|pārbaudīta)\\b",
            "\\btai automatinis (?:atsakymas|pranešimas)\\b",
            "\\bpašto dėžutė (?:nebėra|nėra|nebe) ?(?:tikrinama|skaitoma)\\b",
            "\\bto je samodejn[oi] (?:odgovor|sporočilo)\\b",
            "\\bpredal se (?:več )?ne (?:pregleduje|bere)\\b",
            "\\bovo je automatsk[ai] (?:odgovor|poruka)\\b",
            "\\b(?:sandučić|pretinac|poštanski sandučić) se (?:više )?ne (?:provjerava|proverava|prati|čita)\\b",
            "\\bово је аутоматски одговор\\b", "\\bтова е автоматичен отговор\\b",
            "\\bпощенска кутия (?:вече )?не се (?:проверява|следи)\\b", "\\bова е автоматски одговор\\b",
            "\\bkjo është (?:një )?përgjigje automatike\\b", "\\bþetta er sjálfvirkt svar\\b",
            "\\bpósthólf(?:ið)? er ekki (?:lengur )?(?:vaktað|lesið)\\b",
            "\\bdin (?:hija|hi) tweġiba awtomatika\\b", "\\bis freagra uathoibríoch é seo\\b",
            "\\b(?:ymateb|neges) awtomatig (?:yw|ydy) (?:hwn|hon|hyn)\\b");

    /**
     * The person written to has left, retired or is no longer employed: said by an auto-reply, a colleague or the
     * person. Each phrase names the person leaving the workplace (a workplace noun, "us", or a company after a verb
     * that can only be about employment); "left", "no longer" and "retired" alone are not enough.
     */
    static final List<Pattern> CONTACT_LEFT = phrases(
            // English
            "(?<!you )(?<!they )(?<!we )\\bleft us (?:back |earlier |already )?(?:in|at the end of|last|this|a few"
                    + "|a couple of) (?:the )?(?:summer|spring|autumn|fall|winter|january|february|march|april|may|june"
                    + "|july|august|september|october|november|december|month|week|year|weeks|months)\\b",
            "\\b(?:has|have|had) (?:now |recently |since |already )?left (?:the|this|our|my|his|her|their) "
                    + "(?:\\w+ ){0,2}"
                    + EN_LEFT_PLACE + "\\b" + EN_NOT_COMPOUND,
            "\\bhas left us(?=\\s*(?:[.,;:!]|$|as of\\b|effective\\b|to join\\b|for (?:a|another)\\b|at the end\\b"
                    + "|in \\w+\\b|on \\w+\\b))",
            "(?<!\\bit )(?<!\\bthis )(?<!\\bthat )(?<!\\bwhich )\\bno longer works? (?:at|for) (?!"
                    + EN_NOT_EMPLOYER + ")\\w",
            "(?<!\\bit)(?<!\\bthis)(?<!\\bthat)(?<!\\bwhich)(?: is|\\bam|\\bare|'m|'s|'re) no longer working"
                    + " (?:at|for) (?!" + EN_NOT_EMPLOYER + ")\\w",
            "\\b(?:i|he|she|they|who) (?:no longer work|no longer works|(?:am|is|are) no longer working) here\\b",
            "\\b(?:i'm|i am|im|he's|he is|she's|she is|they're|they are) no longer working here\\b",
            "\\bno longer (?:works?|working) (?:in|with) (?:us\\b|(?:the|our|this) (?:\\w+ ){0,2}" + EN_PLACE + "\\b)"
                    + EN_NOT_COMPOUND,
            "\\b(?:is|am|are|'m|'s|'re|be) no longer (?:employed|in (?:the|our) employ(?:ment)?|on (?:the|our) staff"
                    + "|on the payroll)\\b",
            "\\b(?:i'm|i am|im|he's|he is|she's|she is) no longer (?:with|at) (?!(?:my|his|her|their|the) "
                    + "(?:desk|office|computer|laptop|phone)|home\\b|work\\b|it\\b|this\\b|that\\b)\\w",
            "\\bis no longer (?:with|at|part of) (?:us\\b(?! (?:on|in|for) )|(?:the|our|this) (?:\\w+ ){0,2}" + EN_PLACE
                    + "\\b" + EN_NOT_COMPOUND + ")",
            "\\b(?:i|he|she|who) (?:is |am )?no longer part of (?:the|our|this) (?:\\w+ ){0,2}" + EN_PLACE + "\\b"
                    + EN_NOT_COMPOUND,
            "\\b(?:has|have|had) (?:now |recently |just |since |officially )?retired(?=\\s*(?:[.,;:!)]|$|and\\b"
                    + "|from (?:the|our|this|his|her|my)\\b|as of\\b|effective\\b|on \\d|at the end\\b|after \\d"
                    + "|after (?:\\d|many|over|more|\\w+ years)|last\\b|earlier\\b|in (?:\\d|january|february|march"
                    + "|april|may|june|july|august|september|october|november|december|the (?:spring|summer|autumn"
                    + "|fall|winter))))",
            "\\b(?:he|she) is (?:now )?retired\\b", "\\b(?:i am|i'm|im) (?:now )?retired\\b",
            "\\b(?:has|have|had) (?:gone into|taken (?:early )?)retirement\\b",
            "\\b(?:he|she|i) retired (?:from (?:the|our|this) (?:\\w+ ){0,2}" + EN_PLACE + "|at the end of|last (?:week"
                    + "|month|year))\\b",
            // German
            "\\b(?:arbeitet|arbeite) (?:\\w+ ){0,2}nicht mehr (?:bei|für) (?!mich\\b|dich\\b|sich\\b)\\w",
            "\\b(?:arbeitet|arbeite) (?:\\w+ ){0,2}nicht mehr (?:in der|im|in unserem|in unserer|an der|am) (?:\\w+ )?"
                    + DE_PLACE + "\\b",
            "\\b(?:ist|bin) (?:\\w+ ){0,2}nicht mehr (?:bei|für) [\\w .&-]{1,50}? (?:tätig|beschäftigt|angestellt)\\b",
            "\\b(?:ist|bin) (?:\\w+ ){0,2}nicht mehr (?:im unternehmen|in der firma|im hause?|in unserem hause?"
                    + "|bei uns(?=\\s*(?:[.,;:!]|$|und\\b|tätig|beschäftigt|angestellt)))",
            "\\b(?:ist|bin) nicht mehr (?:bei uns |für uns |im hause? )?(?:tätig|beschäftigt|angestellt)\\b",
            "\\b(?:ist|bin) (?:\\w+ ){0,2}nicht mehr (?:mitarbeiter(?:in)?|teil) (?:unseres|unserer|des|der|bei)\\b",
            "\\b(?:hat|habe) (?:(?!auf\\b)\\w+ ){0,3}(?:die|das|den|unsere|unser|unseren|mein|meine|ihr|ihre|sein"
                    + "|seine) "
                    + DE_LEFT_PLACE + "\\b.{0,40}?\\bverlassen\\b",
            "\\bhat uns (?:leider |bereits |inzwischen |schon )?(?:zum|am|im|mit|per|ende|anfang)\\b[^,;]{0,30}?"
                    + "\\bverlassen\\b",
            "\\bhat uns (?:leider |bereits |inzwischen |schon )?verlassen\\b",
            "\\b(?:ist|bin)\\b.{0,30}?\\b(?:aus (?:dem|unserem|der|unserer) " + DE_PLACE + "|bei uns|aus dem dienst)"
                    + " ausgeschieden\\b",
            "\\b(?:ist|bin)\\b.{0,40}?\\bin den (?:wohlverdienten )?ruhestand (?:gegangen|getreten|eingetreten"
                    + "|verabschiedet|gewechselt)\\b",
            "\\b(?:befindet sich|ist|bin) (?:jetzt |nun |inzwischen |seit \\w+ |bereits )?im (?:wohlverdienten )?"
                    + "ruhestand\\b",
            "\\b(?:ist|bin) (?:\\w+ ){0,3}in (?:rente|pension) gegangen\\b",
            // French
            "\\bne (?:fait|fais) plus partie (?:de |d'|du |des )(?:l'|la |le |les |notre |nos |cette |ce |cet |mon "
                    + "|ma |son |sa )?(?:\\w+ )?(?:" + FR_PLACE + "|effectifs?|personnel|collaborateurs)\\b",
            "\\bne travailles? plus (?:chez|au sein d)",
            "\\bne travailles? plus (?:avec nous|pour nous|ici)\\b",
            "\\bne travailles? plus (?:pour|dans|à|a|en) (?:l'|la |le |les |notre |nos |cette |ce |cet )?(?:\\w+ ){0,2}"
                    + FR_PLACE + "\\b",
            "\\b(?:a|ai) quitté (?:l'|la |le |les |notre |nos |cette |ce |cet |son |sa |ses |mon |ma )(?:\\w+ ){0,2}"
                    + FR_LEFT_PLACE + "\\b",
            "\\ba quitté (?!(?:la |le |l'|une |un |notre |son )?(?:réunion|salle|appel|visio|conférence|bureau|ville"
                    + "|maison|pays|pièce|discussion|conversation)\\b)(?:[\\w&'-]+ ){1,4}(?:le|en|depuis|au|fin) \\w",
            "\\b(?:il|elle|qui) nous a quitté(?:e|s|es)?\\b",
            "\\bnous a quitté(?:e|s|es)? (?:pour|le|en|depuis|fin)\\b",
            "\\bn'est plus (?:en poste|salariée?|employée?|en fonction|au sein d|à notre service|parmi nous"
                    + "|dans nos effectifs|chez \\w|dans (?:l'|la |le |notre |cette |ce |cet )(?:\\w+ ){0,2}" + FR_PLACE
                    + "\\b)",
            "\\b(?:est|suis) (?:\\w+ )?(?:parti|partie|partis|parties) (?:à|a|en) (?:la )?retraite\\b",
            "\\b(?:a|ai) pris (?:sa|ma) retraite\\b", "\\bfait valoir ses droits à la retraite\\b",
            "\\b(?:il|elle|je) (?:est|suis) (?:désormais |maintenant |à présent |aujourd'hui )?(?:à|a|en) (?:la )?"
                    + "retraite\\b",
            "\\b(?:il|elle) est (?:désormais |maintenant )?retraitée?\\b",
            // Spanish
            "\\bya no (?:trabaja|trabajo) (?:aquí|con nosotros|para (?!eso|esto|ello|nada)\\w|en (?:la |el |esta "
                    + "|este |esa |ese |nuestra |nuestro |dicha |dicho )?(?:\\w+ ){0,2}" + ES_PLACE + "\\b)",
            "\\bno (?:trabaja|trabajo) más (?:aquí|con nosotros|para (?!eso|esto|ello|nada)\\w|en (?:la |el |esta "
                    + "|este |nuestra |nuestro )?(?:\\w+ ){0,2}" + ES_PLACE + "\\b)",
            "\\bya no (?:forma|formo) parte (?:de |del )(?:la |el |los |las |nuestra |nuestro |nuestros |nuestras "
                    + "|esta |este )?(?:\\w+ ){0,2}(?:" + ES_PLACE + "|plantilla|personal|equipos)\\b",
            "\\bya no (?:está|estoy|se encuentra) (?:con nosotros\\b|en (?:la |el |nuestra |nuestro |esta |este )"
                    + "(?:\\w+ ){0,2}" + ES_LEFT_PLACE + "\\b)",
            "\\bya no (?:pertenece|pertenezco) a (?:la |el |nuestra |nuestro |esta |este )?(?:\\w+ ){0,2}(?:"
                    + ES_PLACE + "|plantilla)\\b",
            "\\bya no es (?:emplead[oa]|trabajador|trabajadora|colaborador|colaboradora|miembro) (?:de|del)\\b",
            "\\b(?:ha|he) dejado de trabajar (?:en|para|con nosotros)\\b",
            "\\b(?:ha|he) dejado (?:la empresa|la compañía)\\b",
            "\\bha dejado (?:la|el) (?:empresa|compañía|despacho|clínica|consulta|hospital|universidad|oficina"
                    + "|grupo|departamento|cargo|puesto)\\b",
            "\\b(?:ha|he) (?:dejado|abandonado) (?:la|el|nuestra|nuestro|esta|este) (?:\\w+ )?" + ES_LEFT_PLACE + "\\b",
            "\\bse ha (?:ido|marchado) (?:de|del) (?:la |el |nuestra |nuestro )?(?:\\w+ )?" + ES_LEFT_PLACE + "\\b",
            "\\bha salido de (?:la|nuestra) (?:empresa|compañía|organización|firma)\\b",
            "\\bse (?:ha jubilado|jubiló)\\b", "\\b(?:está|se encuentra) (?:ya )?jubilad[oa]\\b",
            "\\bse (?:ha retirado|retiró) (?:de la|del) (?:\\w+ )?" + ES_LEFT_PLACE + "\\b",
            "\\b(?:ha pasado|pasó) a (?:la )?jubilación\\b", "\\bse ha acogido a la jubilación\\b",
            "\\bya no (?:presta|presto) (?:sus )?servicios\\b",
            // Portuguese
            "\\b(?:já não (?:trabalha|trabalho)|não (?:trabalha|trabalho) mais|deixou de trabalhar|deixei de trabalhar)"
                    + " (?:mais )?(?:(?:na|no|nas|nos|em|para|pela|pelo|junto d[aeo]s?) (?!(?:fim|fins|sábados?"
                    + "|domingos?|feriados?|turno|horário|período|regime|projeto)\\b)\\w|connosco|conosco|aqui\\b)",
            "\\b(?:já não|não) (?:faz|faço) (?:mais )?parte d(?:a|o|as|os) (?:nossa |nosso |nossas |nossos |sua |seu )?"
                    + "(?:\\w+ ){0,2}(?:" + PT_PLACE + "|quadro|staff|pessoal|colaboradores)\\b",
            "\\b(?:já não (?:está|estou)|não (?:está|estou) mais) (?:connosco|conosco|(?:na|no) (?:nossa |nosso )?"
                    + "(?:\\w+ )?" + PT_LEFT_PLACE + "\\b)",
            "\\b(?:já não|não) (?:pertence|pertenço) (?:mais )?(?:a|ao|aos|à|às) (?:nossa |nosso )?(?:\\w+ ){0,2}(?:"
                    + PT_PLACE + "|quadro)\\b",
            "\\b(?:já não|não) é (?:mais )?(?:funcionári[oa]|colaborador|colaboradora|trabalhador|trabalhadora) d",
            "\\b(?:deixou|deixei|saiu) (?:d[ao]s? |a |o |as |os )?(?:nossa |nosso |esta |este )?(?:\\w+ )?"
                    + PT_LEFT_PLACE + "\\b",
            "\\b(?:deixou|deixei) a empresa\\b",
            "\\bdeixou (?:a|o) (?:empresa|clínica|consultório|hospital|universidade|escritório|grupo"
                    + "|departamento|cargo)\\b",
            "\\b(?:aposentou-se|se aposentou|reformou-se|se reformou|jubilou-se)\\b",
            "\\b(?:está|encontra-se|se encontra|estou) (?:agora |já )?aposentad[oa]\\b",
            "\\b(?:ele|ela|eu|que) (?:está|estou|encontra-se|se encontra) (?:agora |já )?reformad[oa]\\b",
            "\\b(?:passou|passei|foi|fui) (?:à|para a) (?:reforma|aposentadoria)\\b",
            "\\b(?:já não|não) (?:presta|presto) (?:mais )?serviço\\b",
            // Italian
            "\\bnon (?:lavora|lavoro) più (?:presso|per \\w|con noi|da noi|qui\\b|(?:nell'|nella |nello |nel |nei "
                    + "|negli |nelle |in |all'|alla |al )(?:nostr[ao] )?(?:\\w+ )?" + IT_PLACE + "\\b)",
            "\\bnon (?:fa|faccio) più parte (?:del |della |dell'|dello |dei |delle |degli |di )(?:nostr[oaie] )?"
                    + "(?:\\w+ )?(?:" + IT_PLACE + "|personale|organico|staff)\\b",
            "\\bnon è più (?:in servizio|in forza|dipendente|presso|con noi|nostr[oa] (?:dipendente|collaborat(?:ore"
                    + "|rice))|tra i nostri (?:collaboratori|dipendenti)|nel nostro organico|operativ[oa] presso)\\b",
            "\\bnon (?:presta|presto) più servizio\\b",
            "\\b(?:ha|ho) lasciato (?:l'azienda|la società)\\b",
            "\\bha lasciato (?:l'|la |il |lo )(?:azienda|società|ambulatorio|studio|ufficio|clinica|ospedale"
                    + "|università|ateneo|gruppo|reparto|sede|incarico)\\b",
            "\\b(?:ha|ho) lasciato (?:l'|la |il |lo |i |gli |le |la nostra |il nostro |questa |questo )(?:\\w+ )?"
                    + IT_LEFT_PLACE + "\\b",
            "\\b(?:è|sono) (?:andat[oaie]|stat[oa] collocat[oa]) (?:in pensione|a riposo|in quiescenza)\\b",
            "\\b(?:è|sono) (?:ormai |ora |già |adesso )?(?:in pensione|in quiescenza|pensionat[oa])\\b",
            "\\bha raggiunto (?:la pensione|il pensionamento)\\b",
            "\\b(?:si è|mi sono) ritirat[oa] (?:dal lavoro|dall'attività|dalla professione)\\b",
            // Dutch
            "\\b(?:hij|zij|ze|ik) (?:werkt|werk) (?:\\w+ ){0,2}niet (?:meer|langer) (?:bij|voor) \\w",
            "\\bwerkt (?:\\w+ ){0,2}niet (?:meer|langer) bij (?:ons\\b|(?:het|de|onze|ons) (?:\\w+ )?" + NL_PLACE
                    + "\\b)",
            "\\b(?:is|ben) (?:\\w+ ){0,2}niet (?:meer|langer) (?:werkzaam|in dienst|verbonden aan|actief (?:bij"
                    + "|binnen|voor))\\b",
            "\\b(?:is|ben) (?:\\w+ ){0,3}uit dienst(?: getreden| gegaan)?\\b(?! genomen| gesteld| gezet)",
            "\\b(?:heeft|heb) (?:het bedrijf|de organisatie) verlaten\\b",
            "\\b(?:heeft|heb) (?:het|de|onze|ons|deze|dit) (?:\\w+ )?" + NL_LEFT_PLACE + "\\b.{0,30}?\\bverlaten\\b",
            "\\bheeft ons\\b[^,;]{0,30}?\\bverlaten\\b",
            "\\b(?:is|ben) (?:\\w+ ){0,2}met (?:vervroegd )?pensioen(?: gegaan)?\\b",
            "\\b(?:is|ben) (?:nu |inmiddels )?gepensioneerd\\b",
            // Swedish
            "(?<!\\bvi )(?<!\\bni )\\b(?:arbetar|jobbar) (?:inte|ej) längre (?:på|hos|för|kvar) (?!(?:det|detta"
                    + "|samma|ett annat|annat) sätt\\b|distans\\b|helger\\b)\\w",
            "\\b(?:arbetar|jobbar) (?:inte|ej) längre (?:i|vid) " + SV_PLACE + "\\b",
            "\\bär (?:inte|ej) längre (?:anställd|kvar (?:hos oss|på|i|vid) (?:oss|" + SV_PLACE + "))\\b",
            "\\bhar (?:slutat|lämnat) (?:sin anställning|sin tjänst|hos \\w|(?:på|vid) " + SV_PLACE + "\\b)",
            "\\bhar lämnat (?:" + SV_LEFT_PLACE + "\\b|oss(?=\\s*(?:[.,;:!]|$|för\\b|den\\b|i\\b|per\\b|och\\b)))",
            "\\b(?:har|hade) gått i pension\\b", "\\b(?:är|blev) (?:nu )?pensionerad\\b", "\\bhar pensionerat sig\\b",
            // Danish and Norwegian (bokmål)
            "(?<!\\bvi )(?<!\\bdere )(?<!\\bi )\\b(?:arbejder|arbeider|jobber) ikke (?:længere|lenger|mere|mer) "
                    + "(?:hos|for|ved|på) \\w",
            "\\b(?:arbejder|arbeider|jobber) ikke (?:længere|lenger|mere|mer) i " + DANO_PLACE + "\\b",
            "\\ber ikke (?:længere|lenger|mere|mer) ansatt?\\b",
            "\\ber ikke (?:længere|lenger) en del av? (?:os\\b|oss\\b|" + DANO_PLACE + "\\b)",
            "\\bhar (?:forladt|forlatt) (?:os\\b|oss\\b|" + DANO_LEFT_PLACE + "\\b)",
            "\\b(?:er|har) (?:stoppet|sluttet|fratrådt) (?:hos|i|ved|på) (?:os\\b|oss\\b|" + DANO_LEFT_PLACE + "\\b)",
            "\\bhar fratrådt (?:sin|min) stilling\\b", "\\ber fratrådt\\b",
            "\\ber gået på (?:pension|efterløn)\\b", "\\b(?:er|har) gått av med pensjon\\b",
            "\\ber (?:nu |nå )?(?:pensioneret|pensjonert|pensionist|pensjonist)\\b",
            // Finnish
            "\\b(?:ei|en) enää työskentele\\b", "\\b(?:ei|en) työskentele enää\\b",
            "\\b(?:ei|en) ole enää (?:\\w+ )?(?:palveluksessa|palveluksessamme|töissä|talossa|yrityksessä"
                    + "|yrityksessämme|työntekijä|työntekijämme)\\b",
            "\\b(?:on|olen) (?:siirtynyt|jäänyt) (?:\\w+ )?eläkkeelle\\b", "\\b(?:on|olen) (?:nyt )?eläkkeellä\\b",
            "\\b(?:on|olen) lähtenyt (?:yrityksestä|yrityksestämme|talosta|firmasta|organisaatiosta|yhtiöstä"
                    + "|yhtiöstämme|palveluksestamme|tiimistä|tiimistämme)\\b",
            "\\btyösuhte\\w* (?:on )?päättynyt\\b",
            // Polish
            "\\bnie pracuje już (?:w|dla)\\b", "\\bnie jest już pracownikiem\\b",
            "\\bjuż nie pracuje (?:w|we|dla|u nas|z nami|na rzecz)\\b", "\\bnie pracuje już (?:u nas|z nami)\\b",
            "\\b(?:odszedł|odeszła|odszedłem|odeszłam) (?:z|ze) (?:naszej |naszego )?(?:\\w+ )?(?:firmy|spółki"
                    + "|organizacji|kliniki|gabinetu|przychodni|szpitala|uczelni|uniwersytetu|szkoły|instytutu|działu"
                    + "|zespołu|agencji|pracy|banku|fundacji|kancelarii)\\b",
            "\\b(?:przeszedł|przeszła|przeszedłem|przeszłam) na emeryturę\\b",
            "\\b(?:jest|jestem) (?:już )?na emeryturze\\b",
            "\\b(?:już )?nie (?:jest|jestem) (?:już )?(?:naszym )?(?:pracownikiem|pracownicą|zatrudnion[ya])\\b",
            "\\bzakończył(?:a)? (?:współpracę|pracę) (?:z naszą firmą|w naszej firmie|w firmie|ze spółką)\\b",
            "\\bnie jest już związan[ya] z (?:naszą )?(?:firmą|spółką|organizacją)\\b",
            // Czech and Slovak
            "\\b(?:již|už) (?:nepracuje|není zaměstnancem)\\b",
            "\\b(?:již|už|viac) (?:u nás )?(?:nepracuje|nepracuji|nepracujem) (?:ve?|vo|pro|pre|u|na|pro) \\w",
            "\\b(?:již|už) není (?:naším |našou )?(?:zaměstnancem|zaměstnankyní|zaměstnán|zaměstnána"
                    + "|součástí (?:naší )?(?:firmy|společnosti|týmu))\\b",
            "\\b(?:už|viac) nie je (?:naším |našou )?(?:zamestnancom|zamestnankyňou|zamestnaný|zamestnaná"
                    + "|súčasťou (?:našej )?(?:firmy|spoločnosti|tímu))\\b",
            "\\b(?:odešel|odešla|odešli|odišiel|odišla|odišli) (?:z|ze) (?:naší |našej )?(?:firmy|společnosti"
                    + "|spoločnosti|organizace|organizácie|kliniky|ordinace|ambulancie|nemocnice|univerzity|školy"
                    + "|ústavu|oddělení|oddelenia|týmu|tímu|agentury|agentúry|skupiny)\\b",
            "\\b(?:odešel|odešla|odišiel|odišla) do (?:důchodu|dôchodku|penze)\\b",
            "\\b(?:je|jsem|som) (?:již |už )?(?:v|na) (?:důchodu|dôchodku|penzi)\\b",
            "\\b(?:již|už) (?:nepůsobí|nepôsobí) (?:ve?|vo|na|u) \\w",
            "\\bukončil(?:a)? (?:pracovní poměr|pracovný pomer)\\b",
            // Hungarian
            "\\bmár nem dolgozik\\b", "\\bmár nem dolgozom (?:itt|nálatok|nálunk|a |az |\\w+(?:nál|nél|ban|ben)\\b)",
            "\\bnem dolgozik (?:már|többé) (?:itt|nálunk|velünk|a |az |\\w+(?:nál|nél)\\b)",
            "\\b(?:elhagyta|otthagyta) (?:a|az) (?:\\w+ )?(?:céget|vállalatot|társaságot|rendelőt|klinikát|egyetemet"
                    + "|intézetet|osztályt|csapatot|ügynökséget|cégünket|vállalatunkat)\\b",
            "\\bkilépett (?:a |az )?(?:\\w+ )?(?:cégtől|vállalattól|társaságtól|cégünktől|vállalatunktól|csapatból)\\b",
            "\\bmár nincs (?:a |az )?(?:cégnél|cégünknél|vállalatnál|vállalatunknál|társaságunknál)\\b",
            "\\bmár nem (?:munkatársunk|munkatársa (?:a|az|cégünknek))\\b",
            "\\bnyugdíjba (?:ment|vonult|mentem|vonultam)\\b", "\\bnyugdíjas (?:lett|lettem)\\b",
            "\\bmunkaviszonya (?:megszűnt|megszűnik)\\b",
            // Romanian
            "\\bnu mai lucrează (?:la|pentru|în)\\b",
            "\\bnu mai lucrez (?:la|pentru|în cadrul) \\w",
            "\\bnu mai face parte din (?:echipa|firma|compania|societatea|organizația|colectivul|personalul"
                    + "|cadrul)\\b",
            "\\b(?:a|am) părăsit (?:compania|firma|societatea|organizația|echipa|clinica|cabinetul|universitatea"
                    + "|școala|institutul|departamentul|agenția|grupul|banca|fundația|asociația)\\b",
            "\\b(?:a plecat|a demisionat|am plecat|am demisionat) din (?:companie|firmă|societate|organizație|echipă"
                    + "|clinică|cabinet|universitate|instituție|departament|agenție|grup)\\b",
            "\\b(?:s-a|m-am) pensionat\\b", "\\b(?:a ieșit|am ieșit|a plecat|am plecat) (?:la|în) pensie\\b",
            "\\b(?:este|e) (?:acum )?pensionar[ăa]?\\b",
            "\\bnu mai este (?:angajat|angajată|salariat|salariată|în cadrul|alături de noi|în echipa)\\b",
            // Catalan
            "\\bja no (?:treballa|treballo) (?:a|per|amb nosaltres|aquí)\\b(?! (?:temps|jornada|mitja)\\b)",
            "\\bja no (?:forma|formo) part (?:de |d')(?:l'|la |el |els |les |la nostra |el nostre )?(?:\\w+ )?"
                    + CA_PLACE + "\\b",
            "\\b(?:ha|he) deixat (?:l'|la |el |la nostra |el nostre )(?:\\w+ )?" + CA_LEFT_PLACE + "\\b",
            "\\bs'ha jubilat\\b", "\\b(?:està|es troba) (?:jubilat|jubilada)\\b",
            "\\bja no és (?:treballador|treballadora|empleat|empleada|membre) (?:de|del)\\b",
            // Galician
            "\\bxa non (?:traballa|traballo) (?:en|na|no|nas|nos|para|con nós|connosco|aquí)\\b",
            "\\bxa non (?:forma|formo) parte d(?:a|o|as|os) (?:nosa |noso )?(?:\\w+ )?" + GL_PLACE + "\\b",
            "\\b(?:deixou|deixei) (?:a|o) (?:nosa |noso )?(?:\\w+ )?" + GL_LEFT_PLACE + "\\b",
            "\\b(?:xubilouse|se xubilou|está xubilad[oa])\\b",
            "\\bxa non (?:está|esta) (?:na|no) (?:\\w+ )?" + GL_LEFT_PLACE + "\\b",
            // Basque
            "\\b(?:jada|dagoeneko|gehiago) ez (?:du|dut) (?:gurekin |hemen |\\w*enpresan |\\w*konpainian "
                    + "|\\w*erakundean )?lan egiten\\b",
            "\\bez (?:du|dut) (?:jada|dagoeneko|gehiago) (?:gurekin |hemen |\\w*enpresan |\\w*konpainian "
                    + "|\\w*erakundean )?lan egiten\\b",
            "\\b(?:enpresa|konpainia|erakundea|klinika|unibertsitatea|eskola|saila|agentzia|fundazioa|elkartea)"
                    + " utzi (?:du|dut|zuen|nuen)\\b",
            "\\b(?:erretiratu|jubilatu) (?:egin )?(?:da|naiz|zen|nintzen)\\b",
            "\\b(?:jada|dagoeneko|gehiago) ez (?:da|naiz) (?:gure |\\w+ko )?(?:langilea|langile bat|kidea)\\b",
            // Greek
            "\\bδεν (?:εργάζεται|εργάζομαι|απασχολείται) (?:πλέον|πια)\\b",
            "\\b(?:πλέον|πια) δεν (?:εργάζεται|εργάζομαι|απασχολείται)\\b",
            "\\bδεν (?:είναι|ανήκει) (?:πλέον|πια) (?:στην εταιρεία|στην εταιρία|στο δυναμικό|μέλος της ομάδας"
                    + "|υπάλληλος|συνεργάτης|μαζί μας|στην ομάδα)",
            "\\b(?:αποχώρησε|αποχώρησα|έφυγε|έφυγα) από (?:την|το|τον|τη) (?:\\w+ )?" + EL_PLACE + "\\b",
            "\\b(?:συνταξιοδοτήθηκε|συνταξιοδοτήθηκα|έχει συνταξιοδοτηθεί|έχω συνταξιοδοτηθεί|βγήκε στη σύνταξη"
                    + "|βγήκα στη σύνταξη|είναι συνταξιούχος|είμαι συνταξιούχος)\\b",
            // Turkish
            "(?:" + TR_LOC + ") (?:artık )?(?:çalışmıyor|çalışmamaktadır|görev yapmıyor"
                    + "|görev yapmamaktadır)\\b",
            "\\bartık (?:bizimle|şirketimizle|firmamızla) çalışmıyor",
            "\\bartık\\b[^.!?]{0,60}?'(?:da|de|ta|te) çalışmamaktadır\\b",
            "\\w'(?:da|de|ta|te) artık çalışmamaktadır\\b",
            "(?:şirketimizden|firmamızdan|kurumumuzdan|bünyemizden|ekibimizden|şirketten|firmadan|[\\w']+ "
                    + "şirketinden|\\w+'(?:den|dan|ten|tan)) (?:\\w+ )?ayrıl(?:dı|mıştır|mış|dım|mıştı)\\b",
            "\\bemekli (?:oldu|olmuştur|oldum|olmuş)\\b", "\\bemekliye ayrıl(?:dı|mıştır|dım)\\b",
            // Russian
            "\\b(?:больше|уже) не работа(?:ет|ю) " + RU_WHERE,
            "\\bне работа(?:ет|ю) (?:больше|уже) " + RU_WHERE,
            "\\b(?:он|она|я) (?:больше |уже )?не работа(?:ет|ю) (?:больше |уже )?(?:у нас|с нами|здесь)\\b",
            "\\b(?:уволился|уволилась|уволен|уволена)\\b",
            "\\b(?:ушел|ушла|ушёл) (?:из|с) (?:нашей |нашего )?(?:компании|организации|фирмы|клиники|больницы"
                    + "|университета|школы|института|отдела|команды|агентства|банка|группы|холдинга)\\b",
            "\\b(?:вышел|вышла|ушел|ушла|ушёл) на пенсию\\b", "\\b(?:находится|нахожусь) на пенсии\\b",
            "\\b(?:больше|уже) не (?:является|являюсь) (?:нашим )?(?:сотрудником|сотрудницей|работником)\\b",
            // Ukrainian
            "\\b(?:більше|вже) не працю(?:є|ю) (?:в|у) (?:нашій |нашому |цій |цьому )?(?:компанії|організації"
                    + "|фірмі|клініці|лікарні|університеті|школі|інституті|відділі|команді|агенції|банку|групі"
                    + "|офісі|центрі)\\b",
            "\\b(?:він|вона|я) (?:більше|вже) не працю(?:є|ю) (?:у нас|з нами|тут)\\b",
            "\\b(?:звільнився|звільнилася|звільнилась)\\b",
            "\\b(?:пішов|пішла) (?:з|із) (?:нашої |нашого )?(?:компанії|організації|фірми|клініки|лікарні"
                    + "|університету|школи|інституту|відділу|команди|агенції|банку|групи)\\b",
            "\\b(?:вийшов|вийшла|пішов|пішла) на пенсію\\b",
            "\\b(?:більше|вже) не (?:є|являється) (?:нашим )?(?:співробітником|співробітницею|працівником"
                    + "|працівницею)\\b",
            // Japanese
            "(?:退職|離職|退任)(?:いたし|致し|し)(?:ました|ております)",
            "(?<!本日は)(?<!本日)(?<!今日は)(?<!今日)(?<!既に)(?<!すでに)(?<!もう)退社(?:いたし|致し|し)ました",
            "在籍して(?:おりません|いません|おらず)", "定年(?:退職|を迎え)",
            "(?:会社|当社|弊社)を(?:辞め|離れ)(?:ました|ております)",
            // Chinese
            "(?:已|已经|已經)(?:从|從|于|於)?.{0,8}?(?:离职|離職|退休)(?!率|金|人员|员工|手续|潮)",
            "(?:不再|已不)(?:在|于|於)(?:本公司|我司|公司|贵司|本院|本所).{0,4}?(?:工作|任职|任職|就职|服务|服務)",
            "(?:已|已经|已經)不在(?:本公司|我司|公司|本院)",
            // no longer working "at <a name>", where a workplace noun is not needed because the verb says it
            "\\bya no (?:trabaja|trabajo) en (?!(?:eso|esto|ello|nada|papel|lo mismo|ese|esa|este|esta|estos|estas"
                    + "|esos|esas|el tema|la parte)\\b)\\w",
            "\\bnon (?:lavora|lavoro) più (?:in|da|a) (?!(?:questo|questa|quello|quella|quel|nulla|niente|modo|carta"
                    + "|progetto|progetti|turno|turni)\\b)\\w",
            "\\b(?:saí|saiu) da empresa\\b",
            // leaving named together with where to write instead: the referral says who is gone
            "\\b(?:i(?:'ve| have)?|(?:s)?he(?: has)?|has) left\\b(?!\\s(?:a|an|the|my|his|her) (?:note|message"
                    + "|voicemail|comment|meeting|call|room))[^.!?]{1,60}[.!?;,]\\s*(?:please |kindly )?"
                    + "(?:contact|write to|reach out to|email|e-mail|get in touch with)\\b",
            "\\b(?:he|ha) dejado\\b(?!\\s(?:un|una) (?:mensaje|nota|recado))[^.!?]{1,60}[.!?;,]\\s*(?:por favor,? )?"
                    + "(?:contacte|contacta|escriba|escribe|escríbame|escríbeme|diríjase|dirígete)\\b",
            "\\b(?:saí|saiu|deixei|deixou) (?:da|do|de)\\b[^.!?]{1,60}[.!?;,]\\s*(?:por favor,? )?(?:contacte"
                    + "|contate|entre em contato|escreva|fale com)\\b",
            "\\b(?:ho|ha) lasciato\\b(?!\\s(?:un|una|uno) (?:messaggio|nota|biglietto))[^.!?]{1,60}[.!?;,]\\s*"
                    + "(?:per favore,? )?(?:contatt|scriv|rivolg)\\w*",
            "\\b(?:j'ai|il a|elle a) quitté\\b[^.!?]{1,60}[.!?;,]\\s*(?:merci de |veuillez )?(?:contacter|écrire"
                    + "|vous adresser|contactez|écrivez|adressez)",
            "\\b(?:habe|hat)\\b[^.!?]{1,60}\\bverlassen\\b[.!?;,]\\s*(?:bitte )?(?:wenden sie sich|schreiben sie"
                    + "|kontaktieren sie)",
            "\\b(?:heb|heeft)\\b[^.!?]{1,60}\\bverlaten\\b[.!?;,]\\s*(?:neem contact op|mail naar|stuur)",
            // wording variants of the twelve main languages
            // English
            "\\bleft us (?:to join\\b|for (?:a new|another|a different) (?:role|job|position|opportunity|employer)\\b)",
            "\\b(?:he|she|he's|she's) (?:is )?no longer here(?=\\s*(?:[.,;!]|$|and\\b|since\\b|as of\\b))",
            "\\b(?:he|she|i) (?:has |have |had )?(?:now |since |recently )?(?:moved (?:on )?|gone )to (?:a new"
                    + "|another|a different) (?:role|position|job|company|employer|organi[sz]ation|firm|department"
                    + "|opportunity)\\b(?!\\s(?:store|stores|project|projects)\\b)" + EN_NOT_COMPOUND,
            "(?<!\\bwe )(?<!\\bthey )(?<!\\byou )(?<!\\bit )\\b(?:has|have) (?:now |since |recently )?moved on to (?:a"
                    + " new|another|a different) (?:role|position|job|employer|opportunity)\\b",
            "\\b(?:he|she|i) (?:has |have )?(?:now |recently )?joined (?:another|a new|a different) (?:company|firm"
                    + "|employer|organi[sz]ation)\\b",
            "\\bi(?:'ve| have)? (?:recently )?changed (?:jobs|employers?)\\b",
            "\\bmy last (?:working )?day (?:at|with) (?:the |this |our )?(?:\\w+ ){0,2}" + EN_LEFT_PLACE + "\\b"
                    + EN_NOT_COMPOUND,
            "\\b(?:he|she|i) (?:doesn't|does not|don't|do not) work (?:here|for us|with us|for the company|at the"
                    + " company) any ?more\\b",
            "\\b(?:he|she|i) retired (?:in (?:january|february|march|april|may|june|july|august|september|october"
                    + "|november|december|\\d{4}|the (?:spring|summer|autumn|fall|winter))|earlier this year)\\b",
            // German
            "\\b(?:hat|habe) (?:sich|mich) (?:\\w+ )?beruflich (?:neu orientiert|verändert|umorientiert)\\b",
            "\\b(?:er|sie|ich) (?:arbeitet|arbeite) (?:\\w+ ){0,2}nicht mehr hier\\b",
            "\\b(?:ist|bin) (?:zum|am|mit|per|ende|anfang) [^.!?]{0,30}?\\b(?:(?:aus dem unternehmen |aus unserem haus"
                    + " |bei uns )?ausgeschieden"
                    + "|(?:aus dem unternehmen|aus unserem haus|aus der firma) ausgetreten)\\b",
            "\\b(?:habe|hat) (?:\\w+ ){0,2}(?:den arbeitgeber|die stelle|den job) gewechselt\\b",
            "\\b(?:mein|sein|ihr) letzter arbeitstag (?:bei \\w|im unternehmen|in der firma)",
            // French
            "\\b(?:a|ai) changé (?:d'employeur|d'entreprise|de société)\\b",
            "\\b(?:a|ai) rejoint (?:une autre|un autre|une nouvelle|un nouvel?) (?:entreprise|société|employeur"
                    + "|structure|groupe|cabinet)\\b",
            "\\bmon dernier jour (?:de travail )?(?:chez|au sein d|dans l'entreprise|dans la société)",
            // Spanish
            "\\b(?:ha|he) cambiado de (?:empresa|trabajo|empleo|compañía)\\b",
            "\\b(?:se ha|me he) (?:incorporado|ido|marchado|pasado) a otra (?:empresa|compañía|organización|firma)\\b",
            "\\bmi último día (?:de trabajo )?en (?:la |el |nuestra |nuestro )?(?:\\w+ )?" + ES_LEFT_PLACE + "\\b",
            "\\bya no (?:labora|laboro) (?:en|con|para) \\w",
            // Portuguese
            "\\b(?:mudou|mudei) (?:de empresa|de emprego|para outra empresa)\\b",
            "\\b(?:ingressou|entrou|ingressei|entrei) (?:em|numa) outra empresa\\b",
            "\\b(?:já não|não) se encontra (?:mais )?(?:connosco|conosco|ao serviço|(?:na|no) (?:nossa |nosso )?"
                    + "(?:\\w+ )?" + PT_LEFT_PLACE + "\\b)",
            "\\b(?:deixou|deixei) de fazer parte d(?:a|o|as|os) (?:nossa |nosso )?(?:\\w+ ){0,2}(?:" + PT_PLACE
                    + "|quadro|staff)\\b",
            "\\bo meu último dia (?:de trabalho )?(?:na|no) (?:\\w+ )?" + PT_LEFT_PLACE + "\\b",
            "\\b(?:já não|não) (?:é|sou) (?:mais )?(?:o |a )?responsável (?:pela|pelo|por) (?:esta conta|sua conta"
                    + "|vossa conta|este assunto|compras)\\b",
            // Italian
            "\\b(?:ha|ho) cambiato (?:azienda|lavoro|datore di lavoro|società)\\b",
            "\\b(?:è|sono) (?:passat|trasferit)[oa] (?:ad|a|in|presso) (?:un'altra|altra) (?:azienda|società)\\b",
            "\\bil mio ultimo giorno (?:di lavoro )?(?:in|presso|nell'|nella|nel) (?:\\w+ )?" + IT_LEFT_PLACE + "\\b",
            // Dutch
            "\\b(?:is|ben) (?:\\w+ ){0,2}vertrokken bij (?:ons\\b|(?:het|de|onze|ons) (?:\\w+ )?" + NL_LEFT_PLACE
                    + "\\b)",
            "\\b(?:hij|zij|ze|ik) (?:werkt|werk) hier niet (?:meer|langer)\\b",
            "\\b(?:ik heb|hij heeft|zij heeft|ze heeft) (?:\\w+ ){0,2}(?:een )?(?:nieuwe baan|andere baan|nieuwe"
                    + " werkgever|andere werkgever)\\b",
            "\\b(?:is|ben) (?:\\w+ ){0,2}van (?:baan|werkgever) (?:veranderd|gewisseld)\\b",
            "\\b(?:mijn|zijn|haar) laatste werkdag bij \\w",
            "\\b(?:is|ben) (?:\\w+ ){0,2}niet (?:meer|langer) (?:verantwoordelijk|uw contactpersoon"
                    + "|de contactpersoon|het aanspreekpunt|uw aanspreekpunt)\\b",
            // Swedish
            "\\bhar gått vidare till (?:en ny tjänst|ny tjänst|ett annat företag|en annan arbetsgivare|nya uppdrag)\\b",
            "\\b(?:jag|han|hon) har bytt (?:jobb|arbetsgivare)\\b",
            "\\bhar (?:slutat|lämnat|avslutat) min (?:anställning|tjänst)\\b",
            "\\b(?:han|hon) har (?:nu )?slutat(?=\\s*(?:[.!;]|$))",
            "\\b(?:min|hans|hennes) sista arbetsdag (?:på|vid) " + SV_LEFT_PLACE + "\\b",
            "\\b(?:han|hon|jag) finns (?:inte|ej) (?:längre )?kvar (?:hos oss|på "
                    + SV_LEFT_PLACE + "|i " + SV_LEFT_PLACE + ")",
            // Polish
            "\\b(?:zmienił|zmieniła|zmieniłem|zmieniłam) (?:pracę|pracodawcę|miejsce pracy)\\b",
            "\\b(?:już )?u nas (?:już )?nie pracuje\\b",
            "\\b(?:przeszedł|przeszła|przeszedłem|przeszłam) do (?:innej|nowej) (?:firmy|spółki|pracy|organizacji)\\b",
            "\\b(?:mój|jego|jej) ostatni dzień (?:pracy )?w (?:naszej )?(?:firmie|spółce)\\b",
            // Russian
            "\\b(?:перешел|перешла|перешёл) (?:на работу )?в (?:другую|другой) (?:компанию|организацию|отдел|фирму"
                    + "|департамент)\\b",
            "\\b(?:он|она) (?:у нас|здесь) (?:больше|уже) не работает\\b",
            "\\b(?:сменил|сменила) (?:место работы|работу)(?=\\s*(?:[.,;!]|$|и\\b))",
            "\\b(?:мой|его|её|ее) последний рабочий день " + RU_WHERE,
            // Japanese
            "(?:異動|転勤|転職)(?:いたし|致し|し|となり)ました",
            "(?:退職|異動|転職)(?:する|いたす|致す)こと(?:になりました|となりました)",
            "(?:をもちまして|をもって|付で|付けで)(?:退職|退社|異動)", "最終出社日(?:は|でした|となります)",
            // Chinese
            "(?:已|已经|已經)(?:调岗|調崗|调离|調離|转岗|轉崗|调往|調往)",
            "我(?!们|們)(?:已|已经|已經)?(?:换|換)(?:了)?(?:工作|东家|東家)",
            // the other European languages; where "no longer works" also says a thing stopped working, the
            // workplace or "with us" must be named
            "\\bei tööta\\b[^.!?]{0,40}?\\benam\\b[^.!?]{0,20}?\\b(?:meie juures|meie ettevõttes|meie firmas"
                    + "|ettevõttes|firmas|meil)\\b",
            "\\b(?:meie juures|meie ettevõttes|ettevõttes|firmas) enam ei tööta\\b",
            "\\b(?:lahkus|on lahkunud) (?:meie )?(?:ettevõttest|firmast)\\b",
            "\\bvairs nestrādā (?:mūsu )?(?:uzņēmumā|pie mums|šeit|firmā)\\b",
            "\\b(?:ir )?(?:pametis|pametusi) (?:mūsu )?uzņēmumu\\b",
            "\\bnebedirba (?:mūsų )?(?:įmonėje|bendrovėje|pas mus|čia)\\b",
            "\\b(?:išėjo|paliko) iš (?:mūsų )?(?:įmonės|bendrovės)\\b",
            "\\bni več zaposlen[a]? (?:v|pri)\\b", "\\bne dela več (?:v podjetju|pri nas|za podjetje)\\b",
            "\\bje zapustil[a]? (?:naše )?(?:podjetje|družbo)\\b",
            "\\bviše ne radi (?:u (?:tvrtki|firmi|kompaniji|poduzeću|preduzeću|našoj)|kod nas|za (?:tvrtku|firmu|nas))",
            "\\bviše nije zaposlen[a]? (?:u|kod)\\b",
            "\\b(?:je )?(?:napustio|napustila) (?:je )?(?:našu )?(?:tvrtku|firmu|kompaniju|poduzeće|preduzeće)\\b",
            "\\bвише не ради (?:у (?:фирми|компанији|предузећу)|код нас)", "\\bвече не работи (?:в|за|при)\\b",
            "\\bнапусна (?:компанията|фирмата)\\b", "\\bповеќе не работи (?:во|за|кај)\\b",
            "\\bnuk punon më (?:në (?:kompani|firmë|kompaninë|firmën)|për (?:kompaninë|firmën)|me ne)\\b",
            "\\bstarfar ekki lengur (?:hjá|fyrir)\\b", "\\bhefur látið af störfum\\b",
            "\\bma għad(?:u|hiex|ux) (?:jaħdem|taħdem) (?:magħna|ma'|fil-kumpanija)\\b",
            "\\bníl (?:sé|sí) ag obair (?:anseo|linn) a thuilleadh\\b",
            "\\b(?:nid yw|dydy|dyw) (?:e|hi|o|hi ddim|e ddim|o ddim) (?:bellach )?yn gweithio (?:i ni|yma|gyda ni)\\b");

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
