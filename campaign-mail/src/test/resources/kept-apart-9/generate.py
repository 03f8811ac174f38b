"""Writes the ninth kept-apart set: the people's replies in their clients' formats, the written automatic notices,
campaign/<lang>.txt and labels.csv (the captured messages come from capture.sh). See README.md."""
import datetime
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written next to the shared module
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "kept-apart-tools"))
import clients  # noqa: E402  the client formats shared by the kept-apart sets

OUT = os.path.join(HERE, "messages")
SELLER_NAME, SELLER_ADDR = "Maren Castellano", "maren@frostlog.test"
MID_DOMAIN = "frostlog.test"  # the campaign emails' Message-IDs: <ka9-rNN@frostlog.test>, <ka9-aNN@…>, <ka9-sNN@…>
OPTOUT = "https://frostlog.test/optout/"

SUBJECT = {
    "en": "Would you know if a cold room warmed up overnight?",
    "de": "Würden Sie merken, wenn ein Kühlraum über Nacht warm wird?",
    "fr": "Sauriez-vous si une chambre froide s'est réchauffée cette nuit ?",
    "es": "¿Se enteraría si una cámara frigorífica se calienta de noche?",
    "pt": "Saberia se uma câmara frigorífica aquecesse durante a noite?",
    "it": "Ve ne accorgereste se una cella frigorifera si scaldasse di notte?",
}

# the campaign email as each reply quotes it: {first}, {company} and {token} are filled per message
CAMPAIGN = {
    "en": "Hi {first},\n\n"
          "if a cold room at {company} warmed up overnight, would anyone know before the morning delivery went in?\n\n"
          "Frostlog puts a small wireless sensor in every fridge, freezer and cold room. When a temperature drifts, "
          "the person on duty gets a text message, and the HACCP temperature log fills itself in, ready for the next "
          "inspection.\n\n"
          "Could we have a 20-minute call next week? If you prefer, I can send you our two-page overview first.\n\n"
          "Warm wishes from a cold business,\n"
          "Maren Castellano\n"
          "Frostlog | Temperature monitoring for food businesses\n"
          "Frostlog Ltd, 7 Cold Harbour Lane, Bristol BS2 0QA\n\n"
          "To stop receiving emails from Frostlog: https://frostlog.test/optout/{token}",
    "de": "Hallo {first},\n\n"
          "wenn bei {company} ein Kühlraum über Nacht warm würde, wüsste das jemand, bevor morgens die Ware "
          "eingeräumt wird?\n\n"
          "Frostlog setzt einen kleinen Funkfühler in jeden Kühlschrank, jede Truhe und jeden Kühlraum. Steigt eine "
          "Temperatur, bekommt die diensthabende Person eine SMS, und das HACCP-Temperaturprotokoll füllt sich von "
          "selbst aus, bereit für die nächste Kontrolle.\n\n"
          "Hätten Sie nächste Woche Zeit für ein 20-minütiges Gespräch? Gern schicke ich Ihnen vorher auch unsere "
          "zweiseitige Übersicht.\n\n"
          "Herzliche Grüße aus der Kälte\n"
          "Maren Castellano\n"
          "Frostlog | Temperaturüberwachung für Lebensmittelbetriebe\n"
          "Frostlog Ltd, 7 Cold Harbour Lane, Bristol BS2 0QA, Vereinigtes Königreich\n\n"
          "Keine E-Mails mehr von Frostlog erhalten: https://frostlog.test/optout/{token}",
    "fr": "Bonjour {first},\n\n"
          "si une chambre froide de {company} se réchauffait pendant la nuit, quelqu'un le saurait-il avant la "
          "livraison du matin ?\n\n"
          "Frostlog place un petit capteur sans fil dans chaque réfrigérateur, congélateur et chambre froide. Dès "
          "qu'une température dérive, la personne de permanence reçoit un SMS, et le relevé de températures HACCP se "
          "remplit tout seul, prêt pour le prochain contrôle.\n\n"
          "Pourrions-nous nous appeler 20 minutes la semaine prochaine ? Si vous préférez, je peux d'abord vous "
          "envoyer notre présentation de deux pages.\n\n"
          "Chaleureusement, depuis le froid,\n"
          "Maren Castellano\n"
          "Frostlog | Surveillance des températures pour les métiers de bouche\n"
          "Frostlog Ltd, 7 Cold Harbour Lane, Bristol BS2 0QA, Royaume-Uni\n\n"
          "Pour ne plus recevoir d'e-mails de Frostlog : https://frostlog.test/optout/{token}",
    "es": "Hola, {first}:\n\n"
          "si una cámara de {company} se calentara durante la noche, ¿alguien lo sabría antes de guardar el pedido "
          "de la mañana?\n\n"
          "Frostlog coloca un pequeño sensor inalámbrico en cada nevera, congelador y cámara frigorífica. Cuando una "
          "temperatura se desvía, la persona de guardia recibe un SMS, y el registro de temperaturas APPCC se rellena "
          "solo, listo para la próxima inspección.\n\n"
          "¿Podríamos hablar 20 minutos por teléfono la semana que viene? Si lo prefiere, antes le envío nuestro "
          "resumen de dos páginas.\n\n"
          "Un cálido saludo desde el frío,\n"
          "Maren Castellano\n"
          "Frostlog | Control de temperaturas para negocios de alimentación\n"
          "Frostlog Ltd, 7 Cold Harbour Lane, Bristol BS2 0QA, Reino Unido\n\n"
          "Para dejar de recibir correos de Frostlog: https://frostlog.test/optout/{token}",
    "pt": "Olá {first},\n\n"
          "se uma câmara da {company} aquecesse durante a noite, alguém saberia antes de arrumar a entrega da "
          "manhã?\n\n"
          "A Frostlog coloca um pequeno sensor sem fios em cada frigorífico, congelador e câmara frigorífica. Quando "
          "uma temperatura se desvia, a pessoa de serviço recebe um SMS, e o registo de temperaturas HACCP "
          "preenche-se sozinho, pronto para a próxima inspeção.\n\n"
          "Podemos falar 20 minutos por telefone na próxima semana? Se preferir, envio-lhe primeiro a nossa "
          "apresentação de duas páginas.\n\n"
          "Um abraço caloroso do mundo do frio,\n"
          "Maren Castellano\n"
          "Frostlog | Monitorização de temperaturas para negócios alimentares\n"
          "Frostlog Ltd, 7 Cold Harbour Lane, Bristol BS2 0QA, Reino Unido\n\n"
          "Para deixar de receber emails da Frostlog: https://frostlog.test/optout/{token}",
    "it": "Buongiorno {first},\n\n"
          "se una cella di {company} si scaldasse durante la notte, qualcuno se ne accorgerebbe prima di sistemare la "
          "consegna del mattino?\n\n"
          "Frostlog mette un piccolo sensore senza fili in ogni frigorifero, congelatore e cella frigorifera. Quando "
          "una temperatura sale, chi è di turno riceve un SMS, e il registro delle temperature HACCP si compila da "
          "solo, pronto per il prossimo controllo.\n\n"
          "Possiamo sentirci 20 minuti al telefono la prossima settimana? Se preferisce, le mando prima la nostra "
          "presentazione di due pagine.\n\n"
          "Un caro saluto dal freddo,\n"
          "Maren Castellano\n"
          "Frostlog | Monitoraggio delle temperature per le attività alimentari\n"
          "Frostlog Ltd, 7 Cold Harbour Lane, Bristol BS2 0QA, Regno Unito\n\n"
          "Per non ricevere più email da Frostlog: https://frostlog.test/optout/{token}",
}

# sent on Wednesday 2 December 2026, 09:41:07 CET; Outlook on the web adds its iOS line on every second message
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 2, 9, 41, 7), OPTOUT,
                           dict(clients.OUTLOOK_FOR_IOS), "https://aka.ms/o0ukef")

# the corporate disclaimers Outlook desktop users' signatures carry
DISCLAIMER = {
    "en": "This email and any attachments are confidential and intended solely for the addressee. If you have "
          "received it in error, please notify the sender and delete it. Harrowgate Kitchens Ltd, registered in "
          "England and Wales no. 08812345.",
    "de": "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren "
          "Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Metzgerei Brunnhuber GmbH, Amtsgericht "
          "Traunstein HRB 12345.",
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. S'il "
          "vous est parvenu par erreur, merci d'en avertir l'expéditeur et de le détruire. Traiteur Delorme SAS.",
    "es": "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha "
          "recibido por error, comuníquelo al remitente y bórrelo. Obrador Valdivieso S.L.",
    "pt": "Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a "
          "recebeu por engano, informe o remetente e apague-a. Cozinhas Aurora, Lda.",
    "it": "Questo messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario. Se lo ha "
          "ricevuto per errore, ne informi il mittente e lo cancelli. Gastronomia Ferrante S.r.l.",
}

# (label, format, greeting, the person's words, closing, signature lines: the name first, then title, company,
# disclaimer); labelled once, by what the person means
I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"
D = DISCLAIMER

REPLIES = {}

REPLIES["en"] = [
    (I, "gmail-web", "Hi Maren,",
     "Yes, let's talk. Thursday 10 December at 3pm works for me, otherwise any morning the week after. We've two "
     "walk-in freezers at the Leeds kitchen that keep tripping and I'd like to see whether this would catch it "
     "before the stock goes.",
     "Cheers,", ["Dominic Ashworth"]),
    (N, "outlook-desktop", "Dear Maren,",
     "Thank you for getting in touch. We renewed a three-year contract with ChillTrace in September, with sensors "
     "in every unit across all five sites, so we won't be looking at anything else before 2029.",
     "Best wishes,", ["Priya Raman", "Group Food Safety Lead", "Harrowgate Kitchens Ltd", D["en"]]),
    (F, "iphone", "", "Go on then, send the two pages over", "Diolch", ["Gareth"]),
    (U, "apple", "Hiya,",
     "Funny you should ask. The cold room is the one place in this building that works properly. My office, on the "
     "other hand, is about 14 degrees: could your sensor have a word with the landlord?",
     "", ["Fiona McLeish"]),
    (N, "thunderbird-between", "",
     "Not for us, thanks. We're a single kitchen with two fridges and a chest freezer, and a probe thermometer and a "
     "clipboard do the job fine.",
     "", ["Bronagh Kelly"]),
    (I, "gmail-android", "", "Call me Friday, happy to chat", "", []),
    (F, "outlook-web", "Hello Maren,",
     "I'm not the right person for this. Temperatures and the HACCP paperwork are Callum Reid's area, he runs "
     "compliance for the northern sites. I've forwarded your email to him, his address is "
     "callum.reid@harrowgate-kitchens.test.",
     "Thanks,", ["Joanne Whitfield"]),
    (U, "yahoo", "",
     "How did you get this address? It's my personal one and I've only ever given it to our meat supplier.",
     "", ["Terry Dobbs"]),
    (F, "aol", "Hello,",
     "What would this cost for roughly 30 sensors over three sites? And do we buy the sensors outright or are they "
     "rented as part of a subscription?",
     "Regards,", ["Keith Pollard"]),
    (N, "zimbra", "", "Please take me off your mailing list. Thank you.", "", ["Ruth Adebayo"]),
    (I, "outlook-web", "Maren,",
     "If the log can be printed in the format our environmental health officer already accepts, I'm interested. "
     "Set up the call for some time next week and bring an example report with you.",
     "", ["Alistair Munro"]),
    (F, "gmail-web", "Hi,",
     "Looks useful, but I go off on paternity leave on Friday for four weeks. Could you get back in touch in the "
     "middle of January? I'll be in a better state to look at it then.",
     "Thanks,", ["Owen Pritchard"]),
    (U, "outlook-desktop", "Hello Maren,",
     "We're in the middle of moving the central production kitchen to a new unit in Wakefield, so honestly I've no "
     "idea what our cold storage will look like in the spring. Everything is up in the air here at the moment.",
     "All the best,", ["Lorraine Hepworth", "Head of Production", "Harrowgate Kitchens Ltd", D["en"]]),
    (N, "iphone", "",
     "Oh brilliant, another gadget to beep at us at 3am. Just what the night porter needed. No thanks.",
     "", ["Stu"]),
    (U, "thunderbird-below", "", "Received, will have a read over the weekend.", "", ["Siobhan Doyle"]),
    (I, "gmail-android", "",
     "Rather than a video call could you ring me? 07700 900412, best after the lunch service, so from about half two.",
     "", []),
]

REPLIES["de"] = [
    (F, "outlook-desktop", "Grüß Gott Frau Castellano,",
     "bitte schicken Sie mir die Übersicht. Mich interessiert vor allem, ob die Fühler auch aus unserem "
     "Tiefkühlraum im Keller funken, da unten haben wir kaum Empfang, und wie oft man die Batterien wechseln muss.",
     "Mit freundlichen Grüßen", ["Josef Brunnhuber", "Geschäftsführer", "Metzgerei Brunnhuber GmbH", D["de"]]),
    (I, "thunderbird-between", "",
     "Jo, des machet mir. Dienstag, 8.12., ab 14 Uhr, da isch der Lade zu.",
     "", ["Kathrin Eisele"]),
    (N, "gmail-web", "Sehr geehrte Damen und Herren,",
     "ich widerspreche der Nutzung meiner E-Mail-Adresse für Werbung. Bitte nehmen Sie mich aus Ihrem Verteiler "
     "und bestätigen Sie mir das kurz.",
     "Mit freundlichen Grüßen", ["Hermann Zöllner"]),
    (U, "gmail-android", "", "Wer sind Sie nochmal?", "", []),
    (I, "apple", "Guten Tag,",
     "klingt vernünftig. Rufen Sie mich am Donnerstag an, 0171 2345678, am besten zwischen 9 und 10 Uhr.",
     "Gruß", ["Markus Thaler"]),
    (N, "zimbra", "Grüezi Frau Castellano",
     "Merci für die Nachricht, aber wir haben im Sommer neue Kühlzellen bekommen, die Überwachung mit Alarm aufs "
     "Handy ist da schon eingebaut. Das brauchen wir nicht.",
     "Freundliche Grüsse", ["Reto Baumgartner"]),
    (F, "iphone", "Servus,",
     "da is bei uns der Herr Oberhuber zuständig, der macht die ganze Hygiene-Doku. Schreiben Sie ihm bitte direkt: "
     "florian.oberhuber@metzgerei-brunnhuber.test",
     "", ["Andrea Wimmer"]),
    (U, "gmail-web", "Hallo Frau Castellano,",
     "wir übergeben den Betrieb zum Jahreswechsel an meinen Sohn. Was der dann einführt oder nicht, weiß ich nicht, "
     "ich mische mich da nicht mehr ein.",
     "Viele Grüße", ["Gerhard Pfisterer"]),
    (I, "outlook-desktop", "Sehr geehrte Frau Castellano,",
     "diese Woche geht bei uns gar nichts, Weihnachtsgeschäft. Am 15. oder 16. Dezember hätte ich aber vormittags "
     "Zeit für einen Videocall. Schicken Sie mir einfach eine Einladung für einen der beiden Tage.",
     "Beste Grüße", ["Sabine Kraus", "Leitung Qualitätssicherung", "Metzgerei Brunnhuber GmbH", D["de"]]),
    (N, "aol", "",
     "Na super. Dann piept nachts nich nur die Alarmanlage, sondern ooch noch der Kühlschrank. Nee, danke.",
     "", ["Ronny Schulze"]),
    (F, "outlook-web", "Hallo,",
     "was kostet das für vier Filialen mit je zwei Kühlräumen und einer Kühltheke? Rechnen Sie pro Standort oder "
     "pro Fühler ab?",
     "Danke und Gruß", ["Birgit Lechner"]),
    (U, "apple", "", "Hab's ausgedruckt und der Chefin hingelegt. Mal schauen.", "", ["Tanja Eder"]),
    (F, "thunderbird-below", "Hallo Frau Castellano,",
     "ich bin ab Montag drei Wochen in der Reha nach meiner Knie-OP. Melden Sie sich bitte Mitte Januar noch einmal, "
     "dann schauen wir uns das in Ruhe an.",
     "Gruß", ["Wolfgang Reindl"]),
    (I, "gmail-android", "", "Passt, Anruf gern nächste Woche", "", []),
    (N, "yahoo", "Hallo,",
     "wir sind ein kleiner Hofladen mit einer einzigen Kühltheke. Das lohnt sich für uns nicht.",
     "Gruß vom Hof", ["Ingrid Mayrhofer"]),
    (U, "zimbra", "Guten Tag,",
     "sind Sie die Firma, die uns letztes Jahr schon die Fühler von Kaltwerk angeboten hat? Gehört das jetzt "
     "zusammen?",
     "", ["Dieter Hausmann"]),
]

REPLIES["fr"] = [
    (I, "gmail-web", "Bonjour Maren,",
     "Oui, un appel de vingt minutes me convient. Je suis disponible lundi 7 décembre entre 14 h et 16 h, ou "
     "mercredi matin si c'est plus simple pour vous.",
     "Bien à vous,", ["Élodie Marchand"]),
    (F, "thunderbird-between", "",
     "Avant d'aller plus loin : où sont hébergées les données de température, et qui y a accès ? Si c'est en "
     "Europe, envoyez-moi la présentation, je la ferai suivre à notre responsable qualité.",
     "", ["Benoît Lambotte"]),
    (N, "outlook-desktop", "Madame,",
     "Nous travaillons depuis quatre ans avec un prestataire qui relève nos frigos en continu (ThermoVeille) et nous "
     "en sommes satisfaits. Je ne donnerai donc pas suite.",
     "Cordialement,", ["Isabelle Fournier", "Directrice des opérations", "Traiteur Delorme SAS", D["fr"]]),
    (U, "iphone", "", "On se connaît ?", "", ["Karim"]),
    (F, "outlook-web", "Bonjour,",
     "Je transmets votre message à Mme Nadia Benali, qui gère la qualité et l'hygiène dans nos deux laboratoires : "
     "nadia.benali@traiteur-delorme.test. C'est elle qui décidera.",
     "Cordialement,", ["Pascal Girardin"]),
    (N, "yahoo", "", "Merci de ne plus m'écrire et de retirer mon adresse de vos listes.", "", ["Monique Vasseur"]),
    (I, "apple", "Bonjour Madame,",
     "Plutôt qu'une visio, appelez-moi directement au 06 12 34 56 78, de préférence vers 15 h, après le coup de feu "
     "de midi.",
     "Bonne journée", ["Marius Santoni"]),
    (U, "gmail-android", "",
     "Ha ! Chez nous le seul capteur fiable, c'est le chef : dès que la chambre froide passe au-dessus de 4 degrés, "
     "tout le monde l'entend.",
     "", []),
    (F, "gmail-web", "Bonjour,", "Volontiers, envoyez-moi les deux pages.", "Meilleures salutations",
     ["Valérie Rochat"]),
    (N, "iphone", "",
     "Génial, encore un abonnement. On a déjà un thermomètre, un carnet et un stylo, et eux au moins ne tombent "
     "jamais en panne de batterie. Non merci.",
     "", ["Fabrice"]),
    (U, "outlook-desktop", "Bonjour Madame Castellano,",
     "Nous sommes en plein rachat par un groupe de restauration collective et toutes les décisions d'achat sont "
     "gelées jusqu'à nouvel ordre. Je ne sais même pas qui signera quoi en janvier.",
     "Cordialement,", ["Laurent Chevallier", "Directeur administratif", "Traiteur Delorme SAS", D["fr"]]),
    (I, "outlook-web", "Bonjour,",
     "Si l'application existe en français et que les relevés peuvent être exportés pour notre plan de maîtrise "
     "sanitaire, je suis partant pour une démo. Proposez-moi un créneau la semaine prochaine.",
     "Merci,", ["Thierry Kuntz"]),
    (F, "aol", "Bonjour,",
     "Comment ça se passe quand le wifi tombe ? Notre chambre froide négative est au sous-sol et le réseau y passe "
     "très mal. Les relevés restent-ils enregistrés dans le capteur en attendant ?",
     "Merci d'avance", ["Sandrine Lefebvre"]),
    (I, "yahoo", "", "D'accord pour l'appel, jeudi ça vous irait ?", "", ["Hugo Lemaire"]),
    (N, "zimbra", "", "Pas intéressé.", "", ["Jean-Marc Peyrol"]),
    (U, "thunderbird-below", "Bonjour,",
     "Est-ce vous qui avez laissé un message sur le répondeur de la boutique jeudi dernier ? Personne ici n'a "
     "compris de quoi il s'agissait.",
     "", ["Christelle Maes"]),
]

REPLIES["es"] = [
    (N, "outlook-desktop", "Estimada Sra. Castellano:",
     "Le ruego que no me envíe más correos comerciales y que borre esta dirección de sus listas.",
     "Atentamente,", ["Carmen Valdivieso", "Gerente", "Obrador Valdivieso S.L.", D["es"]]),
    (U, "thunderbird-between", "",
     "Justo ahora estamos cambiando de local, el obrador nuevo abre en febrero y no sé ni qué cámaras vamos a tener. "
     "Ya veremos.",
     "", ["Álvaro Sanz"]),
    (I, "gmail-web", "Hola Maren,",
     "Dale, me interesa. ¿Podés el martes 9 a las 11, hora de Buenos Aires? Si no, cualquier tarde de esa semana.",
     "Saludos,", ["Martín Godoy"]),
    (F, "gmail-android", "", "Mándame el resumen porfa", "", []),
    (F, "apple", "Hola,",
     "¿Cuánto costaría para dos cocinas con unas doce cámaras y refrigeradores en total? Si me pueden pasar el "
     "precio en pesos mexicanos junto con el resumen, se lo presento a mi jefe.",
     "Gracias,", ["Guadalupe Ortiz"]),
    (N, "iphone", "",
     "No, gracias. Somos una panadería chica, con un refri y una cámara, y lo anotamos a mano no más.",
     "", ["Javiera"]),
    (I, "outlook-web", "Buenas tardes,",
     "Prefiero que me llame por teléfono, las videollamadas desde la cocina son imposibles. Mi número es el "
     "+34 612 345 678, a partir de las cuatro de la tarde.",
     "Un saludo,", ["Vicent Ferrer"]),
    (U, "yahoo", "", "jajaja pensé que vendían neveras, ya me había ilusionado con cambiar la nuestra",
     "", ["Nuria"]),
    (F, "outlook-desktop", "Buenos días:",
     "Este tema lo lleva nuestra responsable de calidad, Uxía Pereiro. Le he reenviado su correo; puede escribirle "
     "directamente a uxia.pereiro@obrador-valdivieso.test.",
     "Saludos cordiales,", ["Ramón Castro", "Director de Producción", "Obrador Valdivieso S.L.", D["es"]]),
    (N, "aol", "",
     "Claro que sí, y de paso que el sensor me haga el inventario y me friegue el suelo. Mire, no, gracias.",
     "", ["Paco Ruiz"]),
    (I, "apple", "Hola Maren,",
     "Sí, hagamos la llamada. Esta semana voy fatal, pero el lunes 14 por la mañana me viene bien.",
     "Abrazos,", ["Lucía Benítez"]),
    (U, "gmail-web", "Buenos días,",
     "Perdone, ¿esto es para la tienda de la calle Mayor o para el obrador? Son empresas distintas aunque "
     "compartamos nombre.",
     "Saludos", ["Pilar Arranz"]),
    (F, "thunderbird-below", "Hola,",
     "Estoy de baja por maternidad hasta finales de febrero. Si le parece, vuelva a escribirme en marzo y lo vemos "
     "con calma.",
     "Gracias", ["Marta Iglesias"]),
    (N, "zimbra", "Hola,",
     "Ya tenemos sondas de FríoControl en todas las cámaras desde hace dos años y nos funcionan bien. No vamos a "
     "cambiar.",
     "Saludos", ["Enrique Llorente"]),
    (U, "iphone", "", "Ok, lo miro luego", "", ["Bea"]),
    (I, "gmail-android", "", "Vale, llamada el jueves", "", []),
]

REPLIES["pt"] = [
    (I, "thunderbird-between", "",
     "Topo sim! Pode ser quarta, dia 9, às 10h (horário de Brasília)?",
     "", ["Juliana Prado"]),
    (N, "outlook-desktop", "Exma. Senhora,",
     "Agradeço que retire o meu endereço da vossa lista de contactos. Não pretendo receber mais mensagens vossas.",
     "Com os melhores cumprimentos,", ["Teresa Sequeira", "Diretora-Geral", "Cozinhas Aurora, Lda.", D["pt"]]),
    (F, "gmail-web", "Boa tarde,",
     "Os registos de temperatura podem ser exportados em PDF para mostrar à ASAE numa inspeção? E os sensores vêm "
     "com certificado de calibração?",
     "Cumprimentos,", ["Nuno Carvalho"]),
    (U, "gmail-android", "", "kkkkk nossa câmara fria é mais velha que eu, duvido que aceite sensor", "", []),
    (N, "aol", "Olá,",
     "Não temos interesse. Já trabalhamos com a Gelotec, que faz a monitorização das câmaras e a manutenção.",
     "", ["Rui Fontes"]),
    (F, "iphone", "Bom dia,",
     "Quem trata disso cá é o nosso chefe de cozinha, o senhor Armando Cossa. Já lhe reencaminhei o seu email: "
     "armando.cossa@cozinhas-aurora.test",
     "", ["Celeste Mabunda"]),
    (I, "outlook-web", "Bom dia,",
     "Prefiro uma chamada telefónica. Ligue-me para o 912 345 678 na segunda-feira de manhã, antes das 11h.",
     "Obrigado,", ["Henrique Lopes"]),
    (U, "outlook-desktop", "Cara Maren,",
     "Estamos a meio de uma obra na cozinha central e metade das câmaras está desligada até janeiro. Neste momento "
     "nem consigo pensar nisso.",
     "Cumprimentos,", ["Paulo Antunes", "Responsável de Produção", "Cozinhas Aurora, Lda.", D["pt"]]),
    (F, "outlook-web", "", "Pode mandar o resumo, obrigado.", "", ["Sérgio Matos"]),
    (N, "gmail-web", "",
     "Nossa, que maravilha, mais um app pra apitar de madrugada. Passo, obrigada.",
     "", ["Fernanda Ribeiro"]),
    (I, "apple", "Oi Maren,",
     "Se der para ver os alertas no celular e os relatórios saírem prontos pra vigilância sanitária, tenho "
     "interesse sim. Vamos marcar a conversa na semana que vem, qualquer tarde.",
     "Abs,", ["Leandro Tavares"]),
    (U, "yahoo", "", "Quem lhe deu este contacto? Este email é da contabilidade.", "", ["Graça Moura"]),
    (F, "thunderbird-below", "Olá,",
     "Entro de férias amanhã e só volto a 4 de janeiro. Pode voltar a contactar-me depois disso?",
     "Obrigada", ["Inês Figueiredo"]),
    (N, "gmail-android", "", "Não, obrigado.", "", []),
    (U, "aol", "", "Recebido. Vejo isto com calma depois das festas.", "", ["Alberto Cunha"]),
    (I, "zimbra", "", "Bora conversar. Terça às 15h?", "", ["Diego Barros"]),
]

REPLIES["it"] = [
    (N, "thunderbird-between", "",
     "Grazie, ma no. Abbiamo una sola cella e il registro lo compila mia moglie ogni mattina da vent'anni, mai avuto "
     "un problema con l'ASL.",
     "", ["Salvatore Lo Cascio"]),
    (I, "outlook-desktop", "Gentile Maren,",
     "la proposta ci interessa. Possiamo sentirci giovedì 10 dicembre alle 15? In alternativa venerdì mattina.",
     "Cordiali saluti,", ["Elisa Ferrante", "Responsabile acquisti", "Gastronomia Ferrante S.r.l.", D["it"]]),
    (F, "gmail-web", "Buongiorno,",
     "se ne occupa il nostro responsabile HACCP, Davide Pirastu. Gli ho girato la mail, lo trova a "
     "davide.pirastu@gastronomia-ferrante.test.",
     "Saluti,", ["Franca Melis"]),
    (U, "apple", "", "Qui siamo sotto con i panettoni fino a Natale, non vedo nemmeno la luce del giorno.",
     "", ["Giorgio Bassani"]),
    (N, "iphone", "", "Cancellatemi dalla vostra lista, grazie.", "", ["Mirella"]),
    (F, "gmail-android", "", "Mi mandi pure le due pagine", "", []),
    (I, "aol", "Salve,",
     "mi chiami pure al 333 1234567, meglio dopo le 15 quando chiudiamo la cucina. Le videochiamate non fanno per me.",
     "", ["Massimo Proietti"]),
    (U, "zimbra", "",
     "Se il sensore mi avvisa anche quando mio figlio lascia aperto il congelatore, lo compro subito. Scherzo, eh.",
     "", ["Loris Zanin"]),
    (N, "outlook-desktop", "Buongiorno,",
     "abbiamo già un sistema di monitoraggio integrato nei banchi frigo Arctiva, installato l'anno scorso insieme ai "
     "banchi nuovi. Non ci serve altro.",
     "Distinti saluti,", ["Roberto Colombo", "Direttore tecnico", "Gastronomia Ferrante S.r.l.", D["it"]]),
    (I, "iphone", "", "Ok per la chiamata, martedì?", "", ["Ale"]),
    (F, "yahoo", "Buongiorno,",
     "quanto costa all'anno per tre celle e due banchi frigo? C'è anche un costo di installazione?",
     "Grazie", ["Patrizia Conti"]),
    (U, "gmail-web", "Buonasera,",
     "ma voi siete di Milano? Perché c'è un'azienda con un nome quasi uguale che ci ha fatto un preventivo due anni fa.",
     "", ["Ottavio Brambilla"]),
    (N, "apple", "",
     "Ah, bellissimo: così quando salta la corrente alle tre di notte lo so subito e non dormo più. No grazie, "
     "preferisco scoprirlo la mattina.",
     "", ["Nicola Bortolin"]),
    (F, "thunderbird-below", "Buongiorno,",
     "il budget del 2027 lo decidiamo a fine gennaio. Mi ricontatti allora, prima non posso promettere niente.",
     "", ["Carla Marchetti"]),
    (U, "outlook-web", "", "Vedremo...", "", ["Tiziana Gallo"]),
    (I, "zimbra", "Buongiorno,",
     "va bene, facciamo una demo. Però la vorrei vedere dal vivo in laboratorio, non in video: se passate da Torino "
     "nelle prossime settimane fatemelo sapere.",
     "Cordialmente", ["Piero Gribaudo"]),
]

# the automatic notices written here: (name, language, sender, subject, extra headers, kind, text), as
# clients.Campaign.write_automatic takes them ({subject} the campaign subject, {addr} the seller's address)
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "Precedence: bulk"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Morag Sinclair", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Thank you for your email.\n\nI am out of the office until Monday 14 December with limited access to email. "
     "For anything urgent please contact the Glasgow kitchen on kitchen.glasgow@harrowgate-kitchens.test.\n\n"
     "Morag Sinclair"),
    ("exchange-ooo-de", "de", "Urs Gerber", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Grüezi\n\nIch bin bis und mit 11. Dezember abwesend und habe keinen Zugriff auf meine E-Mails. In dringenden "
     "Fällen wenden Sie sich bitte an verkauf@metzgerei-brunnhuber.test.\n\nFreundliche Grüsse\nUrs Gerber"),
    ("exchange-ooo-fr", "fr", "Amélie Dubois", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\n\nJe suis absente du bureau jusqu'au 9 décembre inclus. Votre message ne sera pas transféré. Pour "
     "toute urgence, vous pouvez joindre l'accueil à accueil@traiteur-delorme.test.\n\nCordialement,\nAmélie Dubois"),
    ("exchange-ooo-es", "es", "Florencia Paz", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Hola, gracias por tu mensaje.\n\nEstoy de vacaciones hasta el 21 de diciembre y no voy a revisar el correo. "
     "Por temas de producción, escribile a produccion@obrador-valdivieso.test.\n\nSaludos,\nFlorencia Paz"),
    ("exchange-ooo-pt", "pt", "Joana Pinheiro", "Resposta automática: {subject}", EXCHANGE, "exchange",
     "Obrigada pela sua mensagem.\n\nEncontro-me ausente até dia 10 de dezembro, com acesso limitado ao email. "
     "Em caso de urgência, contacte geral@cozinhas-aurora.test.\n\nJoana Pinheiro"),
    ("exchange-ooo-it", "it", "Federica Russo", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Gentile mittente,\n\nsarò assente dall'ufficio fino al 14 dicembre compreso. Per questioni urgenti può "
     "scrivere a ufficio@gastronomia-ferrante.test.\n\nCordiali saluti\nFederica Russo"),
    ("exchange-ooo-gl", "gl", "Brais Otero", "Resposta automática: {subject}", EXCHANGE, "exchange",
     "Ola:\n\nEstou fóra da oficina ata o martes 15 de decembro, sen acceso ao correo. Para calquera asunto "
     "urxente, escriba a calidade@obrador-valdivieso.test.\n\nUn saúdo,\nBrais Otero"),
    ("exchange-ooo-bilingual-fr", "fr", "Sophie Meylan", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\n\nJe suis en congé parental jusqu'au 31 janvier. Pendant mon absence, merci de vous adresser à "
     "accueil@traiteur-delorme.test.\n\nGuten Tag,\n\nIch bin bis zum 31. Januar im Elternurlaub. Bitte wenden Sie "
     "sich während meiner Abwesenheit an accueil@traiteur-delorme.test.\n\nSophie Meylan"),
    ("exchange-left-de", "de", "Jürgen Maier", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Guten Tag,\n\nHerr Jürgen Maier ist nicht mehr für die Metzgerei Brunnhuber tätig. Diese Adresse wird nicht "
     "mehr gelesen. Bitte richten Sie Ihre Anfrage an info@metzgerei-brunnhuber.test.\n\nMetzgerei Brunnhuber GmbH"),
    ("gmail-vacation-es", "es", "Rocío Domínguez", "De vacaciones hasta el 8 de diciembre", GMAIL_VACATION, "plain",
     "Hola:\n\nEstoy de vacaciones hasta el martes 8 de diciembre. Contestaré a tu correo a la vuelta.\n\nRocío"),
    ("gmail-vacation-it", "it", "Matteo Ferri", "In ferie", GMAIL_VACATION, "plain",
     "Ciao,\nsono in ferie fino a lunedì 7 dicembre e non controllo la posta. Ti rispondo appena rientro.\n\nMatteo"),
    ("helpdesk-ack-fr", "fr", "Service clients Traiteur Delorme", "[Ticket #48213] {subject}",
     ["Auto-Submitted: auto-generated", "X-Loop: {addr}"], "plain",
     "Bonjour,\n\nNous avons bien reçu votre demande, enregistrée sous le numéro 48213. Un conseiller vous répondra "
     "sous 48 heures ouvrées.\n\nMerci de ne pas répondre à ce message automatique.\n\nLe service clients"),
    ("helpdesk-ack-pt", "pt", "Apoio Cozinhas Aurora", "Pedido recebido: {subject}",
     ["Precedence: bulk", "X-Autoreply: yes"], "plain",
     "Olá,\n\nRecebemos o seu pedido e iremos responder assim que possível, normalmente no prazo de dois dias "
     "úteis.\n\nEsta é uma mensagem automática, por favor não responda.\n\nEquipa de Apoio"),
    ("left-company-en", "en", "Neil Barraclough", "Neil Barraclough has left Harrowgate Kitchens",
     ["Auto-Submitted: auto-generated"], "plain",
     "Neil Barraclough no longer works for Harrowgate Kitchens and this mailbox is no longer monitored.\n\n"
     "Please send your enquiry to info@harrowgate-kitchens.test."),
    ("left-company-es", "es", "Sebastián Rojas", "Re: {subject}", [], "plain",
     "Buenas,\n\nYa no trabajo en Obrador Valdivieso desde el 30 de noviembre. Mi nueva dirección es "
     "sebastian.rojas@panaderia-andina.test; para asuntos del obrador, escriba a info@obrador-valdivieso.test.\n\n"
     "Sebastián Rojas"),
    ("left-company-pl", "pl", "Krzysztof Nowak", "Odp: {subject}", [], "plain",
     "Dzień dobry,\n\nKrzysztof Nowak nie pracuje już w firmie Metzgerei Brunnhuber. Wiadomości wysłane na ten adres "
     "nie są czytane. Prosimy o kontakt pod adresem info@metzgerei-brunnhuber.test.\n\nPozdrawiamy"),
    ("ooo-noheader-de", "de", "Monika Aigner", "Abwesenheit: {subject}", [], "plain",
     "Guten Tag,\n\nich bin bis 10. Dezember nicht im Haus. Ihre Nachricht wird nicht weitergeleitet. In dringenden "
     "Fällen erreichen Sie uns unter info@metzgerei-brunnhuber.test.\n\nMonika Aigner"),
    ("ooo-noheader-it", "it", "Gianni Esposito", "Assenza: {subject}", [], "plain",
     "Buongiorno,\n\nsono assente fino all'11 dicembre. I messaggi ricevuti in questi giorni verranno letti al mio "
     "rientro.\n\nGianni Esposito"),
    ("mdn-read-fr", "fr", "Hélène Garnier", "Lu : {subject}", [], "mdn",
     "Votre message\n\n  À : Hélène Garnier\n  Objet : {subject}\n  Envoyé : mercredi 2 décembre 2026 09:41:07 "
     "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\na été lu le mercredi 2 décembre 2026 11:05:32 "
     "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris."),
    ("mdn-read-pt", "pt", "Miguel Quintas", "Lida: {subject}", [], "mdn",
     "A sua mensagem\n\n  Para: Miguel Quintas\n  Assunto: {subject}\n  Enviada: quarta-feira, 2 de dezembro de "
     "2026 08:41:07 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres\n\nfoi lida na quarta-feira, 2 de dezembro de "
     "2026 09:58:14 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres."),
]

LEAD_DOMAIN = {"en": "harrowgate-kitchens.test", "de": "metzgerei-brunnhuber.test", "fr": "traiteur-delorme.test",
               "es": "obrador-valdivieso.test", "pt": "cozinhas-aurora.test",
               "it": "gastronomia-ferrante.test"}
COMPANY = {"en": "Harrowgate Kitchens", "de": "Metzgerei Brunnhuber", "fr": "Traiteur Delorme",
           "es": "Obrador Valdivieso", "pt": "Cozinhas Aurora",
           "it": "Gastronomia Ferrante"}
# the gl notice comes from the es lead's company, the pl one from the de lead's; they answer those campaign emails
AUTO_DOMAIN = dict(LEAD_DOMAIN, gl=LEAD_DOMAIN["es"], pl=LEAD_DOMAIN["de"])
AUTO_SUBJECT = dict(SUBJECT, gl=SUBJECT["es"], pl=SUBJECT["de"])
FIRST = ["Sam", "Anna", "Chris", "Lea", "Jo", "Noa", "Alex", "Mia", "Dani", "Eva", "Toni", "Ida", "Luca", "Ana",
         "Max", "Sara"]

CAPTURED = [  # (file, language, the address the campaign email went to, the campaign email's Message-ID)
    ("sieve-vacation-de", "de", "urs.kaelin@metzgerei-brunnhuber.test", "ka9-s01"),
    ("sieve-vacation-fr", "fr", "aurelie.wauters@traiteur-delorme.test", "ka9-s02"),
    ("sieve-vacation-es", "es", "camila.herrera@obrador-valdivieso.test", "ka9-s03"),
    ("sieve-vacation-pt", "pt", "tiago.meireles@cozinhas-aurora.test", "ka9-s04"),
    ("sieve-vacation-it", "it", "ilaria.fumagalli@gastronomia-ferrante.test", "ka9-s05"),
    ("sieve-vacation-en", "en", "ewan.macrae@harrowgate-kitchens.test", "ka9-s06"),
    ("sieve-vacation-fi", "fi", "aino.virtanen@harrowgate-kitchens.test", "ka9-s07"),
    ("sieve-vacation-hu", "hu", "zsofia.kovacs@metzgerei-brunnhuber.test", "ka9-s08"),
    ("sieve-reject-de", "de", "stefan.huber@metzgerei-brunnhuber.test", "ka9-s09"),
    ("postfix-unknown-user-fr", "en", "contact@traiteur-delorme.test", "ka9-s10"),
    ("postfix-unknown-user-es", "en", "pedidos@obrador-valdivieso.test", "ka9-s11"),
    ("postfix-unknown-user-pt", "en", "encomendas@cozinhas-aurora.test", "ka9-s12"),
    ("postfix-mailbox-disabled", "en", "kitchen.york@harrowgate-kitchens.test", "ka9-s13"),
    ("postfix-relocated", "en", "lorenzo.deluca@gastronomia-ferrante.test", "ka9-s14"),
    ("postfix-policy-reject", "en", "filiale.rosenheim@metzgerei-brunnhuber.test", "ka9-s15"),
    ("postfix-nxdomain-de", "en", "info@fleischerei-goertz.invalid", "ka9-s16"),
    ("postfix-nxdomain-es", "en", "hola@pasteleria-zaragoza.invalid", "ka9-s17"),
    ("postfix-delayed-mailbox-full", "en", "laboratorio@gastronomia-ferrante.test", "ka9-s18"),
    ("postfix-expired-mailbox-full", "en", "laboratorio@gastronomia-ferrante.test", "ka9-s18"),
]


def _normal(s):
    """As the test compares texts: NFKC, no-break spaces as spaces, runs of white space as one, lower case."""
    s = unicodedata.normalize("NFKC", s).replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(s.split()).lower()


def check_fixture():
    """No person's text holds a line of the campaign email it quotes or the seller's name; 4 replies per class."""
    problems = []
    for lang, replies in REPLIES.items():
        fixed = [_normal(l.split("{")[0]) for l in CAMPAIGN[lang].split("\n")]
        fixed = [l for l in fixed if len(l) >= 12] + [_normal(SELLER_NAME)]
        for i, (label, fmt, greet, words, close, sig) in enumerate(replies):
            text = _normal("\n".join([greet, words, close] + sig))
            problems += ["%s reply %d holds the campaign line %r" % (lang, i + 1, l) for l in fixed if l in text]
        counts = {c: sum(1 for r in replies if r[0] == c) for c in (I, N, F, U)}
        if len(replies) != 16 or set(counts.values()) != {4}:
            problems.append("%s: %d replies, %s" % (lang, len(replies), counts))
    if problems:
        raise SystemExit("fixture check failed:\n" + "\n".join(problems))


def _reply_date(n):
    """Replies come on Wednesday 2 to Friday 4 December 2026 (CET)."""
    day = ("Wed, 2", "Thu, 3", "Fri, 4")[n % 3]
    return "%s Dec 2026 %02d:%02d:%02d +0100" % (day, 10 + n % 9, (n * 23) % 60, (n * 37) % 60)


def main():
    check_fixture()
    rows = CLIENTS.write_replies(
        OUT, REPLIES, subjects=SUBJECT, campaigns=CAMPAIGN, companies=COMPANY, lead_domains=LEAD_DOMAIN,
        first_names=FIRST, mid="ka9-r%02d", token="k9r%02d", date=_reply_date)
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=AUTO_SUBJECT, lead_domains=AUTO_DOMAIN, mid="ka9-a%03d",
        date=lambda n: "Wed, 2 Dec 2026 %02d:%02d:%02d +0100" % (10 + n % 6, 2 + n % 55, (n * 41) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
