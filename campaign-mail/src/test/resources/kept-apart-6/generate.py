#!/usr/bin/env python3
"""Writes the client-format messages of the sixth kept-apart set (messages/*.eml), labels.csv and campaign/.

Everything a person or an automatic notice says was written for this set (product "Benchslot", booking of shared
lab instruments for universities and research institutes, seller Marit Okafor, new lead domains) without looking
at the classifiers' cues, examples or reply-text code, or at the texts of the first five kept-apart sets. The MIME
machinery around the words is ../kept-apart-tools/clients.py, shared by the kept-apart sets; this script keeps what
is the set's own. The real Postfix bounces and Dovecot sieve replies are captured by capture.sh, not written here;
this script only adds their labels.

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
SELLER_NAME, SELLER_ADDR = "Marit Okafor", "marit@benchslot.test"
MID_DOMAIN = "benchslot.test"  # the campaign emails' Message-IDs are <ka6-…@benchslot.test>
OPTOUT = "https://benchslot.test/optout/"

SUBJECT = {
    "en": "Who booked the confocal last Tuesday?",
    "de": "Wer hat das Konfokalmikroskop letzten Dienstag gebucht?",
    "fr": "Qui a réservé le confocal mardi dernier ?",
    "es": "¿Quién reservó el confocal el martes pasado?",
    "pt": "Quem reservou o confocal na terça passada?",
    "it": "Chi ha prenotato il confocale martedì scorso?",
}

# the campaign email of each language: {first}, {company} and {token} are filled per message
CAMPAIGN = {
    "en": """Dear {first},

Shared instruments in most departments are still booked on paper lists, shared spreadsheets or by email to one technician, and at the end of each term someone spends days working out which group used how many hours.

Benchslot gives every instrument its own booking calendar with training checks, logs actual use from a small badge reader at the bench, and charges each group's hours to the right grant code automatically. Facility managers see which instruments are overbooked and which stand idle.

Could we have a 20-minute call to see whether this would help at {company}? Or I can send you a two-page overview first.

Best regards,
Marit Okafor
Benchslot | Instrument booking for research labs
benchslot.test

You are receiving this email because we believe Benchslot may be relevant to your work. To stop receiving our emails: https://benchslot.test/optout/{token}""",
    "de": """Guten Tag {first},

gemeinsam genutzte Geräte werden in vielen Instituten noch über Papierlisten, geteilte Tabellen oder per E-Mail an eine technische Assistenz gebucht, und am Semesterende rechnet jemand tagelang nach, welche Arbeitsgruppe wie viele Stunden genutzt hat.

Benchslot gibt jedem Gerät einen eigenen Buchungskalender mit Prüfung der Einweisung, erfasst die tatsächliche Nutzung über einen kleinen Badge-Leser am Gerät und verbucht die Stunden jeder Gruppe automatisch auf das richtige Projektkonto. Die Leitung der Core Facility sieht, welche Geräte überbucht sind und welche ungenutzt bleiben.

Hätten Sie Zeit für ein 20-minütiges Gespräch, um zu sehen, ob das bei {company} hilft? Gerne schicke ich Ihnen vorab auch eine zweiseitige Übersicht.

Mit freundlichen Grüßen
Marit Okafor
Benchslot | Gerätebuchung für Forschungslabore
benchslot.test

Sie erhalten diese E-Mail, weil wir glauben, dass Benchslot für Ihre Arbeit relevant sein könnte. Wenn Sie keine E-Mails mehr von uns erhalten möchten: https://benchslot.test/optout/{token}""",
    "fr": """Bonjour {first},

Dans beaucoup de laboratoires, les équipements partagés se réservent encore sur des feuilles papier, des tableurs partagés ou par e-mail à un technicien, et à la fin de chaque semestre quelqu'un passe des jours à calculer quelle équipe a utilisé combien d'heures.

Benchslot donne à chaque équipement son propre calendrier de réservation avec vérification des formations, enregistre l'utilisation réelle grâce à un petit lecteur de badge au poste et impute automatiquement les heures de chaque équipe sur le bon contrat. Les responsables de plateforme voient quels équipements sont surbookés et lesquels restent inutilisés.

Pourrions-nous prendre 20 minutes au téléphone pour voir si cela aiderait à {company} ? Je peux aussi vous envoyer d'abord une présentation de deux pages.

Bien cordialement,
Marit Okafor
Benchslot | Réservation d'équipements pour laboratoires de recherche
benchslot.test

Vous recevez cet e-mail car nous pensons que Benchslot peut être utile à votre travail. Pour ne plus recevoir nos e-mails : https://benchslot.test/optout/{token}""",
    "es": """Hola, {first}:

En muchos departamentos los equipos compartidos se siguen reservando en hojas de papel, hojas de cálculo compartidas o por correo a un técnico, y al final de cada cuatrimestre alguien pasa días calculando qué grupo usó cuántas horas.

Benchslot da a cada equipo su propio calendario de reservas con control de formación, registra el uso real con un pequeño lector de tarjetas junto al equipo y carga automáticamente las horas de cada grupo al proyecto correcto. Los responsables de los servicios técnicos ven qué equipos están saturados y cuáles se quedan parados.

¿Le parece que hablemos 20 minutos por teléfono para ver si esto ayudaría en {company}? Si lo prefiere, primero le envío un resumen de dos páginas.

Un cordial saludo,
Marit Okafor
Benchslot | Reserva de equipos para laboratorios de investigación
benchslot.test

Recibe este correo porque creemos que Benchslot puede ser útil para su trabajo. Para dejar de recibir nuestros correos: https://benchslot.test/optout/{token}""",
    "pt": """Olá {first},

Em muitos departamentos, os equipamentos partilhados ainda são reservados em listas de papel, folhas de cálculo partilhadas ou por e-mail a um técnico, e no fim de cada semestre alguém passa dias a apurar que grupo usou quantas horas.

O Benchslot dá a cada equipamento o seu próprio calendário de reservas com verificação de formação, regista a utilização real através de um pequeno leitor de cartão junto ao equipamento e imputa automaticamente as horas de cada grupo ao projeto certo. Os responsáveis pelas plataformas veem que equipamentos estão sobrelotados e quais ficam parados.

Podemos falar 20 minutos ao telefone para ver se isto ajudaria no {company}? Se preferir, envio-lhe primeiro uma apresentação de duas páginas.

Com os melhores cumprimentos,
Marit Okafor
Benchslot | Reserva de equipamentos para laboratórios de investigação
benchslot.test

Recebe este e-mail porque achamos que o Benchslot pode ser útil no seu trabalho. Para deixar de receber os nossos e-mails: https://benchslot.test/optout/{token}""",
    "it": """Gentile {first},

in molti dipartimenti gli strumenti condivisi si prenotano ancora su fogli di carta, fogli di calcolo condivisi o per e-mail a un tecnico, e a fine semestre qualcuno passa giorni a ricostruire quale gruppo ha usato quante ore.

Benchslot dà a ogni strumento il suo calendario di prenotazione con verifica della formazione, registra l'uso effettivo con un piccolo lettore di badge accanto allo strumento e addebita automaticamente le ore di ogni gruppo sul progetto giusto. I responsabili delle facility vedono quali strumenti sono sovraprenotati e quali restano fermi.

Possiamo sentirci 20 minuti al telefono per capire se può servire a {company}? Se preferisce, le mando prima una presentazione di due pagine.

Cordiali saluti,
Marit Okafor
Benchslot | Prenotazione strumenti per laboratori di ricerca
benchslot.test

Riceve questa e-mail perché pensiamo che Benchslot possa esserle utile nel suo lavoro. Per non ricevere più le nostre e-mail: https://benchslot.test/optout/{token}""",
}

# how the replies quote it: sent Tue 1 Dec 2026 09:42:17 (CET); Outlook's mobile line as the app writes it
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 1, 9, 42, 17), OPTOUT,
                           dict(clients.OUTLOOK_FOR_ANDROID), "https://aka.ms/AAb9ysg")

# the disclaimers Outlook desktop signatures carry, per language
DISCLAIMER = {
    "en": "This email and any files transmitted with it are confidential. If you are not the intended recipient, "
          "please notify the sender and delete it. Northmoor University is a registered charity.",
    "de": "Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sollten Sie nicht der "
          "vorgesehene Empfänger sein, benachrichtigen Sie bitte den Absender. Hochschule Wendelstein, Körperschaft "
          "des öffentlichen Rechts.",
    "fr": "Ce courriel et ses éventuelles pièces jointes sont strictement confidentiels. Si vous n'en êtes pas le "
          "destinataire, merci de le détruire et d'en avertir l'expéditeur.",
    "es": "La información contenida en este correo es confidencial. Si usted no es el destinatario, le rogamos que "
          "lo notifique al remitente y proceda a su borrado. Instituto Sierra Alta, consorcio público de investigación.",
    "pt": "Esta mensagem pode conter informação confidencial. Caso não seja o destinatário, por favor avise o "
          "remetente e elimine-a. Antes de imprimir, pense no ambiente.",
    "it": "Le informazioni contenute in questo messaggio sono riservate. Se non ne siete i destinatari, vi preghiamo "
          "di informare il mittente e di eliminarlo. Università di Roccalba - P.IVA 00455120341.",
}

# ---------------------------------------------------------------------------------------------------------------
# The people's replies, as clients.Campaign.write_replies takes them. Labels say what the person means.
I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"
D = DISCLAIMER

REPLIES = {}

REPLIES["en"] = [
    (I, "gmail-web", "Hi Marit,",
     "Our imaging facility has been limping along on a shared Google calendar and an honesty box for three years, "
     "so yes, let's talk. Not this week though, we've got the Athena Swan panel in. Would Thursday 10th or Friday "
     "11th work, any time after 11?",
     "Cheers,", ["Rhiannon Price", "Imaging Facility Manager"]),
    (N, "outlook-desktop", "Hello,",
     "Thanks for the email. We moved all our shared kit onto FacilityDesk last summer after a procurement process "
     "that took the best part of a year, and frankly nobody here has the stomach to go through that again. So it's "
     "a no from us, but good luck with it.",
     "Regards,", ["Graham Whitlock", "Departmental Superintendent", "School of Chemistry, Northmoor University",
                  D["en"]]),
    (F, "iphone", "", "send the 2 pager pls", "", ["Ian"]),
    (I, "thunderbird-between", "",
     "That is exactly our problem, the confocal was double booked twice last month and there were tears. Happy "
     "to talk, Monday afternoon is usually quiet for me.",
     "", ["Kate Ellison"]),
    (I, "outlook-web", "Marit,",
     "I don't really do video calls if I can avoid them. If you want to ring me on 07700 900412 tomorrow morning "
     "I'll happily give you the 20 mins.",
     "", ["Owen Hargreaves"]),
    (F, "apple", "Hi Marit,",
     "Not my area any more I'm afraid. The instrument side is now run by Dr Hamish Kerr (h.kerr@northmoor-uni.test), "
     "I've copied him in. Hamish, one for you maybe?",
     "Best,", ["Alison Brierley"]),
    (N, "gmail-android", "", "Not for us, ta.", "", ["Pete Dobson"]),
    (U, "yahoo", "", "Thanks for getting in touch Marit, much appreciated.", "", ["Sandra Quayle"]),
    (F, "aol", "Hello,",
     "How much would this cost per instrument? We've got about 40 bits of kit across two floors and our budget is "
     "basically whatever is left after the liquid nitrogen bill.",
     "", ["Trevor Ainsworth"]),
    (I, "zimbra", "", "Yes to the call. Wed 2pm?", "", ["Nadia Rahman"]),
    (N, "thunderbird-below", "",
     "Ah yes, another system that will finally sort everything out. We've had four of those since 2015. Please "
     "take me off your mailing list.",
     "", ["Malcolm Frear"]),
    (U, "gmail-web", "Hi,",
     "We're in the middle of moving the whole department into the new Lister Wing over Christmas, so honestly I have "
     "no idea what our set up is going to look like in January. Half the microscopes are still in crates.",
     "Jen", ["Jennifer Ashdown"]),
    (F, "outlook-desktop", "Hi Marit,",
     "Might be of interest but I'm off from the 12th until after New Year. Drop me a line the second week of "
     "January and we'll see where we are.",
     "Thanks", ["Colin Maguire", "Technical Services Manager", "Northmoor University", D["en"]]),
    (U, "iphone", "",
     "Funny timing, our head of department asked me to look into exactly this on Friday.",
     "", ["Becky"]),
    (N, "outlook-web", "Dear Marit,",
     "We've just had our capital bid turned down for the second year running, so there is no money for anything "
     "like this until 2028 at the earliest. Sorry.",
     "Kind wishes,", ["Simon Oyelaran"]),
    (U, "apple", "", "Who gave you my address?", "", ["Lorna Mackie"]),
]

REPLIES["de"] = [
    (I, "outlook-desktop", "Sehr geehrte Frau Okafor,",
     "vielen Dank. Die Abrechnung der Gerätestunden treibt uns tatsächlich seit Jahren um, jedes Semesterende "
     "dasselbe Theater. Ein Gespräch gerne, am besten Dienstag, 15.12., zwischen 10 und 12 Uhr.",
     "Freundliche Grüße", ["Dr. Bernhard Aigner", "Leiter Zentrale Gerätetechnik", "Hochschule Wendelstein",
                           D["de"]]),
    (N, "gmail-web", "Hallo,",
     "danke, aber wir haben seit 2024 ein selbstgebautes Buchungssystem auf Nextcloud-Basis und das reicht uns "
     "völlig.",
     "Gruß", ["Jens Marquardt"]),
    (F, "thunderbird-between", "",
     "Wie läuft das mit dem Badge-Leser, braucht der Netzwerk? Bei uns dürfen Geräte im S2-Bereich nicht ins "
     "Institutsnetz.",
     "", ["Dr. Ulrike Hesse"]),
    (U, "iphone", "",
     "Lustig, genau darüber haben wir gestern im Institutsrat gestritten.",
     "", ["Tobias"]),
    (F, "outlook-web", "Sehr geehrte Frau Okafor,",
     "zuständig ist bei uns Frau Mag. Verena Pichler, sie leitet die Core Facility: "
     "verena.pichler@hs-wendelstein.test. Ich hab Ihre Mail an sie weitergeleitet.",
     "LG", ["Florian Gruber"]),
    (I, "gmail-android", "", "Passt, rufen Sie mich an. Donnerstag geht.", "", ["Stefan Huber"]),
    (N, "apple", "",
     "Bitte nehmen Sie mich aus Ihrem Verteiler. Ich habe dem Erhalt solcher Mails nie zugestimmt.",
     "", ["Prof. Dr. Gisela Reimann"]),
    (F, "zimbra", "Hallo Frau Okafor,", "schicken's mir bitte die Übersicht, dann schau ma mal.", "Servus",
     ["Andreas Leitner"]),
    (U, "yahoo", "", "Danke für die Info!", "", ["Monika Brandstätter"]),
    (N, "outlook-desktop", "Grüezi Frau Okafor",
     "Das tönt interessant, aber wir haben fürs 2027 schlicht kein Budget für neue Software, die Hochschule hat "
     "einen Ausgabenstopp verhängt. Ich bitte um Verständnis.",
     "Freundliche Grüsse", ["Beat Zürcher", "Laborleitung", D["de"]]),
    (I, "gmail-web", "Guten Tag,",
     "wenn das mit unseren SAP-Projektkonten zusammenspielt, bin ich dabei. Schlagen Sie mir zwei Termine nächste "
     "Woche vor.",
     "Beste Grüße", ["Nicole Baumgartner"]),
    (F, "thunderbird-below", "",
     "ich bin ab morgen bis 6. Jänner auf Urlaub. Melden Sie sich bitte danach noch einmal, dann reden wir.",
     "", ["Harald Wimmer"]),
    (U, "aol", "", "hm. ich weiß nicht recht", "", ["Dieter Kowalczyk"]),
    (N, "outlook-web", "",
     "Toll, noch ein Tool, für das man eine Schulung braucht, um ein Mikroskop zu buchen. Nein danke.",
     "", ["Katrin Vogelsang"]),
    (I, "iphone", "", "Ja, gerne telefonieren. 0171 5550832, ab 16 Uhr erreichbar", "", ["Martina Klee"]),
    (U, "gmail-android", "",
     "Sie sind schon die dritte Firma diese Woche, die uns sowas anbietet. Ist gerade Saison oder was?",
     "", ["Ralf Böhme"]),
]

REPLIES["fr"] = [
    (N, "gmail-web", "Bonjour,",
     "Nous utilisons déjà PlaniLab depuis trois ans sur toute la plateforme, et franchement ça tourne bien. Merci "
     "quand même.",
     "Cordialement,", ["Philippe Danjou"]),
    (I, "outlook-desktop", "Bonjour Madame Okafor,",
     "Nous sommes une plateforme d'une septantaine d'utilisateurs et le sujet nous parle beaucoup. Volontiers pour un "
     "échange : je suis disponible jeudi 10 décembre à 14h ou vendredi en matinée. Pouvez-vous m'envoyer une "
     "invitation Teams ?",
     "Bien à vous,", ["Anne-Catherine Wauters", "Responsable de la plateforme de microscopie", D["fr"]]),
    (F, "iphone", "", "Envoyez-moi la plaquette svp", "", ["Julien"]),
    (U, "thunderbird-between", "",
     "Mardi dernier, c'était moi. Et j'ai attendu quarante minutes que l'équipe d'avant libère la salle.",
     "", ["Mathilde Roussel"]),
    (F, "outlook-web", "Bonjour,",
     "Quel serait le coût annuel pour une plateforme d'une quinzaine d'appareils ? Et c'est facturé par "
     "utilisateur ou par équipement ?",
     "Merci", ["Karim Benali"]),
    (N, "zimbra", "Madame,",
     "Je vous prie de supprimer mes coordonnées de votre fichier, conformément au RGPD, et de ne plus me contacter.",
     "", ["Hélène Castagnet"]),
    (I, "apple", "Allo Marit,",
     "Ça m'intéresse pas mal, on se casse la tête avec ça depuis des années. On pourrait s'appeler la semaine "
     "prochaine, mettons mardi en après-midi, heure de Montréal?",
     "Bonne journée", ["Geneviève Lapointe"]),
    (U, "gmail-android", "", "Merci, bonne journée", "", ["Sylvie Renaud"]),
    (F, "yahoo", "",
     "Ce n'est pas moi qui gère ça, voyez plutôt avec Sophie Marchal, ingénieure de la plateforme : "
     "sophie.marchal@univ-valbresse.test",
     "", ["Bruno Lefort"]),
    (N, "outlook-desktop", "Bonjour,",
     "Notre laboratoire est une UMR : toutes les dépenses logicielles passent par la DSI de l'université et nous "
     "n'avons pas la main là-dessus. Inutile d'insister.",
     "Salutations,", ["Pr. Olivier Ménard", "Directeur d'unité", D["fr"]]),
    (I, "aol", "", "Oui pour un appel. Lundi 11h ?", "", ["Francis Teyssier"]),
    (F, "thunderbird-below", "Bonjour,",
     "Je pars en congé maternité la semaine prochaine, jusqu'à fin mars. Recontactez-moi au printemps si ça vous "
     "intéresse toujours.",
     "", ["Claire Dumoulin"]),
    (U, "iphone", "",
     "Drôle de hasard, notre technicienne vient justement de démissionner.",
     "", ["Valérie"]),
    (N, "gmail-web", "",
     "Génial, un badge de plus. On en a déjà quatre rien que pour entrer dans le bâtiment. Non merci.",
     "", ["Thomas Vasseur"]),
    (I, "outlook-web", "Bonjour Marit,",
     "Si les données restent sur nos serveurs, je veux bien une démo. Dites-moi quand ça vous arrange.",
     "", ["Nicolas Perrin"]),
    (U, "zimbra", "", "Bien reçu.", "", ["Martine Gilles"]),
]

REPLIES["es"] = [
    (I, "gmail-web", "Hola Marit:",
     "Pues mira, justo estamos peleándonos con el Excel de reservas del microscopio electrónico y ya no hay quien lo "
     "aguante. Me vendría bien la llamada. ¿El miércoles 9 a las 12:30?",
     "Un saludo,", ["Begoña Etxeberria"]),
    (N, "outlook-desktop", "Estimada Sra. Okafor:",
     "Le agradezco el interés, pero el servicio ya cuenta con la plataforma de reservas del propio vicerrectorado y "
     "no está previsto cambiarla a corto plazo.",
     "Atentamente,", ["Dr. Joaquín Serrano Vidal", "Jefe del Servicio de Apoyo a la Investigación",
                      D["es"]]),
    (F, "gmail-android", "", "Mándeme el resumen porfa y lo reviso con calma", "", ["Alejandra Ruiz"]),
    (N, "thunderbird-between", "",
     "Acá eso lo resolvimos con una planilla compartida y anda bárbaro, no necesitamos más que eso. Gracias igual.",
     "", ["Martín Goldstein"]),
    (F, "outlook-web", "Hola,",
     "¿Tenéis algún cliente en universidades españolas? Antes de nada me gustaría hablar con alguien que ya lo esté "
     "usando.",
     "Gracias", ["Rocío Manzano"]),
    (N, "apple", "", "Por favor, dadme de baja de esta lista.", "", ["Jordi Puig"]),
    (I, "iphone", "",
     "Si nos dan un mes de prueba en el citómetro, le entramos. Avíseme.",
     "", ["Fernando Treviño"]),
    (U, "yahoo", "", "Gracias por escribir, saludos desde Zaragoza.", "", ["Pilar Ibáñez"]),
    (U, "aol", "", "jajaja lo del confocal del martes pasado me llegó al alma", "", ["Carolina Méndez"]),
    (I, "zimbra", "Buenas,",
     "Prefiero que me llame por teléfono, las videollamadas me dan una pereza enorme. Estoy en el 976 555 214 por "
     "las mañanas.",
     "", ["Ramón Lasheras"]),
    (N, "thunderbird-below", "Estimada,",
     "Este año nos recortaron el presupuesto a la mitad, así que no hay cómo. Quizás más adelante, pero lo dudo.",
     "Saludos cordiales", ["Constanza Fuentealba"]),
    (F, "gmail-web", "",
     "Te reenvío esto, Íñigo, que lo de las reservas lo llevas tú. Marit, le dejo su correo: "
     "inigo.larranaga@inst-sierraalta.test",
     "", ["Ainhoa Urrutia"]),
    (U, "outlook-desktop", "Hola,",
     "Estamos en plena auditoría de ENAC y ahora mismo no tengo cabeza para nada más.",
     "", ["Luis Calvo", "Responsable de Calidad", D["es"]]),
    (I, "gmail-android", "", "Va, hablamos. Jueves?", "", ["Sergio Navas"]),
    (F, "apple", "Hola Marit,",
     "Me voy de vacaciones el viernes hasta Reyes. Escríbeme a la vuelta, a partir del 8 de enero, y lo vemos con "
     "calma.",
     "Un abrazo", ["Elena Castells"]),
    (U, "zimbra", "", "¿Confocal? Aquí no tenemos confocal.", "", ["Guillermo Pardo"]),
]

REPLIES["pt"] = [
    (I, "gmail-web", "Olá Marit,",
     "Isto vinha mesmo a calhar, a nossa plataforma de microscopia ainda funciona com um caderno em cima da bancada. "
     "Pode ser na quinta-feira, dia 10, às 15h (hora de Lisboa)?",
     "Cumprimentos,", ["Inês Vasconcelos"]),
    (N, "outlook-desktop", "Cara Marit,",
     "Agradeço o contacto, mas já utilizamos o SlotLab há dois anos em todo o instituto e estamos satisfeitos.",
     "Melhores cumprimentos,", ["Duarte Magalhães", "Gestor de Plataformas Científicas", D["pt"]]),
    (F, "gmail-android", "", "Pode mandar o material sim", "", ["Larissa Fonseca"]),
    (F, "thunderbird-between", "",
     "Como o leitor de cartão sabe quem está usando? Aqui cada aluno tem o crachá da universidade, serve esse?",
     "", ["Prof. Rodrigo Peixoto"]),
    (U, "apple", "", "Obrigada pelo contato, Marit. Abraço", "", ["Camila Rezende"]),
    (I, "iphone", "",
     "Bora conversar. Me liga amanhã depois do almoço, (11) 95555-1234",
     "", ["Felipe"]),
    (N, "yahoo", "", "Favor retirar meu e-mail da sua lista. Nao autorizei esse envio.", "", ["Marcos Tavares"]),
    (F, "outlook-web", "Bom dia,",
     "Quem trata disso cá é o Eng. Rui Sequeira, responsável técnico das plataformas: rui.sequeira@inst-mondego.test. "
     "Já lhe reencaminhei a sua mensagem.",
     "", ["Teresa Lobo"]),
    (U, "aol", "", "Nao percebi bem o que vende.", "", ["Armando Pires"]),
    (N, "zimbra", "",
     "Neste momento não temos verba para isto, o orçamento de 2027 já está fechado.",
     "Cumprimentos", ["Helena Brito"]),
    (I, "thunderbird-below", "Oi Marit,",
     "Tenho interesse sim, mas essa semana está impossível por causa de uma banca de doutorado. Pode ser dia 14 ou "
     "15 de dezembro, de manhã?",
     "", ["Juliana Cavalcanti"]),
    (F, "gmail-web", "",
     "Estou de baixa até ao fim do mês. Volte a falar comigo em janeiro, se faz favor.",
     "", ["Nuno Figueiredo"]),
    (U, "gmail-android", "",
     "nossa, a gente acabou de perder o técnico do confocal e ninguém sabe mais quem reserva o que kkkk",
     "", ["Bruna Assis"]),
    (N, "apple", "", "Mais uma plataforma milagrosa. Obrigado, mas não.", "", ["Jorge Antunes"]),
    (I, "outlook-desktop", "Prezada Marit,",
     "Temos interesse em uma demonstração para a equipe da plataforma. Terça ou quarta da semana que vem, à tarde, "
     "funcionam para nós.",
     "Atenciosamente,", ["Dra. Patrícia Lemos", "Coordenadora da Central Analítica", D["pt"]]),
    (U, "yahoo", "",
     "O seu nome não me é estranho, já nos conhecemos de algum congresso?",
     "", ["Vítor Sampaio"]),
]

REPLIES["it"] = [
    (F, "outlook-desktop", "Gentile dottoressa,",
     "mi può mandare la presentazione e un'indicazione dei costi per una facility con una dozzina di strumenti? "
     "Grazie.",
     "Cordialmente", ["Dott. Enrico Malaguti", "Responsabile Laboratori", D["it"]]),
    (I, "thunderbird-between", "",
     "Ecco, è proprio questo il nostro problema. Sentiamoci pure, giovedì dopo le 15 va bene.",
     "", ["Silvia Marchetti"]),
    (N, "gmail-web", "",
     "Grazie ma usiamo già PrenotaLab dell'ateneo, non cambiamo.",
     "", ["Roberto Casadei"]),
    (U, "iphone", "", "ok grazie", "", ["Luca"]),
    (F, "outlook-web", "Buongiorno,",
     "per queste cose deve sentire il dott. Marco Fiorentini, responsabile della facility di microscopia: "
     "marco.fiorentini@uniroccalba.test",
     "Saluti", ["Anna Ferri"]),
    (I, "gmail-android", "", "Va bene la call. Mi dica lei quando", "", ["Paola Gentile"]),
    (N, "apple", "", "Non scrivetemi più, grazie.", "", ["Giorgio Mancuso"]),
    (U, "yahoo", "",
     "Guardi, qui il dipartimento si sta fondendo con quello di Farmacia e non si sa ancora chi comanderà cosa.",
     "", ["Franco Bertolini"]),
    (F, "aol", "",
     "Ma il lettore di badge va collegato allo strumento o sta a parte? E funziona con le tessere dell'ateneo?",
     "", ["Ivana Pellegrino"]),
    (I, "zimbra", "",
     "Mi chiami in ufficio, 0521 555377, preferisco il telefono. Martedì o mercoledì mattina.",
     "", ["Prof. Gianni Orsolini"]),
    (N, "thunderbird-below", "",
     "Con i fondi PRIN in ritardo di un anno, l'ultima cosa che compriamo è un software per prenotare. No grazie.",
     "", ["Alessandro Rota"]),
    (U, "gmail-web", "Gentile Marit,", "la ringrazio per la mail, buona giornata.", "", ["Cristina Valli"]),
    (F, "outlook-desktop", "Buongiorno,",
     "sono in congedo fino al 7 gennaio. Mi riscriva dopo l'Epifania e ne parliamo.",
     "", ["Federica Zanetti", "Tecnico di laboratorio", D["it"]]),
    (I, "iphone", "", "Interessante. Questa settimana no, ma lunedì 14 alle 10 ci sono.", "", ["Matteo"]),
    (N, "outlook-web", "",
     "Qualche anno fa abbiamo sviluppato in casa un sistema di prenotazione e ci troviamo bene così.",
     "", ["Daniela Corradi"]),
    (U, "gmail-android", "", "E il confocale chi l'ha prenotato, alla fine?", "", ["Stefano Pozzi"]),
]

# ---------------------------------------------------------------------------------------------------------------
# Automatic notices written here in their senders' formats, as clients.Campaign.write_automatic takes them.
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "X-Google-Smtp-Source: AGHT+IFq3Zr8PbL2wKd7"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Deborah Lunt", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Hello,\n\nThank you for your message. I am on annual leave until Monday 14 December. For bookings of the "
     "mass spectrometry suite please email msfacility@northmoor-uni.test; other queries will be dealt with on my "
     "return.\n\nDeborah Lunt"),
    ("exchange-ooo-de", "de", "Reto Caflisch", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Guten Tag\n\nIch bin bis und mit 11. Dezember abwesend und habe keinen Zugriff auf meine E-Mails. In dringenden "
     "Fällen wenden Sie sich bitte an labor@hs-wendelstein.test.\n\nFreundliche Grüsse\nReto Caflisch"),
    ("exchange-ooo-fr", "fr", "Pascale Dewulf", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\n\nJe suis en mission à l'étranger jusqu'au 9 décembre inclus. Votre message ne sera pas transféré. "
     "Pour toute question relative aux réservations, contactez le secrétariat au 02 555 41 12.\n\nBien à vous,\n"
     "Pascale Dewulf"),
    ("exchange-ooo-es", "es", "Marisol Quintero", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Estimado/a:\n\nMe encuentro de viaje hasta el 10 de diciembre sin acceso regular al correo. Si su consulta es "
     "urgente, puede escribir a sai@inst-sierraalta.test.\n\nUn saludo,\nMarisol Quintero"),
    ("exchange-ooo-pt", "pt", "Renata Guimarães", "Resposta automática: {subject}", EXCHANGE, "exchange",
     "Olá,\n\nEstou participando de um congresso até 11/12 e responderei sua mensagem quando retornar. Em caso de "
     "urgência, contate a secretaria do instituto pelo telefone (31) 5555-2040.\n\nRenata Guimarães"),
    ("exchange-ooo-it", "it", "Lorenzo Barbieri", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Gentile mittente,\n\nsarò assente dall'ufficio fino a lunedì 14 dicembre. Durante la mia assenza la posta non "
     "sarà letta. Per le prenotazioni degli strumenti scrivere a facility@uniroccalba.test.\n\nLorenzo Barbieri"),
    ("exchange-ooo-bilingual-de", "de", "Sabine Oberhuber", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Ich bin bis 18. Dezember in Elternzeit. Ihre Nachricht wird nicht weitergeleitet; bitte wenden Sie sich an "
     "sekretariat@hs-wendelstein.test.\n\nI am on parental leave until 18 December. Your message will not be "
     "forwarded; please contact sekretariat@hs-wendelstein.test.\n\nSabine Oberhuber"),
    ("exchange-left-fr", "fr", "Arnaud Chevallier", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\n\nArnaud Chevallier ne fait plus partie des effectifs de l'Université de Valbresse depuis le 30 "
     "novembre. Cette adresse n'est plus consultée. Merci d'adresser vos demandes à "
     "plateformes@univ-valbresse.test.\n\nUniversité de Valbresse"),
    ("gmail-vacation-pt", "pt", "Gustavo Rangel", "Re: {subject}", GMAIL_VACATION, "plain",
     "Oi! Estou de férias até 4 de janeiro, sem acesso ao e-mail. Responderei quando voltar.\n\nGustavo"),
    ("gmail-vacation-en", "en", "Fiona Strachan", "Away until January", GMAIL_VACATION, "plain",
     "Hi, I'm away over the winter break and back on 5 January. I'll reply when I'm back.\nFiona"),
    ("helpdesk-ack-de", "de", "IT-Servicedesk Hochschule Wendelstein", "[Ticket#2026120510000431] {subject}",
     ["Auto-Submitted: auto-generated", "X-Mailer: OTRS Mail Service"], "plain",
     "Sehr geehrte Damen und Herren,\n\nIhre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer "
     "2026120510000431 erfasst. Wir bearbeiten sie so schnell wie möglich.\n\nBitte antworten Sie nicht auf diese "
     "automatisch erzeugte Nachricht.\n\nIhr IT-Servicedesk"),
    ("helpdesk-ack-it", "it", "Helpdesk Università di Roccalba", "[#RIC-88412] Richiesta ricevuta: {subject}",
     ["Precedence: bulk", "X-Loop: support@uniroccalba.test"], "plain",
     "Gentile utente,\n\nla sua richiesta è stata registrata con il numero RIC-88412 e sarà presa in carico al più "
     "presto dal personale competente.\n\nQuesto messaggio è generato automaticamente, si prega di non rispondere."
     "\n\nServizio Helpdesk"),
    ("left-company-it", "it", "Sergio Lombardo", "R: {subject}", [], "plain",
     "Il dott. Sergio Lombardo non presta più servizio presso l'Università di Roccalba. Questa casella non è più "
     "attiva. Per comunicazioni: protocollo@uniroccalba.test."),
    ("left-company-de", "de", "Wolfgang Pfeiffer", "AW: {subject}", ["Auto-Submitted: auto-replied"], "plain",
     "Herr Pfeiffer ist nicht mehr an der Hochschule Wendelstein tätig. Ihre E-Mail wird nicht weitergeleitet. "
     "Bitte wenden Sie sich an info@hs-wendelstein.test."),
    ("left-company-en", "en", "Gordon Lyle", "Re: {subject}", [], "plain",
     "Gordon Lyle is no longer with Northmoor University and this address is not monitored. Please redirect your "
     "email to chemistry-office@northmoor-uni.test."),
    ("ooo-noheader-pt", "pt", "Sofia Madureira", "Ausência: {subject}", [], "plain",
     "Bom dia,\nEstarei ausente até dia 9 de dezembro, em formação. Responderei logo que possível.\nSofia Madureira"),
    ("ooo-noheader-de", "de", "Elke Straub", "Abwesenheitsnotiz: {subject}", [], "plain",
     "Guten Tag,\n\nich bin bis 8. Dezember nicht erreichbar. Ihre E-Mail wird nach meiner Rückkehr bearbeitet.\n\n"
     "Elke Straub"),
    ("ooo-noheader-fr", "fr", "Sébastien Roy", "Absence : {subject}", [], "plain",
     "Bonjour,\nJe serai absent du bureau jusqu'au 10 décembre. Je répondrai à votre courriel dès mon retour.\n"
     "Sébastien Roy"),
    ("mdn-read-de", "de", "Karin Lechner", "Gelesen: {subject}", [], "mdn",
     "Ihre Nachricht\n\n  An: Karin Lechner\n  Betreff: {subject}\n  Gesendet: Dienstag, 1. Dezember 2026 09:42:17 "
     "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\nwurde am Mittwoch, 2. Dezember 2026 11:05:39 "
     "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen."),
    ("mdn-read-es", "es", "Óscar Villalba", "Leído: {subject}", [], "mdn",
     "Su mensaje\n\n  Para: Óscar Villalba\n  Asunto: {subject}\n  Enviado: martes, 1 de diciembre de 2026 9:42:17 "
     "(UTC+01:00) Bruselas, Copenhague, Madrid, París\n\nha sido leído el miércoles, 2 de diciembre de 2026 "
     "10:17:52 (UTC+01:00) Bruselas, Copenhague, Madrid, París."),
]

LEAD_DOMAIN = {"en": "northmoor-uni.test", "de": "hs-wendelstein.test", "fr": "univ-valbresse.test",
               "es": "inst-sierraalta.test", "pt": "inst-mondego.test", "it": "uniroccalba.test"}
COMPANY = {"en": "Northmoor University", "de": "Hochschule Wendelstein", "fr": "Université de Valbresse",
           "es": "Instituto Sierra Alta", "pt": "Instituto Mondego", "it": "Università di Roccalba"}
FIRST = ["Sam", "Alex", "Charlie", "Robin", "Jo", "Andrea", "Dani", "Kim", "Luca", "Noa", "Ariel", "Max",
         "Toni", "Sasha", "Jules", "Rene"]

CAPTURED = [  # name, lang of the text, lead address, Message-ID of the campaign email (see capture.sh)
    ("sieve-vacation-de", "de", "katharina.lenz@biozentrum-kessling.test", "ka6-s01"),
    ("sieve-vacation-fr", "fr", "genevieve.tremblay@irq-lavaliere.test", "ka6-s02"),
    ("sieve-vacation-es", "es", "ximena.ortiz@ciencias-tlaloc.test", "ka6-s03"),
    ("sieve-vacation-pt", "pt", "thiago.barros@ufsertao.test", "ka6-s04"),
    ("sieve-vacation-it", "it", "giulia.sarti@istituto-ferraris-bio.test", "ka6-s05"),
    ("sieve-vacation-en", "en", "fergus.mccall@glenrock-institute.test", "ka6-s06"),
    ("sieve-vacation-nl", "nl", "sanne.devries@lab-dijkstra.test", "ka6-s07"),
    ("sieve-vacation-pl", "pl", "tomasz.nowak@instytut-wolski.test", "ka6-s08"),
    ("sieve-reject-de", "de", "rainer.vogt@biozentrum-kessling.test", "ka6-s09"),
    ("postfix-unknown-user-en", "en", "laboffice@glenrock-institute.test", "ka6-s10"),
    ("postfix-unknown-user-fr", "en", "plateforme-imagerie@irq-lavaliere.test", "ka6-s11"),
    ("postfix-unknown-user-pt", "en", "compras@ufsertao.test", "ka6-s12"),
    ("postfix-mailbox-disabled", "en", "geraete@biozentrum-kessling.test", "ka6-s13"),
    ("postfix-relocated", "en", "luc.bergeron@irq-lavaliere.test", "ka6-s14"),
    ("postfix-policy-reject", "en", "plataformas@ufsertao.test", "ka6-s15"),
    ("postfix-nxdomain-es", "en", "sct@univ-ribagorza.invalid", "ka6-s16"),
    ("postfix-nxdomain-it", "en", "laboratori@polo-sannio.invalid", "ka6-s17"),
    ("postfix-delayed-mailbox-full", "en", "facility@glenrock-institute.test", "ka6-s18"),
    ("postfix-expired-mailbox-full", "en", "facility@glenrock-institute.test", "ka6-s18"),
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
        first_names=FIRST, mid="ka6-h%03d", token="t%03d",
        date=lambda n: "Wed, 2 Dec 2026 %02d:%02d:%02d +0100" % (8 + n % 11, (n * 17) % 60, (n * 29) % 60))
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=SUBJECT, lead_domains=LEAD_DOMAIN, mid="ka6-a%03d",
        date=lambda n: "Tue, 1 Dec 2026 %02d:%02d:%02d +0100" % (10 + n % 5, 5 + n % 50, (n * 31) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
