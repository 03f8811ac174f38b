#!/usr/bin/env python3
"""Writes the client-format messages of the fourth kept-apart set (messages/*.eml), labels.csv and campaign/.

Everything a person or an automatic notice says was written for this set (product "Fleetkeep", maintenance planning
for vehicle fleets, seller Hannah Brandt, new lead domains) without looking at the classifiers' cues, examples or
reply-text code, or at the texts of the first three kept-apart sets. The MIME machinery around the words
(multipart/alternative with the HTML each client writes, quoted-printable or base64, the clients' localised
attribution lines and header blocks, mobile and corporate signatures) is ../kept-apart-tools/clients.py, shared by
the kept-apart sets; this script keeps what is the set's own. The real Postfix bounces and Dovecot sieve replies are
captured by capture.sh, not written here; this script only adds their labels.

    python3 generate.py     # rewrites the written messages/<name>.eml, labels.csv and campaign/<lang>.txt
"""
import datetime
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the test resources
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "kept-apart-tools"))
import clients  # noqa: E402

OUT = os.path.join(HERE, "messages")
SELLER_NAME, SELLER_ADDR = "Hannah Brandt", "hannah@fleetkeep.test"
MID_DOMAIN = "fleetkeep.test"  # the campaign emails' Message-IDs are <ka4-…@fleetkeep.test>
OPTOUT = "https://fleetkeep.test/optout/"

SUBJECT = {
    "en": "Fewer vehicles stuck at the roadside",
    "de": "Weniger ungeplante Standzeiten in Ihrer Flotte",
    "fr": "Moins d'immobilisations imprévues pour votre flotte",
    "es": "Menos paradas imprevistas en su flota",
    "pt": "Menos paragens imprevistas na sua frota",
    "it": "Meno fermi imprevisti per la vostra flotta",
}

# the campaign email of each language: {first}, {company} and {token} are filled per message
CAMPAIGN = {
    "en": """Hi {first},

When a vehicle misses its service, you usually find out on a hard shoulder, with a driver waiting for the recovery truck. Fleetkeep reads mileage and engine hours from your telematics every night and books each vehicle into the workshop before its service falls due.

Fleets like the one at {company} typically win back a third of their unplanned downtime in the first year.

Would a 20-minute call next week make sense, or shall I send you a two-page overview first?

Thanks,
Hannah Brandt
Fleetkeep | Fleet maintenance planning
fleetkeep.test

You are receiving this email because we think Fleetkeep could help with your work. To stop receiving our emails: https://fleetkeep.test/optout/{token}""",
    "de": """Hallo {first},

wenn ein Fahrzeug seinen Service verpasst, merkt man es meist erst auf dem Standstreifen, mit einem Fahrer, der auf den Abschleppwagen wartet. Fleetkeep liest jede Nacht Kilometerstand und Motorstunden aus Ihrer Telematik und bucht jedes Fahrzeug in die Werkstatt ein, bevor der Service fällig wird.

Flotten wie die von {company} holen im ersten Jahr meist ein Drittel ihrer ungeplanten Standzeiten zurück.

Passt Ihnen nächste Woche ein Gespräch von 20 Minuten, oder soll ich Ihnen zuerst eine zweiseitige Übersicht schicken?

Viele Grüße
Hannah Brandt
Fleetkeep | Wartungsplanung für Flotten
fleetkeep.test

Sie erhalten diese E-Mail, weil wir glauben, dass Fleetkeep Ihnen bei Ihrer Arbeit helfen kann. Wenn Sie keine E-Mails mehr von uns erhalten möchten: https://fleetkeep.test/optout/{token}""",
    "fr": """Bonjour {first},

Quand un véhicule rate sa révision, on s'en aperçoit souvent sur la bande d'arrêt d'urgence, avec un chauffeur qui attend la dépanneuse. Fleetkeep lit chaque nuit le kilométrage et les heures moteur dans votre télématique et réserve l'atelier pour chaque véhicule avant l'échéance de sa révision.

Des flottes comme celle de {company} récupèrent en général un tiers de leurs immobilisations imprévues dès la première année.

Un appel de 20 minutes la semaine prochaine aurait-il du sens, ou préférez-vous que je vous envoie d'abord une présentation de deux pages ?

Bien à vous
Hannah Brandt
Fleetkeep | Planification de la maintenance de flotte
fleetkeep.test

Vous recevez cet e-mail parce que nous pensons que Fleetkeep peut vous être utile dans votre travail. Pour ne plus recevoir nos e-mails : https://fleetkeep.test/optout/{token}""",
    "es": """Hola, {first}:

Cuando un vehículo se salta la revisión, normalmente uno se entera en el arcén, con un conductor esperando a la grúa. Fleetkeep lee cada noche los kilómetros y las horas de motor de su telemática y reserva taller para cada vehículo antes de que venza su revisión.

Las flotas como la de {company} suelen recuperar un tercio de sus paradas imprevistas en el primer año.

¿Tendría sentido una llamada de 20 minutos la semana que viene, o prefiere que le envíe antes un resumen de dos páginas?

Un saludo,
Hannah Brandt
Fleetkeep | Planificación del mantenimiento de flotas
fleetkeep.test

Recibe este correo porque creemos que Fleetkeep puede serle útil en su trabajo. Para dejar de recibir nuestros correos: https://fleetkeep.test/optout/{token}""",
    "pt": """Olá {first},

Quando uma viatura falha a revisão, normalmente só se dá por isso na berma da autoestrada, com um motorista à espera do reboque. A Fleetkeep lê todas as noites os quilómetros e as horas de motor da sua telemática e marca oficina para cada viatura antes de a revisão vencer.

Frotas como a da {company} recuperam normalmente um terço das paragens imprevistas logo no primeiro ano.

Faria sentido uma chamada de 20 minutos na próxima semana, ou prefere que lhe envie primeiro um resumo de duas páginas?

Obrigada,
Hannah Brandt
Fleetkeep | Planeamento da manutenção de frotas
fleetkeep.test

Recebe este email porque achamos que a Fleetkeep pode ser útil no seu trabalho. Para deixar de receber os nossos emails: https://fleetkeep.test/optout/{token}""",
    "it": """Buongiorno {first},

quando un mezzo salta il tagliando, di solito ce ne si accorge in corsia di emergenza, con un autista che aspetta il carro attrezzi. Fleetkeep legge ogni notte chilometri e ore motore dalla vostra telematica e prenota l'officina per ogni veicolo prima della scadenza del tagliando.

Flotte come quella di {company} recuperano in genere un terzo dei fermi non programmati già nel primo anno.

Avrebbe senso una chiamata di 20 minuti la prossima settimana, o preferisce che le mandi prima una presentazione di due pagine?

Un saluto,
Hannah Brandt
Fleetkeep | Pianificazione della manutenzione di flotte
fleetkeep.test

Riceve questa e-mail perché pensiamo che Fleetkeep possa esserle utile nel suo lavoro. Per non ricevere più le nostre e-mail: https://fleetkeep.test/optout/{token}""",
}

# how the replies quote it: sent Tue 1 Dec 2026 10:15:41 (CET); Outlook's mobile line as the app writes it
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 1, 10, 15, 41), OPTOUT,
                           dict(clients.OUTLOOK_FOR_ANDROID), "https://aka.ms/ghei36")

# the corporate disclaimers Outlook desktop signatures carry, per language
DISCLAIMER = {
    "en": "This email and any attachments are confidential and intended solely for the addressee. If you have "
          "received it in error, please notify the sender and delete it. Calder & Reeve Haulage Ltd, registered in "
          "England and Wales no. 04417722.",
    "de": "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie "
          "bitte sofort den Absender und vernichten Sie diese E-Mail. Spedition Wendt GmbH & Co. KG, Sitz Kassel, "
          "AG Kassel HRA 18734.",
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous "
          "l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire. Transports Morvan SAS, RCS "
          "Nevers 512 884 301.",
    "es": "Este mensaje y sus adjuntos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha "
          "recibido por error, comuníquelo al remitente y elimínelo. Autocares Ibáñez S.L., CIF B50998812.",
    "pt": "Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a recebeu "
          "por engano, informe o remetente e apague-a. Transportes Lacerda, Lda., NIPC 507 331 902.",
    "it": "Questo messaggio e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario. Se lo "
          "ha ricevuto per errore, ne informi il mittente e lo cancelli. Autolinee Ferraro S.r.l., P. IVA "
          "03318720984.",
}


# ---------------------------------------------------------------------------------------------------------------
# The people's replies, as clients.Campaign.write_replies takes them. Labels say what the person means.
I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"

REPLIES = {
    "en": [
        (I, "gmail-web", "Hi Hannah,",
         "Timing's good actually, we've had three tractor units off the road this month for things that should "
         "have been picked up at service. Thursday afternoon works for a call, any time after 2.",
         "Cheers", ["Dave Whitlock", "Transport Manager", "Calder & Reeve Haulage"]),
        (F, "outlook-desktop", "Hi Hannah,",
         "I'm not the right person for this. Workshop and maintenance planning sits with Priya Raman, our Fleet "
         "Engineering Manager (priya.raman@calderreeve.test). Best to drop her a line directly, I've told her to "
         "expect it.",
         "Kind regards,", ["Gemma Holt", "Operations Director", "Calder & Reeve Haulage Ltd",
                           "Unit 4, Brackmills Industrial Estate, Northampton NN4 7PB", DISCLAIMER["en"]]),
        (N, "iphone", "", "Not interested, thanks.", "", []),
        (U, "thunderbird-between", "",
         "We looked at something like this a couple of years back with another supplier. Didn't go anywhere, the "
         "budget got moved to the new depot in the end.",
         "", ["Martin Ashby", "Calder & Reeve Haulage"]),
        (F, "outlook-web", "Hi,",
         "Thanks for this. I'm off from Friday until the 4th of January so nothing's going to happen before then. "
         "Can you drop me an email again in the new year and we'll see if there's time for a chat?",
         "Thanks", ["Rachel Kerr"]),
        (N, "apple", "Hello Hannah,",
         "We already have a maintenance planner built into our telematics (Trakmo) and we're tied into that "
         "contract until 2028. So no, thank you.",
         "Regards", ["Steve Mullan", "Fleet Manager"]),
        (I, "gmail-android", "", "Ok, happy to do a demo. Send me a couple of slots.", "", ["Tom"]),
        (F, "yahoo", "Hi",
         "How does it handle vehicles on contract hire where the leasing company does the servicing? And what's "
         "the price per vehicle, roughly?",
         "", ["Neil Brannigan"]),
        (U, "aol", "", "Thank you for your email, noted.", "", ["Brian Cole"]),
        (N, "zimbra", "",
         "Please remove me from your mailing list. I don't wish to receive these emails.", "", ["Karen Lowe"]),
        (F, "thunderbird-below", "", "ok send it over", "", []),
        (I, "gmail-web", "Hi Hannah,",
         "We run 140 vehicles out of two depots and maintenance is a constant headache, mostly because the planner "
         "lives in a spreadsheet that exactly one person understands.\n\nI'd like to try it on the Corby depot "
         "first if that's possible, maybe 30 trucks for a month? Let me know what you'd need from us to get going.",
         "Thanks,", ["Aisha Okafor", "Head of Fleet", "Calder & Reeve Haulage"]),
        (N, "outlook-desktop", "Hi Hannah,",
         "We've just signed a three year agreement with our dealer network that includes service planning, so "
         "this isn't something we'd look at. Good luck with it though.",
         "Regards,", ["Graham Pryor", "Finance Director", "Calder & Reeve Haulage Ltd", DISCLAIMER["en"]]),
        (U, "iphone", "", "Who is this?", "", []),
        (I, "outlook-web", "",
         "Yes please, let's set up a call. Does Tuesday the 8th at 10am work? I'll bring our workshop supervisor "
         "along.",
         "", ["Leanne Marsh"]),
        (U, "apple", "",
         "Thanks, I'll have a read when things calm down a bit round here.", "", ["Phil"]),
    ],
    "de": [
        (N, "outlook-desktop", "Sehr geehrte Frau Brandt,",
         "vielen Dank für Ihre Nachricht. Wir haben die Wartungsplanung erst im Frühjahr auf das Modul unseres "
         "Flottenmanagement-Anbieters umgestellt und sind damit zufrieden. Ein weiteres System kommt für uns "
         "daher nicht in Frage.",
         "Mit freundlichen Grüßen", ["Ulrich Wendt", "Geschäftsführer", "Spedition Wendt GmbH & Co. KG",
                                     "Industriestraße 41, 34123 Kassel", DISCLAIMER["de"]]),
        (I, "gmail-web", "Hallo Hannah,",
         "klingt spannend. Wir haben 60 Sattelzüge und die HU- und Werkstatttermine laufen bei uns noch über "
         "einen Wandkalender, kein Witz. Nächste Woche Mittwoch oder Donnerstag vormittag passt mir für ein "
         "Gespräch.",
         "Gruß", ["Jan Petersen", "Disposition"]),
        (F, "thunderbird-between", "",
         "Dafür ist bei uns Herr Kowalczyk zuständig, unser Fuhrparkleiter. Schreiben Sie ihn bitte direkt an: "
         "m.kowalczyk@spedition-wendt.test",
         "", ["Heike Brandl", "Spedition Wendt"]),
        (U, "iphone", "", "Danke für die Info.", "", []),
        (F, "outlook-web", "Guten Tag Frau Brandt,",
         "ich bin ab morgen bis einschließlich 3. Januar im Urlaub. Melden Sie sich gerne danach noch einmal, "
         "dann schaue ich mir das in Ruhe an.",
         "Viele Grüße", ["Sven Albrecht"]),
        (N, "gmail-android", "", "Bitte streichen Sie meine Adresse aus Ihrem Verteiler. Danke.", "", []),
        (I, "apple", "Hallo Frau Brandt,",
         "können wir das mal 4 Wochen mit ein paar Fahrzeugen testen? Wenn es so funktioniert wie beschrieben, "
         "wäre das für unsere Werkstatt eine echte Entlastung.",
         "Gruß", ["Dirk Maas", "Werkstattleitung"]),
        (F, "zimbra", "Hallo,",
         "was kostet das pro Fahrzeug und Monat? Und woher bekommt das System die Kilometerstände, wir haben "
         "Telematik von zwei verschiedenen Herstellern im Einsatz.",
         "MfG", ["Andreas Kühn"]),
        (U, "yahoo", "Hallo,",
         "wir sind gerade mitten im Umzug an den neuen Standort in Baunatal, hier ist momentan alles etwas "
         "chaotisch.",
         "Gruß", ["Monika Schreiber"]),
        (N, "outlook-desktop", "", "kein Bedarf.", "", ["Frank Ludwig", "Spedition Wendt GmbH & Co. KG",
                                                         DISCLAIMER["de"]]),
        (F, "gmail-web", "", "Ja, schicken Sie mir gerne mal die Unterlagen.", "", ["Tanja Roth"]),
        (I, "thunderbird-below", "Hallo Frau Brandt,",
         "ja, ein Gespräch würde passen. Ich bin diese Woche noch Freitag ab 13 Uhr erreichbar, Tel. 0561 555 "
         "2290.\n\nUnsere Werkstatt betreut auch die Fahrzeuge von zwei Subunternehmern, das sollten wir dann "
         "gleich mit besprechen.",
         "Grüße", ["Klaus Wendt", "Fuhrpark und Werkstatt"]),
        (U, "aol", "", "Hab ich an die Kollegen weitergeleitet.", "", ["Rolf"]),
        (N, "outlook-web", "Hallo,",
         "danke, aber wir bleiben bei unserer Vertragswerkstatt, die plant die Wartung für uns mit. Wir brauchen "
         "da nichts Zusätzliches.",
         "Grüße", ["Birte Lange"]),
        (I, "iphone", "", "Ok, gerne telefonieren. Rufen Sie mich morgen Vormittag an.", "", ["Olaf"]),
        (U, "gmail-android", "",
         "Wir sind ein Familienbetrieb mit 12 LKW, ich weiß nicht ob sich sowas für uns überhaupt lohnt.",
         "", ["Gerd Hoffmann"]),
    ],
    "fr": [
        (I, "zimbra", "Bonjour Madame Brandt,",
         "Oui, ça m'intéresse. Nous avons 85 porteurs et la planification des vidanges se fait encore sur Excel. "
         "Je suis disponible mardi prochain à 14h pour un appel.",
         "Cordialement,", ["Philippe Morvan", "Directeur d'exploitation", "Transports Morvan"]),
        (N, "outlook-desktop", "Madame,",
         "Merci de ne plus m'envoyer ce type de message et de supprimer mes coordonnées de votre fichier.",
         "Cordialement", ["Sylvie Lambert", "Responsable administrative", "Transports Morvan SAS",
                          "ZI des Grands Champs, 58000 Nevers", DISCLAIMER["fr"]]),
        (F, "gmail-web", "Bonjour,",
         "Ce sujet est géré par notre responsable atelier, Karim Benali. Vous pouvez le contacter à "
         "karim.benali@transports-morvan.test, je l'ai prévenu.",
         "Bonne journée", ["Claire Dufour"]),
        (U, "iphone", "", "Merci pour votre message.", "Bonne journée", []),
        (F, "apple", "Bonjour,",
         "Je pars en congés demain et je serai de retour le 4 janvier. Pouvez-vous me recontacter à mon retour ? "
         "On pourra en parler à ce moment-là.",
         "Cdt", ["Laurent Girard", "Transports Morvan"]),
        (N, "thunderbird-between", "",
         "Nous utilisons deja Optiflotte depuis trois ans pour ca, avec le suivi des pneus en plus. Pas de "
         "changement prevu.",
         "", ["Eric Pasquier"]),
        (I, "gmail-android", "", "ok pour une démo", "", ["Mathieu"]),
        (F, "outlook-web", "Bonjour,",
         "Pouvez-vous m'indiquer vos tarifs ? Et est-ce que ça fonctionne aussi pour les semi-remorques, qui "
         "n'ont pas de boîtier télématique ?",
         "Merci", ["Nadia Chevalier"]),
        (U, "yahoo", "Bonjour,",
         "Je ne suis plus en charge du parc depuis septembre mais je reste dans l'entreprise.",
         "", ["Gérard Roussel"]),
        (N, "aol", "", "Non merci.", "", []),
        (F, "zimbra", "", "Envoyez-moi votre documentation, je regarderai.", "", ["Christophe Blanc"]),
        (I, "outlook-desktop", "Bonjour,",
         "Votre message tombe bien : nous venons d'avoir deux immobilisations longues sur des tracteurs dont la "
         "révision avait été oubliée.\n\nJe serais intéressé par un essai sur notre agence de Nevers. Qui dois-je "
         "contacter pour organiser ça ?",
         "Cordialement,", ["Franck Morvan", "Directeur général", "Transports Morvan SAS", DISCLAIMER["fr"]]),
        (U, "thunderbird-below", "", "Je transmets à la direction.", "", ["Agnès"]),
        (N, "gmail-web", "Bonjour,",
         "Merci mais nous sommes une petite structure (9 véhicules) et notre garagiste s'occupe de tout. Ce n'est "
         "pas pour nous.",
         "Bonne continuation", ["Pascale Renaud"]),
        (I, "iphone", "", "Oui pourquoi pas, appelez moi la semaine prochaine au 06 55 41 27 90", "", ["Bruno"]),
        (U, "outlook-web", "", "Bien reçu.", "", ["Valérie Fontaine"]),
    ],
    "es": [
        (F, "outlook-desktop", "Buenos días:",
         "Le paso el contacto de nuestro jefe de taller, Raúl Cifuentes (raul.cifuentes@autocares-ibanez.test), "
         "que es quien lleva el mantenimiento de los autocares. Mejor escríbale a él directamente.",
         "Atentamente,", ["Pilar Ibáñez", "Gerente", "Autocares Ibáñez S.L.", "Polígono Malpica, calle E, "
                          "50016 Zaragoza", DISCLAIMER["es"]]),
        (I, "gmail-web", "Hola Hannah,",
         "sí, me interesa verlo. Tenemos 42 autocares y las ITV y las revisiones nos traen de cabeza. ¿Te viene "
         "bien el jueves a las 11?",
         "Saludos", ["Álvaro Ibáñez"]),
        (N, "gmail-android", "", "Por favor, darme de baja de vuestra lista.", "", []),
        (U, "iphone", "", "Gracias!", "", []),
        (F, "thunderbird-below", "Hola,",
         "estoy de vacaciones hasta el 7 de enero (vuelvo después de Reyes). Si te parece, escríbeme otra vez a "
         "mediados de enero y lo vemos con calma.",
         "Saludos", ["Marisa Gil"]),
        (N, "outlook-web", "Buenas,",
         "Ya trabajamos con GestFlota para el plan de mantenimiento y estamos contentos. No nos interesa cambiar, "
         "gracias.",
         "", ["Jorge Sanz"]),
        (I, "apple", "",
         "¿Se puede probar gratis con unos cuantos vehículos? Si es así, adelante, me gustaría empezar cuanto "
         "antes.",
         "", ["Nuria Campos", "Jefa de tráfico"]),
        (F, "yahoo", "Buenas tardes.",
         "¿Cuánto cuesta por vehículo? ¿Y cómo se conecta con el tacógrafo, o hace falta instalar algo en los "
         "autocares?",
         "", ["Ramón Tello"]),
        (U, "thunderbird-between", "",
         "Nosotros tenemos taller propio en Zaragoza y otro concertado en Huesca.", "", ["Luis Ortega"]),
        (N, "zimbra", "", "No gracias, no es el momento.", "", ["Elena Prieto"]),
        (F, "iphone", "", "vale, mándame la info", "", []),
        (I, "outlook-desktop", "Estimada Sra. Brandt:",
         "Le agradezco el correo. Justamente este trimestre estamos revisando cómo planificamos el mantenimiento "
         "de la flota, así que me gustaría tener una reunión con usted y con nuestro jefe de taller. ¿Podría "
         "proponernos dos o tres fechas para la semana del 14?",
         "Reciba un cordial saludo,", ["Fernando Ibáñez", "Director general", "Autocares Ibáñez S.L.",
                                      DISCLAIMER["es"]]),
        (U, "aol", "", "Recibido, gracias. Lo comento con mi socio.", "", ["Paco"]),
        (N, "gmail-web", "Hola.",
         "Somos una empresa pequeña, con seis autocares, y el mantenimiento lo lleva el concesionario. No lo "
         "necesitamos.",
         "Saludos", ["Rosa Martín"]),
        (I, "outlook-web", "", "Perfecto, hablamos. Mañana por la tarde estoy libre, llámame al 655 301 447.", "",
         ["Diego Vera"]),
        (U, "gmail-android", "",
         "¿Perdón? Creo que se ha equivocado de persona, yo llevo la parte comercial.", "", ["Carlos Herrero"]),
    ],
    "pt": [
        (I, "gmail-android", "Olá Hannah,",
         "tenho interesse sim. Podemos marcar uma chamada na próxima semana? Terça ou quarta de manhã.",
         "", ["Nuno Lacerda"]),
        (N, "outlook-desktop", "Boa tarde,",
         "Agradeço o contacto, mas já utilizamos o sistema de manutenção da nossa gestora de frota e não "
         "pretendemos mudar.",
         "Cumprimentos,", ["Helena Pires", "Diretora Administrativa", "Transportes Lacerda, Lda.",
                           "Rua do Freixo 812, 4300-219 Porto", DISCLAIMER["pt"]]),
        (F, "apple", "Bom dia,",
         "Quem trata da manutenção dos camiões é o Eng. Paulo Macedo, diretor de frota. O email dele é "
         "paulo.macedo@transportes-lacerda.test, pode falar diretamente com ele.",
         "Cumprimentos", ["Inês Lacerda"]),
        (U, "yahoo", "", "Obrigado pelo email. Boas festas!", "", ["Joaquim Reis"]),
        (F, "gmail-web", "Oi Hannah, tudo bem?",
         "Estou de férias a partir de amanhã, só volto dia 11 de janeiro. Me manda um email depois disso que a "
         "gente conversa.",
         "Abs", ["Rafael Souza"]),
        (N, "zimbra", "",
         "Não quero receber mais emails. Retirem o meu endereço da vossa lista por favor.", "", ["Fernanda Lopes"]),
        (I, "thunderbird-between", "",
         "Gostaria de testar com os 20 camiões do armazém da Maia. Como fazemos?", "", ["Vasco Antunes"]),
        (F, "outlook-web", "Bom dia,",
         "Qual é o preço? E funciona com viaturas sem telemática, só com a leitura manual dos quilómetros?",
         "Obg", ["Ricardo Faria"]),
        (U, "iphone", "", "ok obrigado", "", []),
        (N, "gmail-android", "", "Sem interesse.", "", []),
        (F, "aol", "", "Pode mandar a apresentação, por favor.", "", ["Manuel Rocha"]),
        (I, "outlook-desktop", "Exma. Senhora,",
         "Acabámos de perder um contrato de distribuição por atrasos causados por avarias, por isso o tema é mais "
         "do que oportuno.\n\nAceito a conversa de 20 minutos; a minha assistente, a D. Alice, pode combinar o "
         "horário consigo (telefone 22 555 0187).",
         "Com os melhores cumprimentos,", ["António Lacerda", "Administrador", "Transportes Lacerda, Lda.",
                                           DISCLAIMER["pt"]]),
        (U, "thunderbird-below", "",
         "A empresa foi comprada pelo grupo Translusa em outubro, ainda nao sabemos como vai ficar a parte da "
         "frota.",
         "", ["Sérgio Matos"]),
        (N, "apple", "",
         "Obrigada, mas não. Trabalhamos com o concessionário há muitos anos e não vamos mudar.",
         "", ["Cristina Valente"]),
        (I, "gmail-web", "",
         "Bacana! Pode marcar uma demo comigo, quinta-feira depois das 15h fica bom pra mim.",
         "", ["Thiago Barbosa"]),
        (U, "yahoo", "", "Recebido. Vou ver isso com calma depois do fecho do ano.", "", ["Luísa Dias"]),
    ],
    "it": [
        (N, "gmail-web", "Buongiorno,",
         "vi prego di cancellare il mio indirizzo dalla vostra mailing list. Grazie.", "", ["Stefania Greco"]),
        (I, "outlook-desktop", "Gentile Sig.ra Brandt,",
         "la ringrazio. Il tema ci interessa molto: gestiamo 70 autobus tra linee urbane e noleggio, e la "
         "manutenzione programmata è il nostro punto debole. Sarei disponibile per una call lunedì 14 alle 10:30.",
         "Cordiali saluti", ["Massimo Ferraro", "Direttore tecnico", "Autolinee Ferraro S.r.l.",
                             "Via dell'Industria 18, 25125 Brescia", DISCLAIMER["it"]]),
        (F, "thunderbird-between", "",
         "Per queste cose deve sentire Davide Marchetti, il nostro responsabile officina: "
         "davide.marchetti@autolinee-ferraro.test",
         "", ["Lucia Bassi"]),
        (U, "gmail-android", "", "Grazie mille, buona giornata.", "", []),
        (F, "iphone", "Salve,",
         "sono in ferie fino al 6 gennaio. Mi ricontatti dopo l'Epifania per favore, così ne parliamo.",
         "", ["Alessandro Villa"]),
        (N, "zimbra", "",
         "Usiamo gia un gestionale per la flotta che fa anche lo scadenziario delle manutenzioni. Non ci serve "
         "altro.",
         "Saluti", ["Fabio Colombo"]),
        (I, "apple", "", "Si, sentiamoci.", "", ["Marco"]),
        (F, "outlook-web", "Buongiorno,",
         "quanto costa? E serve per forza la telematica o si possono inserire i chilometri a mano?",
         "Grazie", ["Elena Costa"]),
        (U, "aol", "", "Ho girato la mail al mio collega.", "", ["Gianni"]),
        (N, "yahoo", "", "No grazie, non ci interessa.", "", ["Paola Ricci"]),
        (F, "gmail-web", "",
         "Mi mandi pure una brochure o qualcosa da leggere, poi le faccio sapere.", "", ["Roberta Sala"]),
        (I, "thunderbird-below", "Buongiorno,",
         "ci interesserebbe fare una prova su una parte della flotta, diciamo i 15 mezzi del deposito di "
         "Brescia. Quali sono i passi per partire?",
         "Saluti", ["Giorgio Pellegrini", "Autolinee Ferraro"]),
        (U, "outlook-desktop", "Buonasera,",
         "abbiamo appena cambiato amministratore delegato e tutti i progetti nuovi sono fermi fino a nuovo ordine.",
         "Saluti", ["Laura Ferraro", "Ufficio acquisti", "Autolinee Ferraro S.r.l.", DISCLAIMER["it"]]),
        (N, "iphone", "",
         "Grazie ma siamo troppo piccoli, abbiamo 5 pulmini e li segue il meccanico sotto casa.", "", []),
        (I, "gmail-android", "", "Ok per la chiamata, mi chiami pure al 347 555 0192 nel pomeriggio.", "",
         ["Simone"]),
        (U, "outlook-web", "", "Scusi, ma voi siete quelli del preventivo per le gomme?", "", ["Antonio De Luca"]),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# Automatic notices written here in their senders' formats, as clients.Campaign.write_automatic takes them.
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "X-Google-Smtp-Source: AGHT+IF3kPq7ZrN2VbW8Yd"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Fiona McAllister", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Hello,\n\nI am out of the office until Monday 7 December with limited access to email. For anything to do with "
     "vehicle bookings please contact the traffic office at traffic@calderreeve.test.\n\nKind regards,\n"
     "Fiona McAllister"),
    ("exchange-ooo-de", "de", "Sabine Vogt", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 9. Dezember nicht im Büro. Ihre E-Mail wird "
     "nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an disposition@spedition-wendt.test.\n\n"
     "Mit freundlichen Grüßen\nSabine Vogt"),
    ("exchange-ooo-fr", "fr", "Nathalie Brun", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\n\nJe suis absente du bureau jusqu'au 8 décembre inclus. Pour toute demande urgente, merci de "
     "contacter exploitation@transports-morvan.test.\n\nCordialement,\nNathalie Brun"),
    ("exchange-ooo-es", "es", "Javier Lozano", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el 10 de diciembre, con acceso limitado al "
     "correo. Para asuntos urgentes, contacte con trafico@autocares-ibanez.test.\n\nJavier Lozano"),
    ("exchange-ooo-pt", "pt", "Sofia Teixeira", "Resposta automática: {subject}", EXCHANGE, "exchange",
     "Obrigada pela sua mensagem.\n\nEstou ausente em serviço externo até dia 9 de dezembro, com acesso "
     "limitado ao email. Para assuntos urgentes contacte geral@transportes-lacerda.test.\n\nSofia Teixeira"),
    ("exchange-ooo-it", "it", "Giulia Rinaldi", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Gentile mittente,\n\nsarò fuori ufficio fino all'11 dicembre compreso. Per urgenze può rivolgersi a "
     "esercizio@autolinee-ferraro.test.\n\nCordiali saluti\nGiulia Rinaldi"),
    ("exchange-ooo-de-en", "de", "Markus Ebner", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Ich bin bis zum 8. Dezember auf Dienstreise und lese meine E-Mails nur unregelmäßig. In dringenden Fällen: "
     "zentrale@spedition-wendt.test.\n\n---\n\nI am travelling on business until 8 December and will read email "
     "only occasionally. For urgent matters: zentrale@spedition-wendt.test.\n\nMarkus Ebner"),
    ("exchange-left-es", "es", "Carmen Soler", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Carmen Soler ya no forma parte de Autocares Ibáñez y este buzón no se revisa.\n\nPara cualquier consulta, "
     "escriba a info@autocares-ibanez.test."),
    ("gmail-vacation-fr", "fr", "Olivier Marchand", "Re: {subject}", GMAIL_VACATION, "plain",
     "Bonjour,\n\nJe suis en déplacement jusqu'au 7 décembre et je répondrai à votre message à mon retour.\n\n"
     "Olivier Marchand"),
    ("gmail-vacation-pt", "pt", "Tiago Moura", "Ausente até 10/12", GMAIL_VACATION, "plain",
     "Olá! Estou de férias até 10 de dezembro, sem acesso ao email. Respondo assim que voltar.\n\nTiago Moura"),
    ("helpdesk-freshdesk-en", "en", "Calder & Reeve Support", "Ticket Received - {subject}",
     ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: bulk"], "plain",
     "Dear customer,\n\nThank you for contacting Calder & Reeve Haulage. This is an automated response to confirm "
     "that we have received your request (ticket #48213). A member of our team will get back to you within two "
     "working days.\n\nPlease do not reply to this email; to add information to your request, use the link in "
     "your ticket.\n\nCalder & Reeve Customer Service"),
    ("helpdesk-otrs-de", "de", "Spedition Wendt Kundenservice",
     "[Ticket#2026120110000417] Eingangsbestätigung: {subject}", ["Precedence: bulk", "X-Loop: yes"], "plain",
     "Sehr geehrte Damen und Herren,\n\nIhre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer "
     "2026120110000417 erfasst. Wir bearbeiten sie so schnell wie möglich.\n\nDies ist eine automatisch erzeugte "
     "Nachricht.\n\nIhr Kundenservice der Spedition Wendt"),
    ("left-it", "it", "Roberto Conti", "Roberto Conti non lavora più in Autolinee Ferraro",
     ["Auto-Submitted: auto-generated"], "plain",
     "Buongiorno,\n\nRoberto Conti non fa più parte di Autolinee Ferraro. Questa casella non viene più letta.\n"
     "Per informazioni scriva a info@autolinee-ferraro.test.\n\nGrazie"),
    ("left-en", "en", "Simon Pike", "Re: {subject}", [], "plain",
     "Simon has now left Calder & Reeve Haulage and this mailbox is no longer monitored.\n\nFor transport "
     "enquiries please email ops@calderreeve.test."),
    ("left-fr", "fr", "Hélène Garnier", "Départ de l'entreprise", [], "plain",
     "Bonjour,\n\nHélène Garnier a quitté Transports Morvan le 30 novembre. Vos messages ne lui seront pas "
     "transmis. Merci d'écrire désormais à contact@transports-morvan.test.\n\nLe service informatique"),
    ("ooo-de", "de", "Peter Hahn", "Abwesend bis 14.12.", [], "plain",
     "Guten Tag,\n\nich bin bis zum 14.12. nicht im Haus. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.\n\n"
     "Peter Hahn"),
    ("ooo-pt", "pt", "Marta Silva", "Fora do escritório", [], "plain",
     "Bom dia,\n\nEstarei fora do escritório até dia 7 de dezembro. Responderei à sua mensagem quando regressar.\n"
     "Em caso de urgência: frota@transportes-lacerda.test\n\nMarta Silva"),
    ("ooo-fr", "fr", "Julien Faure", "Absent : {subject}", [], "plain",
     "Bonjour,\n\nJe suis actuellement en formation et ne lis pas mes e-mails avant le 9 décembre.\n\nJulien Faure"),
    ("mdn-read-de", "de", "Claudia Berger", "Gelesen: {subject}", [], "mdn",
     "Ihre Nachricht\n\n  An: Claudia Berger\n  Betreff: {subject}\n  Gesendet: Dienstag, 1. Dezember 2026 "
     "10:15:41 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\nwurde am Dienstag, 1. Dezember 2026 "
     "14:02:19 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen."),
    ("mdn-read-fr", "fr", "Isabelle Moreau", "Lu : {subject}", [], "mdn",
     "Votre message\n\n  À : Isabelle Moreau\n  Objet : {subject}\n  Envoyé : mardi 1 décembre 2026 10:15:41 "
     "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le mercredi 2 décembre 2026 09:03:55 "
     "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris."),
]

LEAD_DOMAIN = {"en": "calderreeve.test", "de": "spedition-wendt.test", "fr": "transports-morvan.test",
               "es": "autocares-ibanez.test", "pt": "transportes-lacerda.test", "it": "autolinee-ferraro.test"}
COMPANY = {"en": "Calder & Reeve Haulage", "de": "Spedition Wendt", "fr": "Transports Morvan",
           "es": "Autocares Ibáñez", "pt": "Transportes Lacerda", "it": "Autolinee Ferraro"}
FIRST = ["Jamie", "Robin", "Toni", "Sascha", "Dominique", "Chris", "Andrea", "Nico", "Alexis", "Rene", "Kai", "Lior",
         "Pat", "Mika", "Noel", "Eden"]

CAPTURED = [  # name, lang of the text, lead address, Message-ID of the campaign email (see capture.sh)
    ("sieve-vacation-de", "de", "tobias.reiter@reiter-entsorgung.test", "ka4-s01"),
    ("sieve-vacation-fr", "fr", "manon.guillot@guillot-demenagement.test", "ka4-s02"),
    ("sieve-vacation-es", "es", "ines.robles@robles-mudanzas.test", "ka4-s03"),
    ("sieve-vacation-pt", "pt", "rui.tavares@tavares-frio.test", "ka4-s04"),
    ("sieve-vacation-it", "it", "chiara.gallo@gallo-noleggi.test", "ka4-s05"),
    ("sieve-vacation-en", "en", "owen.pryce@pryce-coaches.test", "ka4-s06"),
    ("sieve-vacation-nl", "nl", "femke.dijkstra@dijkstra-bouw.test", "ka4-s07"),
    ("sieve-vacation-pl", "pl", "marta.wozniak@wozniak-trans.test", "ka4-s08"),
    ("sieve-reject-en", "en", "gareth.lloyd@pryce-coaches.test", "ka4-s09"),
    ("postfix-unknown-user-de", "en", "stefan.albers@reiter-entsorgung.test", "ka4-s10"),
    ("postfix-unknown-user-pt", "en", "beatriz.nunes@tavares-frio.test", "ka4-s11"),
    ("postfix-unknown-user-it", "en", "officina@gallo-noleggi.test", "ka4-s12"),
    ("postfix-mailbox-disabled", "en", "fuhrpark@reiter-entsorgung.test", "ka4-s13"),
    ("postfix-relocated", "en", "luc.perrin@guillot-demenagement.test", "ka4-s14"),
    ("postfix-policy-reject", "en", "flota@robles-mudanzas.test", "ka4-s15"),
    ("postfix-nxdomain-fr", "en", "atelier@garage-vasseur.invalid", "ka4-s16"),
    ("postfix-nxdomain-es", "en", "taller@talleres-quiroga.invalid", "ka4-s17"),
    ("postfix-delayed-mailbox-full", "en", "werkstatt@reiter-entsorgung.test", "ka4-s18"),
    ("postfix-expired-mailbox-full", "en", "werkstatt@reiter-entsorgung.test", "ka4-s18"),
]


def _normal(s):
    """As the evaluation test compares texts: NFC, no-break spaces as spaces, whitespace collapsed, lower case."""
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(s.split()).lower()


def check_fixture():
    """The set's own flaws the reading check would otherwise report: a person's text that contains a line of the
    campaign email it quotes (or the seller's name), which no reader could tell from a quoted line."""
    problems = []
    for lang, replies in REPLIES.items():
        fixed = [_normal(l.split("{")[0]) for l in CAMPAIGN[lang].split("\n")]
        fixed = [l for l in fixed if len(l) >= 12] + [_normal(SELLER_NAME)]
        for i, (label, fmt, greet, words, close, sig) in enumerate(replies):
            text = _normal(" ".join([greet, words, close] + sig))
            problems += ["%s-%02d: %r" % (lang, i + 1, l) for l in fixed if l in text]
        counts = {c: sum(1 for r in replies if r[0] == c) for c in (I, N, F, U)}
        if len(replies) != 16 or set(counts.values()) != {4}:
            problems.append("%s: %d replies, %s" % (lang, len(replies), counts))
    if problems:
        raise SystemExit("fixture flaws:\n" + "\n".join(problems))


def main():
    check_fixture()
    rows = CLIENTS.write_replies(
        OUT, REPLIES, subjects=SUBJECT, campaigns=CAMPAIGN, companies=COMPANY, lead_domains=LEAD_DOMAIN,
        first_names=FIRST, mid="ka4-h%03d", token="t%03d",
        date=lambda n: "Thu, 3 Dec 2026 %02d:%02d:%02d +0100" % (8 + n % 10, (n * 11) % 60, (n * 7) % 60))
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=SUBJECT, lead_domains=LEAD_DOMAIN, mid="ka4-a%03d",
        date=lambda n: "Tue, 1 Dec 2026 %02d:%02d:%02d +0100" % (11 + n % 3, 5 + n % 50, (n * 17) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
