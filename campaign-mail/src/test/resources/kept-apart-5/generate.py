#!/usr/bin/env python3
"""Writes the client-format messages of the fifth kept-apart set (messages/*.eml), labels.csv and campaign/.

Everything a person or an automatic notice says was written for this set (product "Gridwatt", energy monitoring
for factories, seller Elif Sandberg, new lead domains) without looking at the classifiers' cues, examples or
reply-text code, or at the texts of the first four kept-apart sets. The MIME machinery around the words
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
SELLER_NAME, SELLER_ADDR = "Elif Sandberg", "elif@gridwatt.test"
MID_DOMAIN = "gridwatt.test"  # the campaign emails' Message-IDs are <ka5-…@gridwatt.test>
OPTOUT = "https://gridwatt.test/unsubscribe/"

SUBJECT = {
    "en": "Which of your machines run when nothing is being made?",
    "de": "Welche Maschinen laufen bei Ihnen, wenn nichts produziert wird?",
    "fr": "Quelles machines tournent quand rien n'est produit ?",
    "es": "¿Qué máquinas siguen consumiendo cuando no se produce nada?",
    "pt": "Que máquinas gastam energia quando nada está a ser produzido?",
    "it": "Quali macchine consumano quando non si produce niente?",
}

# the campaign email of each language: {first}, {company} and {token} are filled per message
CAMPAIGN = {
    "en": """Hi {first},

Most plants we measure find that 15 to 25 % of their electricity goes to machines that are switched on but not producing: compressors holding pressure over the weekend, ovens kept warm between shifts, extraction running in empty halls.

Gridwatt clips a small meter onto each main feed (no shutdown needed) and shows, per line and per machine, what is drawn while nothing is being made. Every Monday your maintenance lead gets a short list of what to switch off and when.

Would a 20-minute call with me be useful to see whether this applies at {company}? If you'd rather read first, I can send a two-page overview.

Kind regards,
Elif Sandberg
Gridwatt | Energy monitoring for manufacturing
gridwatt.test

You are receiving this email because we believe Gridwatt may be relevant to your work. To stop receiving our emails: https://gridwatt.test/unsubscribe/{token}""",
    "de": """Guten Tag {first},

in den meisten Werken, die wir messen, gehen 15 bis 25 % des Stroms an Maschinen, die eingeschaltet sind, aber nichts produzieren: Kompressoren, die übers Wochenende Druck halten, Öfen, die zwischen den Schichten warm bleiben, Absaugungen in leeren Hallen.

Gridwatt setzt einen kleinen Zähler an jede Hauptzuleitung (ohne Abschaltung) und zeigt pro Linie und Maschine, was verbraucht wird, während nichts hergestellt wird. Jeden Montag erhält Ihre Instandhaltung eine kurze Liste, was wann abgeschaltet werden kann.

Wäre ein 20-minütiges Gespräch mit mir sinnvoll, um zu sehen, ob das bei {company} zutrifft? Wenn Sie lieber zuerst lesen möchten, schicke ich Ihnen gern eine zweiseitige Übersicht.

Freundliche Grüße
Elif Sandberg
Gridwatt | Energiemonitoring für die Fertigung
gridwatt.test

Sie erhalten diese E-Mail, weil wir glauben, dass Gridwatt für Ihre Arbeit relevant sein könnte. Keine weiteren E-Mails erhalten: https://gridwatt.test/unsubscribe/{token}""",
    "fr": """Bonjour {first},

Dans la plupart des usines que nous mesurons, 15 à 25 % de l'électricité part dans des machines allumées qui ne produisent rien : compresseurs qui maintiennent la pression le week-end, fours gardés au chaud entre deux équipes, aspirations qui tournent dans des ateliers vides.

Gridwatt pose un petit compteur sur chaque arrivée principale (sans coupure) et montre, par ligne et par machine, ce qui est consommé quand rien n'est fabriqué. Chaque lundi, votre responsable maintenance reçoit une courte liste de ce qu'il faut couper et quand.

Un appel de 20 minutes avec moi serait-il utile pour voir si cela s'applique chez {company} ? Si vous préférez lire d'abord, je peux vous envoyer une présentation de deux pages.

Bien cordialement,
Elif Sandberg
Gridwatt | Suivi énergétique pour l'industrie
gridwatt.test

Vous recevez cet e-mail car nous pensons que Gridwatt peut être utile à votre activité. Pour ne plus recevoir nos e-mails : https://gridwatt.test/unsubscribe/{token}""",
    "es": """Hola, {first}:

En la mayoría de las plantas que medimos, entre el 15 y el 25 % de la electricidad se va en máquinas encendidas que no producen: compresores que mantienen la presión durante el fin de semana, hornos calientes entre turnos, extracciones funcionando en naves vacías.

Gridwatt coloca un pequeño medidor en cada acometida principal (sin parar nada) y muestra, por línea y por máquina, lo que se consume mientras no se fabrica nada. Cada lunes, su responsable de mantenimiento recibe una lista breve de qué apagar y cuándo.

¿Le sería útil una llamada de 20 minutos conmigo para ver si esto aplica en {company}? Si prefiere leer primero, puedo enviarle un resumen de dos páginas.

Un saludo cordial,
Elif Sandberg
Gridwatt | Monitorización energética para la industria
gridwatt.test

Recibe este correo porque creemos que Gridwatt puede ser útil para su trabajo. Para dejar de recibir nuestros correos: https://gridwatt.test/unsubscribe/{token}""",
    "pt": """Olá {first},

Na maioria das fábricas que medimos, 15 a 25 % da eletricidade vai para máquinas ligadas que não estão a produzir: compressores a manter pressão durante o fim de semana, fornos quentes entre turnos, exaustão a funcionar em pavilhões vazios.

A Gridwatt coloca um pequeno medidor em cada alimentação principal (sem paragem) e mostra, por linha e por máquina, o que é consumido enquanto nada é fabricado. Todas as segundas-feiras, o seu responsável de manutenção recebe uma lista curta do que desligar e quando.

Uma chamada de 20 minutos comigo seria útil para ver se isto se aplica na {company}? Se preferir ler primeiro, posso enviar-lhe uma apresentação de duas páginas.

Com os melhores cumprimentos,
Elif Sandberg
Gridwatt | Monitorização de energia para a indústria
gridwatt.test

Recebe este e-mail porque acreditamos que a Gridwatt pode ser útil para o seu trabalho. Para deixar de receber os nossos e-mails: https://gridwatt.test/unsubscribe/{token}""",
    "it": """Buongiorno {first},

nella maggior parte degli stabilimenti che misuriamo, tra il 15 e il 25 % dell'elettricità va a macchine accese che non producono: compressori che tengono la pressione nel fine settimana, forni tenuti caldi tra un turno e l'altro, aspirazioni accese in capannoni vuoti.

Gridwatt applica un piccolo misuratore su ogni linea di alimentazione principale (senza fermi) e mostra, per linea e per macchina, quanto si consuma mentre non si produce nulla. Ogni lunedì il vostro responsabile della manutenzione riceve un breve elenco di cosa spegnere e quando.

Le sarebbe utile una chiamata di 20 minuti con me per capire se vale anche per {company}? Se preferisce leggere prima, posso inviarle una presentazione di due pagine.

Cordiali saluti,
Elif Sandberg
Gridwatt | Monitoraggio energetico per la produzione
gridwatt.test

Riceve questa e-mail perché pensiamo che Gridwatt possa esserle utile nel suo lavoro. Per non ricevere più le nostre e-mail: https://gridwatt.test/unsubscribe/{token}""",
}

# how the replies quote it: sent Tue 1 Dec 2026 09:42:17 (CET); Outlook's mobile line as the app writes it
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 1, 9, 42, 17), OPTOUT,
                           dict(clients.OUTLOOK_FOR_ANDROID), "https://aka.ms/AAb9ysg")

# the corporate disclaimers Outlook desktop signatures carry, per language
DISCLAIMER = {
    "en": "This message and any attachments are confidential and intended solely for the addressee. If you have "
          "received it in error, please delete it and notify the sender.",
    "de": "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren "
          "Sie bitte den Absender und löschen Sie diese E-Mail. Sitz der Gesellschaft: Augsburg, HRB 31877.",
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. "
          "Toute diffusion non autorisée est interdite.",
    "es": "Este mensaje es confidencial y va dirigido exclusivamente a su destinatario. Si lo ha recibido por error, "
          "le rogamos que lo comunique al remitente y lo elimine.",
    "pt": "Esta mensagem é confidencial e destina-se exclusivamente ao seu destinatário. Se a recebeu por engano, "
          "por favor informe o remetente e apague-a.",
    "it": "Questo messaggio è riservato ed è destinato esclusivamente al destinatario indicato. Se l'avete ricevuto "
          "per errore, vi preghiamo di avvisare il mittente e di cancellarlo.",
}

# ---------------------------------------------------------------------------------------------------------------
# The people's replies, as clients.Campaign.write_replies takes them. Labels say what the person means.
I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"
D = DISCLAIMER

REPLIES = {}

REPLIES["en"] = [
    (I, "gmail-web", "Hi Elif,",
     "Funny timing. Our electricity bill for October came in at nearly double what we budgeted and the finance "
     "director has been on my back about it ever since. I'd be glad to do the 20 minutes. Could you do Wednesday "
     "the 9th, any time after 2pm UK time? I'll bring our maintenance supervisor along if he's free.",
     "Thanks,", ["Gareth Pollard", "Operations Manager", "Harwick Plastics"]),
    (N, "outlook-desktop", "Hello Elif,",
     "Thank you for getting in touch. We went through a full energy audit with our utility earlier this year and "
     "have sub-metering on all the moulding cells already (PowerLens, installed in the spring), so this isn't "
     "something we'd take further.",
     "Best regards,", ["Sandra Okafor", "Facilities & Energy Lead", "Harwick Plastics Ltd", D["en"]]),
    (F, "iphone", "",
     "Send over the two pager pls", "", []),
    (U, "thunderbird-between", "",
     "Weekends we shut the whole site down, compressors included. Weeknights are another story I suppose.",
     "", ["Martin Hale"]),
    (F, "outlook-web", "Hi,",
     "I'm not the right person for this, energy falls under our engineering manager, Priya Raman "
     "(priya.raman@harwickplastics.test). I've copied her in, maybe worth dropping her a line directly as well.",
     "Regards,", ["Tom Bexley"]),
    (I, "apple", "",
     "Go on then, 20 mins. Tuesday morning works best for me, before 10.",
     "", ["Neil"]),
    (N, "gmail-android", "",
     "Please take me off your list. Thanks", "", []),
    (F, "yahoo", "Hello Elif,",
     "What sort of money are we talking about? We've got two sites, roughly 40 machines between them. If it's "
     "priced per meter that adds up quickly, so a rough figure would help before anyone spends time on a call.",
     "Cheers", ["Dave Rowntree"]),
    (U, "aol", "",
     "thanks for the email Elif, appreciated", "", ["Bob"]),
    (I, "zimbra", "Elif,",
     "If it can read our existing Schneider meters rather than adding yet another box on every feed, then yes we'd "
     "talk. Assuming it can, put something in for next week and I'll make it work.",
     "", ["Callum Fraser", "Plant Engineer"]),
    (F, "thunderbird-below", "Hi Elif,",
     "I'm off from tomorrow until the 4th of January (finally using up my leave before it expires). Could you try me "
     "again in the new year? Happy to have a look then, not before.",
     "Cheers,", ["Rachel Dunmore"]),
    (N, "gmail-web", "",
     "Oh brilliant, another dashboard. Just what I need. No thanks.", "", ["Kev"]),
    (U, "outlook-desktop", "Hi Elif,",
     "We're in the middle of moving the extrusion line to the new unit on Brackley Road, so everything is a bit "
     "upside down here at the moment. The old building is on a separate supply anyway.",
     "Best,", ["Joanne Pike", "Site Administrator", "Harwick Plastics Ltd", D["en"]]),
    (N, "iphone", "",
     "Not this year mate, capex is frozen till April and anything with a price tag gets knocked back. Sorry",
     "", ["Marcus Webb"]),
    (I, "outlook-web", "",
     "yes ok. call me on 07700 900 418 rather than teams, I'm never at my desk",
     "", ["Lee Harrop"]),
    (U, "apple", "Hi,",
     "Is this the same outfit that rang our front desk last week?",
     "", ["Anna"]),
]

REPLIES["de"] = [
    (I, "outlook-desktop", "Hallo Frau Sandberg,",
     "diese Woche ist bei uns Inventur, da geht gar nichts. Wie wäre es mit Dienstag, 15.12., um 10:00 Uhr? Dann "
     "nehme ich mir gern die 20 Minuten, am besten per Teams.",
     "Mit freundlichen Grüßen", ["Andreas Kübler", "Leiter Instandhaltung", "Brenner Metallbau GmbH", D["de"]]),
    (I, "gmail-web", "Hallo,",
     "klingt grundsätzlich spannend, wir haben zwei alte Schraubenkompressoren, die vermutlich die ganze Nacht "
     "durchlaufen. Donnerstag 14 Uhr würde mir passen. Dann können Sie mir auch gleich erklären, ob Ihr Zähler in "
     "unsere Verteilung passt, die ist von 1987.",
     "Gruß", ["Holger Wendland"]),
    (U, "thunderbird-between", "",
     "Bei uns laufen die Öfen übers Wochenende sowieso, das Hochfahren dauert sonst sechs Stunden.",
     "", ["K. Albers"]),
    (I, "iphone", "",
     "Ja gern, rufen Sie mich an.", "", ["Stefanie Roth"]),
    (N, "outlook-web", "Sehr geehrte Frau Sandberg,",
     "vielen Dank für Ihr Angebot. Wir haben seit letztem Jahr über unseren Energieversorger das System Voltiq im "
     "Einsatz und sind damit zufrieden. Ein Wechsel steht nicht zur Debatte.",
     "Mit freundlichem Gruß", ["Dr. Martina Vogt"]),
    (F, "gmail-android", "",
     "Übersicht gerne", "", []),
    (U, "apple", "Grüezi Frau Sandberg",
     "Merci vielmal für die Nachricht. Einen schönen Tag noch.",
     "", ["Beat Zürcher"]),
    (N, "zimbra", "",
     "Bitte nehmen Sie mich aus Ihrem Verteiler. Danke.",
     "", ["Ralf Heinemann"]),
    (F, "yahoo", "Guten Tag,",
     "ich habe Ihre Mail an unseren Energiebeauftragten Herrn Jürgen Sommer weitergeleitet "
     "(j.sommer@brenner-metallbau.test). Er kümmert sich bei uns um die ISO 50001, bitte melden Sie sich direkt bei "
     "ihm.",
     "MfG", ["Petra Lindner", "Sekretariat Geschäftsführung"]),
    (I, "outlook-desktop", "Hallo Frau Sandberg,",
     "wenn wir das vier Wochen an der Pulverbeschichtung testen können, ohne gleich einen Vertrag zu unterschreiben, "
     "sind wir dabei. Schicken Sie mir einfach, was Sie dafür von uns brauchen.",
     "Viele Grüße", ["Markus Ebner", "Betriebsleiter", "Brenner Metallbau GmbH", D["de"]]),
    (U, "gmail-web", "Hallo Frau Sandberg,",
     "nur zur Info: wir gehören seit November zur Kessler-Gruppe, vieles wird gerade neu sortiert und die "
     "Zuständigkeiten sind noch offen.",
     "Beste Grüße", ["Tanja Reuß"]),
    (F, "thunderbird-below", "Hallo Frau Sandberg,",
     "ich gehe ab Montag für drei Wochen in Elternzeit und habe vorher noch einen Berg auf dem Tisch. Können Sie "
     "sich bitte Mitte Januar noch mal melden? Dann schaue ich mir das gern an.",
     "Gruß", ["Jan Pohlmann"]),
    (N, "aol", "",
     "Kein Bedarf.", "", ["Kurt"]),
    (U, "outlook-web", "",
     "Woher haben Sie eigentlich meine Adresse?", "", ["Sabine Krämer"]),
    (F, "iphone", "Servus,",
     "was kostet das ungefähr pro Messpunkt bzw. im Monat? Wir hätten so 25 Verbraucher.",
     "", ["Florian Gruber"]),
    (N, "gmail-android", "",
     "Heuer ist das Budget leider komplett weg, wir haben gerade die Halle 3 neu gedeckt. Für uns derzeit kein "
     "Thema.",
     "", ["Wolfgang Pichler"]),
]

REPLIES["fr"] = [
    (F, "gmail-web", "Bonjour,",
     "Concrètement, il faut faire venir un électricien pour poser vos compteurs ou c'est vous qui vous en chargez ? "
     "Et les données partent où, sur vos serveurs ou restent-elles chez nous ? Notre DSI va forcément poser la "
     "question.",
     "Cordialement,", ["Julien Marchal"]),
    (I, "outlook-desktop", "Bonjour Madame Sandberg,",
     "Volontiers pour un échange. Je suis disponible jeudi 10 décembre entre 11h et 12h, sinon le lundi suivant "
     "en fin de matinée.",
     "Bien à vous,", ["Catherine Aubry", "Directrice industrielle", "Fonderie Lemaire SAS", D["fr"]]),
    (N, "iphone", "",
     "Non merci.", "", []),
    (U, "thunderbird-between", "",
     "Nos compresseurs sont coupés par une horloge le vendredi soir. En théorie du moins.",
     "", ["Didier Perrot"]),
    (F, "zimbra", "Bonjour,",
     "Ce sujet est suivi par Mme Nathalie Giraud, notre responsable énergie : nathalie.giraud@fonderie-lemaire.test. "
     "Je vous laisse la contacter de ma part.",
     "Cdt", ["Olivier Masson"]),
    (N, "outlook-web", "Madame,",
     "Je ne souhaite plus être sollicité. Merci de supprimer mes coordonnées de vos fichiers, conformément au RGPD.",
     "Salutations", ["Bernard Fauvel"]),
    (U, "apple", "",
     "Merci pour votre message, bonne journée à vous.",
     "", ["Sophie"]),
    (I, "gmail-android", "",
     "ok pour un appel", "", []),
    (F, "yahoo", "",
     "Oui envoyez moi la doc, je regarde ca ce week end", "", ["Yannick"]),
    (N, "outlook-desktop", "Bonjour,",
     "Nous travaillons déjà avec EnerSuivi sur nos deux sites depuis 2023 et le contrat court encore deux ans. "
     "Nous ne donnerons pas suite.",
     "Cordialement,", ["Philippe Ravel", "Responsable maintenance", "Fonderie Lemaire SAS", D["fr"]]),
    (U, "zimbra", "Bonjour Elif,",
     "Notre directeur d'usine part à la retraite fin décembre et son remplaçant n'arrive qu'en février. D'ici là "
     "c'est un peu la période de transition.",
     "Bonne journée", ["Martine Caron"]),
    (F, "thunderbird-below", "Bonjour,",
     "Je suis en congés à partir du 18 décembre et jusqu'au 5 janvier inclus, et d'ici là c'est la course avec les "
     "clôtures. Pouvez-vous me recontacter après les fêtes ? Le sujet m'intéresse mais pas avant.",
     "Merci,", ["Hélène Dubreuil"]),
    (I, "iphone", "",
     "Appelez moi plutôt sur mon portable demain matin, 06 71 22 48 09, je suis en atelier toute la journée et je "
     "ne lis pas les mails.",
     "", ["Franck Boyer"]),
    (N, "aol", "",
     "Encore une solution miracle à 25 % d'économie... On a déjà donné avec trois prestataires, merci bien. Sans "
     "façon.",
     "", ["G. Lemoine"]),
    (U, "outlook-web", "",
     "Vous êtes basés où exactement ?", "", ["Laurent Picard"]),
    (I, "gmail-web", "Bonjour Elif,",
     "Ça m'intéresse. On paie pas loin de septante mille euros d'électricité par mois, donc même 5 % de moins ce "
     "serait déjà ça. Mardi prochain vers 14h, ça vous irait pour un premier échange ?",
     "Bien à vous,", ["Thierry Van Damme", "Fonderie Lemaire - site de Mons"]),
]

REPLIES["es"] = [
    (I, "outlook-desktop", "Buenos días, Elif:",
     "Esta semana me resulta imposible, tenemos auditoría de calidad. ¿Le vendría bien el miércoles 16 a las 10:30? "
     "Me reservo media hora por si nos alargamos.",
     "Un saludo,", ["Begoña Etxeberria", "Directora de Operaciones", "Conservas Arrieta, S.A.", D["es"]]),
    (N, "gmail-web", "Hola,",
     "Te agradezco el correo pero este año cerramos con pérdidas y no vamos a meter dinero en nada que no sea "
     "imprescindible. Así que no, gracias.",
     "Saludos", ["Iñaki Zubiri"]),
    (F, "iphone", "",
     "Mándeme el resumen, gracias", "", []),
    (U, "thunderbird-between", "",
     "La extracción de la nave 2 la apagamos a mano, cuando alguien se acuerda.",
     "", ["Josu Larrañaga"]),
    (F, "zimbra", "Hola Elif,",
     "¿Tienen algún cliente en conserveras o en alimentación en general con quien podamos hablar? Aquí nos fiamos "
     "más de lo que nos cuente otra fábrica que de cualquier folleto.",
     "Un saludo", ["Mikel Aranburu"]),
    (N, "apple", "",
     "Favor de darme de baja de su lista de correos. Saludos.",
     "", ["Ing. Rodrigo Salinas"]),
    (I, "gmail-android", "",
     "Dale, llamame", "", ["Facundo"]),
    (U, "outlook-web", "",
     "Muchas gracias por la información, un saludo.", "", ["Carmen Ortiz"]),
    (F, "yahoo", "Buenas,",
     "te paso con Arturo Beltrán, nuestro jefe de mantenimiento, que es quien lleva todo lo de consumos: "
     "arturo.beltran@conservas-arrieta.test. Ya le he reenviado tu correo.",
     "Un saludo", ["Nerea"]),
    (N, "outlook-desktop", "Estimada Elif:",
     "Ya contamos con medidores de Medidia en todas las líneas desde hace dos años, y el mantenimiento lo tenemos "
     "contratado con ellos. No nos encaja.",
     "Atentamente,", ["Javier Olazábal", "Responsable de Ingeniería", "Conservas Arrieta, S.A.", D["es"]]),
    (I, "zimbra", "Elif,",
     "Si se integra con nuestro SCADA (Wonderware, una versión bastante vieja) hablamos sin problema. Si es así, "
     "propónme un par de huecos la semana que viene y lo cerramos.",
     "", ["Aitor Goikoetxea"]),
    (F, "thunderbird-below", "Hola Elif,",
     "Me pillas saliendo por la puerta: me voy de vacaciones hasta el 7 de enero. Escríbeme a la vuelta y lo vemos "
     "con calma, que ahora no tengo cabeza.",
     "Un abrazo,", ["Lucía Montero"]),
    (U, "aol", "",
     "¿Esto es lo mismo que nos ofreció Iberdrola el año pasado?", "", ["Pedro"]),
    (N, "gmail-web", "",
     "No nos interesa, gracias.", "", ["Ana Belén"]),
    (I, "apple", "Hola Elif,",
     "Me interesa ver una demo. ¿Les queda bien el jueves a las 9 de la mañana hora de Ciudad de México? Somos la "
     "planta de Querétaro.",
     "Saludos cordiales", ["Verónica Treviño"]),
    (U, "gmail-android", "",
     "Justo estamos cambiando de comercializadora eléctrica, ya veremos cómo queda todo después de enero.",
     "", ["Raúl"]),
]

REPLIES["pt"] = [
    (I, "gmail-web", "Oi Elif, tudo bem?",
     "Achei interessante, a conta de luz aqui da planta de Criciúma só sobe. Pode ser quinta que vem às 15h, horário "
     "de Brasília? Manda o convite pro meu email que eu aceito.",
     "Abraço,", ["Thiago Bortolotto"]),
    (F, "outlook-desktop", "Boa tarde,",
     "Qual é o custo aproximado para uma unidade com cerca de 30 máquinas? E há custos de instalação à parte, ou "
     "está tudo incluído na mensalidade?",
     "Melhores cumprimentos,", ["Nuno Carvalhal", "Diretor Técnico", "Cerâmica Valadares, S.A.", D["pt"]]),
    (N, "iphone", "",
     "Não, obrigado.", "", []),
    (U, "thunderbird-between", "",
     "Os compressores novos já têm variador de velocidade, os antigos não.",
     "", ["Paulo Seabra"]),
    (F, "yahoo", "Olá Elif,",
     "quem cuida disso aqui é o Rogério Almeida, da engenharia de utilidades. O email dele é "
     "rogerio.almeida@ceramica-valadares.test, fala direto com ele que é melhor.",
     "Att,", ["Fernanda Lopes"]),
    (I, "gmail-android", "",
     "Pode ligar. Amanhã depois das 16h.", "", ["Joaquim"]),
    (N, "apple", "",
     "Por favor me tira dessa lista, não quero receber mais nada de vocês.",
     "", ["Marcelo Tavares"]),
    (U, "outlook-web", "",
     "Obrigada pelo contacto. Votos de um bom dia.", "", ["Isabel Fonseca"]),
    (F, "zimbra", "",
     "Sim, envie a apresentação por favor.", "", ["Rui Pimentel"]),
    (N, "outlook-desktop", "Exma. Senhora,",
     "Agradecemos o contacto, mas já temos a monitorização de consumos feita através da plataforma EnergiaViva, "
     "contratada com o nosso comercializador. Não temos interesse em avançar.",
     "Cumprimentos,", ["Ana Rita Gouveia", "Gestora de Energia", "Cerâmica Valadares, S.A.", D["pt"]]),
    (I, "yahoo", "",
     "Se der pra testar numa linha só por um mês, eu topo. Como a gente faz pra começar?",
     "", ["Renato"]),
    (F, "thunderbird-below", "Bom dia,",
     "Vou estar de férias de 21 de dezembro a 8 de janeiro e até lá ando atolado com o fecho do ano. Volte a "
     "contactar-me depois disso, se faz favor.",
     "Obrigado,", ["Miguel Sardinha"]),
    (U, "aol", "",
     "Estamos no meio de uma fusão com o grupo Cerâmicas do Vale, então tá tudo meio parado por aqui.",
     "", ["Cláudio"]),
    (N, "gmail-web", "Olá,",
     "Com o preço a que anda a energia, toda a gente nos quer vender poupanças. Este ano não há verba para isto. "
     "Obrigado na mesma.",
     "", ["Vasco Teixeira"]),
    (I, "apple", "Bom dia Elif,",
     "Prefiro falar por telefone do que por Teams. Ligue-me para o 912 345 678 na segunda-feira de manhã, antes "
     "das 11h.",
     "Cumprimentos", ["Luís Meireles"]),
    (U, "gmail-android", "",
     "kkkk todo mundo mandando email sobre energia essa semana", "", ["Diego"]),
]

REPLIES["it"] = [
    (N, "outlook-desktop", "Gentile Sig.ra Sandberg,",
     "la ringrazio, ma abbiamo già un sistema di monitoraggio di Energheia, installato due anni fa insieme al "
     "revamping della cabina. Al momento non siamo interessati.",
     "Distinti saluti", ["Roberto Pezzotti", "Responsabile Tecnico", "Trafilerie Bonomi S.p.A.", D["it"]]),
    (I, "gmail-web", "Buongiorno Elif,",
     "sì, sentiamoci. Lunedì 14 alle 11 le va bene? In caso contrario mi dica lei, io questa settimana sono sempre "
     "in giro tra i reparti.",
     "Saluti", ["Stefano Ghidini"]),
    (F, "iphone", "",
     "Mi mandi pure il pdf", "", []),
    (U, "thunderbird-between", "",
     "Il compressore grande il sabato lo spegniamo, quello piccolo no perché serve alla verniciatura.",
     "", ["Gianni Ferraresi"]),
    (F, "outlook-web", "",
     "Inoltro a Davide Colombo (davide.colombo@trafilerie-bonomi.test), che segue gli impianti e i consumi. Davide, "
     "ci dai un'occhiata tu e rispondi direttamente?",
     "Ciao", ["Elena Bonomi"]),
    (I, "gmail-android", "",
     "Va bene, chiamatemi", "", []),
    (N, "apple", "",
     "Vi prego di cancellare il mio indirizzo dalla vostra lista. Grazie.", "", ["Marco Rota"]),
    (U, "yahoo", "",
     "Grazie mille, buona giornata!", "", ["Lucia"]),
    (F, "zimbra", "Salve,",
     "ma il misuratore come comunica? Via wifi, SIM o serve un cavo di rete? In reparto trafilatura il wifi non "
     "arriva e non ho voglia di tirare cavi per 200 metri.",
     "Grazie", ["Fabio Cattaneo"]),
    (I, "outlook-desktop", "Buongiorno,",
     "se funziona anche sulle linee in media tensione possiamo parlarne. Mi proponga due date la prossima settimana, "
     "preferibilmente di pomeriggio.",
     "Cordialmente", ["Alessandro Belotti", "Direttore di Stabilimento", "Trafilerie Bonomi S.p.A.", D["it"]]),
    (U, "gmail-web", "Buongiorno,",
     "abbiamo appena messo il fotovoltaico sul tetto del capannone nuovo, per cui i conti dell'energia sono tutti da "
     "rifare.",
     "Saluti", ["Paola Zanardi"]),
    (F, "thunderbird-below", "Buonasera Elif,",
     "sono in ferie dal 19 dicembre al 6 gennaio e prima di partire ho mille cose da chiudere. Mi ricontatti verso "
     "metà gennaio, così ne parliamo con calma.",
     "Grazie e buone feste", ["Matteo Tironi"]),
    (N, "aol", "",
     "No grazie", "", ["Sergio"]),
    (U, "outlook-web", "",
     "Ho letto. Vedremo.", "", ["Giorgio Rinaldi"]),
    (N, "iphone", "",
     "Il budget 2027 è già chiuso e per queste cose non c'è un euro. Ne riparliamo quando la bolletta ci avrà fatto "
     "chiudere, forse.",
     "", ["Enrico Bonomi"]),
    (I, "gmail-android", "",
     "Passi pure in stabilimento un giorno, preferisco vedere il misuratore dal vivo piuttosto che fare una call. "
     "Siamo a Lumezzane, mi chiami prima per accordarci.",
     "", ["Daniele Ghirardi"]),
]

# ---------------------------------------------------------------------------------------------------------------
# Automatic notices written here in their senders' formats, as clients.Campaign.write_automatic takes them.
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "X-Google-Smtp-Source: AGHT+IHw7Qm2LxR4uTnB0"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Priya Raman", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Thank you for your email.\n\nI am currently on a site visit in Leicester with no access to email, returning "
     "on Thursday 3 December. For anything urgent regarding engineering please call reception on 01604 555 230.\n\n"
     "Priya"),
    ("exchange-ooo-de", "de", "Jürgen Sommer", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich 4. Dezember nicht im Haus. Ihre Nachricht wird "
     "nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an instandhaltung@brenner-metallbau.test.\n\n"
     "Mit freundlichen Grüßen\nJürgen Sommer"),
    ("exchange-ooo-fr", "fr", "Nathalie Giraud", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\n\nJe suis absente du bureau jusqu'au 7 décembre inclus. Je prendrai connaissance de votre message à "
     "mon retour.\nPour toute urgence, merci de contacter l'accueil au 03 27 55 40 10.\n\nNathalie Giraud"),
    ("exchange-ooo-es", "es", "Arturo Beltrán", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el lunes 7 de diciembre, con acceso limitado al "
     "correo. Para asuntos urgentes de mantenimiento, contacte con mantenimiento@conservas-arrieta.test.\n\n"
     "Arturo Beltrán"),
    ("exchange-ooo-pt", "pt", "Rogério Almeida", "Resposta automática: {subject}", EXCHANGE, "exchange",
     "Prezados,\n\nestou em viagem a trabalho até o dia 9 de dezembro, com acesso restrito ao e-mail. Responderei "
     "assim que possível.\n\nAtenciosamente,\nRogério Almeida"),
    ("exchange-ooo-it", "it", "Davide Colombo", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Buongiorno,\n\nsarò fuori ufficio fino a venerdì 4 dicembre compreso. Per urgenze potete scrivere a "
     "manutenzione@trafilerie-bonomi.test.\n\nCordiali saluti\nDavide Colombo"),
    ("exchange-ooo-bilingual-it", "it", "Chiara Pedretti", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Sono in maternità e non leggo la posta. Per questioni di acquisti scrivete a acquisti@trafilerie-bonomi.test."
     "\n\nI am on maternity leave and not reading email. For purchasing matters please write to "
     "acquisti@trafilerie-bonomi.test.\n\nChiara Pedretti"),
    ("exchange-left-de", "de", "Michael Brandl", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Guten Tag,\n\nHerr Brandl ist nicht mehr für die Brenner Metallbau GmbH tätig. Dieses Postfach wird nicht "
     "mehr gelesen. Bitte richten Sie Ihre Anfrage an info@brenner-metallbau.test.\n\nBrenner Metallbau GmbH"),
    ("gmail-vacation-es", "es", "Lucía Montero", "Re: {subject}", GMAIL_VACATION, "plain",
     "Hola,\n\nestoy de vacaciones hasta el 7 de enero y no voy a mirar el correo. Si es urgente, llama a la "
     "oficina de Pasaia.\n\nLucía"),
    ("gmail-vacation-it", "it", "Matteo Tironi", "In ferie", GMAIL_VACATION, "plain",
     "Ciao, sono in ferie fino all'8 dicembre. Rispondo al rientro.\nMatteo"),
    ("helpdesk-ack-en", "en", "Harwick Plastics Service Desk", "[Ticket #48213] {subject}",
     ["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"], "plain",
     "Hello,\n\nThanks for contacting Harwick Plastics. This is an automated message to confirm that we have received "
     "your request and a member of our team will respond within two working days.\n\nYour ticket reference is "
     "#48213. Please keep it in the subject line of any further emails about this request.\n\n"
     "Harwick Plastics Service Desk"),
    ("helpdesk-ack-fr", "fr", "Support Fonderie Lemaire", "[GLPI #0003127] Nouveau ticket - {subject}",
     ["Precedence: bulk", "X-Loop: support@fonderie-lemaire.test"], "plain",
     "Bonjour,\n\nVotre demande a bien été enregistrée sous le numéro 0003127. Elle sera traitée par nos services "
     "dans les meilleurs délais.\n\nMerci de ne pas répondre à ce message.\n\nLe support informatique"),
    ("left-company-en", "en", "Steve Callow", "Re: {subject}", [], "plain",
     "Steve Callow has left Harwick Plastics and this mailbox is no longer monitored. Please send any enquiries to "
     "enquiries@harwickplastics.test."),
    ("left-company-pt", "pt", "Helena Quintas", "Re: {subject}", ["Auto-Submitted: auto-replied"], "plain",
     "Informamos que a colaboradora Helena Quintas já não faz parte da Cerâmica Valadares. Para qualquer assunto, "
     "contacte geral@ceramica-valadares.test.\n\nCerâmica Valadares, S.A."),
    ("left-company-es", "es", "Jon Agirre", "RE: {subject}", [], "plain",
     "Jon Agirre ya no trabaja en Conservas Arrieta. Este buzón no se revisa. Para cualquier consulta diríjase a "
     "info@conservas-arrieta.test."),
    ("ooo-noheader-en", "en", "Hayley Burton", "Out of office: {subject}", [], "plain",
     "Hi,\n\nI'm out of the office until Monday 7th December. Your email will not be forwarded. For anything "
     "urgent please contact the production office on 01604 555 231.\n\nHayley"),
    ("ooo-noheader-it", "it", "Franca Lazzari", "Assente: {subject}", [], "plain",
     "Gentile mittente,\nsono assente fino al 9 dicembre per un corso di formazione. Per urgenze contattare il "
     "centralino 030 555 8120.\nFranca Lazzari"),
    ("ooo-noheader-es", "es", "Mónica Ruiz", "Fuera de la oficina: {subject}", [], "plain",
     "Buenos días,\nme encuentro fuera de la oficina hasta el 10 de diciembre. Atenderé su correo a mi regreso.\n"
     "Saludos,\nMónica Ruiz"),
    ("mdn-read-en", "en", "Gareth Pollard", "Read: {subject}", [], "mdn",
     "Your message\n\n  To: Gareth Pollard\n  Subject: {subject}\n  Sent: Tuesday, December 1, 2026 8:42:17 AM "
     "(UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nwas read on Wednesday, December 2, 2026 8:14:03 AM "
     "(UTC+00:00) Dublin, Edinburgh, Lisbon, London."),
    ("mdn-read-pt", "pt", "Nuno Carvalhal", "Lida: {subject}", [], "mdn",
     "A sua mensagem\n\n  Para: Nuno Carvalhal\n  Assunto: {subject}\n  Enviada: terça-feira, 1 de dezembro de 2026 "
     "08:42:17 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres\n\nfoi lida em quarta-feira, 2 de dezembro de 2026 "
     "09:20:45 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres."),
]

LEAD_DOMAIN = {"en": "harwickplastics.test", "de": "brenner-metallbau.test", "fr": "fonderie-lemaire.test",
               "es": "conservas-arrieta.test", "pt": "ceramica-valadares.test", "it": "trafilerie-bonomi.test"}
COMPANY = {"en": "Harwick Plastics", "de": "Brenner Metallbau", "fr": "Fonderie Lemaire",
           "es": "Conservas Arrieta", "pt": "Cerâmica Valadares", "it": "Trafilerie Bonomi"}
FIRST = ["Sam", "Alex", "Charlie", "Robin", "Jo", "Andrea", "Dani", "Kim", "Luca", "Noa", "Ariel", "Max",
         "Toni", "Sasha", "Jules", "Rene"]

CAPTURED = [  # name, lang of the text, lead address, Message-ID of the campaign email (see capture.sh)
    ("sieve-vacation-de", "de", "lukas.steiner@holzwerk-steiner.test", "ka5-s01"),
    ("sieve-vacation-fr", "fr", "amelie.roux@papeterie-roux.test", "ka5-s02"),
    ("sieve-vacation-es", "es", "pilar.ferrer@ceramicas-ferrer.test", "ka5-s03"),
    ("sieve-vacation-pt", "pt", "joana.moura@textil-moura.test", "ka5-s04"),
    ("sieve-vacation-it", "it", "paolo.conti@vetreria-conti.test", "ka5-s05"),
    ("sieve-vacation-en", "en", "owain.ashby@ashby-foods.test", "ka5-s06"),
    ("sieve-vacation-sv", "sv", "sofia.lindqvist@lindqvist-verkstad.test", "ka5-s07"),
    ("sieve-vacation-cs", "cs", "petr.novak@novak-strojirna.test", "ka5-s08"),
    ("sieve-reject-en", "en", "derek.mills@ashby-foods.test", "ka5-s09"),
    ("postfix-unknown-user-de", "en", "nina.haller@holzwerk-steiner.test", "ka5-s10"),
    ("postfix-unknown-user-es", "en", "compras@ceramicas-ferrer.test", "ka5-s11"),
    ("postfix-unknown-user-it", "en", "energia@vetreria-conti.test", "ka5-s12"),
    ("postfix-mailbox-disabled", "en", "technik@holzwerk-steiner.test", "ka5-s13"),
    ("postfix-relocated", "en", "hugo.blanc@papeterie-roux.test", "ka5-s14"),
    ("postfix-policy-reject", "en", "producao@textil-moura.test", "ka5-s15"),
    ("postfix-nxdomain-pt", "en", "geral@fundicao-amaral.invalid", "ka5-s16"),
    ("postfix-nxdomain-it", "en", "ufficio@stampi-rovelli.invalid", "ka5-s17"),
    ("postfix-delayed-mailbox-full", "en", "wartung@holzwerk-steiner.test", "ka5-s18"),
    ("postfix-expired-mailbox-full", "en", "wartung@holzwerk-steiner.test", "ka5-s18"),
]


def _normal(s):
    """As the evaluation test compares texts: NFC, no-break spaces as spaces, whitespace collapsed, lower case."""
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(s.split()).lower()


def check_fixture():
    """The set's own flaws the reading check would otherwise report: a person's text that contains a line of the
    campaign email it quotes (or the seller's name), which no reader could tell from a quoted line; and the counts
    per language and class."""
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
        first_names=FIRST, mid="ka5-h%03d", token="u%03d",
        date=lambda n: "Wed, 2 Dec 2026 %02d:%02d:%02d +0100" % (8 + n % 11, (n * 13) % 60, (n * 19) % 60))
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=SUBJECT, lead_domains=LEAD_DOMAIN, mid="ka5-a%03d",
        date=lambda n: "Tue, 1 Dec 2026 %02d:%02d:%02d +0100" % (10 + n % 4, 3 + n % 50, (n * 23) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
