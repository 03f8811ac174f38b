#!/usr/bin/env python3
"""Writes the client-format messages of the second kept-apart set (messages/*.eml), labels.csv and campaign/.

Everything a person or an automatic notice says was written for this set (product "Routewise", seller Nora Lindqvist,
new lead domains) without looking at the classifiers' cues or examples or at the first kept-apart set's texts. The MIME
machinery around the words (multipart/alternative with the HTML each client writes, quoted-printable or base64, the
clients' localised attribution lines and header blocks, mobile and corporate signatures) is adapted from the first
set's generate.py. The real Postfix bounces and Dovecot sieve replies are captured by capture.sh, not written here;
this script only adds their labels.

    python3 generate.py     # rewrites the written messages/<name>.eml, labels.csv and campaign/<lang>.txt
"""
import base64
import csv
import html
import os
import quopri
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
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

# attribution lines and header blocks as each client writes them, per language (campaign sent Wed 2 Dec 2026 09:40)
GMAIL_ATTR = {
    "en": "On Wed, Dec 2, 2026 at 9:40\u202fAM Nora Lindqvist <nora@routewise.test> wrote:",
    "de": "Am Mi., 2. Dez. 2026 um 09:40 Uhr schrieb Nora Lindqvist <nora@routewise.test>:",
    "fr": "Le mer. 2 déc. 2026 à 09:40, Nora Lindqvist <nora@routewise.test> a écrit :",
    "es": "El mié, 2 dic 2026 a las 9:40, Nora Lindqvist (<nora@routewise.test>) escribió:",
    "pt": "Em qua., 2 de dez. de 2026 às 09:40, Nora Lindqvist <nora@routewise.test> escreveu:",
    "it": "Il giorno mer 2 dic 2026 alle ore 09:40 Nora Lindqvist <nora@routewise.test> ha scritto:",
}
APPLE_ATTR = {
    "en": "On 2 Dec 2026, at 09:40, Nora Lindqvist <nora@routewise.test> wrote:",
    "de": "Am 02.12.2026 um 09:40 schrieb Nora Lindqvist <nora@routewise.test>:",
    "fr": "Le 2 déc. 2026 à 09:40, Nora Lindqvist <nora@routewise.test> a écrit :",
    "es": "El 2 dic 2026, a las 9:40, Nora Lindqvist <nora@routewise.test> escribió:",
    "pt": "Em 2 de dez. de 2026, à(s) 09:40, Nora Lindqvist <nora@routewise.test> escreveu:",
    "it": "Il giorno 2 dic 2026, alle ore 09:40, Nora Lindqvist <nora@routewise.test> ha scritto:",
}
IPHONE_SENT = {
    "en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone", "pt": "Enviado do meu iPhone", "it": "Inviato da iPhone",
}
THUNDERBIRD_ATTR = {
    "en": "On 02/12/2026 09:40, Nora Lindqvist wrote:", "de": "Am 02.12.26 um 09:40 schrieb Nora Lindqvist:",
    "fr": "Le 02/12/2026 à 09:40, Nora Lindqvist a écrit :", "es": "El 2/12/26 a las 9:40, Nora Lindqvist escribió:",
    "pt": "Às 09:40 de 02/12/2026, Nora Lindqvist escreveu:", "it": "Il 02/12/2026 09:40, Nora Lindqvist ha scritto:",
}
YAHOO_ATTR = {
    "en": "On Wednesday, December 2, 2026 at 09:40:12 AM GMT+1, Nora Lindqvist <nora@routewise.test> wrote:",
    "de": "Am Mittwoch, 2. Dezember 2026 um 09:40:12 MEZ hat Nora Lindqvist <nora@routewise.test> Folgendes geschrieben:",
    "fr": "Le mercredi 2 décembre 2026 à 09:40:12 UTC+1, Nora Lindqvist <nora@routewise.test> a écrit :",
    "es": "El miércoles, 2 de diciembre de 2026, 09:40:12 CET, Nora Lindqvist <nora@routewise.test> escribió:",
    "pt": "Em quarta-feira, 2 de dezembro de 2026 06:40:12 BRT, Nora Lindqvist <nora@routewise.test> escreveu:",
    "it": "Il mercoledì 2 dicembre 2026, 09:40:12 CET, Nora Lindqvist <nora@routewise.test> ha scritto:",
}
# Outlook header block: From, Sent, To, Subject labels and the date as Outlook writes it
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject", "Wednesday, December 2, 2026 9:40 AM"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Mittwoch, 2. Dezember 2026 09:40"),
    "fr": ("De", "Envoyé", "À", "Objet", "mercredi 2 décembre 2026 09:40"),
    "es": ("De", "Enviado el", "Para", "Asunto", "miércoles, 2 de diciembre de 2026 9:40"),
    "pt": ("De", "Enviado", "Para", "Assunto", "quarta-feira, 2 de dezembro de 2026 09:40"),
    "it": ("Da", "Inviato", "A", "Oggetto", "mercoledì 2 dicembre 2026 09:40"),
}
OUTLOOK_REPLY = {"en": "RE:", "de": "AW:", "fr": "RE :", "es": "RE:", "pt": "RE:", "it": "R:"}
OUTLOOK_MOBILE = {
    "en": "Get Outlook for iOS", "de": "Outlook für iOS beziehen", "fr": "Obtenir Outlook pour iOS",
    "es": "Obtener Outlook para iOS", "pt": "Obter o Outlook para iOS", "it": "Scarica Outlook per iOS",
}
ZIMBRA = {
    "en": ("----- Original Message -----", "From", "To", "Sent", "Subject", "Wednesday, December 2, 2026 9:40:12 AM"),
    "de": ("----- Ursprüngliche Mail -----", "Von", "An", "Gesendet", "Betreff", "Mittwoch, 2. Dezember 2026 09:40:12"),
    "fr": ("----- Mail original -----", "De", "À", "Envoyé", "Objet", "Mercredi 2 Décembre 2026 09:40:12"),
    "es": ("----- Mensaje original -----", "De", "Para", "Enviado", "Asunto", "Miércoles, 2 de Diciembre 2026 9:40:12"),
    "pt": ("----- Mensagem original -----", "De", "Para", "Enviadas", "Assunto", "Quarta-feira, 2 de Dezembro de 2026 9:40:12"),
    "it": ("----- Messaggio originale -----", "Da", "A", "Inviato", "Oggetto", "Mercoledì, 2 dicembre 2026 09:40:12"),
}
AOL_SENT = "Wed, Dec 2, 2026 9:40 am"

# ---------------------------------------------------------------------------------------------------------------
# The people's replies: (label, format, greeting, words, closing, signature lines). "words" is what the person
# wrote and what the reader must keep; greeting, closing and signature are around it. The first signature line is
# the person's name (part of their text), the rest is the signature block. Labels say what the person means.
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
# Automatic notices written here in their senders' formats: (name, lang, sender's name, subject, headers, kind,
# text). kind "exchange" is multipart/alternative as Exchange sends it, "plain" a text/plain message, "mdn" a
# read receipt (RFC 8098 disposition notification). {addr} is the sender's address, {topic} the campaign subject.
EXCHANGE = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
            "X-MS-Exchange-Inbox-Rules-Loop: {addr}", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
            "Thread-Topic: {topic}", "Content-Language: {lang}", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
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

def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return "\n".join(textwrap.wrap(base64.b64encode(text.encode("utf-8")).decode("ascii"), 76))


def enc_header(value):
    if all(ord(c) < 128 for c in value):
        return value
    return "=?utf-8?q?" + "".join(c if c.isalnum() and ord(c) < 128 else "_" if c == " " else
                                  "".join("=%02X" % b for b in c.encode("utf-8")) for c in value) + "?="


def html_lines(text):
    return "<br>\n".join(html.escape(l, quote=False) for l in text.split("\n"))


def html_campaign(text):
    lines = text.split("\n")
    out = []
    for l in lines:
        if "https://routewise.test/optout/" in l:
            pre, url = l.split("https://", 1)
            out.append(html.escape(pre, quote=False) + '<a href="https://%s">https://%s</a>' % (url, url))
        else:
            out.append(html.escape(l, quote=False))
    return "<br>\n".join(out)


def person_text(greet, words, close, sig):
    parts = []
    if greet:
        parts.append(greet)
    parts.append(words)
    tail = ([close] if close else []) + sig[:1]
    if tail:
        parts.append("\n".join(tail))
    return "\n\n".join(parts)


def flowed(text):
    """format=flowed as Thunderbird sends it: long lines wrapped at 72 columns, each soft break a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 72 or line.startswith(">"):
            out.append(line)
        else:
            out.append(" \n".join(textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)))
    return "\n".join(out)


def alternative(boundary, plain, html_text, encoding):
    enc = {"qp": qp, "b64": b64, "8bit": lambda t: t}[encoding]
    cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}[encoding]
    return ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n--%s\nContent-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: %s\n\n%s\n--%s\nContent-Type: text/html; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: %s\n\n%s\n--%s--\n") % (boundary, boundary, cte, enc(plain).rstrip("\n"),
                                                              boundary, cte, enc(html_text).rstrip("\n"), boundary)


def render(fmt, lang, greet, words, close, sig, campaign, lead_name, lead_addr, subject, n):
    """(headers, body) of a reply as the client writes it."""
    quoted = "\n".join(("> " + l) if l else ">" for l in campaign.split("\n"))
    person = person_text(greet, words, close, sig)
    sig = sig[1:]  # the name is part of the person's text; title, company and disclaimer are the signature
    sig_plain = "\n".join(sig)
    h_person = "".join("<div>%s</div>" % (html.escape(p, quote=False) if p else "<br>")
                       for p in person.replace("\n\n", "\n\n").split("\n"))
    if fmt == "gmail-web":
        attr = GMAIL_ATTR[lang]
        # Gmail wraps the plain part at 76 columns, the attribution line included
        attr_plain = "\n".join(textwrap.wrap(attr, 76, break_on_hyphens=False))
        plain = person + ("\n\n-- \n" + sig_plain if sig else "") + "\n\n" + attr_plain + "\n\n" + quoted + "\n"
        sig_html = ('<br><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" '
                    'data-smartmail="gmail_signature"><div dir="ltr">%s</div></div>' % "<br>".join(
                        html.escape(s, quote=False) for s in sig)) if sig else ""
        hbody = ('<div dir="ltr">%s%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                 'class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 'border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">%s</div></blockquote></div>'
                 % (h_person, sig_html, html.escape(attr, quote=False), html_campaign(campaign)))
        headers = ["Message-ID: <CAKq%04dxW9+gm@mail.gmail.com>" % n]
        return headers, "Re: " + subject, alternative("0000000000006f1e%04d" % n, plain, hbody, "qp")
    if fmt == "gmail-android":
        attr = GMAIL_ATTR[lang]
        plain = person + "\n\n" + attr + "\n\n" + quoted + "\n"
        hbody = ('<div dir="auto">%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                 'class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                 'border-left:1px #ccc solid;padding-left:1ex"><div dir="ltr">%s</div></blockquote></div>'
                 % (h_person.replace("<div>", '<div dir="auto">'), html.escape(attr, quote=False),
                    html_campaign(campaign)))
        headers = ["Message-ID: <CAJx%04dAndroid@mail.gmail.com>" % n]
        return headers, "Re: " + subject, alternative("00000000000091aa%04d" % n, plain, hbody, "b64")
    if fmt in ("outlook-desktop", "outlook-web"):
        f, s, t, subj, date = OUTLOOK[lang]
        block = "%s: Nora Lindqvist <nora@routewise.test>\n%s: %s\n%s: %s <%s>\n%s: %s" % (
            f, s, date, t, lead_name, lead_addr, subj, subject)
        mobile = fmt == "outlook-web" and n % 2 == 0
        tail = ("\n\n" + sig_plain if sig else "") + ("\n\n" + OUTLOOK_MOBILE[lang] + "<https://aka.ms/o0ukef>"
                                                     if mobile else "")
        sep = "________________________________\n" if fmt == "outlook-web" else ""
        plain = person + tail + "\n\n" + sep + block + "\n\n" + campaign + "\n"
        ps = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (html.escape(l, quote=False) if l else "&nbsp;")
                     for l in (person + tail).split("\n"))
        hblock = "<br>\n".join("<b>%s:</b> %s" % (k, html.escape(v, quote=False)) for k, v in
                               (l.split(": ", 1) for l in block.split("\n")))
        if fmt == "outlook-desktop":
            hbody = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name="Generator" '
                     'content="Microsoft Word 15 (filtered medium)"></head><body lang="%s" link="#0563C1">'
                     '<div class="WordSection1">\n%s<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                     'padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">%s<o:p></o:p></p></div></div>\n'
                     '<p class="MsoNormal">%s<o:p></o:p></p></div></body></html>'
                     % (lang.upper(), ps, hblock, html_campaign(campaign)))
            headers = ["Message-ID: <AM0PR%04dMB4321A1B2C3D4E5F60718293A@AM0PR%04dMB4321.eurprd04.prod.outlook.com>"
                       % (n, n), "Thread-Topic: " + enc_header(subject), "Content-Language: " + lang,
                       "X-Mailer: Microsoft Outlook 16.0"]
            encoding = "qp"
        else:
            hbody = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                     '<body dir="ltr">%s<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" '
                     'tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
                     'style="font-size:11pt" color="#000000">%s</font><div>&nbsp;</div></div><div>%s</div></body>'
                     '</html>' % ("".join('<div class="elementToProof">%s</div>' % (html.escape(l, quote=False)
                                                                                    if l else "<br>")
                                           for l in (person + tail).split("\n")), hblock,
                                  html_campaign(campaign)))
            headers = ["Message-ID: <DB9PR%04dMB7788F00D1234ABCD@DB9PR%04dMB7788.eurprd09.prod.outlook.com>"
                       % (n, n), "Thread-Topic: " + enc_header(subject), "Content-Language: " + lang]
            encoding = "8bit"
        return headers, OUTLOOK_REPLY[lang] + " " + subject, alternative("_000_PR%04dMB_" % n, plain, hbody,
                                                                         encoding)
    if fmt in ("apple", "iphone"):
        attr = APPLE_ATTR[lang]
        if fmt == "apple":
            plain = person + ("\n\n" + sig_plain if sig else "") + "\n\n" + attr + "\n\n" + quoted + "\n"
            hbody = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                     '<body style="overflow-wrap: break-word;">%s<div><br><blockquote type="cite"><div>%s</div>'
                     '<br class="Apple-interchange-newline"><div><div>%s</div></div></blockquote></div></body></html>'
                     % (html_lines(person + ("\n\n" + sig_plain if sig else "")), html.escape(attr, quote=False),
                        html_campaign(campaign)))
            headers = ["Message-ID: <A1B2%04d-C3D4-E5F6-0718-293A4B5C6D7E@%s>" % (n, lead_addr.split("@")[1]),
                       "X-Mailer: Apple Mail (2.3826.300.87.4.3)"]
            return headers, "Re: " + subject, alternative("Apple-Mail=_%04d-1A2B" % n, plain, hbody, "qp")
        plain = person + "\n\n" + IPHONE_SENT[lang] + "\n\n> " + attr + "\n> \n> \ufeff" + quoted[2:] + "\n"
        hbody = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                 '<body dir="auto"><div dir="ltr">%s</div><div dir="ltr"><br><div dir="ltr">%s</div><div dir="ltr">'
                 '<br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
                 '\ufeff%s</div></blockquote></div></body></html>'
                 % (html_lines(person), html.escape(IPHONE_SENT[lang], quote=False), html.escape(attr, quote=False),
                    html_campaign(campaign)))
        headers = ["Message-ID: <9F8E%04d-7D6C-5B4A-3928-1706F5E4D3C2@%s>" % (n, lead_addr.split("@")[1]),
                   "X-Mailer: iPhone Mail (22B91)"]
        return headers, "Re: " + subject, alternative("Apple-Mail-%04d-5B4A" % n, plain, hbody, "qp")
    if fmt == "thunderbird-between":
        # the person answers between the quoted lines: after the question, before the quoted signature and footer
        attr = THUNDERBIRD_ATTR[lang]
        lines = campaign.split("\n")
        cut = lines.index(SELLER_NAME)
        q = lambda ls: "\n".join(("> " + l) if l else ">" for l in ls)
        plain = (attr + "\n" + q(lines[:cut - 1]) + "\n\n" + flowed(person) + "\n\n" + q(lines[cut:])
                 + ("\n\n-- \n" + sig_plain if sig else "") + "\n")
        headers = ["Message-ID: <5e0a%04d-91b2-4c3d-8e4f-a0b1c2d3e4f5@%s>" % (n, lead_addr.split("@")[1]),
                   "User-Agent: Mozilla Thunderbird", "Content-Language: " + lang]
        body = ("Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit\n\n"
                + plain)
        return headers, "Re: " + subject, body
    if fmt == "thunderbird-below":
        attr = THUNDERBIRD_ATTR[lang]
        plain = attr + "\n" + quoted + "\n\n" + flowed(person) + ("\n\n-- \n" + sig_plain if sig else "") + "\n"
        headers = ["Message-ID: <7c1d%04d-4a5b-6c7d-8e9f-0a1b2c3d4e5f@%s>" % (n, lead_addr.split("@")[1]),
                   "User-Agent: Mozilla Thunderbird", "Content-Language: " + lang]
        body = ("Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit\n\n"
                + plain)
        return headers, "Re: " + subject, body
    if fmt == "yahoo":
        attr = YAHOO_ATTR[lang]
        plain = person + ("\n" + sig_plain if sig else "") + "\n\n    " + attr + "  \n \n \n" + campaign + "\n"
        hbody = ('<html><head></head><body><div class="ydp1a2b3c4dyahoo-style-wrap" style="font-family:Helvetica '
                 'Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div>'
                 '</div><div id="yahoo_quoted_%04d" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                 'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div><br>'
                 '</div><div><div dir="ltr">%s</div></div></div></div></body></html>'
                 % (html_lines(person + ("\n" + sig_plain if sig else "")), n, html.escape(attr, quote=False),
                    html_campaign(campaign)))
        headers = ["Message-ID: <1148%04d.3377781.1796500000123@mail.yahoo.com>" % n,
                   "X-Mailer: WebService/1.1.22941 YMailNorrin"]
        return headers, "Re: " + subject, alternative("----=_Part_%04d_1220398734.1796500000122" % n, plain,
                                                      hbody, "qp")
    if fmt == "aol":
        block = "-----Original Message-----\nFrom: Nora Lindqvist <nora@routewise.test>\nTo: %s\nSent: %s\nSubject: %s" % (
            lead_addr, AOL_SENT, subject)
        plain = person + "\n\n\n" + block + "\n\n" + campaign + "\n"
        hbody = ("<font color='black' size='2' face='arial'>%s<br>\n<br>\n<br>\n<div style=\"font-family:helvetica,"
                 "arial;font-size:10pt;color:black\">%s<br>\n<br>\n<div id=\"AOLMsgPart_2_%04d\"><div dir=\"ltr\">%s"
                 "</div></div></div></font>" % (html_lines(person), html_lines(block), n, html_campaign(campaign)))
        headers = ["Message-ID: <18f0%04d-4e5f-6a7b@webmail-va123.sysops.aol.com>" % n,
                   "X-Mailer: AOL Webmail 44931-STANDARD"]
        return headers, "Re: " + subject, alternative("----=_Part_%04d_987654321.1796500000000" % n, plain, hbody,
                                                      "8bit")
    if fmt == "zimbra":
        sep, f, t, s, subj, date = ZIMBRA[lang]
        block = '%s\n%s: "Nora Lindqvist" <nora@routewise.test>\n%s: "%s" <%s>\n%s: %s\n%s: %s' % (
            sep, f, t, lead_name, lead_addr, s, date, subj, subject)
        plain = person + ("\n\n" + sig_plain if sig else "") + "\n\n" + block + "\n\n" + campaign + "\n"
        hb = "<br>".join("<b>%s: </b>%s" % (k, html.escape(v, quote=False)) for k, v in
                         (l.split(": ", 1) for l in block.split("\n")[1:]))
        hbody = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                 '%s<div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">%s<br>'
                 '</div><br><div data-marker="__QUOTED_TEXT__"><div dir="ltr">%s</div></div></div></body></html>'
                 % ("".join("<div>%s</div>" % (html.escape(l, quote=False) if l else "<br>") for l in
                            (person + ("\n\n" + sig_plain if sig else "")).split("\n")), hb, html_campaign(campaign)))
        headers = ["Message-ID: <18734%04d.1049.1796500000123.JavaMail.zimbra@%s>" % (n, lead_addr.split("@")[1]),
                   "X-Mailer: Zimbra 10.0.6_GA_4650 (ZimbraWebClient - FF133 (Linux)/10.0.6_GA_4650)",
                   "Thread-Topic: " + enc_header(subject)]
        return headers, "Re: " + subject, alternative("=_a3f1c2d4-%04d" % n, plain, hbody, "qp")
    raise ValueError(fmt)



def message(headers, subject, body, from_name, from_addr, mid, date):
    head = ["From: %s <%s>" % (enc_header(from_name), from_addr), "To: %s <%s>" % (SELLER_NAME, SELLER_ADDR),
            "Subject: " + enc_header(subject), "Date: " + date, "In-Reply-To: <%s@%s>" % (mid, MID_DOMAIN),
            "References: <%s@%s>" % (mid, MID_DOMAIN)] + headers + ["MIME-Version: 1.0"]
    return "\n".join(head) + "\n" + body


def automatic_body(kind, text, n, addr, lang, mid):
    if kind == "plain":
        return ("Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                + qp(text) + "\n")
    if kind == "exchange":
        hbody = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                 '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">%s'
                 '</div></body></html>' % "".join("<div>%s</div>" % (html.escape(l, quote=False) if l else "<br>")
                                                  for l in text.split("\n")))
        return alternative("_000_AUTO%04dEURPRD_" % n, text + "\n", hbody, "qp")
    # an Outlook read receipt: multipart/report with a human part and a machine-readable disposition
    return ('Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn%04d"\n\n'
            '--mdn%04d\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
            '%s\n\n--mdn%04d\nContent-Type: message/disposition-notification\n\n'
            'Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: <%s@%s>\n'
            'Disposition: manual-action/MDN-sent-manually; displayed\n\n--mdn%04d--\n'
            % (n, n, qp(text), n, addr.split("@")[1], addr, mid, MID_DOMAIN, n))


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    n = 0
    for lang, replies in REPLIES.items():
        for i, (label, fmt, greet, words, close, sig) in enumerate(replies):
            n += 1
            name = "%s-%02d-%s" % (lang, i + 1, fmt)
            own = sig[0].split()[0] if sig else ""
            first = own if own and not own.endswith(".") else FIRST[i % len(FIRST)]
            lead_name = sig[0] if sig and " " in sig[0] else "%s %s" % (first, COMPANY[lang].split()[0])
            lead_addr = "%s.%d@%s" % (first.lower(), n, LEAD_DOMAIN[lang])
            mid = "ka2-h%03d" % n
            campaign = CAMPAIGN[lang].format(first=first, company=COMPANY[lang], token="r%03d" % n)
            headers, subject, body = render(fmt, lang, greet, words, close, sig, campaign, lead_name, lead_addr,
                                            SUBJECT[lang], n)
            date = "Thu, 3 Dec 2026 %02d:%02d:%02d +0100" % (8 + n % 10, n % 60, (n * 7) % 60)
            with open(os.path.join(OUT, name + ".eml"), "w", encoding="utf-8", newline="\r\n") as f:
                f.write(message(headers, subject, body, lead_name, lead_addr, mid, date))
            rows.append((name, label, lang, fmt, lead_addr, mid, words))
    for name, lang, sender, subj_t, extra, kind, text in AUTOMATIC:
        n += 1
        plain_name = unicodedata.normalize("NFKD", sender.lower()).encode("ascii", "ignore").decode("ascii")
        local = "support" if name.startswith("helpdesk") else ".".join(plain_name.split()[-2:])
        addr = "%s@%s" % (local, LEAD_DOMAIN[lang])
        mid = "ka2-a%03d" % n
        subject = subj_t.format(subject=SUBJECT[lang])
        hdrs = ["Message-ID: <auto-%04d.%s@%s>" % (n, name, LEAD_DOMAIN[lang])] + [
            h.format(addr=addr, topic=enc_header(SUBJECT[lang]), lang=lang) for h in extra]
        body = automatic_body(kind, text.format(addr=SELLER_ADDR, subject=SUBJECT[lang]), n, addr, lang, mid)
        date = "Wed, 2 Dec 2026 %02d:%02d:%02d +0100" % (9 + n % 3, 41 + n % 18, (n * 13) % 60)
        with open(os.path.join(OUT, name + ".eml"), "w", encoding="utf-8", newline="\r\n") as f:
            f.write(message(hdrs, subject, body, sender, addr, mid, date))
        rows.append((name, "skip", lang, "auto:" + name.split("-")[0], addr, mid, ""))
    for name, lang, addr, mid in CAPTURED:
        rows.append((name, "skip", lang, "captured:" + name.split("-")[0], addr, mid, ""))
    os.makedirs(os.path.join(HERE, "campaign"), exist_ok=True)
    for lang, text in CAMPAIGN.items():  # the campaign emails the replies quote, {first} {company} {token} open
        with open(os.path.join(HERE, "campaign", lang + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "lang", "format", "lead_email", "campaign_message_id", "words"])
        w.writerows(rows)
    print("%d messages labelled" % len(rows))


if __name__ == "__main__":
    main()
