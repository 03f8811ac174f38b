#!/usr/bin/env python3
"""Writes the client-format messages of the second kept-apart set (messages/*.eml), labels.csv and campaign/.

Everything a person or an automatic notice says was written for this set (product "Routewise", seller Nora Lindqvist,
new lead domains) without looking at the classifiers' cues or examples or at the first kept-apart set's texts. The MIME
machinery around the words (multipart/alternative with the HTML each client writes, quoted-printable or base64, the
clients' localised attribution lines and header blocks, mobile and corporate signatures) is
../kept-apart-tools/clients.py, shared by the kept-apart sets; this script keeps what is the set's own. The real
Postfix bounces and Dovecot sieve replies are captured by capture.sh, not written here; this script only adds their
labels.

    python3 generate.py     # rewrites the written messages/<name>.eml, labels.csv and campaign/<lang>.txt
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the test resources
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "kept-apart-tools"))
import clients  # noqa: E402

OUT = os.path.join(HERE, "messages")
SELLER_NAME, SELLER_ADDR = "Nora Lindqvist", "nora@routewise.test"
MID_DOMAIN = "routewise.test"  # the campaign emails' Message-IDs are <ka2-…@routewise.test>

SUBJECT = {
    "en": "Where is my delivery?", "de": "Wo ist meine Lieferung?", "fr": "Où est ma livraison ?",
    "es": "¿Dónde está mi pedido?", "pt": "Onde está a minha entrega?", "it": "Dov'è la mia consegna?",
}

CAMPAIGN = {
    "en": """Hi {first},

When a customer calls to ask where their pallet is, how long does it take
{company} to find out? Routewise puts every shipment from every carrier on
one live map and warns your customers before a delivery runs late.

Transport teams using it take a third fewer "where is my order" calls in
their first month.

Would a 15-minute demo on Thursday or Friday suit you? If you prefer, I
can send a two-page overview first.

Nora Lindqvist
Account Executive | Routewise
Routewise Ltd, 12 Harbour Road, Dublin 2, Ireland
Not relevant for you? Reply "unsubscribe" or opt out: https://routewise.test/optout/{token}""",
    "de": """Hallo {first},

wenn ein Kunde anruft und wissen will, wo seine Palette gerade ist: Wie
lange braucht {company} für die Antwort? Routewise zeigt alle Sendungen
aller Frachtführer auf einer Live-Karte und warnt Ihre Kunden, bevor sich
eine Zustellung verspätet.

Transportteams mit Routewise bekommen schon im ersten Monat ein Drittel
weniger „Wo bleibt meine Ware?“-Anrufe.

Passt Ihnen eine 15-minütige Demo am Donnerstag oder Freitag? Auf Wunsch
schicke ich Ihnen vorab eine zweiseitige Übersicht.

Nora Lindqvist
Account Executive | Routewise
Routewise Ltd, 12 Harbour Road, Dublin 2, Irland
Kein Bedarf? Antworten Sie mit „abmelden“ oder tragen Sie sich aus: https://routewise.test/optout/{token}""",
    "fr": """Bonjour {first},

Quand un client appelle pour savoir où en est sa palette, combien de temps
faut-il à {company} pour lui répondre ? Routewise affiche toutes les
expéditions de tous vos transporteurs sur une carte en temps réel et
prévient vos clients avant qu'une livraison ne prenne du retard.

Les équipes transport qui l'utilisent reçoivent un tiers d'appels « où en
est ma commande » en moins dès le premier mois.

Une démo de 15 minutes jeudi ou vendredi vous conviendrait-elle ? Si vous
préférez, je vous envoie d'abord une présentation de deux pages.

Nora Lindqvist
Account Executive | Routewise
Routewise Ltd, 12 Harbour Road, Dublin 2, Irlande
Pas concerné ? Répondez « désinscrire » ou désabonnez-vous : https://routewise.test/optout/{token}""",
    "es": """Hola, {first}:

Cuando un cliente llama para preguntar dónde está su palé, ¿cuánto tarda
{company} en averiguarlo? Routewise muestra todos los envíos de todos sus
transportistas en un mapa en tiempo real y avisa a sus clientes antes de
que una entrega se retrase.

Los equipos de transporte que lo usan reciben un tercio menos de llamadas
de «¿dónde está mi pedido?» desde el primer mes.

¿Le vendría bien una demo de 15 minutos el jueves o el viernes? Si lo
prefiere, antes le envío un resumen de dos páginas.

Nora Lindqvist
Account Executive | Routewise
Routewise Ltd, 12 Harbour Road, Dublin 2, Irlanda
¿No le interesa? Responda «baja» o dese de baja aquí: https://routewise.test/optout/{token}""",
    "pt": """Olá {first},

Quando um cliente liga a perguntar onde está a sua palete, quanto tempo
demora a {company} a descobrir? O Routewise mostra todos os envios de
todas as transportadoras num mapa em tempo real e avisa os seus clientes
antes de uma entrega se atrasar.

As equipas de transporte que o usam recebem menos um terço de chamadas
do tipo "onde está a minha encomenda" logo no primeiro mês.

Uma demonstração de 15 minutos na quinta ou na sexta-feira seria possível?
Se preferir, envio-lhe primeiro um resumo de duas páginas.

Nora Lindqvist
Account Executive | Routewise
Routewise Ltd, 12 Harbour Road, Dublin 2, Irlanda
Não é do seu interesse? Responda "cancelar" ou anule a subscrição: https://routewise.test/optout/{token}""",
    "it": """Buongiorno {first},

quando un cliente chiama per sapere dov'è il suo bancale, quanto ci mette
{company} a scoprirlo? Routewise mostra tutte le spedizioni di tutti i
vettori su un'unica mappa in tempo reale e avvisa i vostri clienti prima
che una consegna sia in ritardo.

I reparti trasporti che lo usano ricevono un terzo di telefonate in meno
del tipo "dov'è il mio ordine" già nel primo mese.

Le andrebbe una demo di 15 minuti giovedì o venerdì? Se preferisce, le
mando prima una presentazione di due pagine.

Nora Lindqvist
Account Executive | Routewise
Routewise Ltd, 12 Harbour Road, Dublin 2, Irlanda
Non le interessa? Risponda "cancellami" o si disiscriva qui: https://routewise.test/optout/{token}""",
}


# how the replies quote it: sent Wed 2 Dec 2026 09:40:12; Outlook's mobile signature is the iOS app's; this set's
# Yahoo writes the Portuguese time 3 hours behind CET (the third set 4, Brasília time)
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 2, 9, 40, 12),
                           "https://routewise.test/optout/", clients.OUTLOOK_FOR_IOS, "https://aka.ms/o0ukef",
                           yahoo_brt_offset=-3)


# ---------------------------------------------------------------------------------------------------------------
# The people's replies, as clients.Campaign.write_replies takes them. Labels say what the person means.
I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"
DISCLAIMER = {
    "en": "This email and any attachments are confidential and intended solely for the addressee.",
    "de": "Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Adressaten bestimmt.",
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
    "es": "Este mensaje es confidencial y va dirigido exclusivamente a su destinatario.",
    "pt": "Esta mensagem é confidencial e destina-se exclusivamente ao seu destinatário.",
    "it": "Questo messaggio è riservato ed è destinato esclusivamente al destinatario indicato.",
}
REPLIES = {
    "en": [
        (I, "gmail-web", "Hi Nora,",
         "Good timing, honestly. Our dispatch desk spends half the morning on the phone chasing carriers for ETAs.\n"
         "Thursday at 2pm works for me, send the invite to this address.",
         "Cheers,", ["Dan Whitaker", "Head of Operations | Fleetway Freight"]),
        (I, "iphone", "", "ok, send it", "", []),
        (I, "outlook-desktop", "Hello Nora,",
         "Yes, we'd like to see it. We run about 40 vehicles plus three subcontracted hauliers and visibility across "
         "them is a constant headache.\nCould you do Friday morning, any time before 11? Please add my colleague Priya "
         "Shah to the invite as well.",
         "Kind regards,", ["Gareth Lloyd", "Transport Manager", "Fleetway Freight Ltd", DISCLAIMER["en"]]),
        (I, "thunderbird-between", "",
         "Friday suits me, 10:30 your time? We mostly deliver to retailers in the UK and Ireland, so the customer "
         "alerts are the part I'd most like to see.", "", ["Megan"]),
        (N, "yahoo", "",
         "Thanks, but we're not looking for anything like this. We built our own tracking portal last year and "
         "it does the job.", "", ["Phil"]),
        (N, "outlook-web", "",
         "Please take me off your list. This is the third email like this I've had from your company this month.",
         "", ["R. Okafor"]),
        (N, "aol", "Hi,",
         "No thank you. We're a two-van outfit, this is way more than we'd ever need.", "Thanks anyway,", ["Bill"]),
        (N, "zimbra", "Hello Nora,",
         "We signed a three-year deal with another tracking provider in October, so this isn't something we can "
         "look at. Good luck with it though.", "Regards,", ["Susan Hale", "Logistics Coordinator, Fleetway Freight"]),
        (F, "apple", "Hi Nora,",
         "I'm not the right person for this. Carrier systems are handled by Marcus Reid, our logistics manager, "
         "so please talk to him directly: marcus.reid@fleetwayfreight.test. I've let him know to expect your email.",
         "Best,", ["Joanne Price", "Office Manager"]),
        (F, "gmail-android", "",
         "I'm off on holiday from tomorrow until January 4th so can't give this any attention right now. "
         "Drop me a line again in the second week of January and we can set something up.", "", ["Tom"]),
        (F, "outlook-desktop", "Nora,",
         "We might well be interested, but nothing new gets approved before next year's budget is signed off, "
         "which will be end of February. Can you get back to me in March?",
         "Thanks,", ["Kevin Marsh", "Finance & Operations Director", "Fleetway Freight Ltd", DISCLAIMER["en"]]),
        (F, "gmail-web", "Hi Nora,",
         "Before we book anything: does Routewise work with carriers who only send status updates by email or EDI? "
         "Half of ours have no API at all. If that's covered I'm happy to have a look.",
         "", ["Claire Denton", "Customer Service Lead"]),
        (U, "iphone", "", "Who gave you my address?", "", []),
        (U, "thunderbird-below", "", "Thanks, I'll pass this on internally.", "", ["Martin"]),
        (U, "yahoo", "", "Hmm. Maybe. Hard to say at this point.", "", ["Liz"]),
        (U, "outlook-web", "",
         "Is this the same company that used to be called TrackPoint? We had dealings with them a while back.",
         "", ["Andy Burke"]),
    ],
    "de": [
        (I, "outlook-desktop", "Guten Tag Frau Lindqvist,",
         "das Thema Sendungsverfolgung steht bei uns ganz oben auf der Liste. Donnerstag um 14 Uhr würde mir passen, "
         "schicken Sie mir gern eine Einladung.",
         "Mit freundlichen Grüßen", ["Thomas Brenner", "Leiter Disposition", "Spedition Brenner GmbH · Am Hafen 4 · "
                                     "28197 Bremen", DISCLAIMER["de"]]),
        (I, "gmail-android", "", "Ja, gerne. Schicken Sie mir die Übersicht, ich schaue sie mir am Wochenende an.",
         "", ["Jörg"]),
        (I, "thunderbird-between", "",
         "Freitag Vormittag ginge bei mir. Wir fahren zu 80 % mit Subunternehmern, das müsste die Demo zeigen.",
         "", ["Katrin Vogel"]),
        (I, "zimbra", "Hallo Frau Lindqvist,",
         "klingt spannend, wir haben gerade drei Reklamationen wegen verspäteter Lieferungen auf dem Tisch. "
         "Rufen Sie mich doch bitte an, 0421 555 0187, am besten vormittags.",
         "Gruß", ["Uwe Hartmann", "Kundenservice Spedition Brenner"]),
        (N, "apple", "Hallo,",
         "danke, aber kein Bedarf. Wir nutzen bereits das Tracking unseres Telematik-Anbieters und sind damit "
         "zufrieden.", "Viele Grüße", ["Sabine Roth"]),
        (N, "iphone", "", "Bitte nehmen Sie mich aus Ihrem Verteiler.", "", []),
        (N, "outlook-web", "Sehr geehrte Frau Lindqvist,",
         "für uns ist das nicht relevant. Wir sind ein reiner Lagerdienstleister und stellen selbst nichts zu.",
         "Freundliche Grüße", ["Michael Seidel"]),
        (N, "yahoo", "", "Nein danke. Und bitte keine weiteren Mails.", "", ["H. Krüger"]),
        (F, "outlook-desktop", "Sehr geehrte Frau Lindqvist,",
         "vielen Dank für Ihre Nachricht. Zuständig für unsere Transportsysteme ist mein Kollege Jan Kessler "
         "(j.kessler@spedition-brenner.test). Ich habe ihm Ihre E-Mail weitergeleitet, melden Sie sich am besten "
         "direkt bei ihm.",
         "Mit freundlichen Grüßen", ["Petra Lange", "Assistenz der Geschäftsführung", "Spedition Brenner GmbH",
                                     DISCLAIMER["de"]]),
        (F, "gmail-web", "Hallo Frau Lindqvist,",
         "ich bin ab Freitag für drei Wochen im Urlaub. Grundsätzlich interessiert mich das schon, aber melden Sie "
         "sich bitte erst Mitte Januar wieder.", "Beste Grüße", ["Stefan Albrecht"]),
        (F, "aol", "",
         "Im Moment stecken wir mitten in der Umstellung auf ein neues TMS. Fragen Sie im zweiten Quartal gern noch "
         "einmal nach.", "Gruß", ["Dieter Wolff"]),
        (F, "gmail-android", "",
         "Was kostet das ungefähr pro Fahrzeug und Monat? Ohne eine grobe Zahl kann ich das intern nicht vorschlagen.",
         "", ["Nadine"]),
        (U, "thunderbird-below", "", "Woher haben Sie eigentlich meine Adresse?", "", ["Klaus Becker"]),
        (U, "apple", "",
         "Ich habe das mal an unsere Geschäftsführung weitergegeben, so etwas entscheide ich nicht allein.",
         "", ["Monika"]),
        (U, "zimbra", "", "Mal sehen.", "", ["R. Schulz"]),
        (U, "iphone", "", "Hatten wir nicht schon mal telefoniert?", "", []),
    ],
    "fr": [
        (I, "outlook-web", "Bonjour Nora,",
         "Oui, ça nous intéresse. Nos clients nous appellent sans arrêt pour savoir où en est leur livraison. "
         "Jeudi 15h, ça vous irait ?", "Bonne journée,", ["Nicolas Lefort"]),
        (I, "apple", "Bonjour,",
         "Volontiers pour une démo. Je suis disponible vendredi matin entre 9h et 11h. Merci d'inviter aussi notre "
         "responsable d'exploitation, Karim Benali.", "Cordialement,", ["Isabelle Roux", "Directrice logistique"]),
        (I, "gmail-web", "",
         "Envoyez-moi la présentation, je la lis et je reviens vers vous pour caler un créneau.", "Merci,",
         ["Hugo Perrin"]),
        (I, "thunderbird-between", "",
         "Jeudi, c'est parfait, en fin de matinée si possible. Nous avons une trentaine de camions et deux "
         "sous-traitants.", "", ["Laurent"]),
        (N, "outlook-desktop", "Madame,",
         "Merci, mais nous disposons déjà d'un suivi intégré à notre TMS et nous en sommes satisfaits. "
         "Pas de besoin de notre côté.", "Cordialement,",
         ["Patrick Morin", "Responsable transport", "Transports Lefort SAS", DISCLAIMER["fr"]]),
        (N, "gmail-android", "", "Non merci.", "", []),
        (N, "zimbra", "",
         "Merci de ne plus m'écrire et de supprimer mes coordonnées de votre fichier.", "", ["A. Fontaine"]),
        (N, "aol", "Bonjour,",
         "Ce n'est pas pour nous : nous faisons uniquement de l'entreposage, le transport est sous-traité et suivi "
         "par nos prestataires.", "Bonne continuation,", ["Gérard"]),
        (F, "yahoo", "Bonjour Nora,",
         "Ce sujet est géré par ma collègue Sophie Garnier, responsable transport. Je vous invite à la contacter "
         "directement : sophie.garnier@transports-lefort.test.", "Bien à vous,", ["Christine Blanc"]),
        (F, "iphone", "",
         "Je pars en congés ce soir jusqu'au 4 janvier. Le sujet m'intéresse, relancez-moi à mon retour.", "", []),
        (F, "outlook-web", "Bonjour Madame Lindqvist,",
         "Nous lançons un appel d'offres sur ce type d'outil au printemps. Pouvez-vous me recontacter début mars "
         "pour que je vous ajoute à la liste des fournisseurs consultés ?", "Cordialement,",
         ["Julie Mercier", "Acheteuse"]),
        (F, "thunderbird-below", "",
         "Votre outil gère-t-il les transporteurs qui n'envoient leurs statuts que par e-mail ? C'est notre "
         "principal problème aujourd'hui.", "", ["Olivier Caron"]),
        (U, "gmail-web", "", "C'est quoi exactement, Routewise ?", "", ["Damien"]),
        (U, "apple", "", "Bien reçu, merci.", "", ["Nathalie"]),
        (U, "zimbra", "", "Pourquoi pas. À voir.", "", ["F. Girard"]),
        (U, "gmail-android", "", "Vous êtes qui ? On s'est déjà parlé ?", "", []),
    ],
    "es": [
        (I, "gmail-web", "Hola Nora:",
         "Sí, me interesa. Ahora mismo seguimos los envíos a base de llamadas y hojas de cálculo. "
         "¿Podemos hablar el jueves a las 16:00?", "Un saludo,", ["Raúl Iglesias", "Jefe de Operaciones"]),
        (I, "iphone", "", "Vale, mándamelo.", "", []),
        (I, "outlook-desktop", "Buenos días, Nora:",
         "Nos gustaría ver la demo. El viernes por la mañana me viene bien. Por favor, incluya también a nuestro "
         "jefe de tráfico, Javier Ruiz.", "Atentamente,",
         ["Carmen Ortiz", "Directora de Logística", "Iberval Logística S.L.", DISCLAIMER["es"]]),
        (I, "zimbra", "",
         "Me parece muy interesante. Llámame cuando puedas al 612 555 043 y lo vemos.", "Saludos,", ["Sergio"]),
        (N, "yahoo", "",
         "Gracias, pero no nos interesa. Ya trabajamos con otra plataforma de seguimiento.", "", ["Mónica Gil"]),
        (N, "outlook-web", "", "Por favor, no me envíe más correos.", "", ["J. Herrero"]),
        (N, "gmail-android", "",
         "No es para nosotros, somos una empresa muy pequeña y solo tenemos dos furgonetas.", "", ["Paco"]),
        (N, "aol", "Hola,",
         "Acabamos de renovar con nuestro proveedor actual por dos años más, así que no tiene sentido hablar.",
         "Saludos", ["Luis Romero"]),
        (F, "apple", "Hola Nora:",
         "Yo no llevo este tema. Le paso el contacto de mi compañero Álvaro Méndez, director de operaciones: "
         "alvaro.mendez@logistica-iberval.test. Mejor hable directamente con él.", "Un saludo,", ["Elena Prieto"]),
        (F, "thunderbird-below", "",
         "Estoy de vacaciones hasta el 7 de enero y ahora no puedo mirarlo con calma. Escríbame a la vuelta y lo "
         "vemos.", "", ["Ignacio"]),
        (F, "outlook-desktop", "Estimada Nora:",
         "Ahora mismo no es una prioridad, pero en primavera vamos a revisar nuestras herramientas de transporte. "
         "Vuelva a contactarme en abril, por favor.", "Saludos cordiales,",
         ["Beatriz Sanz", "Responsable de Compras", "Iberval Logística S.L.", DISCLAIMER["es"]]),
        (F, "gmail-web", "",
         "¿Se integra con SAP TM? Si no, no nos sirve. Si sí, hablamos.", "", ["Óscar Delgado"]),
        (U, "iphone", "", "¿Y esto qué es?", "", []),
        (U, "zimbra", "", "Gracias por la información.", "", ["Rosa"]),
        (U, "yahoo", "", "No sé, tendría que pensarlo.", "", ["Manolo"]),
        (U, "outlook-web", "", "¿Nos conocemos de algo?", "", ["Víctor Cano"]),
    ],
    "pt": [
        (I, "outlook-desktop", "Boa tarde Nora,",
         "Temos interesse, sim. Perdemos muito tempo a ligar aos transportadores para saber onde está cada entrega. "
         "Quinta-feira às 15h dá-me jeito.", "Com os melhores cumprimentos,",
         ["Rui Tavares", "Diretor de Operações", "Tavares Cargas, Lda.", DISCLAIMER["pt"]]),
        (I, "gmail-android", "", "Pode mandar sim, vou dar uma olhada.", "", ["Bruno"]),
        (I, "apple", "Oi Nora,",
         "achei interessante. Podemos marcar a demonstração na sexta de manhã? Vou chamar também o nosso "
         "coordenador de frota.", "Abraço,", ["Camila Rocha"]),
        (I, "yahoo", "",
         "Quero ver isso funcionando. Me liga amanhã depois das 14h no (11) 95555-0192.", "", ["Marcelo"]),
        (N, "gmail-web", "Olá,",
         "Obrigado, mas não temos interesse. Já usamos o rastreamento da nossa transportadora principal.", "",
         ["Paulo Mendes"]),
        (N, "zimbra", "", "Por favor retirem o meu endereço da vossa lista.", "", ["Ana Correia"]),
        (N, "iphone", "", "Não, obrigada.", "", []),
        (N, "outlook-web", "Bom dia,",
         "Não se aplica à nossa empresa: não fazemos entregas, só armazenagem.", "Cumprimentos,", ["Luís Pinto"]),
        (F, "aol", "",
         "Quem cuida disso aqui é a Fernanda Lopes, do setor de logística. Fala direto com ela: "
         "fernanda.lopes@cargas-tavares.test", "", ["Ricardo"]),
        (F, "outlook-desktop", "Cara Nora,",
         "Estou de férias a partir de amanhã e só regresso a 5 de janeiro. Volte a escrever-me nessa altura, "
         "por favor.", "Cumprimentos,", ["Sofia Martins", "Gestora de Transportes", "Tavares Cargas, Lda.",
                                         DISCLAIMER["pt"]]),
        (F, "gmail-web", "",
         "Agora não dá, estamos fechando o ano. Me procura de novo em fevereiro.", "", ["Thiago Alves"]),
        (F, "thunderbird-below", "",
         "Funciona com transportadoras que só mandam o status por e-mail ou planilha? Preciso saber isso antes de "
         "marcar qualquer coisa.", "", ["Diogo Faria"]),
        (U, "apple", "", "Recebido.", "", ["Helena"]),
        (U, "iphone", "", "Quem é você?", "", []),
        (U, "yahoo", "", "Talvez. Depende.", "", ["Jorge"]),
        (U, "zimbra", "", "Obrigado pelo contacto.", "", ["Nuno Ramos"]),
    ],
    "it": [
        (I, "gmail-web", "Buongiorno Nora,",
         "sì, ci interessa. I nostri clienti chiamano di continuo per sapere dove sono le consegne. Giovedì alle 15 "
         "per me va bene.", "Saluti,", ["Matteo Bassi", "Responsabile operativo"]),
        (I, "outlook-desktop", "Gentile Nora,",
         "vorremmo vedere una demo. Venerdì mattina sono libero dalle 9 alle 11. Può invitare anche il nostro "
         "responsabile flotta, Marco Galli?", "Cordiali saluti",
         ["Roberto Villa", "Direttore logistica", "Autotrasporti Bassi S.r.l.", DISCLAIMER["it"]]),
        (I, "iphone", "", "Ok, me la mandi pure.", "", []),
        (I, "zimbra", "",
         "Interessante. Mi chiami domani pomeriggio al 333 555 0146 così ne parliamo.", "", ["Simone"]),
        (N, "apple", "Salve,",
         "grazie, ma non siamo interessati. Usiamo già il tracciamento del nostro gestionale.", "", ["Laura Greco"]),
        (N, "outlook-web", "", "Vi prego di cancellarmi dalla vostra lista.", "", ["P. Fontana"]),
        (N, "aol", "",
         "No grazie, siamo una ditta piccola e non ne abbiamo bisogno.", "", ["Franco"]),
        (N, "gmail-android", "",
         "Abbiamo appena firmato con un altro fornitore per i prossimi tre anni. Non è il caso.", "", ["Alessia"]),
        (F, "outlook-desktop", "Buongiorno,",
         "non me ne occupo io. La persona giusta è il mio collega Davide Ferri, responsabile logistica "
         "(davide.ferri@autotrasporti-bassi.test). Gli ho girato la sua email, lo contatti pure.", "Cordiali saluti",
         ["Elisa Conte", "Segreteria", "Autotrasporti Bassi S.r.l.", DISCLAIMER["it"]]),
        (F, "yahoo", "",
         "Domani parto per le ferie e rientro il 7 gennaio. Mi riscriva dopo quella data, ne parliamo volentieri.",
         "", ["Giorgio"]),
        (F, "thunderbird-below", "",
         "In questo momento stiamo cambiando gestionale. Ci risentiamo a marzo, quando avremo finito la migrazione.",
         "", ["Andrea Marchi"]),
        (F, "gmail-web", "",
         "Quanto costa al mese per un parco di circa 25 mezzi? Prima di fissare una demo mi serve un'idea del prezzo.",
         "", ["Valentina Russo"]),
        (U, "zimbra", "", "Ricevuto, grazie.", "", ["Carlo"]),
        (U, "iphone", "", "Chi le ha dato il mio indirizzo?", "", []),
        (U, "apple", "", "Non saprei.", "", ["Stefania"]),
        (U, "outlook-web", "", "Di che si tratta esattamente?", "", ["Luca Moretti"]),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# Automatic notices written here in their senders' formats, as clients.Campaign.write_automatic takes them.
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "X-Google-Smtp-Source: AGHT+IFv3kq0Rm7nYw2Pp"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Helen Carter", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Thank you for your message. I am travelling on business until Friday 11 December with limited access to "
     "email.\n\nFor urgent shipping matters please call our control room on +44 20 7946 0321.\n\nKind regards,\n"
     "Helen Carter"),
    ("exchange-ooo-de", "de", "Frank Meyer", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Vielen Dank für Ihre E-Mail. Ich bin bis einschließlich 18.12.2026 nicht erreichbar. Ihre Nachricht wird "
     "nicht automatisch weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter "
     "+49 40 555 0100.\n\nMit freundlichen Grüßen\nFrank Meyer"),
    ("exchange-ooo-fr", "fr", "Élodie Martin", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\n\nJe suis absente du bureau jusqu'au mardi 15 décembre. Votre message sera traité à mon retour.\n\n"
     "Pour toute demande urgente, merci de contacter le standard au 01 55 55 01 20.\n\nBien cordialement,\n"
     "Élodie Martin"),
    ("exchange-ooo-es", "es", "Pilar Navarro", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Gracias por su correo. Estoy disfrutando de unos días libres y no tendré acceso al correo hasta el 9 de "
     "diciembre.\n\nPara asuntos urgentes puede escribir a trafico@logistica-iberval.test.\n\nSaludos,\n"
     "Pilar Navarro"),
    ("exchange-ooo-pt", "pt", "Miguel Sousa", "Resposta Automática: {subject}", EXCHANGE, "exchange",
     "Obrigado pelo seu e-mail.\n\nEncontro-me fora do escritório até dia 14 de dezembro, com acesso limitado ao "
     "correio eletrónico. Para assuntos urgentes contacte a receção através do 21 555 0134.\n\nCumprimentos,\n"
     "Miguel Sousa"),
    ("exchange-ooo-it", "it", "Francesca Lodi", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Grazie per il messaggio. Sono in ferie fino al 10 dicembre e non ho accesso alla posta elettronica.\n\n"
     "Per urgenze scrivere a ufficio.traffico@autotrasporti-bassi.test.\n\nCordiali saluti\nFrancesca Lodi"),
    ("exchange-ooo-de-en", "de", "Tobias Lenz", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "*** English version below ***\n\nGuten Tag,\nich bin bis 21.12. auf Geschäftsreise und habe nur eingeschränkt "
     "Zugriff auf meine E-Mails. Ich melde mich nach meiner Rückkehr.\n\nHello,\nI am on a business trip until "
     "21 December with limited access to my emails. I will get back to you when I return.\n\nTobias Lenz\n"
     "Spedition Brenner GmbH"),
    ("gmail-vacation-en", "en", "Rachel Moore", "Out of office until Monday 14 Dec", GMAIL_VACATION, "plain",
     "Hi there,\n\nThanks for getting in touch. I'm away with no signal until Monday 14 December and won't see "
     "messages until then.\n\nIf it's urgent, please call the yard on 0161 555 0148.\n\nRachel"),
    ("gmail-vacation-pt", "pt", "Larissa Souza", "Férias", GMAIL_VACATION, "plain",
     "Oi! Estou de férias até 6 de janeiro e sem acesso ao e-mail. Assim que voltar, respondo sua mensagem.\n\n"
     "Se for urgente, fale com a equipe pelo contato@cargas-tavares.test.\n\nLarissa"),
    ("helpdesk-ack-en", "en", "Fleetway Freight Support", "[#48213] Re: {subject}",
     ["Auto-Submitted: auto-replied", "X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 5c1e7a"], "plain",
     "Hello,\n\nThanks for contacting Fleetway Freight. Your request (#48213) has been received and is being "
     "reviewed by our support team.\n\nTo add additional comments, reply to this email.\n\n"
     "This email is a service from Fleetway Freight Support."),
    ("helpdesk-ack-it", "it", "Assistenza Clienti Bassi", "[Ticket#2026120210000413] {subject}",
     ["X-Loop: yes", "Precedence: bulk", "X-Powered-By: Znuny"], "plain",
     "Gentile cliente,\n\nabbiamo ricevuto la sua richiesta e le abbiamo assegnato il numero di ticket "
     "2026120210000413. Un nostro operatore la prenderà in carico al più presto.\n\nLa preghiamo di non "
     "modificare l'oggetto in caso di risposta.\n\nServizio Clienti Autotrasporti Bassi"),
    ("left-company-en", "en", "Daniel Ross", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Daniel Ross is no longer with Fleetway Freight and this mailbox is not monitored.\n\nFor operations "
     "enquiries please contact ops@fleetwayfreight.test; for everything else, reception@fleetwayfreight.test."),
    ("left-company-de", "de", "Postfach Markus Engel", "Markus Engel nicht mehr im Unternehmen", [], "plain",
     "Sehr geehrte Damen und Herren,\n\nHerr Markus Engel ist nicht mehr für die Spedition Brenner GmbH tätig. "
     "Ihre E-Mail wurde nicht gelesen und wird nicht weitergeleitet.\n\nBitte richten Sie Ihre Anfrage an "
     "info@spedition-brenner.test.\n\nSpedition Brenner GmbH"),
    ("left-company-fr", "fr", "Valérie Dumas", "Valérie Dumas a quitté l'entreprise", ["X-Auto-Response-Suppress: All"],
     "plain",
     "Bonjour,\n\nValérie Dumas ne fait plus partie des effectifs de Transports Lefort depuis le 30 novembre. "
     "Cette adresse n'est plus consultée.\n\nMerci d'adresser vos messages à contact@transports-lefort.test.\n\n"
     "Transports Lefort"),
    ("left-company-es", "es", "Jorge Campos", "Ya no trabajo en Iberval", [], "plain",
     "Hola:\n\nHe dejado Iberval Logística y esta cuenta se cerrará en breve. Para cualquier tema relacionado con "
     "transporte, escriba a operaciones@logistica-iberval.test.\n\nGracias y un saludo."),
    ("noheader-ooo-de", "de", "Ute Schneider", "Abwesenheitsnotiz", [], "plain",
     "Guten Tag,\n\nich bin bis zum 14. Dezember im Urlaub. Ihre Nachricht lese ich nach meiner Rückkehr.\n\n"
     "Viele Grüße\nUte Schneider"),
    ("noheader-ooo-it", "it", "Paolo Rinaldi", "Assente fino al 9 dicembre", [], "plain",
     "Salve,\n\nsono fuori ufficio fino a mercoledì 9 dicembre compreso. Risponderò al mio rientro.\n\n"
     "Paolo Rinaldi - Autotrasporti Bassi"),
    ("noheader-ooo-es", "es", "Nuria Vidal", "Ausente", [], "plain",
     "Buenos días,\n\nEstaré fuera de la oficina hasta el lunes 14 de diciembre. Responderé a su mensaje a mi "
     "regreso.\n\nNuria Vidal"),
    ("read-receipt-de", "de", "Andreas Busch", "Gelesen: {subject}", [], "mdn",
     "Ihre Nachricht\n\n  An: {addr}\n  Betreff: {subject}\n  Gesendet: Mittwoch, 2. Dezember 2026 09:40:12 "
     "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\nwurde am Mittwoch, 2. Dezember 2026 11:05:47 "
     "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen."),
    ("read-receipt-fr", "fr", "Sylvie Bernard", "Lu : {subject}", [], "mdn",
     "Votre message\n\n  À : {addr}\n  Objet : {subject}\n  Envoyé : mercredi 2 décembre 2026 09:40:12 "
     "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le mercredi 2 décembre 2026 14:31:09 "
     "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris."),
]

LEAD_DOMAIN = {"en": "fleetwayfreight.test", "de": "spedition-brenner.test", "fr": "transports-lefort.test",
               "es": "logistica-iberval.test", "pt": "cargas-tavares.test", "it": "autotrasporti-bassi.test"}
COMPANY = {"en": "Fleetway Freight", "de": "Spedition Brenner GmbH", "fr": "Transports Lefort",
           "es": "Iberval Logística", "pt": "Tavares Cargas", "it": "Autotrasporti Bassi"}
FIRST = ["Chris", "Jamie", "Kai", "Morgan", "Rene", "Sasha", "Nico", "Toni", "Lou", "Jules", "Dominique", "Ariel",
         "Sam", "Quinn", "Noel", "Pat"]

CAPTURED = [  # name, lang of the text, lead address, Message-ID of the campaign email (see capture.sh)
    ("sieve-vacation-de", "de", "anja.wagner@spedition-wagner.test", "ka2-s01"),
    ("sieve-vacation-fr", "fr", "julien.morel@transports-morel.test", "ka2-s02"),
    ("sieve-vacation-es", "es", "marta.vega@logistica-vega.test", "ka2-s03"),
    ("sieve-vacation-pt", "pt", "rafael.ribeiro@cargas-ribeiro.test", "ka2-s04"),
    ("sieve-vacation-it", "it", "chiara.marino@trasporti-marino.test", "ka2-s05"),
    ("sieve-vacation-en", "en", "owen.price@fleetway-north.test", "ka2-s06"),
    ("sieve-vacation-nl", "nl", "sanne.visser@visser-transport.test", "ka2-s07"),
    ("sieve-vacation-pl", "pl", "piotr.nowak@nowak-trans.test", "ka2-s08"),
    ("sieve-reject-de", "de", "lena.hartmann@spedition-wagner.test", "ka2-s09"),
    ("postfix-unknown-user-de", "en", "kurt.fischer@spedition-wagner.test", "ka2-s10"),
    ("postfix-unknown-user-fr", "en", "remi.noel@transports-morel.test", "ka2-s11"),
    ("postfix-unknown-user-es", "en", "ines.pardo@logistica-vega.test", "ka2-s12"),
    ("postfix-unknown-user-it", "en", "bruno.sala@trasporti-marino.test", "ka2-s13"),
    ("postfix-mailbox-disabled", "en", "buchhaltung@spedition-wagner.test", "ka2-s14"),
    ("postfix-relocated", "en", "tobias.krause@spedition-wagner.test", "ka2-s15"),
    ("postfix-nxdomain-pt", "en", "vitor.lima@cargas-lima.invalid", "ka2-s16"),
    ("postfix-nxdomain-en", "en", "dispatch@northroads.invalid", "ka2-s17"),
    ("postfix-delayed-mailbox-full", "en", "frachtbriefe@spedition-wagner.test", "ka2-s18"),
    ("postfix-expired-mailbox-full", "en", "frachtbriefe@spedition-wagner.test", "ka2-s18"),
]


def main():
    rows = CLIENTS.write_replies(
        OUT, REPLIES, subjects=SUBJECT, campaigns=CAMPAIGN, companies=COMPANY, lead_domains=LEAD_DOMAIN,
        first_names=FIRST, mid="ka2-h%03d", token="r%03d", ascii_address=False,
        date=lambda n: "Thu, 3 Dec 2026 %02d:%02d:%02d +0100" % (8 + n % 10, n % 60, (n * 7) % 60))
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=SUBJECT, lead_domains=LEAD_DOMAIN, mid="ka2-a%03d",
        date=lambda n: "Wed, 2 Dec 2026 %02d:%02d:%02d +0100" % (9 + n % 3, 41 + n % 18, (n * 13) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
