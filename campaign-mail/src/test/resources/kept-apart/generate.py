#!/usr/bin/env python3
"""Writes the client-format messages of the kept-apart set (messages/*.eml) and labels.csv.

The person's replies and the hand-made automatic notices are written here; the MIME around them follows what each
client sends (multipart/alternative with the HTML those clients write, quoted-printable or base64 as they encode,
their localised attribution and header blocks, mobile and corporate signatures). The real Postfix bounces and Dovecot
sieve vacation replies are captured by capture.sh, not written here; this script only adds their labels.

    python3 generate.py     # rewrites messages/<name>.eml of the written messages, labels.csv and campaign/<lang>.txt
"""
import base64
import csv
import html
import os
import quopri
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "messages")
SELLER = ("Alex Morgan", "alex@seller.test")

SUBJECT = {
    "en": "Month-end close in two days", "de": "Monatsabschluss in zwei Tagen",
    "fr": "Clôture mensuelle en deux jours", "es": "Cierre mensual en dos días", "pt": "Fecho do mês em dois dias",
    "it": "Chiusura mensile in due giorni", "nl": "Maandafsluiting in twee dagen",
}

CAMPAIGN = {
    "en": """Hi {first},

Month-end close takes your finance team days of spreadsheet work. Ledgerly matches invoices,
payments and bank lines for you, so the books close on day two.

Could we show it to you in 20 minutes next week?

Alex Morgan
Ledgerly | Seller Inc., 1 Main Street, Springfield, IL 62701
You receive this email because of your role at {company}.
Not interested? Reply "unsubscribe" or opt out here: https://seller.test/u/{token}""",
    "de": """Hallo {first},

der Monatsabschluss kostet Ihr Finanzteam jeden Monat Tage voller Tabellenarbeit. Ledgerly gleicht
Rechnungen, Zahlungen und Kontoauszüge für Sie ab, damit die Bücher am zweiten Tag geschlossen sind.

Dürfen wir es Ihnen nächste Woche in 20 Minuten zeigen?

Alex Morgan
Ledgerly | Seller Inc., 1 Main Street, Springfield, IL 62701
Sie erhalten diese E-Mail wegen Ihrer Rolle bei {company}.
Kein Interesse? Antworten Sie mit „abmelden“ oder tragen Sie sich hier aus: https://seller.test/u/{token}""",
    "fr": """Bonjour {first},

La clôture mensuelle coûte à votre équipe finance des jours de tableurs. Ledgerly rapproche
factures, paiements et relevés bancaires pour vous, et les comptes sont clos dès le deuxième jour.

Pouvons-nous vous le montrer en 20 minutes la semaine prochaine ?

Alex Morgan
Ledgerly | Seller Inc., 1 Main Street, Springfield, IL 62701
Vous recevez cet e-mail en raison de votre fonction chez {company}.
Pas intéressé ? Répondez « désinscrire » ou désinscrivez-vous ici : https://seller.test/u/{token}""",
    "es": """Hola {first}:

El cierre mensual le cuesta a su equipo financiero días de hojas de cálculo. Ledgerly concilia
facturas, pagos y movimientos bancarios por usted, y los libros se cierran el segundo día.

¿Podemos enseñárselo en 20 minutos la semana que viene?

Alex Morgan
Ledgerly | Seller Inc., 1 Main Street, Springfield, IL 62701
Recibe este correo por su cargo en {company}.
¿No le interesa? Responda «baja» o date de baja aquí: https://seller.test/u/{token}""",
    "pt": """Olá {first},

O fecho do mês custa à sua equipa financeira dias de folhas de cálculo. O Ledgerly concilia
faturas, pagamentos e extratos bancários por si, e as contas fecham no segundo dia.

Podemos mostrar-lhe em 20 minutos na próxima semana?

Alex Morgan
Ledgerly | Seller Inc., 1 Main Street, Springfield, IL 62701
Recebe este e-mail devido à sua função na {company}.
Sem interesse? Responda "cancelar" ou cancele a subscrição aqui: https://seller.test/u/{token}""",
    "it": """Ciao {first},

la chiusura mensile costa al vostro team amministrativo giorni di fogli di calcolo. Ledgerly
riconcilia fatture, pagamenti e movimenti bancari al posto vostro: i conti si chiudono il secondo giorno.

Possiamo mostrarvelo in 20 minuti la prossima settimana?

Alex Morgan
Ledgerly | Seller Inc., 1 Main Street, Springfield, IL 62701
Ricevi questa email per il tuo ruolo in {company}.
Non interessato? Rispondi "cancellami" o annulla l'iscrizione qui: https://seller.test/u/{token}""",
    "nl": """Hallo {first},

De maandafsluiting kost uw financeteam dagen spreadsheetwerk. Ledgerly koppelt facturen,
betalingen en bankregels voor u, zodat de boeken op dag twee dicht zijn.

Mogen we het u volgende week in 20 minuten laten zien?

Alex Morgan
Ledgerly | Seller Inc., 1 Main Street, Springfield, IL 62701
U ontvangt deze e-mail vanwege uw functie bij {company}.
Geen interesse? Antwoord "afmelden" of meld u hier af: https://seller.test/u/{token}""",
}

# attribution lines and header blocks as each client writes them, per language
GMAIL_ATTR = {
    "en": "On Tue, Dec 1, 2026 at 10:15\u202fAM Alex Morgan <alex@seller.test> wrote:",
    "de": "Am Di., 1. Dez. 2026 um 10:15 Uhr schrieb Alex Morgan <alex@seller.test>:",
    "fr": "Le mar. 1 déc. 2026 à 10:15, Alex Morgan <alex@seller.test> a écrit :",
    "es": "El mar, 1 dic 2026 a las 10:15, Alex Morgan (<alex@seller.test>) escribió:",
    "pt": "Em ter., 1 de dez. de 2026 às 10:15, Alex Morgan <alex@seller.test> escreveu:",
    "it": "Il giorno mar 1 dic 2026 alle ore 10:15 Alex Morgan <alex@seller.test> ha scritto:",
    "nl": "Op di 1 dec 2026 om 10:15 schreef Alex Morgan <alex@seller.test>:",
}
APPLE_ATTR = {
    "en": "On 1 Dec 2026, at 10:15, Alex Morgan <alex@seller.test> wrote:",
    "de": "Am 01.12.2026 um 10:15 schrieb Alex Morgan <alex@seller.test>:",
    "fr": "Le 1 déc. 2026 à 10:15, Alex Morgan <alex@seller.test> a écrit :",
    "es": "El 1 dic 2026, a las 10:15, Alex Morgan <alex@seller.test> escribió:",
    "pt": "Em 1 de dez. de 2026, à(s) 10:15, Alex Morgan <alex@seller.test> escreveu:",
    "it": "Il giorno 1 dic 2026, alle ore 10:15, Alex Morgan <alex@seller.test> ha scritto:",
    "nl": "Op 1 dec 2026 om 10:15 heeft Alex Morgan <alex@seller.test> het volgende geschreven:",
}
IPHONE_SENT = {
    "en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone", "pt": "Enviado do meu iPhone", "it": "Inviato da iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
}
THUNDERBIRD_ATTR = {
    "en": "On 01/12/2026 10:15, Alex Morgan wrote:", "de": "Am 01.12.26 um 10:15 schrieb Alex Morgan:",
    "fr": "Le 01/12/2026 à 10:15, Alex Morgan a écrit :", "es": "El 1/12/26 a las 10:15, Alex Morgan escribió:",
    "pt": "Às 10:15 de 01/12/2026, Alex Morgan escreveu:", "it": "Il 01/12/2026 10:15, Alex Morgan ha scritto:",
    "nl": "Op 01-12-2026 om 10:15 schreef Alex Morgan:",
}
YAHOO_ATTR = {
    "en": "On Tuesday, December 1, 2026 at 10:15:00 AM GMT+1, Alex Morgan <alex@seller.test> wrote:",
    "de": "Am Dienstag, 1. Dezember 2026 um 10:15:00 MEZ hat Alex Morgan <alex@seller.test> Folgendes geschrieben:",
    "fr": "Le mardi 1 décembre 2026 à 10:15:00 UTC+1, Alex Morgan <alex@seller.test> a écrit :",
    "es": "El martes, 1 de diciembre de 2026, 10:15:00 CET, Alex Morgan <alex@seller.test> escribió:",
    "pt": "Em terça-feira, 1 de dezembro de 2026 10:15:00 BRT, Alex Morgan <alex@seller.test> escreveu:",
    "it": "Il martedì 1 dicembre 2026, 10:15:00 CET, Alex Morgan <alex@seller.test> ha scritto:",
    "nl": "Op dinsdag 1 december 2026 10:15:00 CET schreef Alex Morgan <alex@seller.test>:",
}
# Outlook header block: From, Sent, To, Subject labels and the date as Outlook writes it
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject", "Tuesday, December 1, 2026 10:15 AM"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Dienstag, 1. Dezember 2026 10:15"),
    "fr": ("De", "Envoyé", "À", "Objet", "mardi 1 décembre 2026 10:15"),
    "es": ("De", "Enviado el", "Para", "Asunto", "martes, 1 de diciembre de 2026 10:15"),
    "pt": ("De", "Enviado", "Para", "Assunto", "terça-feira, 1 de dezembro de 2026 10:15"),
    "it": ("Da", "Inviato", "A", "Oggetto", "martedì 1 dicembre 2026 10:15"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "dinsdag 1 december 2026 10:15"),
}
OUTLOOK_REPLY = {"en": "RE:", "de": "AW:", "fr": "RE :", "es": "RE:", "pt": "RE:", "it": "R:", "nl": "RE:"}
OUTLOOK_MOBILE = {
    "en": "Get Outlook for Android", "de": "Outlook für Android herunterladen", "fr": "Obtenir Outlook pour Android",
    "es": "Obtener Outlook para Android", "pt": "Obter o Outlook para Android", "it": "Scarica Outlook per Android",
    "nl": "Outlook voor Android downloaden",
}
ZIMBRA = {
    "en": ("----- Original Message -----", "From", "To", "Sent", "Subject", "Tuesday, December 1, 2026 10:15:00 AM"),
    "de": ("----- Ursprüngliche Mail -----", "Von", "An", "Gesendet", "Betreff", "Dienstag, 1. Dezember 2026 10:15:00"),
    "fr": ("----- Mail original -----", "De", "À", "Envoyé", "Objet", "Mardi 1 Décembre 2026 10:15:00"),
    "es": ("----- Mensaje original -----", "De", "Para", "Enviado", "Asunto", "Martes, 1 de Diciembre 2026 10:15:00"),
    "pt": ("----- Mensagem original -----", "De", "Para", "Enviadas", "Assunto", "Terça-feira, 1 de Dezembro de 2026 10:15:00"),
    "it": ("----- Messaggio originale -----", "Da", "A", "Inviato", "Oggetto", "Martedì, 1 dicembre 2026 10:15:00"),
    "nl": ("----- Oorspronkelijk bericht -----", "Van", "Aan", "Verzonden", "Onderwerp", "Dinsdag 1 december 2026 10:15:00"),
}
AOL_SENT = "Tue, Dec 1, 2026 10:15 am"

# ---------------------------------------------------------------------------------------------------------------
# The people's replies: (label, format, greeting, words, closing, signature lines). "words" is what the person
# wrote and what the reader must keep; greeting, closing and signature are around it.
H = "interested", "not_interested", "needs_follow_up", "unclear"
REPLIES = {
    "en": [
        ("interested", "gmail-web", "Hi Alex,", "This landed at the right moment, our controller has been asking for exactly this. Can you walk us through it on Wednesday afternoon?", "Thanks,", ["Rachel"]),
        ("interested", "outlook-desktop", "Alex,", "Happy to take a look. I'm free Thursday between 9 and 11 Eastern, send the invite to this address.", "Regards", ["Daniel Brooks", "Finance Director | Harbor Freight Lines", "T +1 617 555 0199"]),
        ("interested", "apple", "", "We close the books in nine days right now, so two would be a dream. Let's set up the 20 minutes. Does next Tuesday suit you?", "", ["Megan"]),
        ("interested", "yahoo", "", "Count me in for a demo. Please add my colleague Priya Nair to the invite as well.", "", ["Greg"]),
        ("not_interested", "gmail-android", "", "We moved to NetSuite's reconciliation module last spring and it covers this for us. Thanks anyway.", "", []),
        ("not_interested", "aol", "", "Please take my address off whatever list this came from.", "", []),
        ("not_interested", "zimbra", "Hello,", "Appreciate the note, but this isn't a priority for us and won't be this year.", "", ["Kevin Shaw"]),
        ("not_interested", "iphone", "", "No thanks.", "", []),
        ("needs_follow_up", "outlook-web", "", "Timing is bad, we're mid-audit until the end of January. Try me again in February?", "", ["Laura"]),
        ("needs_follow_up", "thunderbird-below", "Alex,", "What does this cost for a team of six accountants, and does it talk to Xero?", "", ["Chris Doyle"]),
        ("needs_follow_up", "gmail-web", "", "I don't run finance here. Marco Levi, our CFO, does: marco.levi@harborlines.test.", "", ["Nick"]),
        ("needs_follow_up", "outlook-desktop", "Hi,", "Could you send over a short PDF or a case study first? I'd rather read before booking a call.", "Kind regards,", ["Helen Carter", "Head of Accounting", "This email and any attachments are confidential and intended solely for the addressee."]),
        ("needs_follow_up", "iphone", "", "I'm off on holiday from tomorrow until the 4th. The idea appeals to me though, can we talk once I'm back?", "", []),
        ("unclear", "apple", "", "Did someone from our side ask you to contact me?", "", []),
        ("unclear", "yahoo", "", "Which company is this again?", "", []),
        ("unclear", "gmail-android", "", "???", "", []),
    ],
    "de": [
        ("interested", "outlook-desktop", "Hallo Herr Morgan,", "das Thema Monatsabschluss brennt uns tatsächlich unter den Nägeln. Zeigen Sie es uns gern, am Mittwoch ab 13 Uhr hätte ich Zeit.", "Viele Grüße", ["Stefan Hoffmann", "Kaufmännischer Leiter", "Hoffmann Logistik GmbH | Am Hafen 3 | 28197 Bremen", "Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, löschen Sie sie bitte."]),
        ("interested", "gmail-web", "", "Klingt vernünftig. Schicken Sie mir bitte eine Einladung für die nächste Woche, Montag oder Dienstag vormittags.", "Gruß", ["Anja"]),
        ("interested", "iphone", "", "Ja, gern. Rufen Sie mich unter 030 5550 1234 an, am besten nach 16 Uhr.", "", []),
        ("interested", "zimbra", "Guten Tag,", "wir würden uns das gerne ansehen. Bitte nehmen Sie auch unseren Controller, Herrn Weber, in die Einladung auf.", "Freundliche Grüße", ["Petra Lang"]),
        ("not_interested", "apple", "", "Danke für die Nachricht, aber dafür haben wir keinen Bedarf.", "", ["Jörg"]),
        ("not_interested", "outlook-web", "", "Wir arbeiten seit Jahren mit DATEV und werden daran nichts ändern.", "", ["M. Schulte"]),
        ("not_interested", "gmail-android", "", "Bitte löschen Sie meine Adresse aus Ihrer Kartei und schreiben Sie mir nicht wieder.", "", []),
        ("not_interested", "thunderbird-below", "", "Nein danke.", "", ["Ralf Ziegler"]),
        ("needs_follow_up", "outlook-desktop", "Hallo,", "im Moment stecken wir mitten in der Jahresplanung. Melden Sie sich doch im März noch einmal.", "Beste Grüße", ["Claudia Wolf", "Leitung Rechnungswesen"]),
        ("needs_follow_up", "gmail-web", "", "Läuft das auch mit SAP Business One, und wo stehen Ihre Server?", "", ["Tim"]),
        ("needs_follow_up", "outlook-web", "", "Zuständig ist bei uns Frau Kranz aus der Buchhaltung (s.kranz@hoffmann-logistik.test). Ich habe Ihre Mail an sie weitergeleitet.", "", ["Uwe Berg"]),
        ("needs_follow_up", "iphone", "", "Ich bin ab morgen zwei Wochen im Urlaub. Das Thema interessiert mich aber, können wir danach sprechen?", "", []),
        ("unclear", "yahoo", "", "Von welcher Firma sind Sie nochmal?", "", []),
        ("unclear", "gmail-android", "", "Aha.", "", []),
        ("unclear", "apple", "", "Hatten wir schon mal Kontakt?", "", []),
        ("unclear", "thunderbird-below", "", "Schwierig zu sagen.", "", ["K. Fuchs"]),
    ],
    "fr": [
        ("interested", "gmail-web", "Bonjour Alex,", "Bonne idée, notre clôture nous prend presque deux semaines. Je vous propose jeudi 10 h pour la présentation.", "Bien à vous,", ["Sophie"]),
        ("interested", "outlook-desktop", "Bonjour,", "Oui, montrez-nous ça. Envoyez une invitation à moi et à notre contrôleuse de gestion, Mme Lefèvre.", "Cordialement,", ["Antoine Mercier", "Directeur administratif et financier", "Mercier & Fils SAS – 12 rue des Lilas – 69003 Lyon", "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires."]),
        ("interested", "iphone", "", "Partant pour un échange de vingt minutes. Quels créneaux avez-vous mardi ?", "", []),
        ("interested", "zimbra", "", "C'est exactement ce qu'il nous faut. Appelez-moi au 06 12 34 56 78 quand vous voulez cette semaine.", "", ["Nathalie Roux"]),
        ("not_interested", "outlook-web", "", "Nous venons de signer avec un autre éditeur, donc ce ne sera pas possible.", "", ["L. Garnier"]),
        ("not_interested", "gmail-android", "", "Je ne souhaite plus recevoir ce genre de messages. Supprimez mon adresse, s'il vous plaît.", "", []),
        ("not_interested", "apple", "", "Merci, mais ce sujet n'est pas du tout prioritaire chez nous.", "", ["Hélène"]),
        ("not_interested", "thunderbird-below", "", "Non.", "", ["P. Blanc"]),
        ("needs_follow_up", "outlook-desktop", "", "Revenez vers moi après la clôture annuelle, fin février idéalement.", "Cordialement", ["Marc Fontaine"]),
        ("needs_follow_up", "gmail-web", "", "Quel est le prix par utilisateur ? Et est-ce compatible avec Sage 100 ?", "", ["Julie"]),
        ("needs_follow_up", "yahoo", "", "Ce n'est pas moi qui m'occupe de la comptabilité. Écrivez plutôt à Julien Moreau : j.moreau@mercier-fils.test.", "", []),
        ("needs_follow_up", "iphone", "", "Je pars en congés demain jusqu'au 4 janvier. Le sujet m'intéresse, recontactez-moi à mon retour.", "", []),
        ("unclear", "apple", "", "Qui vous a donné mon adresse ?", "", []),
        ("unclear", "gmail-android", "", "Euh… c'est-à-dire ?", "", []),
        ("unclear", "aol", "", "Je vois.", "", []),
        ("unclear", "outlook-web", "", "On s'est déjà parlé ?", "", []),
    ],
    "es": [
        ("interested", "gmail-web", "Hola Alex:", "Justo estamos buscando algo así. ¿Le viene bien una videollamada el miércoles a las 11?", "Un saludo,", ["Carmen"]),
        ("interested", "outlook-desktop", "", "Adelante con la demo. Mándeme un par de horarios para la semana que viene.", "Saludos cordiales,", ["Javier Ortega", "Director Financiero | Ortega Distribuciones S.L.", "Este mensaje es confidencial. Si lo ha recibido por error, comuníquelo al remitente y bórrelo."]),
        ("interested", "iphone", "", "Me parece muy útil. Llámeme mañana por la tarde al 612 345 678.", "", []),
        ("interested", "yahoo", "", "Sí, agendemos esos 20 minutos. Incluya también a nuestra jefa de contabilidad, Marta Gil.", "", ["Pilar"]),
        ("not_interested", "outlook-web", "", "Gracias, pero ya trabajamos con A3 y estamos contentos.", "", ["Luis Prieto"]),
        ("not_interested", "gmail-android", "", "No me escriban más, por favor. Borren mis datos.", "", []),
        ("not_interested", "apple", "", "No encaja con nuestras prioridades y no lo hará a corto plazo.", "", ["Elena"]),
        ("not_interested", "thunderbird-below", "", "Paso, gracias.", "", ["R. Molina"]),
        ("needs_follow_up", "outlook-desktop", "Buenos días:", "Estamos cerrando el ejercicio. Escríbame de nuevo a mediados de febrero.", "Atentamente,", ["Beatriz Navarro"]),
        ("needs_follow_up", "gmail-web", "", "¿Cuánto cuesta al mes y se integra con Holded?", "", ["Sergio"]),
        ("needs_follow_up", "zimbra", "", "Eso lo lleva nuestro director financiero, Andrés Vidal (andres.vidal@ortega-dist.test). Hable con él.", "", ["Rosa"]),
        ("needs_follow_up", "aol", "", "Antes de una llamada, ¿me puede mandar un dossier con precios y referencias?", "", []),
        ("unclear", "iphone", "", "¿Perdón? ¿De qué va esto?", "", []),
        ("unclear", "gmail-android", "", "Ya veremos.", "", []),
        ("unclear", "apple", "", "¿Nos conocemos?", "", []),
        ("unclear", "outlook-web", "", "Recibido.", "", ["Diego"]),
    ],
    "pt": [
        ("interested", "gmail-web", "Oi Alex,", "Gostei da proposta. Podemos conversar na quinta-feira às 15h?", "Abraço,", ["Camila"]),
        ("interested", "outlook-desktop", "Bom dia,", "Tenho interesse, sim. Mande um convite para a próxima semana, de preferência de manhã.", "Cumprimentos,", ["Ricardo Nunes", "Diretor Financeiro", "Nunes & Costa, Lda. | Rua Augusta 100 | 1100-053 Lisboa", "Esta mensagem é confidencial e destina-se apenas ao destinatário indicado."]),
        ("interested", "iphone", "", "Vamos marcar! Me liga amanhã no (11) 98765-4321.", "", []),
        ("interested", "zimbra", "", "Faz todo o sentido para nós. Inclua o nosso diretor financeiro, Rui Matos, na reunião.", "", ["Sofia Pires"]),
        ("not_interested", "apple", "", "Obrigado, mas não temos necessidade disso.", "", ["Paulo"]),
        ("not_interested", "gmail-android", "", "Por favor, retire o meu contacto da vossa base de dados.", "", []),
        ("not_interested", "outlook-web", "", "Já usamos o Primavera e não pretendemos mudar.", "", ["Tiago Lopes"]),
        ("not_interested", "thunderbird-below", "", "Não, obrigada.", "", ["Marta"]),
        ("needs_follow_up", "outlook-desktop", "", "Agora estamos no fecho do ano. Fale comigo de novo em fevereiro.", "Cumprimentos", ["Ana Cardoso"]),
        ("needs_follow_up", "gmail-web", "", "Qual é o valor mensal e funciona com o Omie?", "", ["Bruno"]),
        ("needs_follow_up", "yahoo", "", "Quem cuida disso aqui é a Fernanda Rocha, do financeiro: fernanda.rocha@nunescosta.test.", "", []),
        ("needs_follow_up", "aol", "", "Pode enviar uma apresentação com preços antes de marcarmos algo?", "", []),
        ("unclear", "iphone", "", "Como conseguiu o meu e-mail?", "", []),
        ("unclear", "gmail-android", "", "Hmm, não sei.", "", []),
        ("unclear", "apple", "", "Quem é você?", "", []),
        ("unclear", "outlook-web", "", "Depende.", "", ["Luísa"]),
    ],
    "it": [
        ("interested", "gmail-web", "Buongiorno Alex,", "la chiusura mensile per noi è un incubo. Possiamo sentirci martedì alle 14?", "Saluti,", ["Francesca"]),
        ("interested", "outlook-desktop", "", "Volentieri. Mi mandi un invito per la settimana prossima, anche giovedì va bene.", "Cordiali saluti", ["Marco Ricci", "Responsabile Amministrazione", "Ricci Forniture S.r.l. – Via Roma 21 – 20121 Milano", "Questo messaggio è riservato. Se lo avete ricevuto per errore, cancellatelo e avvisate il mittente."]),
        ("interested", "iphone", "", "Sì, facciamo questa demo. Mi chiami al 347 123 4567.", "", []),
        ("interested", "zimbra", "", "Proposta interessante. Aggiungete all'invito anche la nostra responsabile amministrativa, Sara Gallo.", "", ["Elisa Marino"]),
        ("not_interested", "outlook-web", "", "Grazie, ma usiamo già TeamSystem e non abbiamo intenzione di cambiare.", "", ["G. Bruno"]),
        ("not_interested", "gmail-android", "", "Non scrivetemi più e cancellate il mio indirizzo, grazie.", "", []),
        ("not_interested", "apple", "", "Non è una cosa che ci serve.", "", ["Luca"]),
        ("not_interested", "thunderbird-below", "", "No grazie.", "", ["A. Costa"]),
        ("needs_follow_up", "outlook-desktop", "", "Siamo sotto bilancio fino a fine gennaio. Ricontattatemi a febbraio.", "Saluti", ["Paola De Santis"]),
        ("needs_follow_up", "gmail-web", "", "Quanto costa all'anno e si collega a Fatture in Cloud?", "", ["Matteo"]),
        ("needs_follow_up", "yahoo", "", "Non sono io la persona giusta: se ne occupa il nostro CFO, Davide Ferri (davide.ferri@ricciforniture.test).", "", []),
        ("needs_follow_up", "iphone", "", "Domani parto per le ferie e torno il 7 gennaio. Mi interessa, ne parliamo al rientro?", "", []),
        ("unclear", "apple", "", "Chi le ha dato il mio indirizzo?", "", []),
        ("unclear", "gmail-android", "", "Mah.", "", []),
        ("unclear", "outlook-web", "", "Non capisco cosa intende.", "", ["Silvia"]),
        ("unclear", "aol", "", "Vedremo.", "", []),
    ],
}

# Automatic notices written here in the formats their senders use (the real ones are captured by capture.sh):
# (name, lang, kind, subject, extra headers, text). kind: exchange-ooo, gmail-vacation, helpdesk, left, plain-ooo, mdn
EXCHANGE_HEADERS = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                    "X-MS-Exchange-Inbox-Rules-Loop: {addr}", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
                    "Thread-Topic: {topic}", "Content-Language: {lang}"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Automatic reply: {subject}", EXCHANGE_HEADERS,
     "I am currently out of the office with no access to email and will return on Monday, 14 December.\n"
     "For urgent accounting matters please contact ap@harborlines.test."),
    ("exchange-ooo-de", "de", "Automatische Antwort: {subject}", EXCHANGE_HEADERS,
     "Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich 11.12. außer Haus. Ihre Nachricht wird nicht "
     "weitergeleitet.\nIn dringenden Fällen wenden Sie sich bitte an buchhaltung@hoffmann-logistik.test."),
    ("exchange-ooo-fr", "fr", "Réponse automatique : {subject}", EXCHANGE_HEADERS,
     "Bonjour,\n\nJe suis absente du bureau jusqu'au 15 décembre. Je traiterai votre message à mon retour.\n"
     "En cas d'urgence, contactez le standard au 04 72 00 00 00."),
    ("exchange-ooo-es", "es", "Respuesta automática: {subject}", EXCHANGE_HEADERS,
     "Gracias por su correo. Me encuentro de viaje hasta el 10 de diciembre y responderé a mi vuelta.\n"
     "Para temas urgentes, escriba a administracion@ortega-dist.test."),
    ("exchange-ooo-it", "it", "Risposta automatica: {subject}", EXCHANGE_HEADERS,
     "Gentile mittente,\nsarò fuori sede fino al 9 dicembre con accesso limitato alla posta. "
     "Per urgenze può scrivere a amministrazione@ricciforniture.test."),
    ("exchange-ooo-pt", "pt", "Resposta automática: {subject}", EXCHANGE_HEADERS,
     "Obrigado pelo seu e-mail. Estarei fora do escritório até 16 de dezembro.\n"
     "Responderei assim que possível após o meu regresso."),
    ("exchange-ooo-nl", "nl", "Automatisch antwoord: {subject}", EXCHANGE_HEADERS,
     "Dank voor uw bericht. Ik ben tot en met 18 december niet op kantoor en lees mijn mail niet.\n"
     "Voor dringende zaken kunt u bellen naar 020 555 0101."),
    ("gmail-vacation-en", "en", "Re: {subject}", ["Auto-Submitted: auto-replied"],
     "Hi there, thanks for reaching out! I'm travelling with patchy connection until December 9th.\n"
     "I'll get back to you as soon as I can."),
    ("gmail-vacation-es", "es", "Re: {subject}", ["Auto-Submitted: auto-replied"],
     "¡Hola! Estoy de vacaciones hasta el 8 de diciembre. Contestaré tu correo cuando vuelva."),
    ("helpdesk-ack-en", "en", "[Request #48213] Re: {subject}",
     ["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer", "Precedence: bulk"],
     "##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being reviewed "
     "by our support staff.\nTo add additional comments, reply to this email."),
    ("helpdesk-ack-de", "de", "[Ticket#2026120110000042] Eingangsbestätigung: {subject}",
     ["X-Autoreply: yes", "X-Mailer: OTRS Mail Service"],
     "Vielen Dank für Ihre Anfrage. Sie wurde unter der Ticketnummer 2026120110000042 erfasst und wird "
     "schnellstmöglich bearbeitet.\nBitte antworten Sie nicht auf diese automatisch erzeugte E-Mail."),
    ("left-exchange-en", "en", "Automatic reply: {subject}", EXCHANGE_HEADERS,
     "Thank you for your message. Please note that Olivia Grant is no longer employed by Harbor Freight Lines and "
     "this mailbox is not being monitored.\nPlease direct enquiries to info@harborlines.test."),
    ("left-plain-de", "de", "AW: {subject}", [],
     "Guten Tag,\n\nHerr Krüger ist zum 30.11. aus unserem Unternehmen ausgeschieden. E-Mails an diese Adresse "
     "werden nicht mehr gelesen.\nBitte wenden Sie sich an zentrale@hoffmann-logistik.test.\n\nDiese Nachricht "
     "wurde automatisch versandt."),
    ("left-plain-fr", "fr", "RE : {subject}", [],
     "Bonjour,\nMme Perrin ne fait plus partie de nos effectifs. Cette adresse n'est plus consultée.\n"
     "Merci d'adresser vos messages à contact@mercier-fils.test.\nCeci est un message automatique."),
    ("left-plain-it", "it", "R: {subject}", [],
     "Gentile mittente,\nil sig. Lombardi non lavora più presso la nostra azienda e questa casella non è più attiva.\n"
     "La preghiamo di scrivere a info@ricciforniture.test."),
    ("ooo-noheader-en", "en", "Re: {subject}", [],
     "This is an automated response. I am on annual leave until 7 December and will not be checking email.\n"
     "Your message has not been forwarded."),
    ("ooo-noheader-nl", "nl", "Re: {subject}", [],
     "Goedendag,\nIk ben met vakantie tot 14 december. Uw e-mail wordt na mijn terugkomst behandeld.\n"
     "Met vriendelijke groet, Sanne"),
    ("ooo-noheader-pt", "pt", "Re: {subject}", [],
     "Olá! Estou de licença até 3 de janeiro, sem acesso ao e-mail. Esta é uma resposta automática."),
    ("read-receipt-en", "en", "Read: {subject}", [], None),
]

LEAD_DOMAIN = {"en": "harborlines.test", "de": "hoffmann-logistik.test", "fr": "mercier-fils.test",
               "es": "ortega-dist.test", "pt": "nunescosta.test", "it": "ricciforniture.test", "nl": "dekker-bv.test"}
COMPANY = {"en": "Harbor Freight Lines", "de": "Hoffmann Logistik GmbH", "fr": "Mercier & Fils",
           "es": "Ortega Distribuciones", "pt": "Nunes & Costa", "it": "Ricci Forniture", "nl": "Dekker BV"}
FIRST = ["Sam", "Kim", "Robin", "Alex", "Jo", "Max", "Toni", "Andrea", "Noa", "Eli", "Sascha", "Luca", "Dani",
         "Ari", "Mika", "Chris"]

CAPTURED = [  # name, lang of the text, lead address, Message-ID of the campaign email (see capture.sh)
    ("sieve-vacation-de", "de", "mara.keller@kunde.test", "kept-s01"),
    ("sieve-vacation-fr", "fr", "claire.dumont@client.test", "kept-s02"),
    ("sieve-vacation-es", "es", "lucia.serrano@cliente.test", "kept-s03"),
    ("sieve-vacation-pt", "pt", "joao.alves@cliente.test", "kept-s04"),
    ("sieve-vacation-it", "it", "giulia.conti@cliente.test", "kept-s05"),
    ("sieve-vacation-nl", "nl", "bram.dekker@klant.test", "kept-s06"),
    ("sieve-vacation-en", "en", "tom.hughes@client.test", "kept-s07"),
    ("sieve-vacation-de-short", "de", "heike.brandt@kunde.test", "kept-s08"),
    ("sieve-vacation-pt-pt", "pt", "ines.ferreira@cliente.test", "kept-s09"),
    ("postfix-unknown-user-de", "en", "ole.brand@kunde.test", "kept-s10"),
    ("postfix-unknown-user-fr", "en", "paul.girard@client.test", "kept-s11"),
    ("postfix-unknown-user-pt", "en", "sara.lima@cliente.test", "kept-s12"),
    ("postfix-mailbox-disabled", "en", "archiv@kunde.test", "kept-s13"),
    ("postfix-nxdomain-it", "en", "nina.rossi@gone.invalid", "kept-s14"),
    ("postfix-unknown-user-en", "en", "ruth.baker@client.test", "kept-s15"),
    ("postfix-nxdomain-nl", "en", "p.smit@nergens.invalid", "kept-s16"),
    ("postfix-delayed-mailbox-full", "en", "rechnung@kunde.test", "kept-s17"),
    ("postfix-expired-mailbox-full", "en", "rechnung@kunde.test", "kept-s17"),
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
        if "https://seller.test/u/" in l:
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
        block = "%s: Alex Morgan <alex@seller.test>\n%s: %s\n%s: %s <%s>\n%s: %s" % (
            f, s, date, t, lead_name, lead_addr, subj, subject)
        mobile = fmt == "outlook-web" and n % 2 == 0
        tail = ("\n\n" + sig_plain if sig else "") + ("\n\n" + OUTLOOK_MOBILE[lang] + "<https://aka.ms/AAb9ysg>"
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
    if fmt == "thunderbird-below":
        attr = THUNDERBIRD_ATTR[lang]
        plain = attr + "\n" + quoted + "\n\n" + person + ("\n\n-- \n" + sig_plain if sig else "") + "\n"
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
        block = "-----Original Message-----\nFrom: Alex Morgan <alex@seller.test>\nTo: %s\nSent: %s\nSubject: %s" % (
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
        block = '%s\n%s: "Alex Morgan" <alex@seller.test>\n%s: "%s" <%s>\n%s: %s\n%s: %s' % (
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


def message(headers, subject, body, lead_name, lead_addr, mid, date):
    head = ["From: %s <%s>" % (enc_header(lead_name), lead_addr), "To: Alex Morgan <alex@seller.test>",
            "Subject: " + enc_header(subject), "Date: " + date, "In-Reply-To: <%s@seller.test>" % mid,
            "References: <%s@seller.test>" % mid] + headers + ["MIME-Version: 1.0"]
    return "\n".join(head) + "\n" + body


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    n = 0
    for lang, replies in REPLIES.items():
        for i, (label, fmt, greet, words, close, sig) in enumerate(replies):
            n += 1
            name = "%s-%02d-%s" % (lang, i + 1, fmt)
            first = FIRST[i % len(FIRST)]
            lead_name = sig[0] if sig and " " in sig[0] else "%s %s" % (first, COMPANY[lang].split()[0])
            lead_addr = "%s.%d@%s" % (first.lower(), n, LEAD_DOMAIN[lang])
            mid = "kept-h%03d" % n
            campaign = CAMPAIGN[lang].format(first=first, company=COMPANY[lang], token="h%03d" % n)
            headers, subject, body = render(fmt, lang, greet, words, close, sig, campaign, lead_name, lead_addr,
                                            SUBJECT[lang], n)
            date = "Wed, 2 Dec 2026 %02d:%02d:%02d +0100" % (8 + n % 10, n % 60, (n * 7) % 60)
            with open(os.path.join(OUT, name + ".eml"), "w", encoding="utf-8", newline="\r\n") as f:
                f.write(message(headers, subject, body, lead_name, lead_addr, mid, date))
            rows.append((name, label, lang, fmt, lead_addr, mid, words))
    for name, lang, subj_t, extra, text in AUTOMATIC:
        n += 1
        lead_name = "Team %s" % COMPANY[lang].split()[0]
        lead_addr = "office.%d@%s" % (n, LEAD_DOMAIN[lang])
        mid = "kept-a%03d" % n
        subject = subj_t.format(subject=SUBJECT[lang])
        hdrs = [h.format(addr=lead_addr, topic=enc_header(SUBJECT[lang]), lang=lang) for h in extra]
        if text is None:  # an Outlook read receipt (RFC 8098 disposition notification)
            body = ('Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn%04d"\n\n'
                    '--mdn%04d\nContent-Type: text/plain; charset="utf-8"\n\nYour message\n\n  To: %s\n  Subject: %s\n'
                    '  Sent: Tuesday, December 1, 2026 10:15:00 AM (UTC+01:00)\n\nwas read on Wednesday, December 2, '
                    '2026 9:02:11 AM (UTC+01:00).\n\n--mdn%04d\nContent-Type: message/disposition-notification\n\n'
                    'Reporting-UA: harborlines.test; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\n'
                    'Original-Message-ID: <%s@seller.test>\nDisposition: manual-action/MDN-sent-manually; displayed\n'
                    '\n--mdn%04d--\n' % (n, n, lead_addr, SUBJECT[lang], n, lead_addr, mid, n))
        else:
            body = "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" \
                   + qp(text) + "\n"
        hdrs = ["Message-ID: <auto-%04d@%s>" % (n, LEAD_DOMAIN[lang])] + hdrs
        date = "Tue, 1 Dec 2026 %02d:%02d:00 +0100" % (10 + n % 8, n % 60)
        with open(os.path.join(OUT, name + ".eml"), "w", encoding="utf-8", newline="\r\n") as f:
            f.write(message(hdrs, subject, body, lead_name, lead_addr, mid, date))
        rows.append((name, "skip", lang, "auto:" + name.split("-")[0], lead_addr, mid, ""))
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
