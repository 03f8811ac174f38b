package dev.campaigncrm.reply.cues;

import static dev.campaigncrm.reply.cues.CueKind.DECLINE;
import static dev.campaigncrm.reply.cues.CueKind.DEFERRAL;
import static dev.campaigncrm.reply.cues.CueKind.HEDGE;
import static dev.campaigncrm.reply.cues.CueKind.IDENTITY;
import static dev.campaigncrm.reply.cues.CueKind.INFO;
import static dev.campaigncrm.reply.cues.CueKind.INTEREST;
import static dev.campaigncrm.reply.cues.CueKind.MEETING;
import static dev.campaigncrm.reply.cues.CueKind.OPT_OUT;
import static dev.campaigncrm.reply.cues.CueKind.PRICE;
import static dev.campaigncrm.reply.cues.CueKind.REFERRAL;

import dev.campaigncrm.reply.cues.Cue.Negated;
import java.util.List;
import java.util.stream.Stream;

/**
 * The German, French, Spanish, Portuguese, Italian and Dutch phrases, with the same kinds and weights as the English
 * ones in {@link CueCatalog}. Words are written as the tokenizer produces them: lower case without accents
 * ({@code interesses}, {@code nachste}), French and Italian elisions split ({@code l information}).
 */
final class EuropeanCues {

    private static final Negated DECLINES = new Negated(DECLINE, 0.8, "declines");
    private static final Negated DECLINES_CALL = new Negated(DECLINE, 0.8, "declines a call");
    private static final Negated DECLINES_INFO = new Negated(DECLINE, 0.75, "declines more information");
    private static final Negated DECLINES_FOLLOW_UP = new Negated(DECLINE, 0.85, "declines a follow-up");

    private static final String MONTHS = "januar|februar|marz|april|mai|juni|juli|august|september|oktober|november"
            + "|dezember|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero"
            + "|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|marco"
            + "|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio"
            + "|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|oktober";

    private EuropeanCues() {
    }

    /** Every cue of the six languages. */
    static List<Cue> cues() {
        return Stream.of(german(), french(), spanish(), portuguese(), italian(), dutch())
                .flatMap(List::stream).toList();
    }

    static List<Cue> german() {
        String day = "montag|dienstag|mittwoch|donnerstag|freitag|morgen|nachste_woche|diese_woche";
        return List.of(
                Cue.of(OPT_OUT, 0.97, "asks to be removed", null, "abmelden", "abbestellen", "austragen",
                        "tragen sie mich|uns [bitte] aus", "nehmen sie mich|uns [bitte] [von_der_liste] raus",
                        "keine weiteren e_mails|emails|mails|nachrichten", "lassen sie mich|uns in ruhe",
                        "schreiben|kontaktieren|mailen|anschreiben sie mich|mir|uns nicht mehr",
                        "loschen sie meine|unsere daten|adresse|kontaktdaten",
                        "aus ihrem|dem|eurem verteiler", "vom verteiler", "verteiler streichen|entfernen|austragen",
                        "streichen|entfernen sie mich|uns", "von|aus ihrer|der|eurer [mailing] liste|mailingliste"),
                Cue.of(DECLINE, 0.9, "declines", null, "kein|keinerlei interesse", "nicht interessiert",
                        "interessiert|interessieren mich|uns nicht", "kein|keinen bedarf", "nein danke", "danke nein",
                        "nicht fur uns|mich", "nicht relevant", "passt nicht", "kein budget", "verzichten",
                        "brauchen wir|ich nicht", "benotigen wir|ich nicht", "^nein", "keine prioritat",
                        "kein thema fur uns|mich", "fur uns|mich kein thema", "betrifft uns|mich nicht",
                        "trifft auf uns|mich nicht zu"),
                Cue.of(DECLINE, 0.9, "declines: no budget", null, "kein|keinerlei geld|budget|mittel",
                        "keine mittel|gelder",
                        "budget|etat|mittel [ist|sind|wurde|wurden] [schon|bereits|komplett|leider] weg|aufgebraucht"
                                + "|gestrichen|gekurzt|eingefroren|verplant|ausgeschopft|erschopft|verbraucht|halbiert",
                        "ausgabenstopp|ausgabensperre|haushaltssperre|budgetstopp",
                        "konnen|konnten uns das nicht leisten"),
                Cue.of(DECLINE, 0.85, "already has a solution", null,
                        "haben|nutzen|verwenden bereits|schon [eine|einen|ein] [losung|anbieter|tool|system]",
                        "sind zufrieden mit", "arbeiten|arbeite bereits|schon mit", "wir bleiben bei",
                        "brauchen|benotigen [da|dafur|hier] nichts|keine|keinen",
                        "einen|einem|einer anderen anbieter|dienstleister|losung|partner|software"),
                Cue.of(MEETING, 0.9, "asks to schedule a call", DECLINES_CALL, "telefonieren", "telefonat",
                        "termin [vereinbaren|ausmachen|finden]", "rufen sie mich [gerne|bitte] [morgen] an",
                        "ruf mich an", "lassen sie uns|lass_uns [gerne] " + day + "|sprechen|treffen|reden",
                        "videocall", "eine demo|vorfuhrung", "kurzes gesprach", day + " passt|geht",
                        "passt mir|uns", "wann passt es ihnen|dir", "bin " + day + " erreichbar",
                        "einladung", "videokonferenz", "habe|hatte|hab ich [" + day + "] zeit",
                        "zeigen sie es|das uns|mir", "ginge|geht|passt|klappt bei|fur mir|mich|uns",
                        day + " vormittag|nachmittag|fruh|abend"),
                Cue.of(INTEREST, 0.85, "expresses interest", DECLINES, "interessiert", "interessant",
                        "klingt gut|interessant|spannend|vielversprechend", "sehr gerne", "ja gerne", "bin|sind dabei",
                        "gute idee", "mehr erfahren", "gerne [mal|einmal] anschauen|ansehen|testen|ausprobieren",
                        "testzugang", "testphase", "pilotprojekt"),
                Cue.of(INTEREST, 0.65, "says yes", DECLINES, "^ja", "^gerne", "^gern", "^klar", "^warum nicht",
                        "^passt", "^einverstanden"),
                Cue.of(INTEREST, 0.7, "wants to try it", DECLINES, "testen", "ausprobieren", "erproben",
                        "probelauf"),
                Cue.of(INTEREST, 0.45, "agrees mildly", DECLINES, "macht|ergibt sinn"),
                Cue.of(INFO, 0.8, "asks for more information", DECLINES_INFO,
                        "mehr|weitere|nahere informationen|infos|details|unterlagen", "unterlagen", "broschure",
                        "eine prasentation", "wie funktioniert", "ein paar fragen", "informationen zu|uber",
                        "kompatibel", "schnittstelle", "lauft|funktioniert das|es [auch] mit",
                        "^ubersicht|pdf|unterlagen", "ubersicht|unterlagen|pdf|prasentation gerne|bitte",
                        "schicken|senden|mailen sie [mir|uns] [gerne|bitte] [die|eine|ihre|das] ubersicht|pdf"),
                Cue.of(PRICE, 0.75, "asks about the price", DECLINES_INFO, "preis", "preise", "kosten",
                        "preisliste", "was kostet", "ein|einen angebot|kostenvoranschlag", "konditionen"),
                Cue.of(DEFERRAL, 0.85, "asks to follow up later", DECLINES_FOLLOW_UP,
                        "nachstes|nachsten|im_nachsten quartal|jahr|monat", "spater", "nicht jetzt",
                        "derzeit|momentan|aktuell|im_moment|gerade nicht|kein [interessiert|interesse|bedarf]",
                        "zu einem spateren zeitpunkt", "nach dem|den sommer|urlaub|feiertagen|quartal",
                        "in ein_paar|einigen|zwei|drei|sechs wochen|monaten", "im|ab " + MONTHS,
                        "melden sie sich [gerne] [wieder]", "nach meinem|meiner urlaub|ruckkehr",
                        "danach [sehr] gerne|wieder|nochmal",
                        "danach|anschliessend|spater sprechen|telefonieren|reden|schreiben|melden", "ausschreibung",
                        "im|ab|bis_zum [dem] ersten|zweiten|dritten|vierten quartal|halbjahr",
                        "fragen|melden sie [sich] [gern|gerne|bitte] [doch] [nochmal|wieder] im|in|nach|ab|spater"),
                Cue.of(REFERRAL, 0.85, "refers to someone else", null,
                        "nicht der|die richtige ansprechpartner|ansprechpartnerin|kontakt|person",
                        "nicht zustandig", "zustandig ist|sind|ware", "wenden sie sich [bitte] an",
                        "ansprechpartner|ansprechpartnerin ist|ware", "mein|meine|meinen kollege|kollegin|kollegen",
                        "weitergeleitet", "weiterleiten"),
                Cue.of(HEDGE, 0.4, "hedges", null, "vielleicht", "eventuell", "moglicherweise", "mal sehen",
                        "das muss|musste|mussen ich|wir [mir|uns] [noch] uberlegen",
                        "muss|mussen ich|wir [mir|uns] das [noch] uberlegen", "weiss nicht so recht",
                        "kommt darauf an", "denke daruber nach"),
                Cue.of(IDENTITY, 0.6, "asks who is writing", null, "wer sind sie", "wer ist das",
                        "woher haben sie [eigentlich|denn|uberhaupt] meine|unsere adresse|e_mail|daten|kontaktdaten|nummer",
                        "worum geht es",
                        "kennen wir uns", "warum schreiben|kontaktieren|mailen sie mir|mich|uns", "was soll das",
                        "von|fur welcher|welchem firma|unternehmen", "hatten wir [schon] [mal|einmal] kontakt"));
    }

    static List<Cue> french() {
        String day = "lundi|mardi|mercredi|jeudi|vendredi|demain|la_semaine_prochaine";
        return List.of(
                Cue.of(OPT_OUT, 0.97, "asks to be removed", null, "desinscrire", "desinscrivez", "desabonner",
                        "desabonnez", "retirez moi|nous", "me|nous retirer|desinscrire|supprimer de|des votre|vos liste|listes|fichier|envois", "supprimez mes|nos|mon|ma|notre donnees|coordonnees|adresse",
                        "ne souhaite|souhaitons|veux|voulons plus recevoir",
                        "ne me|m|nous contactez|ecrivez|envoyez plus",
                        "ne plus me|m|nous envoyer|contacter|ecrire|solliciter",
                        "supprimer|retirer|effacer mes|nos|mon|ma|notre donnees|coordonnees|adresse", "arretez de m|me|nous ecrire|contacter|envoyer",
                        "plus de mails|messages|e_mails|courriels"),
                Cue.of(DECLINE, 0.9, "declines", null,
                        "pas interesse|interesses|interessee|interessees", "interesse|interessent pas",
                        "aucun interet", "pas d interet", "non merci", "merci non", "pas pour nous|moi",
                        "pas besoin", "pas de besoin|budget", "n avons|ai pas besoin", "^non", "pas prioritaire",
                        "pas une priorite", "ne nous|me concerne pas", "pas concerne|concernes",
                        "ne s applique pas", "travaillons|travaille deja avec",
                        "un|une autre prestataire|fournisseur|editeur|solution|outil",
                        "signe|choisi|opte avec|pour un|une autre prestataire|fournisseur|editeur|solution|outil"),
                Cue.of(DECLINE, 0.9, "declines: no budget", null, "pas de budget|moyens|fonds", "plus de budget",
                        "pas les moyens",
                        "budget [est|a_ete|etait|est_deja] gele|boucle|epuise|consomme|coupe|reduit|ferme",
                        "gel des depenses|budgets|achats"),
                Cue.of(DECLINE, 0.85, "already has a solution", null,
                        "avons|utilisons deja [une|un] [solution|outil|prestataire|fournisseur]",
                        "sommes satisfaits de"),
                Cue.of(MEETING, 0.9, "asks to schedule a call", DECLINES_CALL, "appel", "appelez moi",
                        "m appeler", "rendez vous", "rdv", "une demo|demonstration", "discutons", "parlons en",
                        "planifier|organiser|fixer|caler un|une appel|rendez_vous|reunion|demo|creneau|call|echange",
                        "creneau", "quand etes vous disponible", "je suis disponible", day + " me|nous convient",
                        "ca me va", "une reunion", "echanger " + day, "creneaux", "une invitation", "visio",
                        "visioconference"),
                Cue.of(INTEREST, 0.85, "expresses interest", DECLINES,
                        "interesse|interesses|interessee|interessees", "interessant", "ca m|nous interesse",
                        "volontiers", "avec plaisir", "bonne idee", "a l air interessant", "tres interessant",
                        "un essai", "periode d essai", "le|la|l tester|essayer"),
                Cue.of(INTEREST, 0.65, "says yes", DECLINES, "^oui", "^pourquoi pas", "^bien sur", "^d accord"),
                Cue.of(INTEREST, 0.7, "wants to try it", DECLINES, "tester", "essayer"),
                Cue.of(INTEREST, 0.45, "agrees mildly", DECLINES, "a du sens", "fait sens"),
                Cue.of(INFO, 0.8, "asks for more information", DECLINES_INFO,
                        "plus|davantage d|de informations|infos|details|renseignements", "documentation",
                        "brochure", "plaquette", "une presentation", "comment ca|cela fonctionne|marche",
                        "en savoir plus", "quelques questions", "compatible avec", "fonctionne avec",
                        "s integre avec|a",
                        "envoyez|envoyer|transmettez [moi|nous] [donc|volontiers] [la|le|votre|vos|un|une] pdf"
                                + "|synthese|presentation|plaquette|fiche|apercu"),
                Cue.of(PRICE, 0.75, "asks about the price", DECLINES_INFO, "prix", "tarif", "tarifs", "tarification",
                        "cout", "couts", "combien", "un devis"),
                Cue.of(DEFERRAL, 0.85, "asks to follow up later", DECLINES_FOLLOW_UP,
                        "trimestre|annee|mois prochain|prochaine", "plus tard",
                        "pas [interesse|interesses] pour le moment|l_instant|maintenant", "pas maintenant",
                        "pas le bon moment", "recontactez|relancez moi|nous", "revenez vers moi|nous",
                        "dans quelques|deux|trois|six mois|semaines", "en|a_partir_de|d_ici " + MONTHS,
                        "apres l ete", "apres les vacances|fetes", "a la rentree", "a mon retour",
                        "ecrivez|reecrivez|relancez moi|nous apres|plus_tard|debut|fin|en|dans",
                        "reparle|reparlons|reparler|rediscute|rediscutons|rediscuter", "appel d offres",
                        "au|d_ici_le|a_partir_du premier|deuxieme|second|troisieme|quatrieme trimestre|semestre"),
                Cue.of(REFERRAL, 0.85, "refers to someone else", null,
                        "pas la bonne personne", "pas le bon interlocuteur|contact",
                        "contactez|adressez vous a|plutot mon|ma|notre collegue|responsable",
                        "mon|ma collegue", "transmis", "transfere", "s|m occupe de|des", "en charge de",
                        "ecrivez|ecrire|adressez_vous|contactez plutot a", "voyez|voir [plutot] avec",
                        "vous pouvez le|la|les contacter|joindre", "gere|geree|suivi|suivie par",
                        "responsable de"),
                Cue.of(HEDGE, 0.4, "hedges", null, "peut etre", "eventuellement", "je vais reflechir", "on verra",
                        "je|nous dois|devons y reflechir", "je ne sais pas trop",
                        "ca depend"),
                Cue.of(IDENTITY, 0.6, "asks who is writing", null, "qui etes vous", "qui est ce", "c est quoi",
                        "de quoi s agit il",
                        "comment avez vous eu|obtenu mon|mes|notre adresse|email|coordonnees",
                        "ou avez vous eu|obtenu|trouve mon|mes|notre adresse|email|coordonnees",
                        "pourquoi m|me|nous ecrivez|contactez vous"));
    }

    static List<Cue> spanish() {
        String day = "lunes|martes|miercoles|jueves|viernes|manana|la_semana_que_viene|la_proxima_semana";
        return List.of(
                Cue.of(OPT_OUT, 0.97, "asks to be removed", null, "darme|darnos|dar de baja", "dame|denme|deme de baja",
                        "^baja", "eliminen|elimine|borren|borre mis|nuestros datos|correo",
                        "no me|nos escriban|escriba|contacten|contacte|envien|envie mas",
                        "dejen|deje de escribirme|enviarme|contactarme|escribirnos",
                        "quitenme|quiteme|saquenme|sacarme de la|su lista"),
                Cue.of(DECLINE, 0.9, "declines", null, "no me|nos interesa|interesan",
                        "no estamos|estoy interesados|interesado|interesada|interesadas", "no gracias",
                        "no es para nosotros|mi", "no necesitamos", "no tenemos presupuesto|necesidad",
                        "sin interes", "no encaja", "no es prioritario|prioridad", "no es una prioridad", "^paso",
                        "no lo|la|los|las necesitamos|necesito", "no nos|me aplica", "no aplica",
                        "otro proveedor|software"),
                Cue.of(DECLINE, 0.9, "declines: no budget", null, "no hay presupuesto|dinero|fondos|plata|partida",
                        "sin presupuesto|fondos|plata", "no tenemos|tengo dinero|fondos|plata|partida",
                        "recortaron|recortado|congelado|congelaron|cerrado|agotado el|nuestro presupuesto",
                        "presupuesto [esta|fue|ya_esta] congelado|cerrado|agotado|recortado", "no hay como",
                        "no nos alcanza", "no podemos permitirnoslo|permitirnos|pagarlo"),
                Cue.of(DECLINE, 0.85, "already has a solution", null,
                        "ya tenemos|usamos|contamos_con|trabajamos_con|trabajo_con",
                        "estamos contentos con"),
                Cue.of(MEETING, 0.9, "asks to schedule a call", DECLINES_CALL, "llamada", "llamame", "llameme",
                        "una reunion", "una demo|demostracion",
                        "agendar|programar|organizar|concertar una|un llamada|reunion|demo|cita", "hablemos",
                        "podemos hablar|quedar|vernos", "cuando le|te viene bien", "estoy disponible",
                        day + " me|nos viene|va bien", "me|le|te viene bien", "videollamada",
                        "una invitacion|convocatoria"),
                Cue.of(INTEREST, 0.85, "expresses interest", DECLINES, "me|nos interesa", "interesados",
                        "interesado", "interesada", "interesante", "suena bien|interesante|genial",
                        "me parece bien|interesante|buena_idea", "con gusto", "encantado|encantada|encantados de",
                        "adelante", "una prueba", "probarlo|probarla", "periodo de prueba"),
                Cue.of(INTEREST, 0.65, "says yes", DECLINES, "^si", "^claro", "^por supuesto", "^por que no"),
                Cue.of(INTEREST, 0.7, "wants to try it", DECLINES, "probar", "probarlo", "probarla", "testear"),
                Cue.of(INTEREST, 0.45, "agrees mildly", DECLINES, "tiene [todo_el|mucho] sentido"),
                Cue.of(INFO, 0.8, "asks for more information", DECLINES_INFO, "mas informacion|info|detalles",
                        "informacion sobre", "como funciona", "algunas preguntas", "documentacion", "folleto",
                        "una presentacion", "casos de exito", "[se] integra|funciona|compatible con",
                        "dossier",
                        "mandame|mandeme|mandanos|mandenos|enviame|envieme|envianos|envienos [la|el|los|las|mas|un|una]"
                                + " info|informacion|resumen|documentacion|dossier|folleto|eso|lo|pdf|presentacion"),
                Cue.of(PRICE, 0.75, "asks about the price", DECLINES_INFO, "precio", "precios", "tarifa", "tarifas",
                        "cuanto cuesta", "coste", "costo", "costos", "cotizacion", "un presupuesto"),
                Cue.of(DEFERRAL, 0.85, "asks to follow up later", DECLINES_FOLLOW_UP,
                        "proximo trimestre|ano|mes", "el ano que viene", "mas adelante", "ahora no", "por ahora",
                        "en este momento no", "de momento no", "no es buen momento", "no es el momento",
                        "contacteme|contactame|escribame|escribeme de_nuevo|otra_vez|mas_adelante|en|despues"
                                + "|a_la_vuelta",
                        "a mediados|finales|principios de " + MONTHS,
                        "vuelva|vuelve|vuelvan a contactarme|escribirme", "en unos|unas meses|semanas",
                        "despues del verano", "despues de las vacaciones", "en " + MONTHS,
                        "a mi vuelta|regreso",
                        "hablamos|lo_hablamos|lo_vemos|seguimos a_la_vuelta|despues|mas_adelante|luego|entonces",
                        "cuando vuelva|regrese|este_de_vuelta", "licitacion",
                        "en|para|a_partir_del el|al primer|segundo|tercer|cuarto trimestre|semestre"),
                Cue.of(REFERRAL, 0.85, "refers to someone else", null,
                        "no soy la persona adecuada|indicada|correcta",
                        "hable|hablen|contacte|contacten|escriba con|a mi|nuestro|nuestra|el|ella",
                        "quien lo lleva|llevan|gestiona", "es quien lleva|gestiona|decide",
                        "lo lleva|llevan|gestiona mi|nuestro|nuestra", "le|te paso el|su contacto", "se ocupa",
                        "mi companero|companera|colega|jefe|jefa", "se encarga", "es el|la responsable",
                        "reenviado", "reenvie", "he pasado"),
                Cue.of(HEDGE, 0.4, "hedges", null, "quizas", "quiza", "tal vez", "puede ser", "lo pensare",
                        "tendria|tendriamos|tengo|tenemos que pensarlo", "no se si", "no lo se",
                        "depende"),
                Cue.of(IDENTITY, 0.6, "asks who is writing", null, "quien es usted", "quien eres", "quien es",
                        "de que se trata",
                        "como consiguio|obtuvo|consiguieron|obtuvieron mi|nuestro correo|email|direccion|contacto",
                        "de donde ha|han|has sacado|obtenido mi|nuestro correo|email|direccion|contacto",
                        "por que me|nos escribe|escriben|contacta|contactan"));
    }

    static List<Cue> portuguese() {
        return List.of(
                Cue.of(OPT_OUT, 0.97, "asks to be removed", null, "descadastrar", "descadastre", "descadastrem",
                        "cancelar inscricao", "remover|remova|removam|retire|retirem meu|o_meu|nosso|me",
                        "nao me|nos enviem|envie|contactem|contacte|escrevam|escreva mais",
                        "parem de me|nos enviar|escrever|contactar"),
                Cue.of(DECLINE, 0.9, "declines", null, "nao tenho|temos interesse",
                        "nao estou|estamos interessado|interessados|interessada", "sem interesse",
                        "nao obrigado|obrigada", "^mas nao", "nao e para nos|mim",
                        "nao precisamos", "^nao", "nao temos necessidade", "nao e prioridade|prioritario",
                        "nao nos|me interessa", "nao se aplica", "outro fornecedor",
                        "nao vamos|iremos investir|contratar|comprar|mudar"),
                Cue.of(DECLINE, 0.9, "declines: no budget", null,
                        "nao temos|tenho|ha verba|orcamento|dinheiro|budget", "sem verba|orcamento|dinheiro",
                        "orcamento [ja] esta|foi fechado|congelado|cortado|esgotado",
                        "verba [ja] esta|foi fechada|congelada|cortada|esgotada", "cortaram o|nosso orcamento",
                        "cortaram a verba", "nao podemos pagar"),
                Cue.of(DECLINE, 0.85, "already has a solution", null, "ja temos|usamos|utilizamos|trabalhamos",
                        "estamos satisfeitos com"),
                Cue.of(MEETING, 0.9, "asks to schedule a call", DECLINES_CALL, "ligacao", "me ligue", "me liga",
                        "uma|na|para_a reuniao", "uma demo|demonstracao",
                        "agendar|marcar uma|um ligacao|reuniao|conversa|demo|chamada",
                        "vamos conversar|falar|marcar", "podemos conversar|falar", "estou disponivel",
                        "quando voce esta|pode", "videochamada", "convite"),
                Cue.of(INTEREST, 0.85, "expresses interest", DECLINES, "tenho|temos interesse", "interessado",
                        "interessados", "interessada", "interessante", "parece bom|otimo|interessante",
                        "com prazer", "gostaria|gostariamos de conversar|saber_mais|conhecer|ver", "um teste",
                        "periodo de teste", "testar"),
                Cue.of(INTEREST, 0.65, "says yes", DECLINES, "^sim", "^claro", "^com certeza", "^por que nao"),
                Cue.of(INTEREST, 0.7, "wants to try it", DECLINES, "testar", "experimentar"),
                Cue.of(INTEREST, 0.45, "agrees mildly", DECLINES, "faz [todo_o|muito] sentido"),
                Cue.of(INFO, 0.8, "asks for more information", DECLINES_INFO, "mais informacoes|detalhes|info",
                        "informacoes sobre", "como funciona", "material", "uma apresentacao", "algumas perguntas",
                        "funciona|integra com", "compativel com", "integracao",
                        "envie|envia|mande|manda [me|nos] [a|o|uma|um|essa|esse] apresentacao|pdf|material|resumo"
                                + "|documentacao|panorama"),
                Cue.of(PRICE, 0.75, "asks about the price", DECLINES_INFO, "preco", "precos", "valores", "valor",
                        "mensalidade",
                        "quanto custa", "custo", "custos", "um orcamento"),
                Cue.of(DEFERRAL, 0.85, "asks to follow up later", DECLINES_FOLLOW_UP,
                        "proximo trimestre|ano|mes", "ano que vem", "mais tarde", "agora nao", "no momento nao",
                        "de momento nao", "entre em contato|contacto [novamente] em|depois|mais_tarde|no|daqui",
                        "daqui a", "volte a escrever|contactar|falar",
                        "escreva|escrevam me|nos novamente|de_novo|nessa_altura|depois|mais_tarde", "depois das ferias",
                        "depois do verao", "em " + MONTHS, "quando eu voltar", "depois falamos|conversamos",
                        "quando voltar|regressar|retornar", "retomamos|retomar [o_assunto|a_conversa|isto|isso]"
                                + " depois|mais_tarde|quando|em|no|na", "licitacao",
                        "falamos|conversamos depois|mais_tarde|na_volta|quando",
                        "me manda|mande|envie|manda|mande [um|uma] email|e_mail|mail|mensagem depois|mais_tarde"
                                + "|nessa_altura|quando|em|no|na",
                        "depois disso|disto [a_gente|podemos|vamos] conversa|conversamos|falamos|conversar|falar",
                        "no meu regresso|retorno",
                        "no|a_partir_do|para_o primeiro|segundo|terceiro|quarto trimestre|semestre"),
                Cue.of(REFERRAL, 0.85, "refers to someone else", null, "nao sou a pessoa certa|indicada|adequada",
                        "fale|falar|contate|contacte com|a meu|minha|nosso|nossa",
                        "meu|minha colega|gerente|chefe", "responsavel por|pelo|pela", "encaminhei", "encaminhado",
                        "quem cuida|trata", "cuida disso|desse|dessa|deste|desta"),
                Cue.of(HEDGE, 0.4, "hedges", null, "talvez", "pode ser", "vou pensar", "depende",
                        "preciso|precisamos de pensar", "nao sei se"),
                Cue.of(IDENTITY, 0.6, "asks who is writing", null, "quem e voce", "quem e o senhor", "quem e",
                        "do que se trata", "como conseguiu|obteve meu|o_meu email|contato|endereco",
                        "por que voce me|me escreveu|contactou|contatou"));
    }

    static List<Cue> italian() {
        return List.of(
                Cue.of(OPT_OUT, 0.97, "asks to be removed", null, "cancellatemi", "cancellami", "cancellarmi",
                        "disiscrivermi", "disiscrivetemi", "rimuovetemi", "rimuovermi", "rimuovere il mio",
                        "non scrivetemi|contattatemi|scrivermi|contattarmi piu",
                        "smettete|smettetela di scrivermi|contattarmi|inviarmi"),
                Cue.of(DECLINE, 0.9, "declines", null, "non sono|siamo interessato|interessati|interessata",
                        "non ci|mi interessa", "nessun interesse", "no grazie", "non fa per noi|me",
                        "non ne abbiamo bisogno", "non abbiamo bisogno|budget", "non e una priorita",
                        "non e prioritario", "non ci|mi serve", "non ci|mi riguarda", "non si applica",
                        "un altro fornitore"),
                Cue.of(DECLINE, 0.9, "declines: no budget", null, "non c e budget|fondi|un_euro",
                        "non abbiamo fondi|soldi|risorse", "niente budget|fondi|soldi", "senza budget|fondi",
                        "budget [e|e_gia|gia] finito|esaurito|chiuso|congelato|tagliato|bloccato",
                        "hanno tagliato il budget|i_fondi", "blocco delle spese|degli_acquisti"),
                Cue.of(DECLINE, 0.85, "already has a solution", null, "abbiamo|usiamo|lavoriamo gia",
                        "siamo soddisfatti di|del|della"),
                Cue.of(MEETING, 0.9, "asks to schedule a call", DECLINES_CALL, "chiamata", "chiamatemi",
                        "mi chiami", "chiamami", "una riunione", "un incontro", "una demo|dimostrazione",
                        "fissare|organizzare|programmare|prenotare una|un chiamata|riunione|demo|call|incontro"
                                + "|appuntamento",
                        "sentiamoci", "parliamone", "possiamo sentirci|parlare|vederci", "sono disponibile",
                        "mi va bene", "appuntamento", "videochiamata", "invito"),
                Cue.of(INTEREST, 0.85, "expresses interest", DECLINES, "interessato", "interessati", "interessata",
                        "interessante", "mi|ci interessa", "sembra interessante|buono|ottimo", "volentieri",
                        "con piacere", "una prova", "provarlo|provarla", "periodo di prova"),
                Cue.of(INTEREST, 0.65, "says yes", DECLINES, "^si", "^certo", "^perche no", "^va bene"),
                Cue.of(INTEREST, 0.7, "wants to try it", DECLINES, "provare", "provarlo", "provarla", "testare",
                        "testarlo"),
                Cue.of(INTEREST, 0.45, "agrees mildly", DECLINES, "ha senso"),
                Cue.of(INFO, 0.8, "asks for more information", DECLINES_INFO,
                        "maggiori|piu|ulteriori informazioni|dettagli|info", "informazioni su|sul|sui",
                        "come funziona", "materiale", "una presentazione", "alcune domande", "brochure",
                        "si integra|collega|interfaccia con|a", "compatibile con", "funziona con",
                        "mi|ci mandi|mandate|invii|inviate|manda|invia [pure] [il|la|le|i|un|una] pdf|presentazione"
                                + "|materiale|brochure|documentazione|panoramica|scheda"),
                Cue.of(PRICE, 0.75, "asks about the price", DECLINES_INFO, "prezzo", "prezzi", "costo", "costi",
                        "quanto costa", "listino", "un preventivo", "tariffe"),
                Cue.of(DEFERRAL, 0.85, "asks to follow up later", DECLINES_FOLLOW_UP,
                        "prossimo trimestre|anno|mese", "anno prossimo", "piu avanti", "in futuro", "non ora",
                        "adesso no", "per ora no", "al momento no|non",
                        "ricontattatemi|ricontattami|ricontattarmi",
                        "mi|ci riscriva|riscrivete|ricontatti|ricontattate", "riscrivetemi|riscrivimi",
                        "sentiamoci|risentiamoci tra|fra|dopo|a|in",
                        "tra|fra qualche|due|tre|sei mesi|settimane", "dopo l estate", "dopo le ferie|vacanze",
                        "a|in " + MONTHS, "al [mio] rientro", "quando torno|rientro",
                        "riparliamo|riparlarne|risentiamoci", "gara d appalto", "bando di gara",
                        "nel|dal|entro_il primo|secondo|terzo|quarto trimestre|semestre"),
                Cue.of(REFERRAL, 0.85, "refers to someone else", null,
                        "non sono [io] la persona giusta|adatta|corretta", "non sono il referente", "se ne occupa",
                        "contatti|contattate|scriva|scrivete|parli il|la|al|alla mio|mia|nostro|nostra",
                        "il mio|mia collega|responsabile", "si occupa", "e responsabile", "referente",
                        "ho inoltrato", "ho girato",
                        "deve|dovrebbe|puo|potete|puoi sentire|contattare|chiedere|rivolgersi"),
                Cue.of(HEDGE, 0.4, "hedges", null, "forse", "magari", "puo darsi", "ci pensero", "dipende",
                        "devo|dobbiamo pensarci", "non so se", "non lo so",
                        "vedremo"),
                Cue.of(IDENTITY, 0.6, "asks who is writing", null, "chi e lei", "chi sei", "chi siete",
                        "di cosa si tratta", "come avete|ha avuto|ottenuto il mio indirizzo|email|contatto",
                        "dove ha|avete preso|trovato|ottenuto il mio indirizzo|email|contatto",
                        "perche mi|ci scrivete|scrive|contattate|contatta"));
    }

    static List<Cue> dutch() {
        String day = "maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|volgende_week";
        return List.of(
                Cue.of(OPT_OUT, 0.97, "asks to be removed", null, "afmelden", "uitschrijven",
                        "schrijf|haal me|mij|ons uit", "verwijder mij|me|ons|mijn|onze",
                        "geen e_mails|emails|mails|berichten meer", "stuur|mail me|mij|ons niet meer"),
                Cue.of(DECLINE, 0.9, "declines", null, "geen interesse", "niet geinteresseerd",
                        "nee dank|bedankt|dankjewel|dankuwel", "niet voor ons|mij", "geen behoefte|budget",
                        "niet nodig", "^nee"),
                Cue.of(DECLINE, 0.9, "declines: no budget", null, "geen budget|geld|middelen",
                        "budget is op|bevroren|gekort|vergeven", "kunnen het ons niet veroorloven",
                        "bestedingsstop|uitgavenstop"),
                Cue.of(DECLINE, 0.85, "already has a solution", null, "hebben|gebruiken al een|een_oplossing",
                        "zijn tevreden met"),
                Cue.of(MEETING, 0.9, "asks to schedule a call", DECLINES_CALL, "bellen", "belletje", "bel me|mij",
                        "een afspraak|gesprek|call|demo|belafspraak", "afspreken",
                        "laten we [" + day + "] bellen|afspreken|praten|spreken",
                        "kunnen we bellen|afspreken|spreken|praten", "ik ben beschikbaar",
                        day + " schikt|past|komt", "schikt|past mij|me"),
                Cue.of(INTEREST, 0.85, "expresses interest", DECLINES, "geinteresseerd", "interessant",
                        "klinkt goed|interessant|prima", "goed idee", "lijkt me goed|interessant|leuk", "heel graag"),
                Cue.of(INTEREST, 0.65, "says yes", DECLINES, "^ja", "^graag", "^zeker", "^waarom niet", "^prima"),
                Cue.of(INFO, 0.8, "asks for more information", DECLINES_INFO, "meer informatie|info|details",
                        "informatie over", "hoe werkt", "brochure", "een presentatie", "een paar vragen",
                        "documentatie"),
                Cue.of(PRICE, 0.75, "asks about the price", DECLINES_INFO, "prijs", "prijzen", "kosten", "tarief",
                        "tarieven", "wat kost", "hoeveel kost", "offerte", "prijslijst"),
                Cue.of(DEFERRAL, 0.85, "asks to follow up later", DECLINES_FOLLOW_UP,
                        "volgend|volgende kwartaal|jaar|maand", "later", "nu niet",
                        "op_dit_moment|momenteel|nu niet [geinteresseerd]",
                        "neem|neemt [later|over|na|in] [opnieuw|weer] contact", "na de zomer|vakantie|feestdagen",
                        "over een_paar|twee|drie|zes|enkele maanden|weken", "in " + MONTHS),
                Cue.of(REFERRAL, 0.85, "refers to someone else", null, "niet de juiste persoon|contactpersoon",
                        "neem contact op met", "mijn|onze collega|manager", "verantwoordelijk voor", "gaat hierover",
                        "doorgestuurd", "doorgezet"),
                Cue.of(HEDGE, 0.4, "hedges", null, "misschien", "wellicht", "mogelijk", "denk erover na",
                        "hangt ervan af", "we zien wel"),
                Cue.of(IDENTITY, 0.6, "asks who is writing", null, "wie bent u", "wie ben je",
                        "waar gaat dit over", "hoe komt u|je aan mijn|ons e_mailadres|adres|gegevens",
                        "waarom mailt|mailen|schrijft u|je mij|me|ons"));
    }
}
