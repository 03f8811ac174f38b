"""Writes the sixteenth kept-apart set: the client-format replies and written automatic notices in messages/, the
campaign emails in campaign/ and labels.csv. The captured bounces and sieve replies come from capture.sh. The
client formats are those of ../kept-apart-tools/clients.py; what is here is the set's own: the campaign email, the
people's words, labels, names, domains and when the campaign was sent."""
import datetime
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ next to the shared module
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "kept-apart-tools"))
import clients  # noqa: E402

OUT = os.path.join(HERE, "messages")
SELLER_NAME, SELLER_ADDR = "Ysolde Marchbank", "ysolde@brookgauge.test"
MID_DOMAIN = "brookgauge.test"
OPTOUT = "https://brookgauge.test/optout/"

SUBJECT = {
    "en": "How much oxygen was in your ponds at 4 a.m.?",
    "de": "Wie viel Sauerstoff hatten Ihre Teiche um 4 Uhr früh?",
    "fr": "Combien d'oxygène dans vos bassins à 4 h du matin ?",
    "es": "¿Cuánto oxígeno había en sus estanques a las 4 de la mañana?",
    "pt": "Quanto oxigénio havia nos seus tanques às 4 da manhã?",
    "it": "Quanto ossigeno c'era nelle vasche alle 4 del mattino?",
}
CAMPAIGN = {
    "en": "Hello {first},\n\n"
          "Brookgauge puts a small probe in each raceway or pond at {company} and reads dissolved oxygen and\n"
          "water temperature every five minutes. When the oxygen falls below the level you set, or an aerator\n"
          "or the inflow stops, it sends a text message to whoever is on call, at night too, and it keeps a\n"
          "daily record for the vet and the water authority.\n\n"
          "Would a 20-minute call next week suit you, or shall I send you a two-page overview first?\n\n"
          "Best regards,\n\n"
          "Ysolde Marchbank\n"
          "Brookgauge, water monitoring for fish farms\n"
          "You are receiving this email because {company} is listed in a public register of fish farms.\n"
          "To stop receiving these emails: " + OPTOUT + "{token}",
    "de": "Guten Tag {first},\n\n"
          "Brookgauge setzt in jede Rinne und jeden Teich von {company} eine kleine Sonde und misst alle fünf\n"
          "Minuten den gelösten Sauerstoff und die Wassertemperatur. Fällt der Sauerstoff unter den von Ihnen\n"
          "gewählten Wert oder fällt ein Belüfter oder der Zulauf aus, geht eine SMS an die Person in\n"
          "Bereitschaft, auch nachts, und ein Tagesprotokoll für Tierarzt und Wasserbehörde wird geführt.\n\n"
          "Passt Ihnen nächste Woche ein Telefonat von 20 Minuten, oder soll ich zuerst eine zweiseitige\n"
          "Übersicht schicken?\n\n"
          "Freundliche Grüße\n\n"
          "Ysolde Marchbank\n"
          "Brookgauge, Wasserüberwachung für Fischzuchten\n"
          "Sie erhalten diese E-Mail, weil {company} in einem öffentlichen Verzeichnis von Fischzuchten steht.\n"
          "Keine weiteren E-Mails erhalten: " + OPTOUT + "{token}",
    "fr": "Bonjour {first},\n\n"
          "Brookgauge place une petite sonde dans chaque canal et chaque bassin de {company} et mesure toutes\n"
          "les cinq minutes l'oxygène dissous et la température de l'eau. Si l'oxygène passe sous le seuil que\n"
          "vous avez choisi, ou si un aérateur ou l'arrivée d'eau s'arrête, un SMS part vers la personne\n"
          "d'astreinte, la nuit aussi, et un relevé quotidien est tenu pour le vétérinaire et la police de l'eau.\n\n"
          "Un appel de 20 minutes la semaine prochaine vous conviendrait-il, ou préférez-vous d'abord une\n"
          "présentation de deux pages ?\n\n"
          "Bien cordialement,\n\n"
          "Ysolde Marchbank\n"
          "Brookgauge, surveillance de l'eau pour piscicultures\n"
          "Vous recevez ce message car {company} figure dans un registre public des piscicultures.\n"
          "Ne plus recevoir ces messages : " + OPTOUT + "{token}",
    "es": "Hola, {first}:\n\n"
          "Brookgauge coloca una pequeña sonda en cada canal o estanque de {company} y mide cada cinco minutos\n"
          "el oxígeno disuelto y la temperatura del agua. Si el oxígeno baja del nivel que usted elija, o se para\n"
          "un aireador o la entrada de agua, envía un SMS a quien esté de guardia, también de noche, y guarda\n"
          "un registro diario para el veterinario y la confederación hidrográfica.\n\n"
          "¿Le vendría bien una llamada de 20 minutos la semana que viene, o prefiere que le envíe antes un\n"
          "resumen de dos páginas?\n\n"
          "Un saludo,\n\n"
          "Ysolde Marchbank\n"
          "Brookgauge, control del agua para piscifactorías\n"
          "Recibe este correo porque {company} figura en un registro público de piscifactorías.\n"
          "Para no recibir más correos: " + OPTOUT + "{token}",
    "pt": "Olá {first},\n\n"
          "O Brookgauge coloca uma pequena sonda em cada tanque ou canal da {company} e mede de cinco em cinco\n"
          "minutos o oxigénio dissolvido e a temperatura da água. Se o oxigénio descer abaixo do valor que\n"
          "escolher, ou se um arejador ou a entrada de água parar, envia um SMS a quem estiver de piquete,\n"
          "também de noite, e guarda um registo diário para o veterinário e para a autoridade da água.\n\n"
          "Teria 20 minutos para uma chamada na próxima semana, ou prefere que lhe envie primeiro uma\n"
          "apresentação de duas páginas?\n\n"
          "Com os melhores cumprimentos,\n\n"
          "Ysolde Marchbank\n"
          "Brookgauge, monitorização da água para pisciculturas\n"
          "Recebe este email porque a {company} consta de um registo público de pisciculturas.\n"
          "Para deixar de receber estes emails: " + OPTOUT + "{token}",
    "it": "Buongiorno {first},\n\n"
          "Brookgauge mette una piccola sonda in ogni canale o vasca di {company} e misura ogni cinque minuti\n"
          "l'ossigeno disciolto e la temperatura dell'acqua. Se l'ossigeno scende sotto la soglia che ha scelto,\n"
          "o si ferma un aeratore o l'afflusso d'acqua, manda un SMS a chi è di turno, anche di notte, e tiene\n"
          "un registro giornaliero per il veterinario e per l'ente che rilascia la concessione idrica.\n\n"
          "Le andrebbe una telefonata di 20 minuti la settimana prossima, o preferisce che le mandi prima una\n"
          "presentazione di due pagine?\n\n"
          "Cordiali saluti,\n\n"
          "Ysolde Marchbank\n"
          "Brookgauge, monitoraggio dell'acqua per allevamenti ittici\n"
          "Riceve questa e-mail perché {company} è iscritta in un registro pubblico degli allevamenti ittici.\n"
          "Per non ricevere più queste e-mail: " + OPTOUT + "{token}",
}
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 1, 9, 7, 12), OPTOUT,
                           dict(clients.OUTLOOK_FOR_ANDROID), "https://aka.ms/AAb9ysg")
DISCLAIMER = {
    "en": "This email and any attachments are confidential and intended solely for the addressee. If you have "
          "received it in error, please tell the sender and delete it.",
    "de": "Diese E-Mail enthält vertrauliche Informationen und ist nur für den Empfänger bestimmt. Wenn Sie nicht "
          "der richtige Empfänger sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si "
          "vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.",
    "es": "Este mensaje es confidencial y va dirigido únicamente a su destinatario. Si lo ha recibido por error, "
          "comuníquelo al remitente y bórrelo.",
    "pt": "Esta mensagem é confidencial e destina-se apenas ao seu destinatário. Se a recebeu por engano, "
          "informe o remetente e apague-a.",
    "it": "Questo messaggio è riservato ed è destinato unicamente al destinatario indicato. Se lo ha ricevuto "
          "per errore, ne informi il mittente e lo cancelli.",
}

I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"
D = DISCLAIMER
REPLIES = {}
REPLIES["en"] = [
    (I, "gmail-web", "Hi Ysolde,",
     "Aye, go on then. We lost a whole raceway of fingerlings in August when the generator didn't kick in, so the "
     "timing's good. Thursday after 2 would suit, ring the farm on 01320 351 448.",
     "Cheers,", ["Torquil Maciver"]),
    (N, "outlook-desktop", "Dear Ms Marchbank,",
     "Thank you for getting in touch. Our hatchery and on-growing units already run oxygen monitoring through the "
     "feed barge control system, which was renewed last year, so we will not be taking this further.",
     "Kind regards,", ["Eluned Prothero", "Site Manager", "Tregaron Trout Ltd", D["en"]]),
    (F, "iphone", "", "Send the overview pls", "", []),
    (U, "apple", "",
     "We're a fishery, not a farm. Stocked lakes, day tickets. The fish seem to manage fine at 4am without "
     "anyone texting them.",
     "", ["Dermot"]),
    (F, "thunderbird-between", "",
     "How does the probe cope with the silt and weed in an earth pond? We scrape ours out twice a year and "
     "anything in the water gets furred up in a week. If you have a spec sheet for the probe, send it over.",
     "", ["Wystan Brandreth"]),
    (I, "outlook-web", "Ysolde -",
     "Happy to do 20 minutes. Tuesday 8th at 10am Mountain time works on my end (we're on the Snake River, "
     "so that's 5pm your side if you're in the UK).",
     "Thanks,", ["Wade Ostergaard"]),
    (N, "gmail-android", "", "not for us thanks", "", []),
    (U, "yahoo", "", "Is this the lady from the Aquaculture show in Aviemore? Had a blue stand?", "", []),
    (N, "iphone", "", "Please take me off your list.", "", []),
    (I, "gmail-web", "",
     "yes to the call. any morning next week before 9 our time (NZ), evenings for you I think. number is "
     "+64 3 318 7702",
     "", ["Ngaire"]),
    (F, "outlook-web", "Hello,",
     "I look after the hatchery side but the ponds are Caoimhe's department. I've copied this to her "
     "(caoimhe.keohane@caragh-trout.test), she'll come back to you if it's of use.",
     "", ["Padraig Lynch"]),
    (U, "gmail-android", "", "Oxygen at 4am? Same as at 3am, I'd imagine 😄", "", []),
    (F, "outlook-desktop", "Dear Ysolde,",
     "Could you let me have a price for twelve raceways and four settlement ponds, with the text alerts? We "
     "are reviewing budgets in January, so I'd rather you came back to me after the 15th with the figures.",
     "Best wishes,", ["Rosalind Thewlis", "Operations Director", "Dovedale Fisheries", D["en"]]),
    (N, "zimbra", "",
     "We've been doing this for forty years with a torch, a dissolved oxygen meter and a flask of tea. "
     "I don't see us changing now.",
     "", ["Bertram"]),
    (I, "thunderbird-below", "Hi,",
     "Sounds useful. Could we try one probe in the bottom pond for a month before committing? If so, call me "
     "on 07700 914 263 and we'll sort a time.",
     "", ["Jowan Trethowan"]),
    (U, "aol", "", "who gave you this address", "", []),
]
REPLIES["de"] = [
    (F, "gmail-web", "Hallo Frau Marchbank,",
     "schicken Sie mir bitte die Übersicht, ich schaue sie mir über die Feiertage an.",
     "Servus", ["Vinzenz Gschwandtl"]),
    (I, "outlook-desktop", "Sehr geehrte Frau Marchbank,",
     "vielen Dank für Ihre Nachricht. Ein Gespräch von 20 Minuten passt gut, am liebsten Mittwoch, 9. Dezember, "
     "um 14 Uhr. Sie erreichen mich unter 08373 92 41 06.",
     "Mit freundlichen Grüßen",
     ["Hiltrud Oberlaimer", "Geschäftsführerin", "Fischzucht Oberlaimer GmbH", D["de"]]),
    (N, "iphone", "", "Kein Bedarf, danke.", "", []),
    (U, "apple", "",
     "Bei uns im Mühlviertel sagt man, die Forelle merkt den Wetterumschwung vor dem Bauern. Mein Vater hat "
     "immer aufs Wasser geschaut und gewusst, wie's steht.",
     "", ["Leopold"]),
    (F, "thunderbird-between", "",
     "Wie oft muss die Sonde kalibriert werden, und wer macht das? Und was kostet das Ganze für acht Rinnen "
     "im Jahr, mit SMS? Bitte um ein Angebot.",
     "", ["Reinhild Taubert"]),
    (N, "outlook-web", "Guten Tag,",
     "wir haben seit dem Umbau der Bruthaus-Anlage eine Sauerstoffüberwachung vom Belüfterhersteller. "
     "Brauchen wir nicht doppelt.",
     "Gruß", ["Bonifaz Zehetbauer"]),
    (U, "gmail-android", "", "Woher haben Sie meine Adresse?", "", []),
    (I, "yahoo", "Moin,",
     "klingt gut. Rufen Sie mich Donnerstag an, 0160 4471 293, ab 16 Uhr bin ich vom Teich zurück.",
     "", ["Fietje"]),
    (F, "iphone", "", "Gerne die Unterlagen", "", []),
    (I, "gmail-web", "Grüezi",
     "Wir würden einen Test mit zwei Sonden im Winter machen, wenn das geht. Rufen Sie mich an unter "
     "+41 27 946 18 30, vormittags am besten.",
     "", ["Hansruedi Imboden"]),
    (N, "outlook-web", "",
     "Bitte streichen Sie meine Adresse aus Ihrem Verteiler und schicken Sie keine weiteren Nachrichten.",
     "", ["M. Kastner"]),
    (U, "gmail-android", "", "Jo mei.", "", []),
    (F, "outlook-desktop", "Sehr geehrte Frau Marchbank,",
     "für solche Anschaffungen ist bei uns Herr Dr. Pfannstiel zuständig "
     "(ansgar.pfannstiel@eifelforelle.test). Ich habe Ihre Mail an ihn weitergegeben.",
     "Beste Grüße",
     ["Christa Bleimling", "Sekretariat", "Eifelforelle Pfannstiel KG", D["de"]]),
    (N, "zimbra", "",
     "Wir sind ein Nebenerwerb mit drei Teichen, da lohnt sich so was nicht. Trotzdem danke.",
     "", ["Quirin"]),
    (I, "thunderbird-below", "Hallo,",
     "ja, gerne ein Anruf. Montag oder Dienstag nächste Woche ab 10, Tel. 04193 75 22 08.",
     "", ["Silke Ahlmann"]),
    (U, "aol", "", "Haben wir uns nicht letztes Jahr auf der Messe in Bad Ischl getroffen?", "", []),
]
REPLIES["fr"] = [
    (N, "gmail-web", "Bonjour,",
     "Merci mais on a déjà des sondes reliées à l'automate depuis 2021, ça fonctionne très bien.",
     "Cordialement", ["Ghislaine Rouvière"]),
    (F, "outlook-desktop", "Madame,",
     "Pourriez-vous nous adresser une proposition chiffrée pour dix-huit bassins, abonnement compris, ainsi que "
     "la durée de vie des sondes en eau froide ?",
     "Cordialement,", ["Goulven Kerhervé", "Responsable d'exploitation", "Salmonicole de l'Aulne", D["fr"]]),
    (I, "iphone", "", "OK pour un appel jeudi 10 h, 06 47 81 25 93", "", []),
    (U, "apple", "",
     "Mon grand-père disait qu'une truite qui remonte à la surface au petit matin, c'est qu'il est déjà trop "
     "tard. Il avait raison, le vieux.",
     "", ["Th."]),
    (F, "thunderbird-between", "",
     "Est-ce que l'alerte passe aussi par appel vocal ? Ici dans les gorges le réseau est très faible et les "
     "SMS arrivent parfois le lendemain. Envoyez-moi la documentation technique s'il vous plaît.",
     "", ["Anthelme Chabrol"]),
    (N, "outlook-web", "", "Désinscription.", "", []),
    (U, "gmail-android", "", "C'est vous qui m'avez appelé hier ?", "", []),
    (I, "yahoo", "Bonjour Ysolde,",
     "Pour nous un essai avec une sonde sur le bassin de grossissement, ça nous irait bien. Appelez-moi au "
     "04 75 39 62 17 quand vous voulez cette semaine.",
     "", ["Maryvonne Chastagnol"]),
    (F, "iphone", "", "Oui envoyez la présentation svp", "", []),
    (N, "gmail-web", "",
     "Ah oui, encore un boîtier qui sonne à 4 h du matin. Merci, on a déjà le coq.",
     "", ["Anatole"]),
    (I, "outlook-web", "Salut,",
     "Ça m'intéresse. On peut se parler mardi prochain vers 9 h heure du Québec? Mon cell: 418 955 2034.",
     "Merci", ["Marc-Antoine Lévesque"]),
    (U, "gmail-android", "", "Bien reçu", "", []),
    (F, "outlook-desktop", "Bonjour Madame,",
     "Je ne m'occupe pas de cette partie. Je transmets votre message à notre responsable technique, "
     "M. Hanquet (dieudonne.hanquet@truites-de-lourthe.test), vous pouvez aussi lui écrire directement.",
     "Bien à vous,", ["Godelieve Servais", "Accueil", "Truites de l'Ourthe SPRL", D["fr"]]),
    (N, "zimbra", "",
     "Nous arrêtons l'élevage au printemps, les enfants ne reprennent pas. Merci quand même.",
     "", ["Gisèle"]),
    (I, "thunderbird-below", "Bonjour,",
     "Volontiers pour une démonstration. Je suis disponible lundi 7 décembre après 14 h, au 027 483 19 05.",
     "", ["Pierrick Zufferey"]),
    (U, "aol", "", "Vous êtes une vraie personne ou un robot ?", "", []),
]
REPLIES["es"] = [
    (I, "gmail-web", "Buenas, Ysolde:",
     "Me interesa. Llámeme el miércoles por la mañana al 978 71 44 02, estoy en la piscifactoría hasta las dos.",
     "Saludos", ["Pilarín Ejarque"]),
    (N, "outlook-desktop", "Estimada Sra. Marchbank:",
     "Le agradezco el interés, pero el control de oxígeno lo lleva el sistema de la asociación de productores "
     "y no vamos a contratar otro.",
     "Atentamente,", ["Celedonio Revuelta", "Gerente", "Truchas del Pas S.L.", D["es"]]),
    (U, "iphone", "", "Jajaja a las 4 estoy durmiendo", "", []),
    (F, "apple", "",
     "Mándeme el resumen y lo vemos con mi hermano, que es el que lleva los estanques.",
     "", ["Nicanor"]),
    (F, "thunderbird-between", "",
     "¿Funciona con agua de manantial a 9 grados todo el año? ¿Y cuánto sale por estanque, con los SMS "
     "incluidos? Le agradecería una tarifa.",
     "", ["Ezequiel Sayhueque"]),
    (N, "outlook-web", "",
     "Le ruego que elimine mis datos de su lista. No he dado mi consentimiento para recibir publicidad, "
     "conforme al RGPD.",
     "", ["Roser Casals"]),
    (I, "gmail-android", "", "Dale, hablamos el lunes. 2944 55 1870", "", []),
    (U, "yahoo", "", "Aquí en Riofrío llevamos cien años criando truchas sin cacharros.", "", []),
    (N, "iphone", "", "No gracias", "", []),
    (I, "gmail-web", "Hola,",
     "Podemos hacer una prueba con una sonda en el estanque de alevines. Escríbame o llame al +51 964 210 377 "
     "el martes, a partir de las 8 hora de Perú.",
     "", ["Yesenia Huamán"]),
    (F, "outlook-web", "Buenos días:",
     "Por ahora no, que estamos con la vacunación de los alevines. Vuelva a escribirme a finales de febrero y "
     "mientras tanto mándeme los precios.",
     "", ["Ramiro Escudero"]),
    (U, "gmail-android", "", "Vale", "", []),
    (F, "outlook-desktop", "Buenas tardes:",
     "Le paso su correo a mi compañero Jonatan, que se encarga del mantenimiento "
     "(jonatan.pereda@truchas-del-pas.test). Él le dirá.",
     "Un saludo,", ["Arantza Collado Saiz", "Administración", "Truchas del Pas S.L.", D["es"]]),
    (N, "zimbra", "",
     "Ya probamos unas sondas hace dos años y se llenaron de algas en un mes. No queremos repetir.",
     "", ["Anselmo"]),
    (I, "thunderbird-below", "Qué tal,",
     "Sí, una llamada de 20 minutos está bien. El jueves a las 11 hora de Colombia, al +57 310 482 6619.",
     "", ["Hernán Sogamoso"]),
    (U, "aol", "", "¿No me habían escrito ya ustedes en octubre?", "", []),
]
REPLIES["pt"] = [
    (I, "gmail-web", "Oi Ysolde,",
     "Bora conversar sim. Me liga quinta às 10h, horário de Brasília, no WhatsApp (35) 99812-4470.",
     "Abs", ["Dirceu Tavolaro"]),
    (F, "outlook-desktop", "Exma. Senhora,",
     "Agradeço o contacto. Poderia enviar-nos uma proposta de preço para seis tanques, com IVA, e as "
     "condições de assistência técnica?",
     "Cumprimentos,", ["Rosário Lousada", "Direção de Produção", "Truticultura da Serra, Lda.",
                                       D["pt"]]),
    (N, "iphone", "", "Não tenho interesse. Obrigado.", "", []),
    (U, "apple", "", "kkkkk a essa hora só as trutas estão acordadas", "", []),
    (F, "thunderbird-between", "",
     "A sonda aguenta água com muito ferro? A nossa nascente deixa tudo cor de ferrugem. Mande-me a ficha "
     "técnica, por favor.",
     "", ["Valdemar Corujo"]),
    (N, "outlook-web", "Bom dia,",
     "Já temos oxímetros ligados ao quadro elétrico desde a última candidatura a fundos europeus. Não precisamos.",
     "", ["Aníbal Gaspar"]),
    (I, "gmail-android", "", "Pode ser. Ligue para 253 908 114 amanhã de manhã", "", []),
    (F, "yahoo", "", "Manda a apresentação que eu olho.", "", []),
    (U, "iphone", "", "Quem é você?", "", []),
    (N, "gmail-web", "",
     "Por favor retirem o meu endereço da vossa lista, ao abrigo do RGPD. Não autorizei este contacto.",
     "", ["Filomena Brás"]),
    (F, "outlook-web", "Olá,",
     "Agora em dezembro não dá, estamos a despovoar os tanques. Fale comigo em março e entretanto mande os "
     "preços.",
     "", ["Crispim Fragoso"]),
    (U, "gmail-android", "", "Ok 👍", "", []),
    (I, "outlook-desktop", "Prezada Ysolde,",
     "Temos interesse em testar uma sonda no tanque de recria durante o inverno. Pode me ligar na segunda, "
     "(54) 3282-6150, a partir das 9h.",
     "Atenciosamente,", ["Neusa Bernardi", "Gerente técnica", "Trutas Serra Gaúcha Ltda.", D["pt"]]),
    (N, "zimbra", "",
     "Somos pequenos, dois tanques e uma bomba. Quando a bomba para, os patos avisam. Obrigado.",
     "", ["Amadeu"]),
    (I, "thunderbird-below", "Bom dia,",
     "Aceito a chamada de 20 minutos. Terça-feira às 15h serve? O meu telefone é 275 334 087.",
     "", ["Idalina Cabral"]),
    (U, "aol", "", "Foi o meu primo que lhe deu este email?", "", []),
]
REPLIES["it"] = [
    (F, "gmail-web", "Buongiorno,",
     "mi mandi pure la presentazione, la guardo con calma.",
     "", ["Nazzareno Angelucci"]),
    (N, "outlook-desktop", "Gentile dottoressa Marchbank,",
     "la ringraziamo, ma il monitoraggio dell'ossigeno è già incluso nel sistema fornito dal consorzio di "
     "tutela della trota, a cui aderiamo.",
     "Distinti saluti", ["Fulvia Zamparutti", "Ufficio acquisti", "Troticoltura del Tagliamento S.r.l.", D["it"]]),
    (I, "iphone", "", "Va bene la chiamata, giovedì alle 11. 347 219 8830", "", []),
    (U, "apple", "", "Mio nonno metteva la mano nell'acqua e capiva tutto.", "", []),
    (I, "thunderbird-between", "",
     "Si può provare una sonda per un mese sulla vasca degli avannotti? Se sì, mi chiami al 0746 638 215, "
     "anche se qui in valle il cellulare prende male.",
     "", ["Settimio Ciccolini"]),
    (N, "outlook-web", "", "Cancellatemi.", "", []),
    (U, "gmail-android", "", "Ma siete quelli della fiera di Verona?", "", []),
    (F, "yahoo", "",
     "Quanto costa per sei vasche? Mi mandi un listino.",
     "", ["Tarcisio"]),
    (I, "iphone", "", "Ok per una demo, mi chiami al 0342 781 004 lunedì", "", []),
    (N, "gmail-web", "",
     "Certo, così alle 4 del mattino mi sveglia un SMS invece della trota. Grazie, preferisco dormire.",
     "", ["Orfeo"]),
    (U, "outlook-web", "", "Ricambio gli auguri di buone feste a lei e famiglia.", "", ["Loredana"]),
    (F, "gmail-android", "",
     "Inoltro a mio figlio Emidio che segue l'impianto, emidio.santarelli@trote-velino.test, se gli interessa "
     "le scrive lui.",
     "", []),
    (F, "outlook-desktop", "Gentile signora,",
     "ci risenta a fine gennaio, ora siamo fermi per la manutenzione dei canali. Nel frattempo ci mandi "
     "un preventivo per dodici vasche.",
     "Cordialmente,", ["Walter Plattner", "Responsabile impianto", "Forellenzucht Passeier OHG", D["it"]]),
    (N, "zimbra", "",
     "Abbiamo già un allarme che chiama il cellulare quando si ferma la pompa. Ci basta quello.",
     "", ["Pasquale"]),
    (I, "thunderbird-below", "Buonasera,",
     "sì, sentiamoci. Martedì 8 dicembre è festa, facciamo mercoledì alle 15? Tel. 0984 576 221.",
     "", ["Eufemia Scarpelli"]),
    (U, "aol", "", "ok", "", []),
]

# the automatic notices written here: (name, language, sender, subject, extra headers, body kind, text)
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "Precedence: bulk"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Kirsteen Ogilvie", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Thank you for your email. I am at the Aquaculture Europe conference until Friday 4 December and will have "
     "limited access to email.\n\nFor anything urgent about orders or deliveries, please contact "
     "office@glenmoriston-trout.test or call 01320 351 400.\n\nKirsteen Ogilvie"),
    ("exchange-ooo-de", "de", "Notburga Kerschbaumer", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 10. Dezember auf Dienstreise in Norwegen und "
     "lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie sich bitte an meine Kollegin "
     "Frau Strobl (betrieb@fischzucht-oberlaimer.test).\n\nMit freundlichen Grüßen\nNotburga Kerschbaumer"),
    ("exchange-ooo-it", "it", "Fiammetta Moscatelli", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Buongiorno,\nsono in ferie fino al 9 dicembre compreso. Per urgenze può rivolgersi alla collega Noemi "
     "Felici, noemi.felici@troticoltura-valnerina.test, tel. 0743 613 280.\n\nCordiali saluti\n"
     "Fiammetta Moscatelli"),
    ("exchange-ooo-pl", "pl", "Bożena Wąsowicz", "Odpowiedź automatyczna: {subject}", EXCHANGE, "exchange",
     "Dzień dobry,\n\ndziękuję za wiadomość. Do 11 grudnia przebywam na urlopie bez dostępu do poczty. "
     "Wiadomości nie są przekazywane. W pilnych sprawach proszę pisać na adres "
     "betrieb@fischzucht-oberlaimer.test.\n\nZ poważaniem\nBożena Wąsowicz"),
    ("exchange-left-ru", "ru", "Arkadij Scheremetew", "Автоматический ответ: {subject}", EXCHANGE, "exchange",
     "Здравствуйте!\n\nАркадий Шереметев больше не работает в компании Fischzucht Oberlaimer. Этот почтовый ящик "
     "не просматривается, письма не пересылаются.\nПо всем вопросам, пожалуйста, пишите на "
     "info@fischzucht-oberlaimer.test."),
    ("exchange-ooo-ja", "ja", "Kenji Morioka", "自動応答: {subject}", EXCHANGE, "exchange",
     "いつもお世話になっております。\n\n12月1日から12月8日まで海外出張のため、メールの確認が遅れる場合がございます。\n"
     "お急ぎのご用件は office@glenmoriston-trout.test までご連絡ください。\n\n森岡 健二"),
    ("gmail-vacation-fr", "fr", "Solange Vialaret", "Absente jusqu'au 14/12 (Re: {subject})", GMAIL_VACATION,
     "plain",
     "Coucou,\n\nje suis en vacances loin des bassins jusqu'au 14 décembre, je lis mes mails en rentrant.\n"
     "Pour les commandes de truites, appelez Gaëtan au 04 75 39 60 00.\n\nSolange"),
    ("gmail-vacation-pt", "pt", "Cleonice Furtado", "Férias - retorno dia 15/12",
     ["Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes"], "plain",
     "Olá! Estou de férias até 14 de dezembro, sem acesso ao e-mail.\nAssuntos urgentes: "
     "comercial@truticultura-da-serra.test ou (35) 3371-2210.\nAbraço,\nCleonice"),
    ("helpdesk-ack-es", "es", "Atención al cliente Truchas del Pas", "[Ticket #TP-20461] {subject}",
     ["Auto-Submitted: auto-generated", "X-Loop: atencion@truchas-del-pas.test"], "plain",
     "Hemos recibido su mensaje y le hemos asignado el número de incidencia TP-20461.\n\nUn miembro de nuestro "
     "equipo le responderá en un plazo máximo de 48 horas laborables. Por favor, no modifique el asunto si nos "
     "vuelve a escribir.\n\nEste es un mensaje automático, no responda a esta dirección."),
    ("helpdesk-ack-de", "de", "Fischzucht Oberlaimer Vertrieb", "Eingangsbestätigung – {subject}",
     ["Auto-Submitted: auto-replied", "Precedence: auto_reply"], "plain",
     "Guten Tag,\n\nvielen Dank für Ihre Anfrage an unser Vertriebspostfach. Sie wurde unter der Nummer "
     "V-2026-1184 erfasst und wird von unserem Team in der Reihenfolge des Eingangs bearbeitet.\n\n"
     "Diese Nachricht wurde automatisch erstellt."),
    ("helpdesk-ack-zh", "zh", "Glenmoriston Trout 客服", "已收到您的邮件：{subject}",
     ["Auto-Submitted: auto-generated", "Precedence: bulk"], "plain",
     "您好，\n\n我们已收到您的来信，受理编号为 GT-88213。我们的工作人员将在三个工作日内与您联系。\n\n"
     "此邮件由系统自动发送，请勿直接回复。"),
    ("helpdesk-ack-nl", "nl", "Klantenservice Fischzucht Oberlaimer", "Ontvangstbevestiging: {subject}",
     ["X-Autoreply: yes", "Precedence: bulk"], "plain",
     "Beste afzender,\n\nBedankt voor uw bericht. Wij hebben het ontvangen onder nummer 55120 en nemen binnen "
     "vijf werkdagen contact met u op.\n\nDit is een automatisch gegenereerd bericht."),
    ("left-company-it", "it", "Loredana Petrangeli", "R: {subject}", [], "plain",
     "Buongiorno,\nla signora Ciccolini non lavora più con noi da ottobre. Per l'impianto può scrivere a "
     "impianto@troticoltura-valnerina.test.\nSaluti,\nLoredana Petrangeli"),
    ("left-company-sv", "sv", "Gunnel Åkerlund", "SV: {subject}", [], "plain",
     "Hej,\n\nHampus Ekdahl har slutat hos oss och hans brevlåda läses inte längre. Skriv gärna till "
     "office@glenmoriston-trout.test i stället.\n\nVänliga hälsningar\nGunnel Åkerlund"),
    ("exchange-retired-en", "en", "Ruaraidh Urquhart", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Ruaraidh Urquhart retired at the end of November after 31 years at the farm, and this mailbox is no longer "
     "monitored.\n\nPlease send anything about the hatchery to hatchery@glenmoriston-trout.test."),
    ("mailbox-closed-es", "es", "Postmaster Truchas del Pas", "Buzón cerrado: {subject}",
     ["Auto-Submitted: auto-replied"], "plain",
     "El buzón al que ha escrito ha sido dado de baja y ya no recibe correo.\n\nSi su mensaje es para Truchas "
     "del Pas, escriba a administracion@truchas-del-pas.test.\n\n-- \nServicio de correo de Truchas del Pas"),
    ("ooo-noheader-en", "en", "Catriona Rattray", "Re: {subject}", [], "plain",
     "Hi, I'm on parental leave until the end of March and not checking email. Kirsteen in the office "
     "(office@glenmoriston-trout.test) can help with anything in the meantime. Catriona"),
    ("ooo-noheader-de", "de", "Hiltrud Oberlaimer", "Abwesenheit", [], "plain",
     "Ich bin vom 30.11. bis 6.12. auf Kur und lese keine Mails. Bei Fragen zu Setzlingen bitte an "
     "betrieb@fischzucht-oberlaimer.test.\nH. Oberlaimer"),
    ("mdn-read-fr", "fr", "Josselin Barthoulot", "Lu : {subject}", [], "mdn",
     "Votre message\n\n  À : Josselin Barthoulot\n  Objet : {subject}\n\na été lu le mardi 1 décembre 2026 "
     "10:42:18 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris."),
    ("mdn-read-pt", "pt", "Belmiro Louro", "Lida: {subject}", [], "mdn",
     "A sua mensagem\n\n  Para: Belmiro Louro\n  Assunto: {subject}\n\nfoi lida em terça-feira, 1 de "
     "dezembro de 2026 09:58:03 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres."),
]
LEAD_DOMAIN = {"en": "glenmoriston-trout.test", "de": "fischzucht-oberlaimer.test",
               "fr": "pisciculture-de-la-sorgue.test", "es": "truchas-del-pas.test",
               "pt": "truticultura-da-serra.test", "it": "troticoltura-valnerina.test"}
COMPANY = {"en": "Glenmoriston Trout", "de": "Fischzucht Oberlaimer", "fr": "Pisciculture de la Sorgue",
           "es": "Truchas del Pas", "pt": "Truticultura da Serra", "it": "Troticoltura Valnerina"}
# the notices in the languages outside the six come from colleagues at the en or de lead's company
EXTRA = {"nl": "de", "sv": "en", "pl": "de", "ru": "de", "ja": "en", "zh": "en"}
AUTO_DOMAIN = dict(LEAD_DOMAIN, **{k: LEAD_DOMAIN[v] for k, v in EXTRA.items()})
AUTO_SUBJECT = dict(SUBJECT, **{k: SUBJECT[v] for k, v in EXTRA.items()})
FIRST = ["Alex", "Sam", "Robin", "Kim", "Toni", "Andrea", "Chris", "Jordan"]
CAPTURED = [  # (file, language of its text, the address the campaign email went to, its Message-ID)
    ("sieve-vacation-de", "de", "wendelin.haslauer@fischzucht-oberlaimer.test", "ka16-s01"),
    ("sieve-vacation-fr", "fr", "aurore.perrichon@pisciculture-de-la-sorgue.test", "ka16-s02"),
    ("sieve-vacation-es", "es", "amaia.cubillo@truchas-del-pas.test", "ka16-s03"),
    ("sieve-vacation-pt", "pt", "olimpia.calhau@truticultura-da-serra.test", "ka16-s04"),
    ("sieve-vacation-it", "it", "gianmarco.brancaleoni@troticoltura-valnerina.test", "ka16-s05"),
    ("sieve-vacation-en", "en", "calum.macaskill@glenmoriston-trout.test", "ka16-s06"),
    ("sieve-vacation-sv", "sv", "ebba.bergkvist@glenmoriston-trout.test", "ka16-s07"),
    ("sieve-vacation-ru", "ru", "arkady.voronin@fischzucht-oberlaimer.test", "ka16-s08"),
    ("sieve-reject-nl", "nl", "maarten.kuipers@fischzucht-oberlaimer.test", "ka16-s09"),
    ("postfix-unknown-user-en", "en", "hatchery@glenmoriston-trout.test", "ka16-s10"),
    ("postfix-unknown-user-de", "en", "versand@fischzucht-oberlaimer.test", "ka16-s11"),
    ("postfix-unknown-user-it", "en", "vendite@troticoltura-valnerina.test", "ka16-s12"),
    ("postfix-mailbox-disabled", "en", "compras@truticultura-da-serra.test", "ka16-s13"),
    ("postfix-relocated", "en", "jonatan.pereda@truchas-del-pas.test", "ka16-s14"),
    ("postfix-policy-reject", "en", "einkauf@fischzucht-oberlaimer.test", "ka16-s15"),
    ("postfix-nxdomain-es", "en", "info@piscifactoria-del-tormes.invalid", "ka16-s16"),
    ("postfix-nxdomain-pt", "en", "geral@aquicultura-do-zezere.invalid", "ka16-s17"),
    ("postfix-delayed-mailbox-full", "en", "commandes@pisciculture-de-la-sorgue.test", "ka16-s18"),
    ("postfix-expired-mailbox-full", "en", "commandes@pisciculture-de-la-sorgue.test", "ka16-s18"),
]


def _normal(s):
    """Lower case, NFC, typographic quotes as plain ones, runs of white space as one space: for the check."""
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(s.split()).lower()


def check_fixture():
    """No person's text may contain a line of the campaign email it quotes (12 characters or more) or the seller's
    name, and each language must have 16 replies, 4 per class."""
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
    """Replies from Tuesday 1 to Thursday 3 December, at varied times of the day (CET)."""
    day = ("Tue, 01 Dec 2026", "Wed, 02 Dec 2026", "Thu, 03 Dec 2026")[n % 3]
    return "%s %02d:%02d:%02d +0100" % (day, 10 + n % 9, (n * 23) % 60, (n * 37) % 60)


def main():
    check_fixture()
    rows = CLIENTS.write_replies(
        OUT, REPLIES, subjects=SUBJECT, campaigns=CAMPAIGN, companies=COMPANY, lead_domains=LEAD_DOMAIN,
        first_names=FIRST, mid="ka16-r%03d", token="t16%04d", date=_reply_date)
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=AUTO_SUBJECT, lead_domains=AUTO_DOMAIN, mid="ka16-r%03d",
        date=lambda n: "Tue, 01 Dec 2026 %02d:%02d:%02d +0100" % (9 + n % 9, 8 + n % 51, (n * 29) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
