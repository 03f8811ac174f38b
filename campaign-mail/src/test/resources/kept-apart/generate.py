#!/usr/bin/env python3
"""Writes the client-format messages of the kept-apart set (messages/*.eml) and labels.csv.

The person's replies and the hand-made automatic notices are written here; the MIME around them (multipart/alternative
with the HTML each client writes, quoted-printable or base64 as they encode, their localised attribution and header
blocks, mobile and corporate signatures) is written by ../kept-apart-tools/clients.py, shared by the kept-apart sets.
This script keeps what is the set's own: the campaign email, the words, labels, names and domains, and when the
campaign was sent. The real Postfix bounces and Dovecot sieve vacation replies are captured by capture.sh, not written
here; this script only adds their labels.

    python3 generate.py     # rewrites messages/<name>.eml of the written messages, labels.csv and campaign/<lang>.txt
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the test resources
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "kept-apart-tools"))
import clients  # noqa: E402

OUT = os.path.join(HERE, "messages")
SELLER_NAME, SELLER_ADDR = "Alex Morgan", "alex@seller.test"

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


# how the replies quote it: sent Tue 1 Dec 2026 10:15:00; this set's Yahoo writes the Portuguese time as the CET
# clock (the later sets convert it to Brasília time) and its Thunderbird bottom-posts do not wrap long lines
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, "seller.test", datetime.datetime(2026, 12, 1, 10, 15, 0),
                           "https://seller.test/u/", clients.OUTLOOK_FOR_ANDROID, "https://aka.ms/AAb9ysg",
                           yahoo_brt_offset=0, flowed_below=False)


# ---------------------------------------------------------------------------------------------------------------
# The people's replies, as clients.Campaign.write_replies takes them.
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
# (name, lang, subject, extra headers, text); a text/plain message each, but the Outlook read receipt (text None)
EXCHANGE_HEADERS = clients.EXCHANGE_AUTO_REPLY[:6]  # without the later sets' X-MS-Has-Attach, X-MS-TNEF-Correlator
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
# the read receipt's text, with the lead's address and the subject
READ_RECEIPT = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: Tuesday, December 1, 2026 10:15:00 AM "
                "(UTC+01:00)\n\nwas read on Wednesday, December 2, 2026 9:02:11 AM (UTC+01:00).")

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


def main():
    rows = CLIENTS.write_replies(
        OUT, REPLIES, subjects=SUBJECT, campaigns=CAMPAIGN, companies=COMPANY, lead_domains=LEAD_DOMAIN,
        first_names=FIRST, mid="kept-h%03d", token="h%03d", first_from_signature=False,
        date=lambda n: "Wed, 2 Dec 2026 %02d:%02d:%02d +0100" % (8 + n % 10, n % 60, (n * 7) % 60))
    for n, (name, lang, subj_t, extra, text) in enumerate(AUTOMATIC, len(rows) + 1):
        lead_name = "Team %s" % COMPANY[lang].split()[0]
        lead_addr = "office.%d@%s" % (n, LEAD_DOMAIN[lang])
        mid = "kept-a%03d" % n
        subject = subj_t.format(subject=SUBJECT[lang])
        hdrs = [h.format(addr=lead_addr, topic=clients.enc_header(SUBJECT[lang]), lang=lang) for h in extra]
        if text is None:  # an Outlook read receipt (RFC 8098 disposition notification)
            body = CLIENTS.automatic_body("mdn", READ_RECEIPT % (lead_addr, SUBJECT[lang]), n, lead_addr, mid,
                                          receipt_qp=False)
        else:
            body = CLIENTS.automatic_body("plain", text, n, lead_addr, mid)
        hdrs = ["Message-ID: <auto-%04d@%s>" % (n, LEAD_DOMAIN[lang])] + hdrs
        date = "Tue, 1 Dec 2026 %02d:%02d:00 +0100" % (10 + n % 8, n % 60)
        clients.write_eml(OUT, name, CLIENTS.message(hdrs, subject, body, lead_name, lead_addr, mid, date))
        rows.append((name, "skip", lang, "auto:" + name.split("-")[0], lead_addr, mid, ""))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
