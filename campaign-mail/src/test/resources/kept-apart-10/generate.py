"""Writes the tenth kept-apart set: the people's replies in their clients' formats, the written automatic notices,
labels.csv and campaign/<lang>.txt. The client formats come from ../kept-apart-tools/clients.py; the captured
messages come from capture.sh. Run: python3 generate.py"""
import datetime
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the resources
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "kept-apart-tools"))
import clients  # noqa: E402  (the shared client formats)

OUT = os.path.join(HERE, "messages")
SELLER_NAME, SELLER_ADDR = "Oona Fairbairn", "oona@roomcue.test"
MID_DOMAIN = "roomcue.test"  # <ka10-r001@roomcue.test> …
OPTOUT = "https://roomcue.test/optout/"

SUBJECT = {
    "en": "How long does a checked-out room wait for housekeeping?",
    "de": "Wie lange wartet ein freies Zimmer auf das Housekeeping?",
    "fr": "Combien de temps une chambre libérée attend-elle le ménage ?",
    "es": "¿Cuánto espera una habitación libre a que llegue limpieza?",
    "pt": "Quanto tempo espera um quarto livre pela limpeza?",
    "it": "Quanto aspetta una camera libera prima delle pulizie?",
}

# the campaign email per language; {first}, {company} and {token} are filled per message
CAMPAIGN = {
    "en": "Hi {first},\n\n"
          "when a guest checks out at ten, how long is it before housekeeping knows the room is free, and before "
          "reception knows it is ready again?\n"
          "Roomcue is a small app for hotels: a room turns free on the housekeepers' phones the moment the guest "
          "checks out, and ready at reception once it has been made up and inspected.\n"
          "No radios, no whiteboard in the linen room, and early arrivals get their key sooner.\n"
          "Would a 20-minute call next week suit you, or shall I first send you a two-page overview for {company}?\n\n"
          "Oona Fairbairn\n"
          "Roomcue · hotel operations\n"
          "Roomcue Ltd, 14 Quay Street, Bristol BS1 4DX\n"
          "If you would rather not hear from us again: https://roomcue.test/optout/{token}",
    "de": "Guten Tag {first},\n\n"
          "wenn ein Gast um zehn auscheckt: Wie lange dauert es, bis das Housekeeping weiss, dass das Zimmer frei "
          "ist, und bis die Rezeption weiss, dass es wieder bezugsbereit ist?\n"
          "Roomcue ist eine kleine App für Hotels: Das Zimmer erscheint als frei auf den Handys der Zimmermädchen, "
          "sobald der Gast auscheckt, und als bereit an der Rezeption, sobald es gemacht und kontrolliert ist.\n"
          "Keine Funkgeräte, keine Tafel in der Wäschekammer, und Frühanreisende bekommen ihren Schlüssel früher.\n"
          "Hätten Sie nächste Woche 20 Minuten für ein Telefonat, oder soll ich Ihnen zuerst eine zweiseitige "
          "Übersicht für {company} schicken?\n\n"
          "Oona Fairbairn\n"
          "Roomcue · Hotelbetrieb\n"
          "Roomcue Ltd, 14 Quay Street, Bristol BS1 4DX, Vereinigtes Königreich\n"
          "Sie möchten keine weiteren E-Mails von uns erhalten? https://roomcue.test/optout/{token}",
    "fr": "Bonjour {first},\n\n"
          "quand un client libère sa chambre à dix heures, combien de temps faut-il pour que les femmes de chambre "
          "le sachent, et pour que la réception sache qu'elle est de nouveau prête ?\n"
          "Roomcue est une petite application pour les hôtels : la chambre passe en libre sur le téléphone des "
          "femmes de chambre dès le départ du client, et en prête à la réception dès qu'elle est faite et contrôlée.\n"
          "Plus de talkies-walkies ni de tableau dans la lingerie, et les clients arrivés tôt ont leur clé plus vite.\n"
          "Auriez-vous 20 minutes pour un appel la semaine prochaine, ou préférez-vous que je vous envoie d'abord "
          "une présentation de deux pages pour {company} ?\n\n"
          "Oona Fairbairn\n"
          "Roomcue · exploitation hôtelière\n"
          "Roomcue Ltd, 14 Quay Street, Bristol BS1 4DX, Royaume-Uni\n"
          "Pour ne plus recevoir nos messages : https://roomcue.test/optout/{token}",
    "es": "Hola, {first}:\n\n"
          "cuando un huésped deja la habitación a las diez, ¿cuánto tarda el equipo de pisos en saber que está libre, "
          "y la recepción en saber que vuelve a estar lista?\n"
          "Roomcue es una pequeña aplicación para hoteles: la habitación aparece como libre en el móvil de las "
          "camareras de pisos en cuanto el huésped hace el check-out, y como lista en recepción en cuanto está hecha "
          "y revisada.\n"
          "Sin walkie-talkies ni pizarra en la lencería, y quien llega temprano recibe antes su llave.\n"
          "¿Le vendría bien una llamada de 20 minutos la semana que viene, o prefiere que primero le envíe un "
          "resumen de dos páginas para {company}?\n\n"
          "Oona Fairbairn\n"
          "Roomcue · operaciones hoteleras\n"
          "Roomcue Ltd, 14 Quay Street, Bristol BS1 4DX, Reino Unido\n"
          "Si no desea recibir más correos nuestros: https://roomcue.test/optout/{token}",
    "pt": "Olá {first},\n\n"
          "quando um hóspede faz o check-out às dez, quanto tempo passa até a equipa de andares saber que o quarto "
          "está livre, e até a receção saber que está pronto outra vez?\n"
          "O Roomcue é uma pequena aplicação para hotéis: o quarto aparece como livre no telemóvel das empregadas "
          "de andar assim que o hóspede sai, e como pronto na receção assim que está arrumado e verificado.\n"
          "Sem rádios, sem quadro na rouparia, e quem chega cedo recebe a chave mais depressa.\n"
          "Teria 20 minutos para uma chamada na próxima semana, ou prefere que lhe envie primeiro uma apresentação "
          "de duas páginas para a {company}?\n\n"
          "Oona Fairbairn\n"
          "Roomcue · operações hoteleiras\n"
          "Roomcue Ltd, 14 Quay Street, Bristol BS1 4DX, Reino Unido\n"
          "Se não quiser voltar a receber os nossos emails: https://roomcue.test/optout/{token}",
    "it": "Buongiorno {first},\n\n"
          "quando un ospite lascia la camera alle dieci, quanto tempo passa prima che le cameriere ai piani sappiano "
          "che è libera, e prima che la reception sappia che è di nuovo pronta?\n"
          "Roomcue è una piccola app per alberghi: la camera risulta libera sul telefono delle cameriere appena "
          "l'ospite fa il check-out, e pronta alla reception appena è rifatta e controllata.\n"
          "Niente ricetrasmittenti, niente lavagna in guardaroba, e chi arriva presto ha la chiave prima.\n"
          "Avrebbe 20 minuti per una telefonata la settimana prossima, oppure preferisce che le mandi prima una "
          "presentazione di due pagine per {company}?\n\n"
          "Oona Fairbairn\n"
          "Roomcue · gestione alberghiera\n"
          "Roomcue Ltd, 14 Quay Street, Bristol BS1 4DX, Regno Unito\n"
          "Per non ricevere più le nostre email: https://roomcue.test/optout/{token}",
}

# the campaign was sent on Thursday 3 December 2026 at 10:14:52 CET; Outlook's mobile lines on every second
# outlook-web reply
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 3, 10, 14, 52), OPTOUT,
                           dict(clients.OUTLOOK_FOR_IOS), "https://aka.ms/o0ukef")

# the corporate disclaimers of outlook-desktop signatures
DISCLAIMER = {
    "en": "This email and any attachments are confidential and intended solely for the addressee. If you have "
          "received it in error, please tell the sender and delete it.",
    "de": "Diese E-Mail ist vertraulich und nur für den Empfänger bestimmt. Wenn Sie sie irrtümlich erhalten haben, "
          "informieren Sie bitte den Absender und löschen Sie sie.",
    "fr": "Ce message est confidentiel et destiné uniquement à son destinataire. Si vous l'avez reçu par erreur, "
          "merci d'en avertir l'expéditeur et de le supprimer.",
    "es": "Este mensaje es confidencial y está dirigido únicamente a su destinatario. Si lo ha recibido por error, "
          "avise al remitente y elimínelo.",
    "pt": "Esta mensagem é confidencial e destina-se apenas ao seu destinatário. Se a recebeu por engano, avise o "
          "remetente e apague-a.",
    "it": "Questo messaggio è riservato ed è destinato unicamente al destinatario. Se lo ha ricevuto per errore, "
          "avvisi il mittente e lo cancelli.",
}

# (label, format, greeting, the person's words, closing, signature lines: name first)
I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"
D = DISCLAIMER

REPLIES = {}

REPLIES["en"] = [
    (I, "gmail-web", "Hi Oona,",
     "Funny timing. On Saturday we had three early arrivals sat in the lounge for the best part of an hour because "
     "nobody told the desk that rooms 4, 7 and 9 were done. Happy to do the 20 minutes. Is Tuesday afternoon any "
     "good? After 2 ideally.",
     "Cheers,", ["Kerenza Trevithick", "Front of House, Penhallow Hotels (Fowey)"]),
    (N, "outlook-desktop", "Dear Ms Fairbairn,",
     "Thank you for getting in touch. We moved all four properties onto HouseBoard last spring and it already handles "
     "room status between housekeeping and reception, so we won't be looking at another system for the foreseeable "
     "future.",
     "Kind regards,", ["Alasdair Munro", "Group Operations Director", "Penhallow Hotels Ltd", D["en"]]),
    (F, "gmail-android", "", "Aye go on then, send us the two pages pet", "", ["Shannon Robson"]),
    (U, "apple", "",
     "Is this the same Roomcue that had the robot hoover on its stand at the hospitality show? My daughter still "
     "won't stop going on about it. Diolch!",
     "", ["Bethan Griffiths"]),
    (N, "thunderbird-between", "",
     "We're a twelve-room inn and the housekeeper is my wife. She shouts up the stairs. Works fine, ta.",
     "", ["Jory Pascoe"]),
    (I, "outlook-web", "Hi Oona,",
     "A phone call suits me better than a video thing, I'm on the floor most of the day. Ring me on 028 9032 1477 "
     "Wednesday or Thursday between 3 and 5 and ask for Ciaran.",
     "Thanks", ["Ciaran McCann"]),
    (F, "iphone", "",
     "Does it talk to our PMS? We're on Keystay at two sites and Lodgetrack at the third. If it does, send me the "
     "overview and what it costs per room.",
     "", ["Priya Nandakumar"]),
    (U, "yahoo", "",
     "Got this. I'll have a look once the Christmas parties are over, it's carnage here till the 27th.",
     "", ["Lorraine Dobbs"]),
    (I, "gmail-web", "", "ok the call's fine, send me an invite", "", ["Rhys Vaughan"]),
    (N, "aol", "",
     "Please take this address off your list. It's the reservations inbox and it is not the place for sales emails.",
     "", ["Maureen Clegg"]),
    (F, "zimbra", "Hi,",
     "It's not me you want. Housekeeping across the group is run by Agnieszka Nowak "
     "(agnieszka.nowak@penhallow-hotels.test). I've forwarded this on to her, it'll be her call.",
     "Tom", ["Tom Ashworth"]),
    (U, "outlook-desktop", "Hello Oona,",
     "The Harbour Hotel shuts for refurbishment from January to Easter and the whole housekeeping team is being "
     "restructured in the meantime, so honestly I've no idea who'll be running the rooms by then.",
     "Regards,", ["Gareth Pryce", "General Manager, The Harbour Hotel", "Penhallow Hotels Ltd", D["en"]]),
    (I, "iphone", "",
     "If the housekeepers can use it in Polish and Romanian and it runs on the old Android phones we hand out, then "
     "yes, I'd like to see it. Thursday next week, morning?",
     "", ["Fiona Kerr"]),
    (N, "gmail-android", "",
     "Ah brilliant, so my phone can ping me every time someone strips a bed. Just what I've always wanted. No ta.",
     "", ["Kayleigh Doyle"]),
    (U, "outlook-web", "", "Who is this? Did Declan give you my email?", "", ["Niamh Quinn"]),
    (F, "thunderbird-below", "Oona,",
     "I'll be off from next Friday for a hip operation and back about the middle of February. Drop me a line then, "
     "it's something we've been meaning to sort for a while.",
     "Best,", ["Euan Mackintosh"]),
]

REPLIES["de"] = [
    (I, "outlook-desktop", "Sehr geehrte Frau Fairbairn,",
     "das Thema beschäftigt uns seit der Sommersaison. Gerne ein Gespräch: Passt Ihnen Dienstag, der 15., um 10 Uhr? "
     "Ich würde unsere Hausdame, Frau Egger, dazuholen.",
     "Mit freundlichen Grüßen", ["Johanna Oberhollenzer", "Direktion", "Hotel Tannhof Seefeld", D["de"]]),
    (N, "gmail-web", "Grüß Gott,",
     "danke, aber wir sind ein Familienbetrieb mit 14 Zimmern, da braucht's keine App. Die Frau Chefin schaut sich eh "
     "jedes Zimmer selber an.",
     "Liebe Grüße", ["Theresia Pichler"]),
    (F, "gmail-android", "Moin,", "was kostet das pro Zimmer und Monat? Und gibt es eine Mindestlaufzeit?", "Gruß",
     ["Hauke Petersen"]),
    (U, "apple", "",
     "Bei uns wartet nicht das Zimmer aufs Housekeeping, sondern das Housekeeping aufs Zimmer. Hier checkt nämlich "
     "keiner pünktlich aus 😄",
     "", ["Birgit Schmitz"]),
    (I, "thunderbird-between", "Grüezi",
     "Ja, gern ein Telefonat, am liebsten am Mittwoch nach 14 Uhr.",
     "", ["Reto Brunner"]),
    (N, "outlook-web", "",
     "Bitte nehmen Sie uns aus Ihrem Verteiler. Wir wünschen keine Werbung per E-Mail.", "", ["Corinne Zbinden"]),
    (F, "yahoo", "Hallo Frau Fairbairn,",
     "funktioniert das auch ohne WLAN auf den Zimmern? Im Altbau haben wir in den oberen Stockwerken kaum Empfang. "
     "Schicken Sie mir gern die Übersicht.",
     "Viele Grüße", ["Markus Leitner"]),
    (U, "iphone", "",
     "Nu, interessant. Wir bauen aber grade zwei Etagen um und ich weiß noch nicht, wie viele Zimmer wir danach "
     "überhaupt haben.",
     "", ["Sandro Lehmann"]),
    (I, "gmail-web", "", "Telefonat passt. Do. 10:30?", "", ["Dirk Weisenborn"]),
    (N, "outlook-desktop", "Guten Tag,",
     "wir haben erst im Oktober einen Dreijahresvertrag mit Zimmerwerk unterschrieben, die Zimmerstatus-Funktion ist "
     "dort enthalten. Kein Bedarf.",
     "Freundliche Grüße", ["Carola Hinrichs", "Leitung Rooms Division", "Hotelgruppe Tannhof", D["de"]]),
    (F, "apple", "Hallo,",
     "zuständig ist bei uns Herr Dragan Petrović, Leiter Housekeeping aller drei Häuser "
     "(dragan.petrovic@hotelgruppe-tannhof.test). Ich habe ihm Ihre Mail weitergeleitet.",
     "Beste Grüße", ["Anja Wollny"]),
    (U, "aol", "", "Wer hat Ihnen denn diese Adresse gegeben? Die steht nirgends im Netz.", "", ["Gudrun Faltermeier"]),
    (I, "yahoo", "Servus,",
     "wenn die Stubenmädchen das ohne Einschulung verstehen, bin ich dabei. Rufen Sie mich an: 0512 58 44 17, "
     "Durchwahl 3.",
     "", ["Florian Hörtnagl"]),
    (N, "zimbra", "", "Noch eine App. Genau das hat uns gefehlt. Nein danke.", "", ["Jens Carstensen"]),
    (F, "thunderbird-below", "Guten Tag Frau Fairbairn,",
     "wir haben von Mitte Dezember bis Anfang März Saisonpause, das Haus ist dann zu. Melden Sie sich bitte Anfang "
     "März noch einmal, dann planen wir die Sommersaison.",
     "Grüße aus dem Kleinwalsertal", ["Martina Fritz"]),
    (U, "outlook-web", "", "Danke für die Info.", "", ["Heiko Brandl"]),
]

REPLIES["fr"] = [
    (I, "outlook-desktop", "Bonjour Madame,",
     "Le sujet tombe bien : nous ouvrons un troisième hôtel à Vannes en mars. Je vous propose un appel jeudi 10 "
     "décembre à 14 h ; notre gouvernante générale se joindra à nous.",
     "Cordialement,", ["Gwenaëlle Le Goff", "Directrice des opérations", "Hôtels Kerbrat", D["fr"]]),
    (N, "gmail-web", "",
     "Merci, mais nous avons déjà un module pour ça, fourni avec notre logiciel de réservation. Bonne journée.",
     "", ["Sébastien Roux"]),
    (F, "gmail-android", "", "Envoyez la présentation, je regarderai ça ce week-end.", "", ["Maëlle Guillou"]),
    (U, "iphone", "",
     "Chez nous l'attente dure le temps que la femme de chambre finisse son café. Pis le café, c'est sacré, là.",
     "", ["Geneviève Tremblay"]),
    (F, "thunderbird-between", "",
     "Vos données sont-elles hébergées en Europe ? Et l'application fonctionne-t-elle sur des tablettes partagées "
     "plutôt que sur les téléphones personnels ? Merci de m'envoyer de la documentation.",
     "", ["Olivier Dethier"]),
    (N, "aol", "", "Désinscrivez-moi.", "", ["Patrick Lemaire"]),
    (I, "apple", "Bonjour,",
     "plutôt un coup de fil qu'une visio si ça vous va. Vous pouvez m'appeler au 04 91 55 23 08 lundi matin, je suis "
     "à l'hôtel dès 8 h.",
     "Bonne journée", ["Karim Benali"]),
    (U, "gmail-web", "", "Vous êtes basés en Angleterre ? Vous avez des clients en France ?", "",
     ["Claire Marchand"]),
    (F, "outlook-web", "Bonjour,",
     "Quel est le tarif pour un hôtel de 42 chambres ? Y a-t-il des frais de mise en service ?",
     "Merci", ["Nathalie Berthoud"]),
    (N, "iphone", "",
     "Merci, mais notre hôtel ferme définitivement à la fin janvier, l'immeuble est vendu. Ce ne sera donc pas "
     "nécessaire.",
     "", ["Jean-Daniel Rochat"]),
    (I, "gmail-android", "", "Va pour l'appel. Mardi ?", "", ["Erwan Le Bihan"]),
    (U, "zimbra", "Bonjour,",
     "On change de directeur le 1er janvier. Je ne sais pas du tout ce que le nouveau voudra faire.",
     "", ["Sandrine Huet"]),
    (I, "yahoo", "",
     "Si l'appli existe en portugais et en tamoul pour nos équipes, je suis partante pour une démo. Disons la semaine "
     "du 14 ?",
     "", ["Hélène Vasseur"]),
    (N, "outlook-desktop", "",
     "Quelle idée géniale. Nos femmes de chambre vont adorer avoir une appli de plus qui sonne toute la journée. Non "
     "merci.",
     "", ["Laurent Delaunay", "Directeur d'hébergement", "Hôtels Kerbrat Paris", D["fr"]]),
    (F, "aol", "Bonjour,",
     "Ce n'est pas moi qui gère l'hébergement. Écrivez plutôt à Yannick Morvan, responsable des étages : "
     "yannick.morvan@hotels-kerbrat.test.",
     "", ["Anne Quéré"]),
    (U, "thunderbird-below", "", "Bien reçu, merci. J'en parlerai à la réunion de lundi.", "", ["Morgane Tanguy"]),
]

REPLIES["es"] = [
    (I, "gmail-web", "Hola Oona,",
     "mira, justo esto nos trae de cabeza en verano. Llámame el martes por la mañana y lo hablamos, que por vídeo no "
     "me apaño: 954 21 78 36.",
     "Un saludo", ["Rocío Montoya"]),
    (N, "outlook-desktop", "Estimada Sra. Fairbairn:",
     "Le ruego que elimine mi dirección de su base de datos y que no vuelva a enviarme comunicaciones comerciales, "
     "conforme a la normativa de protección de datos.",
     "Atentamente,", ["Ignacio Urquijo", "Director de Operaciones", "Hoteles Almenara", D["es"]]),
    (F, "gmail-android", "Buenas tardes,",
     "¿me puede mandar el resumen y los precios en pesos colombianos? Tenemos dos hoteles en Cartagena.",
     "", ["Juliana Ospina"]),
    (U, "apple", "",
     "Jajaja aquí en Lanzarote la habitación espera lo que haga falta, mi niño, que estamos en Canarias.",
     "", ["Nayra Cabrera"]),
    (I, "thunderbird-between", "",
     "Sí, me interesa la llamada. ¿Le parece el jueves 10 a las 9 de la mañana, hora de Ciudad de México?",
     "", ["Alejandro Treviño"]),
    (N, "outlook-web", "",
     "Gracias, pero ya tenemos algo parecido que nos hizo a medida un programador de acá. Anda bien.",
     "", ["Martín Olivera"]),
    (F, "zimbra", "Buenos días:",
     "¿Cómo sabe la aplicación que el huésped se ha ido? ¿Se conecta con el programa de recepción o lo tiene que "
     "marcar alguien a mano? Mándeme el resumen, por favor.",
     "Gracias", ["Covadonga Fernández"]),
    (U, "iphone", "", "¿Y ustedes de qué hotel me dijeron que eran?", "", ["Pilar Echeverría"]),
    (I, "outlook-web", "", "Vale, la llamada.", "", ["Jordi Puigdemasa"]),
    (N, "gmail-web", "",
     "Nuestro hotel tiene 8 habitaciones y la recepción está a dos metros de la lavandería. No lo necesitamos, pero "
     "gracias.",
     "", ["Lucía Quispe"]),
    (F, "outlook-desktop", "Hola,",
     "me incorporo a este puesto el 11 de enero (hasta fin de año sigo en el hotel de Sitges). ¿Podría volver a "
     "escribirme entonces?",
     "Saludos cordiales,", ["Montserrat Vidal", "Gobernanta general", "Hoteles Almenara", D["es"]]),
    (U, "yahoo", "", "Lo miro y te digo", "", ["Paco Giménez"]),
    (I, "apple", "",
     "Si anda con las tablets que ya tenemos, dale, agendemos una demo. ¿Podés el lunes 14?", "",
     ["Florencia Bentancur"]),
    (N, "aol", "", "Ya nos lo ofrecieron ustedes en septiembre y ya dijimos que no.", "", ["Ramón Alcaide"]),
    (F, "thunderbird-below", "Buen día,",
     "le reenvío su correo a nuestra ama de llaves ejecutiva, Lupita Garza (guadalupe.garza@hoteles-almenara.test), "
     "ella lleva todo lo de pisos.",
     "Saludos", ["Héctor Villarreal"]),
    (U, "gmail-android", "",
     "Ahora mismo estamos con la auditoría de la cadena y con el cambio de uniformes, no tengo cabeza para nada.",
     "", ["Esther Navarro"]),
]

REPLIES["pt"] = [
    (I, "outlook-desktop", "Exma. Senhora,",
     "Temos interesse em conhecer a solução. Proponho uma chamada na terça-feira, dia 15, às 11h00 (hora de Lisboa).",
     "Com os melhores cumprimentos,",
     ["Inês Sarmento", "Diretora de Alojamento", "Pousadas Serra Alta", D["pt"]]),
    (N, "gmail-web", "Oi Oona,",
     "valeu pelo contato, mas a gente já usa o Quartinho faz dois anos e o pessoal se adaptou bem. Não vamos trocar "
     "agora.",
     "Abraço", ["Thiago Nogueira"]),
    (F, "yahoo", "",
     "Quanto custa por quarto? Vocês cobram em real ou só em euro? E emitem nota fiscal aqui no Brasil?",
     "", ["Renata Salgado"]),
    (U, "iphone", "",
     "Aqui nos Açores o quarto espera pelo vento. Quando o avião não chega, ninguém tem pressa nenhuma.",
     "", ["Duarte Medeiros"]),
    (I, "thunderbird-between", "",
     "Sim, aceito a chamada. Prefiro que me liguem para o +244 923 456 781, a internet aqui em Luanda não aguenta "
     "videochamadas.",
     "", ["Edson Lutonadio"]),
    (N, "zimbra", "Bom dia,",
     "Solicito que o meu endereço seja removido da vossa lista de distribuição, ao abrigo do RGPD, e que me confirmem "
     "a remoção.",
     "Cumprimentos", ["Filipa Antunes"]),
    (F, "apple", "Olá,",
     "funciona em papel? Estou a brincar. A sério: os dados ficam guardados onde? E dá para ver o histórico de cada "
     "quarto? Envie-me a apresentação, se faz favor.",
     "Obrigado", ["Rui Magalhães"]),
    (U, "gmail-web", "", "kkkkk quem te passou meu email??", "", ["Jaqueline Brito"]),
    (I, "gmail-android", "", "Pode ser a chamada, sim.", "", ["Miguel Teixeira"]),
    (N, "outlook-desktop", "Cara Oona,",
     "Agradecemos o contacto, mas somos uma casa de campo com seis quartos e tratamos de tudo em família. Não se "
     "justifica.",
     "Cumprimentos,", ["Joaquim Pires", "Gerente", "Monte da Serra Alta", D["pt"]]),
    (F, "thunderbird-below", "Boa tarde,",
     "estou a fazer a formação de nova diretora em Lisboa até ao fim de janeiro e só regresso à Madeira em fevereiro. "
     "Pode voltar a escrever-me nessa altura?",
     "", ["Sónia Freitas"]),
    (U, "yahoo", "", "Recebido. Obrigado.", "", ["Armando Couto"]),
    (I, "iphone", "",
     "Se integrar com o nosso sistema de reservas (usamos o HospedaPro) eu topo fazer uma demonstração. Pode ser "
     "semana que vem, quarta à tarde?",
     "", ["Camila Rezende"]),
    (N, "aol", "", "Obrigado, mas não.", "", ["Vítor Lourenço"]),
    (F, "zimbra", "Boa tarde,",
     "quem trata disto é o nosso governante geral, o Sr. Nuno Carvalhal (nuno.carvalhal@pousadas-serra-alta.test). "
     "Reencaminhei-lhe a sua mensagem.",
     "Cumprimentos", ["Paula Correia"]),
    (U, "outlook-web", "",
     "Uai, a gente vai mudar de dono no mês que vem, sô. Nem sei se eu fico.", "", ["Wellington Araújo"]),
]

REPLIES["it"] = [
    (I, "gmail-web", "Buongiorno Oona,",
     "guardi, è proprio il nostro problema d'estate. Mi chiami pure venerdì mattina allo 081 764 22 19, chieda di "
     "Gennaro in portineria.",
     "Saluti", ["Gennaro Esposito"]),
    (N, "outlook-desktop", "Gentile Sig.ra Fairbairn,",
     "la ringraziamo, ma la gestione delle camere è già inclusa nel gestionale che utilizziamo in tutte le nostre "
     "strutture. Non siamo interessati.",
     "Cordiali saluti,", ["Federico Bartolini", "Responsabile Operativo", "Alberghi Valsorda", D["it"]]),
    (F, "gmail-android", "", "Mi mandi pure la presentazione, grazie", "", ["Lapo Guerrini"]),
    (U, "apple", "",
     "Da noi la camera aspetta finché la Marisa non ha finito di vedere la sua telenovela. Scherzo, eh.",
     "", ["Simonetta Baldini"]),
    (F, "thunderbird-between", "",
     "Funziona anche in tedesco? Metà del personale ai piani parla solo tedesco. Se sì, mi mandi il materiale.",
     "", ["Verena Pichler"]),
    (N, "iphone", "", "Toglietemi dalla lista per favore", "", ["Marco Sala"]),
    (I, "outlook-web", "", "Telefonata va bene, mi dica lei quando.", "", ["Alessandra Ricci"]),
    (U, "gmail-web", "", "Siete quelli della fiera di Rimini?", "", ["Davide Montanari"]),
    (F, "zimbra", "Buongiorno,",
     "quanto costa all'anno per un albergo di 60 camere? I telefoni li fornite voi o li mettiamo noi?",
     "Grazie", ["Elisa Zanardi"]),
    (N, "aol", "", "Siamo sette camere e le rifaccio io. Grazie lo stesso.", "", ["Giobatta Parodi"]),
    (I, "yahoo", "Salve,",
     "se funziona anche con i tablet Android che abbiamo già in reception, facciamo volentieri una demo. Martedì 15 "
     "alle 16?",
     "", ["Vito Lorusso"]),
    (U, "iphone", "", "Ne parlo con mio fratello.", "", ["Nicola Gentile"]),
    (I, "apple", "Buongiorno,",
     "ci interessa, ma la chiamata la farei con la nostra governante, Carla, che è qui solo il lunedì. Lunedì 14 alle "
     "11 può andare?",
     "", ["Chiara Colombo"]),
    (N, "gmail-android", "",
     "Bellissimo. Un'altra app. Le ragazze ai piani ne hanno già quattro e non ne usano nessuna. No grazie.",
     "", ["Stefania Righi"]),
    (F, "outlook-desktop", "Gentile Oona,",
     "sono in congedo fino al 7 gennaio per un intervento; al rientro mi ricontatti pure, l'argomento mi interessa.",
     "Cordialmente,", ["Roberta Ferraris", "Governante generale", "Alberghi Valsorda", D["it"]]),
    (U, "thunderbird-below", "",
     "Stiamo chiudendo per la stagione invernale e riapriamo ad aprile con metà delle camere ristrutturate. Vedremo.",
     "", ["Paolo Dalmasso"]),
]

# automatic notices written in their senders' formats: (name, language, sender, subject, extra headers, kind, text)
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "Precedence: bulk"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Carys Llewellyn", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Thank you for your email. I am out of the office until Monday 14 December with limited access to email.\n"
     "For group bookings please contact events@penhallow-hotels.test.\n\nCarys Llewellyn"),
    ("exchange-ooo-de", "de", "Elisabeth Gruber", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11. Dezember auf Urlaub.\n"
     "In dringenden Fällen wenden Sie sich bitte an rezeption@hotelgruppe-tannhof.test.\n\nElisabeth Gruber"),
    ("exchange-ooo-fr", "fr", "Mélanie Gagnon", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\nJe suis absente du bureau jusqu'au 9 décembre. Pour toute urgence, veuillez communiquer avec "
     "reception@hotels-kerbrat.test.\nMerci !"),
    ("exchange-ooo-es", "es", "Ximena Cárdenas", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 10 de diciembre.\n"
     "Para reservaciones, favor de escribir a reservaciones@hoteles-almenara.test.\n\nXimena Cárdenas"),
    ("exchange-ooo-pt", "pt", "Larissa Fontes", "Resposta automática: {subject}", EXCHANGE, "exchange",
     "Olá! Estou em férias até 18/12 e sem acesso ao e-mail.\n"
     "Em caso de urgência, fale com a recepção: recepcao@pousadas-serra-alta.test.\n\nLarissa Fontes"),
    ("exchange-ooo-it", "it", "Giulia Marchetti", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Gentile mittente,\nsarò fuori ufficio fino al 9 dicembre compreso. Per urgenze scriva a "
     "direzione@alberghi-valsorda.test.\n\nGiulia Marchetti"),
    ("exchange-ooo-ca", "ca", "Núria Ferrer", "Resposta automàtica: {subject}", EXCHANGE, "exchange",
     "Bon dia,\nsóc fora de l'oficina fins al dilluns 14 de desembre i no podré llegir el correu.\n"
     "Per a qualsevol urgència, adreceu-vos a recepcio@hoteles-almenara.test.\n\nGràcies,\nNúria Ferrer"),
    ("exchange-ooo-bilingual-it", "it", "Manuela Obexer", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Sono assente fino al 12 dicembre. Per urgenze: info@alberghi-valsorda.test\n\n"
     "Ich bin bis zum 12. Dezember abwesend. In dringenden Fällen: info@alberghi-valsorda.test\n\nManuela Obexer"),
    ("exchange-left-fr", "fr", "Thierry Caradec", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Thierry Caradec ne fait plus partie des Hôtels Kerbrat. Cette boîte n'est plus consultée.\n"
     "Merci d'adresser vos messages à direction@hotels-kerbrat.test."),
    ("gmail-vacation-en", "en", "Siobhan Kearney", "Away until 15 December", GMAIL_VACATION, "plain",
     "Hi,\nI'm on annual leave until Tuesday 15 December. Your email will not be forwarded.\n"
     "For reservations, call the front desk.\n\nSiobhan"),
    ("gmail-vacation-pt", "pt", "Bianca Tavares", "Ausente até 14 de dezembro", GMAIL_VACATION, "plain",
     "Oi! Estou viajando até o dia 14 de dezembro, com acesso limitado ao e-mail. Respondo assim que voltar.\n"
     "Abraços,\nBianca"),
    ("helpdesk-ack-de", "de", "Tannhof Gästeservice", "[Anfrage #48213] {subject}",
     ["Auto-Submitted: auto-generated", "X-Loop: support@hotelgruppe-tannhof.test"], "plain",
     "Guten Tag,\n\nIhre Anfrage ist bei uns eingegangen und hat die Nummer #48213 erhalten.\n"
     "Wir melden uns innerhalb von zwei Werktagen. Bitte antworten Sie nicht auf diese automatische Nachricht.\n\n"
     "Ihr Gästeservice der Hotelgruppe Tannhof"),
    ("helpdesk-ack-es", "es", "Atención al Cliente Almenara", "Hemos recibido su consulta [Ticket 7719]",
     ["Precedence: bulk", "X-Autoreply: yes"], "plain",
     "Estimado/a cliente:\n\nHemos recibido su mensaje y le hemos asignado el número de consulta 7719.\n"
     "Un miembro de nuestro equipo le responderá lo antes posible.\n\nAtención al Cliente\nHoteles Almenara"),
    ("left-company-it", "it", "Sergio Bellandi", "Sergio Bellandi non lavora più presso Alberghi Valsorda",
     ["Auto-Submitted: auto-replied"], "plain",
     "Sergio Bellandi ha lasciato l'azienda. La casella non è più monitorata.\n"
     "Per informazioni: info@alberghi-valsorda.test"),
    ("left-company-pt", "pt", "Catarina Lobo", "RE: {subject}", [], "plain",
     "Bom dia,\nJá não trabalho nas Pousadas Serra Alta desde 30 de novembro.\n"
     "O meu novo endereço é catarina.lobo@quintadolobo.test; para assuntos das pousadas, escreva para "
     "geral@pousadas-serra-alta.test.\nCumprimentos,\nCatarina Lobo"),
    ("left-company-nl", "nl", "Sanne de Vries", "RE: {subject}", [], "plain",
     "Beste afzender,\nSanne de Vries is niet meer werkzaam bij Hôtels Kerbrat. Dit adres wordt niet meer gelezen.\n"
     "Neem voor vragen contact op met reception@hotels-kerbrat.test.\nMet vriendelijke groet"),
    ("ooo-noheader-fr", "fr", "Aurélien Pasquier", "Absent : {subject}", [], "plain",
     "Bonjour,\nJe suis en congés jusqu'au lundi 14 décembre inclus, sans accès à mes mails.\n"
     "En cas d'urgence : reception@hotels-kerbrat.test\nAurélien Pasquier"),
    ("ooo-noheader-es", "es", "Valentina Rojas", "Fuera de la oficina: {subject}", [], "plain",
     "Hola,\nestoy de vacaciones hasta el 11 de diciembre y no reviso el correo.\n"
     "Si es urgente, escribí a recepcion@hoteles-almenara.test.\nValentina"),
    ("mdn-read-de", "de", "Kathrin Mayrhofer", "Gelesen: {subject}", [], "mdn",
     "Ihre Nachricht\n\n  An: Kathrin Mayrhofer\n  Betreff: {subject}\n  Gesendet: Donnerstag, 3. Dezember 2026 "
     "10:14\n\nwurde am Donnerstag, 3. Dezember 2026 11:02 gelesen."),
    ("mdn-read-en", "en", "Graham Pengelly", "Read: {subject}", [], "mdn",
     "Your message\n\n  To: Graham Pengelly\n  Subject: {subject}\n  Sent: Thursday, December 3, 2026 10:14 AM\n\n"
     "was read on Thursday, December 3, 2026 11:36 AM."),
]

LEAD_DOMAIN = {"en": "penhallow-hotels.test", "de": "hotelgruppe-tannhof.test", "fr": "hotels-kerbrat.test",
               "es": "hoteles-almenara.test", "pt": "pousadas-serra-alta.test",
               "it": "alberghi-valsorda.test"}
COMPANY = {"en": "Penhallow Hotels", "de": "Hotelgruppe Tannhof", "fr": "Hôtels Kerbrat",
           "es": "Hoteles Almenara", "pt": "Pousadas Serra Alta",
           "it": "Alberghi Valsorda"}
# the ca notice comes from the es lead's company, the nl one from the fr lead's: they answer those campaign emails
AUTO_DOMAIN = dict(LEAD_DOMAIN, ca=LEAD_DOMAIN["es"], nl=LEAD_DOMAIN["fr"])
AUTO_SUBJECT = dict(SUBJECT, ca=SUBJECT["es"], nl=SUBJECT["fr"])
FIRST = ["Sam", "Alex", "Robin", "Kim", "Jo", "Lou", "Noa", "Eli"]

CAPTURED = [  # (name, language of its text, the address the campaign email went to, its Message-ID name)
    ("sieve-vacation-de", "de", "ulrike.hofer@hotelgruppe-tannhof.test", "ka10-s01"),
    ("sieve-vacation-fr", "fr", "josee.bouchard@hotels-kerbrat.test", "ka10-s02"),
    ("sieve-vacation-es", "es", "macarena.ruiz@hoteles-almenara.test", "ka10-s03"),
    ("sieve-vacation-pt", "pt", "leticia.amaral@pousadas-serra-alta.test", "ka10-s04"),
    ("sieve-vacation-it", "it", "ornella.cuccu@alberghi-valsorda.test", "ka10-s05"),
    ("sieve-vacation-en", "en", "orla.devlin@penhallow-hotels.test", "ka10-s06"),
    ("sieve-vacation-da", "da", "mette.kjaer@penhallow-hotels.test", "ka10-s07"),
    ("sieve-vacation-ro", "ro", "ioana.dumitrescu@alberghi-valsorda.test", "ka10-s08"),
    ("sieve-reject-fr", "fr", "benoit.lagarde@hotels-kerbrat.test", "ka10-s09"),
    ("postfix-unknown-user-en", "en", "bookings@penhallow-hotels.test", "ka10-s10"),
    ("postfix-unknown-user-de", "en", "empfang@hotelgruppe-tannhof.test", "ka10-s11"),
    ("postfix-unknown-user-it", "en", "prenotazioni@alberghi-valsorda.test", "ka10-s12"),
    ("postfix-mailbox-disabled", "en", "housekeeping.fowey@penhallow-hotels.test", "ka10-s13"),
    ("postfix-relocated", "en", "pilar.sanz@hoteles-almenara.test", "ka10-s14"),
    ("postfix-policy-reject", "en", "marketing@pousadas-serra-alta.test", "ka10-s15"),
    ("postfix-nxdomain-fr", "en", "contact@hotel-des-remparts.invalid", "ka10-s16"),
    ("postfix-nxdomain-pt", "en", "reservas@pousada-do-mar.invalid", "ka10-s17"),
    ("postfix-delayed-mailbox-full", "en", "lingerie@hotels-kerbrat.test", "ka10-s18"),
    ("postfix-expired-mailbox-full", "en", "lingerie@hotels-kerbrat.test", "ka10-s18"),
]


def _normal(s):
    """Text compared without case, accent form, typographic apostrophes or spacing differences."""
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(s.split()).lower()


def check_fixture():
    """No person's text holds a line of the campaign email it quotes or the seller's name; 4 per class per lang."""
    problems = []
    for lang, replies in REPLIES.items():
        fixed = [_normal(l.split("{")[0]) for l in CAMPAIGN[lang].split("\n")]
        fixed = [l for l in fixed if len(l) >= 12] + [_normal(SELLER_NAME)]
        for i, (label, fmt, greet, words, close, sig) in enumerate(replies):
            text = _normal("\n".join([greet, words, close] + sig))
            problems += ["%s-%02d holds %r" % (lang, i + 1, l) for l in fixed if l in text]
        counts = {c: sum(1 for r in replies if r[0] == c) for c in (I, N, F, U)}
        if len(replies) != 16 or set(counts.values()) != {4}:
            problems.append("%s: %d replies, %s" % (lang, len(replies), counts))
    if problems:
        raise SystemExit("fixture check failed:\n" + "\n".join(problems))


def _reply_date(n):
    """Replies from Thursday 3 (after the 10:14 send) to Saturday 5 December."""
    day = ("Thu, 03", "Fri, 04", "Sat, 05")[n % 3]
    return "%s Dec 2026 %02d:%02d:%02d +0100" % (day, 11 + n % 9, (n * 23) % 60, (n * 37) % 60)


def main():
    check_fixture()
    rows = CLIENTS.write_replies(
        OUT, REPLIES, subjects=SUBJECT, campaigns=CAMPAIGN, companies=COMPANY, lead_domains=LEAD_DOMAIN,
        first_names=FIRST, mid="ka10-r%03d", token="rc10%03d", date=_reply_date)
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=AUTO_SUBJECT, lead_domains=AUTO_DOMAIN, mid="ka10-a%03d",
        date=lambda n: "Thu, 03 Dec 2026 %02d:%02d:%02d +0100" % (11 + n % 7, 2 + n % 55, (n * 41) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
