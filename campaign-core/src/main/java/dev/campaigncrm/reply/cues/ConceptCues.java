package dev.campaigncrm.reply.cues;

import static dev.campaigncrm.reply.cues.CueKind.DECLINE;
import static dev.campaigncrm.reply.cues.CueKind.DEFERRAL;
import static dev.campaigncrm.reply.cues.CueKind.INFO;
import static dev.campaigncrm.reply.cues.CueKind.MEETING;
import static dev.campaigncrm.reply.cues.CueKind.OPT_OUT;

import java.util.List;

/**
 * Phrase families written once per concept in all seven languages (English, German, French, Spanish, Portuguese,
 * Italian, Dutch) rather than one language at a time: each concept is a way people answer a sales email that no
 * single word of the per-language lists ({@link CueCatalog}, {@link EuropeanCues}) carries. Three of them change how
 * the other evidence is read ({@link #DECLINES_A_CALL}, {@link #RENEWED}, {@link #DECLINED_BEFORE}; see
 * {@link CueMatcher}).
 */
final class ConceptCues {

    /** A decline of the call only: with a request for material it is a yes to the material. */
    static final String DECLINES_A_CALL = "declines a call";
    /** A decline said before: a date in its sentence is the earlier answer's, not "later". */
    static final String DECLINED_BEFORE = "says it declined before";
    /** A contract just renewed or signed elsewhere: a date in its sentence is the contract's, not "later". */
    static final String RENEWED = "has just renewed or signed elsewhere";

    /**
     * A month named after "in", "im", "en", "em", "a"… is a weak request for later on its own: people name months for
     * what happens then ("we're moving in January, everything's upside down") as often as for when to write again,
     * which the request's own words ("write to me in January", "not before March") say with a full weight.
     */
    private static final double WEIGHT_OF_A_MONTH = 0.5;

    private ConceptCues() {
    }

    /** Every concept's cues. */
    static List<Cue> cues() {
        return List.of(
                Cue.of(DECLINE, 0.8, DECLINES_A_CALL, null,
                        "not interested in a|the|any call|calls|meeting|demo",
                        "no need for|no_time_for a|the call|meeting|demo", "dont|do_not need a|the call|meeting",
                        "an einem|einen telefonat|anruf|gesprach|termin habe|hab ich kein|keinerlei interesse",
                        "kein|keinen telefonat|anruf|termin [bitte|notig|notwendig]",
                        "keine zeit fur ein|einen telefonat|anruf|gesprach|termin",
                        "pas d appel|appels|rendez_vous", "pas le temps pour un|des appel|appels|rendez_vous",
                        "pas besoin d un appel|rendez_vous",
                        "no me|nos interesa una|la llamada|reunion",
                        "no tengo|tenemos tiempo para una|la llamada|reunion",
                        "sin llamadas|llamada",
                        "nao|n tenho|temos tempo pra|para [uma|a] ligacao|chamada|reuniao",
                        "nao quero|queremos [uma] ligacao|chamada", "sem ligacao|ligacoes|chamada|chamadas",
                        "niente chiamate|call", "non ho|abbiamo tempo per una|la chiamata|call",
                        "nessuna chiamata|call", "geen tijd voor een gesprek|belletje", "geen gesprek|belletje nodig"),
                Cue.of(INFO, 0.8, "wants to read before a call", null,
                        "before a|any call|demo|meeting", "before we talk|speak|meet|jump_on_a_call",
                        "bevor wir [uber_einen_termin|uber_einen_anruf|uber_ein_gesprach] reden|sprechen|telefonieren",
                        "vor einem telefonat|gesprach|termin",
                        "avant de_parler|d_en_parler|de_nous_parler|de_s_appeler|de_se_parler",
                        "avant un|tout appel|echange",
                        "antes de hablar|hablarlo|una_llamada|cualquier_llamada|una_reunion",
                        "antes de falar|falarmos|conversar|conversarmos",
                        "antes de uma|qualquer chamada|ligacao|reuniao",
                        "prima di una|qualsiasi chiamata|call", "prima di sentirci|parlarne|parlare",
                        "voordat we bellen|praten", "voor een gesprek"),
                Cue.of(INFO, 0.8, "asks about data or integration", null,
                        "wo werden|sind [die|unsere|ihre] daten [gespeichert|gehostet|gelagert]", "serverstandort",
                        "av_vertrag", "auftragsverarbeitung", "gehostet", "anbindung an",
                        "ou sont [stockees|hebergees] [les|nos|vos] donnees", "donnees sont [stockees|hebergees]",
                        "hebergees|hebergement|heberge", "s integre|integrer|connecter avec|a",
                        "compatible avec", "se connecte a|avec",
                        "donde se guardan|almacenan|alojan [los] datos", "datos se guardan|almacenan|alojan",
                        "alojados", "se puede|podria conectar|integrar con", "conecta|conectar con",
                        "integracion con",
                        "onde ficam|sao [armazenados|guardados|hospedados] [os] dados", "dados ficam|sao armazenados",
                        "armazenados", "integra|integrar|conecta|conectar com", "integracao com",
                        "dove sono|vengono [salvati|conservati|ospitati] [i] dati", "dati sono|vengono salvati",
                        "si integra|integrare|collega|collegare con|al|alla", "integrazione con",
                        "waar worden [de] gegevens opgeslagen", "koppeling met", "koppelen met"),
                Cue.of(DECLINE, 0.8, "sounds sarcastic", null,
                        "oh great another", "great another", "yet another app|tool|platform|system|login|dashboard",
                        "noch ein|eine tool|app|programm|system|software|plattform|login",
                        "hat uns|mir [gerade|ja] [noch] gefehlt",
                        "otra app|aplicacion|herramienta|plataforma mas", "lo que me|nos faltaba",
                        "encore une|un application|appli|app|tablette|outil|logiciel|plateforme|boitier|capteur|gadget",
                        "ci mancava solo questa|questo", "un altra app|applicazione|piattaforma",
                        "mais um aplicativo|app|programa|sistema|software", "mais uma plataforma|ferramenta|app",
                        "nog een app|tool|systeem"),
                Cue.of(OPT_OUT, 0.97, "asks to erase their data", null,
                        "erase|delete|remove my|our [personal] data", "erasure|deletion of my|our [personal] data",
                        "loschung meiner|unserer [personenbezogenen] daten",
                        "loschen sie meine|unsere [personenbezogenen] daten",
                        "suppression|effacement de mes|nos donnees", "supprimer mes|nos donnees",
                        "supresion|eliminacion|borrado|cancelacion de mis|nuestros datos",
                        "eliminen|borren|supriman mis|nuestros datos",
                        "eliminacao|apagamento|exclusao dos meus|nossos dados",
                        "apaguem|eliminem|excluam os meus|nossos dados",
                        "cancellazione dei miei|nostri dati", "cancellate i miei|nostri dati",
                        "verwijdering van mijn|onze gegevens", "verwijder mijn|onze gegevens"),
                Cue.of(DECLINE, 0.75, DECLINED_BEFORE, null,
                        "already said no", "said no before|already|last_time",
                        "the second|third time you|i|we", "antwort war [schon|bereits] [beim_ersten_mal] nein",
                        "zum zweiten|dritten|wiederholten mal",
                        "ya [le|les|os|te] dijimos|dije que no", "dijimos|dije que no", "la segunda|tercera vez",
                        "no insista|insistan|insistas",
                        "deja dit non", "deuxieme|troisieme fois", "n insistez pas",
                        "gia detto di no", "detto di no", "seconda|terza volta", "non insista|insistete",
                        "ja dissemos|disse que nao", "dissemos|disse que nao", "segunda|terceira vez",
                        "nao insista|insistam", "al nee gezegd", "tweede|derde keer"),
                Cue.of(DECLINE, 0.9, RENEWED, null,
                        "just|recently renewed|extended", "renewed|extended [our] [contract|deal|subscription] with",
                        "renewed|extended|signed a|our|the [new] [one|two|three|five|multi] [year]"
                                + " contract|agreement|deal",
                        "just signed with|up_with",
                        "vertrag verlangert|unterschrieben|abgeschlossen", "verlangert",
                        "reconduit|renouvele|prolonge [notre|le] contrat", "signe avec",
                        "renovamos|renovado|prorrogamos|firmamos [el|un] [nuevo] contrato", "firmamos con",
                        "renovamos|renovado|assinamos [o|um] [novo] contrato", "fechamos|assinamos com",
                        "rinnovato|firmato [il|un] [nuovo] contratto", "abbiamo firmato con",
                        "contract verlengd", "verlengd"),
                Cue.of(DECLINE, 0.85, "declines, not later either", null,
                        "not next year either", "auch nachstes|im_nachsten jahr nicht",
                        "ni [el] ano que viene|proximo_ano", "pas l annee prochaine non plus",
                        "nemmeno|neanche|neppure l anno prossimo", "nem no|para_o proximo ano",
                        "ook volgend jaar niet"),
                Cue.of(DECLINE, 0.85, "declines: not worth it", null,
                        "lohnt|rentiert sich [fur_uns|fur_mich|bei_uns] schlicht|einfach|wirklich|leider|echt|eh"
                                + " nicht",
                        "we|were|we_are sorted [on_that_front|for_that|thanks|cheers]",
                        "dont|do_not reckon we|i need",
                        "die kasse ist leer"),
                Cue.of(DEFERRAL, WEIGHT_OF_A_MONTH, "names a month", null,
                        "in|until|by|around|im|ab|bis|en|em|a|d_ici|a_partir_de|au|tot " + CueCatalog.MONTH + "|"
                                + EuropeanCues.MONTHS),
                Cue.of(DECLINE, 0.85, "says never again", null,
                        "never again", "^nie wieder", "nie mehr wieder", "nochamol|nimmer net",
                        "plus jamais", "jamais plus", "nunca mas", "nunca mais", "mai piu", "nooit meer"),
                Cue.of(DECLINE, 0.85, "sees no need", null,
                        "merci ca ira", "^ca ira [merci]",
                        "wont|will_not be changing|switching", "does the job", "no hace falta", "no nos hace falta",
                        "nao faz falta", "nao e preciso|necessario", "non ci serve", "non c e bisogno",
                        "nicht notig|erforderlich", "pas necessaire", "niet nodig"),
                Cue.of(DECLINE, 0.85, "says it is already covered", null,
                        "are|is already monitored|covered|handled|tracked|taken_care_of",
                        "werden|wird bereits|schon uberwacht|abgedeckt",
                        "sont|est deja surveillees|surveilles|surveillee|gerees|geres|couvertes|couverts|suivies",
                        "ya estan|esta monitorizadas|monitorizados|monitoreadas|monitoreados|controladas|cubiertas",
                        "ja sao|estao|esta monitorizadas|monitorizados|monitoradas|monitorados|controladas|cobertas",
                        "sono|e gia monitorate|monitorati|gestite|gestiti|coperte|coperti|controllate|controllati",
                        "worden|wordt al gemonitord|bewaakt|gedekt"),
                Cue.of(MEETING, 0.85, "agrees to talk", null,
                        "a|the call is|s fine|ok|okay|good", "a|the calls fine|ok|okay|good",
                        "vale|va|dale|ok|perfecto hablamos",
                        "el|este|ese lunes|martes|miercoles|jueves|viernes|dia|horario me|nos sirve|va",
                        "me|nos sirve el|este|ese lunes|martes|miercoles|jueves|viernes|dia|horario",
                        "bora|vamos marcar", "^marcamos", "^fissiamo", "fissiamo una|la chiamata|call"));
    }
}
