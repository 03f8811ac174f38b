"""Writes the fourteenth kept-apart set (see README.md): the people's replies in their clients' formats, the written
automatic notices, labels.csv and campaign/. The client formats come from ../kept-apart-tools/clients.py."""
import datetime
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the shared tools folder
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "kept-apart-tools"))
import clients  # noqa: E402  (the shared client formats)

OUT = os.path.join(HERE, "messages")
SELLER_NAME, SELLER_ADDR = "Solveig Haverkamp", "solveig@curdcast.test"
MID_DOMAIN = "curdcast.test"
OPTOUT = "https://curdcast.test/optout/"

SUBJECT = {
    "en": "How was your cheese cellar last night?",
    "de": "Wie war Ihr Reifekeller letzte Nacht?",
    "fr": "Comment allait votre cave d'affinage cette nuit ?",
    "es": "¿Cómo estuvo anoche su cámara de maduración?",
    "pt": "Como esteve a sua câmara de cura esta noite?",
    "it": "Com'era stanotte la vostra cella di stagionatura?",
}
CAMPAIGN = {
    "en": "Hello {first},\n\n"
          "Do you know whether the ripening rooms at {company} held their temperature and humidity last night?\n"
          "Curdcast puts a small wireless sensor in each cellar or ripening room. It records temperature and\n"
          "humidity every ten minutes, sends a text message when a room drifts out of range or a door is left\n"
          "open, and keeps the record ready for the food-safety inspection.\n\n"
          "Would a 20-minute call next week suit you, or shall I send you a two-page overview first?\n\n"
          "Thanks for reading,\n"
          "Solveig Haverkamp\n"
          "Curdcast · cellar monitoring for cheesemakers\n\n"
          "Curdcast Ltd, 4 Wharf Lane, Bristol BS1 4RN, United Kingdom\n"
          "If you would rather not hear from us again: " + OPTOUT + "{token}",
    "de": "Guten Tag {first},\n\n"
          "wissen Sie, ob die Reiferäume der {company} letzte Nacht Temperatur und Feuchte gehalten haben?\n"
          "Curdcast setzt in jeden Keller und jeden Reiferaum einen kleinen Funksensor. Er misst alle zehn Minuten\n"
          "Temperatur und Luftfeuchte, schickt eine SMS, wenn ein Raum aus dem Sollbereich läuft oder eine Tür\n"
          "offen bleibt, und hält die Aufzeichnung für die Lebensmittelkontrolle bereit.\n\n"
          "Passt Ihnen nächste Woche ein Gespräch von 20 Minuten, oder soll ich Ihnen zuerst eine zweiseitige\n"
          "Übersicht schicken?\n\n"
          "Danke fürs Lesen und herzliche Grüße\n"
          "Solveig Haverkamp\n"
          "Curdcast · Kellerüberwachung für Käsereien\n\n"
          "Curdcast Ltd, 4 Wharf Lane, Bristol BS1 4RN, Vereinigtes Königreich\n"
          "Keine weiteren Nachrichten von uns: " + OPTOUT + "{token}",
    "fr": "Bonjour {first},\n\n"
          "Savez-vous si les caves d'affinage chez {company} ont gardé leur température et leur humidité cette nuit ?\n"
          "Curdcast place un petit capteur sans fil dans chaque cave ou hâloir. Il relève la température et\n"
          "l'humidité toutes les dix minutes, envoie un SMS quand une cave sort de sa plage ou qu'une porte reste\n"
          "ouverte, et garde l'historique prêt pour le contrôle sanitaire.\n\n"
          "Un appel de 20 minutes la semaine prochaine vous conviendrait-il, ou préférez-vous que je vous envoie\n"
          "d'abord une présentation de deux pages ?\n\n"
          "Merci de votre lecture,\n"
          "Solveig Haverkamp\n"
          "Curdcast · le suivi des caves pour les fromagers\n\n"
          "Curdcast Ltd, 4 Wharf Lane, Bristol BS1 4RN, Royaume-Uni\n"
          "Pour ne plus recevoir nos messages : " + OPTOUT + "{token}",
    "es": "Hola, {first}:\n\n"
          "¿Sabe si las cámaras de maduración de {company} mantuvieron anoche su temperatura y su humedad?\n"
          "Curdcast coloca un pequeño sensor inalámbrico en cada cueva o cámara de maduración. Mide la temperatura\n"
          "y la humedad cada diez minutos, envía un SMS cuando una cámara se sale de rango o se queda una puerta\n"
          "abierta, y guarda el registro listo para la inspección sanitaria.\n\n"
          "¿Le vendría bien una llamada de 20 minutos la semana que viene, o prefiere que antes le envíe un\n"
          "resumen de dos páginas?\n\n"
          "Gracias por su lectura,\n"
          "Solveig Haverkamp\n"
          "Curdcast · control de cámaras para queserías\n\n"
          "Curdcast Ltd, 4 Wharf Lane, Bristol BS1 4RN, Reino Unido\n"
          "Si prefiere no recibir más mensajes nuestros: " + OPTOUT + "{token}",
    "pt": "Olá {first},\n\n"
          "Sabe se as câmaras de cura da {company} mantiveram esta noite a temperatura e a humidade?\n"
          "A Curdcast coloca um pequeno sensor sem fios em cada câmara ou cave de cura. Regista a temperatura e a\n"
          "humidade de dez em dez minutos, envia um SMS quando uma câmara sai dos valores definidos ou fica uma\n"
          "porta aberta, e guarda o registo pronto para a inspeção sanitária.\n\n"
          "Seria possível uma chamada de 20 minutos na próxima semana, ou prefere que lhe envie primeiro um\n"
          "resumo de duas páginas?\n\n"
          "Obrigada pela sua leitura,\n"
          "Solveig Haverkamp\n"
          "Curdcast · monitorização de câmaras para queijarias\n\n"
          "Curdcast Ltd, 4 Wharf Lane, Bristol BS1 4RN, Reino Unido\n"
          "Para deixar de receber as nossas mensagens: " + OPTOUT + "{token}",
    "it": "Buongiorno {first},\n\n"
          "sapete se le celle di stagionatura del {company} hanno tenuto temperatura e umidità questa notte?\n"
          "Curdcast mette un piccolo sensore senza fili in ogni grotta o cella di stagionatura. Registra temperatura\n"
          "e umidità ogni dieci minuti, manda un SMS quando una cella esce dai valori impostati o resta aperta una\n"
          "porta, e tiene lo storico pronto per il controllo sanitario.\n\n"
          "Le andrebbe una chiamata di 20 minuti la prossima settimana, oppure preferisce che le mandi prima una\n"
          "presentazione di due pagine?\n\n"
          "Grazie per l'attenzione,\n"
          "Solveig Haverkamp\n"
          "Curdcast · monitoraggio delle celle per i caseifici\n\n"
          "Curdcast Ltd, 4 Wharf Lane, Bristol BS1 4RN, Regno Unito\n"
          "Per non ricevere più i nostri messaggi: " + OPTOUT + "{token}",
}
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 2, 9, 41, 27), OPTOUT,
                           dict(clients.OUTLOOK_FOR_IOS), "https://aka.ms/o0ukef")
DISCLAIMER = {
    "en": "This email and any attachments are confidential and intended solely for the addressee. If you have "
          "received it in error, please tell the sender and delete it.",
    "de": "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren "
          "Sie bitte den Absender und löschen Sie diese E-Mail. Sitz der Gesellschaft: Immenstadt i. Allgäu.",
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. "
          "Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.",
    "es": "Este mensaje es confidencial y va dirigido únicamente a su destinatario. Si lo ha recibido por error, "
          "comuníquelo al remitente y bórrelo.",
    "pt": "Esta mensagem é confidencial e destina-se apenas ao seu destinatário. Se a recebeu por engano, por "
          "favor avise o remetente e apague-a.",
    "it": "Questo messaggio è riservato ed è destinato unicamente al destinatario indicato. Se lo ha ricevuto per "
          "errore, ne dia notizia al mittente e lo cancelli.",
}

I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"
D = DISCLAIMER
REPLIES = {}
REPLIES["en"] = [
    (I, "gmail-web", "Hi Solveig,",
     "Go on then, a call's fine. Thursday afternoon after three suits, once the truckles are turned. Our cellar "
     "is an old railway tunnel so I'd want to know how the signal copes.",
     "Cheers,", ["Tom Pridham"]),
    (N, "outlook-desktop", "Dear Ms Haverkamp,",
     "Thank you for your email. We installed a wireless monitoring system across all four maturing rooms last "
     "spring as part of our BRC audit and it is working well for us, so we will not be taking this further.",
     "Kind regards,", ["Fiona Marsh", "Technical Manager", "Fellside Creamery Ltd", D["en"]]),
    (F, "iphone", "", "Send the two pages over and I'll have a look", "", []),
    (U, "apple", "Solveig,",
     "Funny timing. The cellar door was wedged open all Saturday night by the lad who does the washing down, we "
     "only found out on Monday. Anyway.",
     "", ["Gareth"]),
    (F, "thunderbird-between", "",
     "What does a sensor cost per room, and is there a yearly fee on top? We've got three rooms and a walk-in "
     "cold store. Prices first please, before any call.",
     "", []),
    (I, "outlook-web", "Hello,",
     "Yes, happy to have a demo. Could you do Tuesday 8th at 11? Ring me on 01749 860214, the signal for Teams "
     "is hopeless out here on the Levels.",
     "Thanks,", ["Hannah Coles"]),
    (N, "gmail-android", "", "No thanks", "", []),
    (U, "aol", "", "did you meet our Brian at the show in Harrogate? he said someone might be in touch", "", ["Jean"]),
    (F, "zimbra", "Hello Solveig,",
     "I'm off at a cheese fair until the 15th and then it's Christmas. Could you write again in the new year? "
     "Nothing gets decided here before January.",
     "Best,", ["Niamh O Riordan"]),
    (I, "gmail-web", "",
     "Sounds just the job for us. Could we try two sensors over the winter before committing? Happy to talk it "
     "through on a call any morning next week.",
     "Ta,", ["Dave"]),
    (N, "outlook-web", "",
     "Please remove this address from your list. It's a shared dairy inbox and we don't want sales mail on it.",
     "", ["Moira Grant"]),
    (U, "gmail-android", "", "At 92% humidity the only thing keeping an eye on our cellar is the mould \U0001F9C0",
     "", []),
    (F, "outlook-desktop", "Dear Solveig,",
     "I look after compliance here rather than the cellars, so I've passed your email on to our head "
     "cheesemaker, Rob Ellery (rob.ellery@fellside-creamery.test), who would be the one to decide. Could you send "
     "him your overview directly?",
     "Regards,", ["Priya Nair", "Quality & Compliance Lead", "Fellside Creamery Ltd", D["en"]]),
    (N, "iphone", "",
     "We're a two-person farm dairy and I'm down in the cellar every morning anyway. Not for us, but good luck "
     "with it.",
     "", ["Ewan"]),
    (I, "thunderbird-below", "Hi,",
     "Yes to the 20-minute call. I'm on the farm in Otago, so Wednesday 9 December at 8am UK time would be 9pm "
     "here, which suits me fine.",
     "", ["Kirsty McAlpine"]),
    (U, "yahoo", "", "Got it, thanks.", "", []),
]
REPLIES["de"] = [
    (I, "gmail-web", "Hallo Frau Haverkamp,",
     "ja, ein Telefonat passt. Am besten Donnerstag, 10.12., um 14 Uhr, vorher bin ich im Keller beim "
     "Schmieren. Sie erreichen mich unter 08379 921407.",
     "Viele Grüße aus dem Oberallgäu", ["Florian Rädler"]),
    (N, "outlook-desktop", "Sehr geehrte Frau Haverkamp,",
     "vielen Dank für Ihre Nachricht. Unsere Reifekeller werden seit 2024 über die Gebäudeleittechnik "
     "überwacht, Temperatur und Feuchte laufen dort bereits mit Alarmierung aufs Handy. Wir sehen daher keinen "
     "Bedarf.",
     "Mit freundlichen Grüßen",
     ["Dr. Sabine Kretschmer", "Leitung Qualitätssicherung", "Käserei Almrausch GmbH & Co. KG", D["de"]]),
    (F, "iphone", "", "Schicken Sie mal die zwei Seiten.", "", []),
    (U, "apple", "Grüezi",
     "Ihr Mail hängt jetzt bei uns am Anschlagbrett in der Käserei. Mal schauen, wer sich dafür meldet.",
     "", ["Urs Fässler"]),
    (F, "thunderbird-between", "",
     "Wie werden die Fühler mit Strom versorgt? Im unteren Keller gibt es keine Steckdose, und Kabel durch die "
     "Mauer wollen wir nicht. Und wie lange halten die Batterien bei 95 % Feuchte? Bitte schicken Sie mir dazu "
     "ein Datenblatt.",
     "", []),
    (I, "outlook-web", "Servus,",
     "wir würden das gern mit drei Sensoren im Bergkäsekeller ausprobieren. Können Sie nächste Woche anrufen? "
     "Vormittags bin ich am ehesten greifbar.",
     "", ["Lukas Nägele"]),
    (N, "gmail-android", "", "Kein Interesse.", "", []),
    (U, "aol", "", "Woher haben Sie eigentlich meine Adresse? Die steht nirgends im Netz.", "", ["Heike Schubert"]),
    (F, "zimbra", "Moin,",
     "klingt erstmal nicht verkehrt. Was kostet das für zwei Reiferäume und ein Kühlhaus, mit allem Drum und "
     "Dran pro Jahr? Und liegen die Daten auf Servern in Deutschland?",
     "Gruß aus Hamburg", ["Jens Petersen"]),
    (I, "gmail-web", "", "Passt, rufen Sie mich an: 0171 5528613. Am Montag ab 9 geht's.", "", ["Kathrin"]),
    (N, "outlook-web", "",
     "Bitte nehmen Sie uns aus Ihrem Verteiler. Weiteren Zusendungen widersprechen wir hiermit ausdrücklich.",
     "MfG", ["B. Wolters"]),
    (U, "gmail-android", "", "Danke.", "", []),
    (F, "outlook-desktop", "Hallo Frau Haverkamp,",
     "ich habe Ihre Mail an unseren Käsermeister Andreas Lechner weitergeleitet "
     "(andreas.lechner@kaeserei-almrausch.test), der ist für die Keller zuständig. Schicken Sie ihm am besten "
     "gleich Ihre Unterlagen.",
     "Beste Grüße",
     ["Martina Hofbauer", "Assistenz der Geschäftsführung", "Käserei Almrausch GmbH & Co. KG", D["de"]]),
    (N, "iphone", "",
     "Des ham mer scho amol probiert, mit am annern Anbieter. Die Fühler warn nach am halbn Jahr im Salzdunst "
     "hie. Nochamol net.",
     "", ["Gerd"]),
    (I, "thunderbird-below", "Guten Tag,",
     "gern ein Gespräch von 20 Minuten. Mir passen Dienstag, 8. Dezember, 10:30 Uhr oder Mittwoch, "
     "9. Dezember, nach 15 Uhr. Wenn Sie dabei etwas am Bildschirm zeigen können, umso besser.",
     "Freundliche Grüße", ["Theresa Bergmann"]),
    (U, "yahoo", "",
     "Sind Sie die Dame, die letzte Woche auf der Käsemesse in Kempten am Stand neben uns war?", "", []),
]
REPLIES["fr"] = [
    (I, "gmail-web", "Bonjour Solveig,",
     "Oui pour un appel de 20 minutes. Mardi 8 à 16 h, ça vous va ? Je suis joignable au 04 50 34 18 72.",
     "Bien à vous,", ["Aurélie Duparc"]),
    (N, "outlook-desktop", "Madame,",
     "Nous vous remercions de votre message. Nos caves d'affinage sont déjà équipées de sondes reliées à notre "
     "supervision depuis la rénovation de 2023. Nous ne donnerons pas suite.",
     "Cordialement,",
     ["Jean-Baptiste Mollard", "Directeur technique", "Fromagerie du Val d'Arve SAS", D["fr"]]),
    (F, "iphone", "", "Envoyez-moi la présentation svp", "", []),
    (U, "apple", "",
     "Chez nous dans le Jura c'est le comté qui décide quand il est prêt, pas un capteur \U0001F604",
     "", ["Bertrand"]),
    (F, "thunderbird-between", "",
     "Les capteurs tiennent-ils le sel et l'ammoniac des caves à croûte lavée ? Et combien coûte l'abonnement "
     "pour cinq caves ? Merci de m'envoyer une fiche technique.",
     "", []),
    (I, "outlook-web", "Bonjour,",
     "Ça m'intéresse. On pourrait faire un essai avec deux capteurs dans la cave à tommes ? Appelez-moi la "
     "semaine prochaine, plutôt le matin.",
     "Merci,", ["Yann Le Gall"]),
    (N, "gmail-android", "", "Non merci, pas intéressé.", "", []),
    (U, "aol", "",
     "C'est vous qui m'avez déjà écrit en octobre ? J'ai l'impression de recevoir le même message tous les mois.",
     "", []),
    (F, "zimbra", "Bonjour Madame,",
     "Nous sommes en pleine période des fêtes, je n'ai pas la tête à ça. Recontactez-moi à la mi-janvier s'il "
     "vous plaît ; d'ici là vous pouvez m'envoyer votre documentation.",
     "Salutations,", ["Pascale Vernet"]),
    (I, "gmail-web", "Allô!",
     "Oui, ça m'intéresserait d'en jaser. Appelez-moi au 819 555-0147 jeudi entre 9 h et midi, heure de l'Est.",
     "", ["Mathieu Gagnon"]),
    (N, "outlook-web", "", "Merci de ne plus m'écrire.", "", []),
    (U, "gmail-android", "", "Bien reçu, merci.", "", []),
    (F, "outlook-desktop", "Bonjour Madame Haverkamp,",
     "Votre courriel a été transmis à notre responsable qualité, Mme Sophie Dufour "
     "(sophie.dufour@fromagerie-val-darve.test), qui gère le suivi des caves. Je vous laisse la contacter "
     "directement.",
     "Meilleures salutations,", ["Céline Rochat", "Administration", "Fromagerie du Val d'Arve SAS", D["fr"]]),
    (N, "iphone", "",
     "Bof. On a trois caves voûtées en pierre, la température n'y a pas bougé d'un degré depuis cent ans. Pas "
     "besoin.",
     "", ["Luc"]),
    (I, "thunderbird-below", "Bonjour,",
     "Volontiers pour une démonstration. Je propose vendredi 11 décembre à 10 h. Si possible, montrez-nous "
     "comment on sort le relevé pour le contrôle sanitaire.",
     "Bonne journée,", ["Élodie Schaeffer"]),
    (U, "yahoo", "",
     "C'est pour nous ou c'est pour la fromagerie d'à côté, une fois ? On a presque le même nom.", "", ["Marc"]),
]
REPLIES["es"] = [
    (I, "gmail-web", "Hola Solveig:",
     "Me interesa. ¿Podemos hablar el jueves 10 a las 17:00, hora peninsular? Mi móvil es el 628 41 77 93.",
     "Un saludo,", ["Nuria Ortega"]),
    (N, "outlook-desktop", "Estimada Sra. Haverkamp:",
     "Le agradecemos su correo. Nuestras cámaras de maduración ya cuentan con un sistema de control de "
     "temperatura y humedad integrado en el programa de trazabilidad de la D.O., por lo que no estamos "
     "interesados.",
     "Atentamente,", ["Ignacio Serrano", "Director de Producción", "Quesería Peña Roja, S.L.", D["es"]]),
    (F, "iphone", "", "Mándeme el resumen de dos páginas, gracias", "", []),
    (U, "apple", "",
     "Che, acá en Tandil la cámara la controla mi viejo con un termómetro y un cuaderno desde hace cuarenta "
     "años. Le voy a mostrar tu mail a ver qué cara pone.",
     "", ["Martín"]),
    (F, "thunderbird-between", "",
     "¿Funciona sin cobertura de móvil? La cueva donde afinamos el queso está en el monte y allí no llega ni la "
     "radio. ¿Y qué precio tendría para dos cuevas? Envíeme información, por favor.",
     "", []),
    (I, "outlook-web", "Buenas,",
     "dale, hagamos la llamada. Te propongo el martes 8 a las 10 de la mañana de Montevideo (14 h en España). "
     "Mi número: +598 99 214 608.",
     "", ["Florencia Rodríguez"]),
    (N, "gmail-android", "", "No nos interesa, gracias.", "", []),
    (U, "aol", "", "¿Quién le ha dado mi dirección?", "", []),
    (F, "zimbra", "Buenos días,",
     "ahora estamos con la campaña de Navidad y no doy abasto. Escríbame después de Reyes y lo vemos con calma. "
     "Mientras, si quiere, mándeme precios.",
     "Saludos,", ["Manuel Cortés"]),
    (I, "gmail-web", "Buenos días,",
     "sí me interesa probar con un sensor en el cuarto de maduración. ¿Me puede llamar mañana en la mañana? "
     "Estoy en Bogotá.",
     "", ["Andrés Felipe Rincón"]),
    (N, "outlook-web", "Muy señores míos:",
     "Les ruego que eliminen esta dirección de su base de datos y que no vuelvan a enviarnos comunicaciones "
     "comerciales, conforme a la LSSI y al RGPD.",
     "Atentamente,", ["Xoán Pereiro"]),
    (U, "gmail-android", "", "jajaja en Cantabria la humedad la mide mi abuela con la rodilla", "", []),
    (F, "outlook-desktop", "Hola, Solveig:",
     "He reenviado su correo a nuestra maestra quesera, Carmen Llorente (carmen.llorente@queseria-pena-roja.test), "
     "que es quien lleva las cámaras. Mándele a ella el dosier.",
     "Un cordial saludo,", ["Lucía Gómez", "Administración", "Quesería Peña Roja, S.L.", D["es"]]),
    (N, "iphone", "", "Ya tenemos sondas de otra marca desde hace dos años, no vamos a cambiar.", "", []),
    (I, "thunderbird-below", "Hola:",
     "De acuerdo con la llamada de 20 minutos. Puedo el miércoles 9 de diciembre a las 12:00 o el viernes 11 por "
     "la tarde. Llámeme al 971 36 52 08.",
     "Gracias,", ["Joan Pons"]),
    (U, "yahoo", "", "Perdone, ¿esto es un correo automático o me escribe una persona?", "", []),
]
REPLIES["pt"] = [
    (I, "gmail-web", "Boa tarde,",
     "Tenho interesse numa chamada. Pode ser na quinta-feira, dia 10, às 11h00? O meu número é o 271 598 204.",
     "Cumprimentos,", ["Rui Marques"]),
    (N, "outlook-desktop", "Exma. Senhora,",
     "Agradecemos o contacto. As nossas câmaras de cura já são monitorizadas por um sistema instalado pela "
     "cooperativa de produtores, pelo que não temos interesse neste serviço.",
     "Com os melhores cumprimentos,",
     ["Helena Carvalho", "Responsável de Qualidade", "Queijaria Vale do Côa, Lda.", D["pt"]]),
    (F, "iphone", "", "Pode enviar as duas páginas \U0001F44D", "", []),
    (U, "apple", "", "Uai, sô, até queijo agora tem celular? rsrs", "", ["Tião"]),
    (F, "thunderbird-between", "",
     "Os sensores aguentam a humidade da câmara, que anda sempre acima dos 90%? E quanto custa por câmara, com "
     "IVA? Agradecia que me enviasse uma ficha técnica.",
     "", []),
    (I, "outlook-web", "Olá Solveig,",
     "Gostaria de experimentar com um sensor na câmara de cura. Pode ligar-me na próxima segunda-feira à tarde? "
     "Estou em São Jorge, nos Açores, é menos uma hora do que em Lisboa.",
     "Obrigado,", ["Duarte Sousa"]),
    (N, "gmail-android", "", "Não, obrigado.", "", []),
    (U, "aol", "", "Esteve na Feira do Queijo em Seia no sábado? Acho que falámos.", "", ["Lurdes"]),
    (F, "zimbra", "Bom dia,",
     "Neste momento estamos em plena época do queijo e não tenho tempo para isto. Volte a contactar-me em março, "
     "por favor.",
     "Abraço,", ["Abílio Pires"]),
    (I, "gmail-web", "Bom dia Solveig,",
     "topo sim uma conversa. Pode ser terça, dia 8, às 10h de Brasília? Meu WhatsApp é +55 34 99812 4471.",
     "", ["Gabriela Menezes"]),
    (N, "outlook-web", "Exmos. Senhores,",
     "Solicito que o meu endereço seja removido da vossa lista de contactos, ao abrigo do RGPD. Não autorizei o "
     "envio destas mensagens.",
     "Atentamente,", ["Fernanda Oliveira"]),
    (U, "gmail-android", "", "kkkkk meu queijo já tem mais tecnologia que eu", "", []),
    (F, "outlook-desktop", "Boa tarde D. Solveig,",
     "Reencaminhei o seu email para o nosso mestre queijeiro, o Sr. António Reis "
     "(antonio.reis@queijaria-vale-do-coa.test), que é quem acompanha as câmaras. Envie-lhe por favor a "
     "informação.",
     "Cumprimentos,", ["Sónia Lopes", "Secretariado", "Queijaria Vale do Côa, Lda.", D["pt"]]),
    (N, "iphone", "",
     "Somos uma queijaria pequena, faço tudo à mão e a câmara fica ao lado de casa. Não preciso, obrigada.",
     "", ["Maria do Céu"]),
    (I, "thunderbird-below", "Boa tarde,",
     "Aceito a chamada de 20 minutos. Sugiro quarta-feira, 9 de dezembro, às 15h00 (hora de Lisboa). Gostava "
     "de ver também como chegam os alertas por SMS.",
     "Até breve,", ["Catarina Fonseca"]),
    (U, "yahoo", "", "Recebido.", "", []),
]
REPLIES["it"] = [
    (I, "gmail-web", "Buongiorno Solveig,",
     "sì, sentiamoci. Martedì 8 alle 15 va bene? Il mio numero è 0345 81227.",
     "Saluti,", ["Matteo Bonetti"]),
    (N, "outlook-desktop", "Gentile dott.ssa Haverkamp,",
     "la ringraziamo per la proposta. Le nostre celle di stagionatura sono già monitorate con il sistema fornito "
     "dal Consorzio di tutela, quindi al momento non siamo interessati.",
     "Distinti saluti,",
     ["Giovanna Locatelli", "Responsabile Qualità", "Caseificio Val Brembana S.r.l.", D["it"]]),
    (F, "iphone", "", "Mi mandi pure la presentazione", "", []),
    (U, "apple", "",
     "Qui a Ragusa il caciocavallo stagiona in grotta da secoli. Ma vediamo, vediamo.", "", ["Salvatore"]),
    (F, "thunderbird-between", "",
     "I sensori resistono in grotta, dove l'umidità arriva al 98%? Quanto costa l'abbonamento annuale per tre "
     "celle? Mi mandi una scheda tecnica, grazie.",
     "", []),
    (I, "outlook-web", "Salve,",
     "ci interessa una prova con due sensori nella cella delle tome. Mi chiami pure la settimana prossima, di "
     "mattina, allo 0165 44918.",
     "Grazie,", ["Rémy Perrin"]),
    (N, "gmail-android", "", "No grazie.", "", []),
    (U, "aol", "", "Scusi, ma lei non è quella che ci ha scritto la settimana scorsa per le etichette?", "", []),
    (F, "zimbra", "Buongiorno,",
     "in questo periodo siamo presi con i cesti di Natale. Mi ricontatti a fine gennaio; intanto mi mandi il "
     "listino.",
     "Cordialità,", ["Lorenzo Pieraccini"]),
    (I, "gmail-web", "Ue',",
     "va bene la chiamata, venerdì 11 alle 10. Chiamatemi al 338 719 2046, il fisso in caseificio non lo sente "
     "nessuno con le macchine accese.",
     "", ["Gennaro"]),
    (N, "outlook-web", "", "Vi prego di cancellare il mio indirizzo dalla vostra lista. Grazie.", "",
     ["Paola Ricci"]),
    (U, "gmail-android", "", "Buone feste a voi!", "", []),
    (F, "outlook-desktop", "Gentile Solveig,",
     "ho girato la sua mail al nostro casaro, Davide Pedretti (davide.pedretti@caseificio-val-brembana.test), "
     "che segue le celle. Le consiglio di mandare a lui il materiale.",
     "Cordiali saluti,",
     ["Chiara Gervasoni", "Ufficio amministrazione", "Caseificio Val Brembana S.r.l.", D["it"]]),
    (N, "iphone", "",
     "Ma va', ci mancava pure il sensore. Il formaggio lo sento io col naso, grazie lo stesso.", "", ["Bepi"]),
    (I, "thunderbird-below", "Buonasera,",
     "accetto volentieri la chiamata di 20 minuti. Propongo mercoledì 9 dicembre alle 11, oppure giovedì 10 nel "
     "pomeriggio. Vorrei capire soprattutto come arrivano gli avvisi via SMS.",
     "Cordialmente,", ["Federica Marinelli"]),
    (U, "yahoo", "", "Grazie, ricevuto.", "", []),
]

# the automatic notices written here, in their senders' formats
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "Precedence: bulk"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Alison Thwaite", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Thank you for your message. I am out of the office until Monday 14 December with limited access to email.\n"
     "For anything urgent, please contact office@fellside-creamery.test or call the dairy on 015396 20418."),
    ("exchange-ooo-de", "de", "Stefan Kögel", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11.12.2026 nicht im Büro.\n"
     "Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
     "info@kaeserei-almrausch.test."),
    ("exchange-ooo-fr", "fr", "Nathalie Brondex", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\nJe suis absente du bureau jusqu'au lundi 14 décembre inclus.\n"
     "Pour toute urgence, vous pouvez écrire à contact@fromagerie-val-darve.test."),
    ("exchange-ooo-es", "es", "Elena Martín", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Gracias por su mensaje. Estaré fuera de la oficina hasta el 9 de diciembre.\n"
     "Para asuntos urgentes, escriba a administracion@queseria-pena-roja.test."),
    ("exchange-ooo-pt", "pt", "Tiago Ferreira", "Resposta automática: {subject}", EXCHANGE, "exchange",
     "Obrigado pela sua mensagem. Encontro-me ausente até dia 11 de dezembro, com acesso limitado ao email.\n"
     "Em caso de urgência, contacte geral@queijaria-vale-do-coa.test."),
    ("exchange-ooo-it", "it", "Marta Cattaneo", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Grazie per il messaggio. Sarò fuori ufficio fino a lunedì 14 dicembre.\n"
     "Per questioni urgenti potete scrivere a info@caseificio-val-brembana.test."),
    ("exchange-ooo-lv", "lv", "Līga Ozoliņa", "Automātiskā atbilde: {subject}", EXCHANGE, "exchange",
     "Labdien!\nEsmu atvaļinājumā līdz 14. decembrim un e-pastus nelasu.\n"
     "Steidzamos jautājumos, lūdzu, rakstiet uz office@fellside-creamery.test.\nAr cieņu\nLīga Ozoliņa"),
    ("exchange-ooo-bilingual-fr", "fr", "Geneviève Tremblay", "Réponse automatique : {subject}", EXCHANGE,
     "exchange",
     "Je suis absente jusqu'au 10 décembre. Pour une demande urgente, écrivez à "
     "contact@fromagerie-val-darve.test.\n\n"
     "I am away until December 10. For urgent matters, please write to contact@fromagerie-val-darve.test."),
    ("exchange-left-es", "es", "Jorge Salcedo", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Jorge Salcedo ya no trabaja en Quesería Peña Roja. Este buzón no se atiende.\n"
     "Para cualquier consulta, escriba a administracion@queseria-pena-roja.test."),
    ("gmail-vacation-pt", "pt", "Paulo Meireles", "Férias até 14 de dezembro", GMAIL_VACATION, "plain",
     "Olá,\nestou de férias até 14 de dezembro e só vou ler o email depois disso.\n"
     "Se for urgente, ligue para a queijaria: 279 347 112.\nPaulo"),
    ("gmail-vacation-de", "de", "Vroni Zehetmair", "Bin auf der Alm (ohne Netz)", GMAIL_VACATION, "plain",
     "Servus,\nich bin bis 13. Dezember unterwegs und lese meine Mails erst danach.\nVroni"),
    ("helpdesk-ack-it", "it", "Caseificio Val Brembana - Ordini", "[Ticket #20731] {subject}",
     ["Auto-Submitted: auto-generated", "X-Loop: ordini@caseificio-val-brembana.test"], "plain",
     "Gentile cliente,\n"
     "abbiamo ricevuto la sua richiesta e le abbiamo assegnato il numero di pratica #20731.\n"
     "Un nostro operatore le risponderà entro due giorni lavorativi.\n\n"
     "Questo è un messaggio automatico, la preghiamo di non rispondere."),
    ("helpdesk-ack-fr", "fr", "Fromagerie du Val d'Arve - Service clients", "Accusé de réception : {subject}",
     ["Precedence: bulk", "X-Autoreply: yes"], "plain",
     "Bonjour,\nNous avons bien reçu votre message et nous vous répondrons dans les meilleurs délais.\n"
     "Ceci est une réponse automatique."),
    ("left-company-en", "en", "Graham Rowntree", "RE: {subject}", [], "plain",
     "Hello,\n"
     "Susan Ashby left Fellside Creamery in October and this mailbox is no longer read. Please send anything "
     "for the dairy to office@fellside-creamery.test.\n"
     "Graham Rowntree"),
    ("left-company-de", "de", "Käserei Almrausch", "Re: {subject}", ["Auto-Submitted: auto-replied"], "plain",
     "Herr Wagenpfeil ist nicht mehr für die Käserei Almrausch tätig. Ihre Nachricht wird nicht weitergeleitet.\n"
     "Bitte wenden Sie sich an info@kaeserei-almrausch.test."),
    ("left-company-et", "et", "Mari Kask", "Vs: {subject}", [], "plain",
     "Tere!\nKaarel Tamm ei tööta alates novembrist enam meie juures ja tema postkasti ei loeta.\n"
     "Palun kirjutage edaspidi aadressil info@kaeserei-almrausch.test.\nParimat\nMari Kask"),
    ("ooo-noheader-it", "it", "Alessio Bonomi", "Fuori sede: {subject}", [], "plain",
     "Sono fuori sede fino al 9 dicembre, risponderò al mio rientro.\nAlessio Bonomi"),
    ("ooo-noheader-en", "en", "Shona Maclean", "Out of office", [], "plain",
     "I'm out of the office until 10 December. Your email won't be forwarded.\nShona"),
    ("mdn-read-es", "es", "Pilar Ibáñez", "Leído: {subject}", [], "mdn",
     "Su mensaje\n\n  Para: Pilar Ibáñez\n  Asunto: {subject}\n\nse leyó el jueves, 3 de diciembre de 2026 "
     "9:12:44 (UTC+01:00) Bruselas, Copenhague, Madrid, París."),
    ("mdn-read-de", "de", "Anja Brenner", "Gelesen: {subject}", [], "mdn",
     "Ihre Nachricht\n\n  An: Anja Brenner\n  Betreff: {subject}\n\nwurde am Donnerstag, 3. Dezember 2026 "
     "10:05:19 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen."),
]
LEAD_DOMAIN = {"en": "fellside-creamery.test", "de": "kaeserei-almrausch.test",
               "fr": "fromagerie-val-darve.test", "es": "queseria-pena-roja.test",
               "pt": "queijaria-vale-do-coa.test", "it": "caseificio-val-brembana.test"}
COMPANY = {"en": "Fellside Creamery", "de": "Käserei Almrausch", "fr": "Fromagerie du Val d'Arve",
           "es": "Quesería Peña Roja", "pt": "Queijaria Vale do Côa", "it": "Caseificio Val Brembana"}
# the lv notice comes from the en lead's company, the et one from the de lead's (their campaign subjects)
AUTO_DOMAIN = dict(LEAD_DOMAIN, lv=LEAD_DOMAIN["en"], et=LEAD_DOMAIN["de"])
AUTO_SUBJECT = dict(SUBJECT, lv=SUBJECT["en"], et=SUBJECT["de"])
FIRST = ["Anna", "Pieter", "Lena", "Jo", "Sam", "Kim", "Alex", "Robin"]
CAPTURED = [  # (name, lang of its text, lead address, campaign Message-ID): made by capture.sh
    ("sieve-vacation-de", "de", "veronika.gschwendtner@kaeserei-almrausch.test", "ka14-s01"),
    ("sieve-vacation-fr", "fr", "aurelien.mollard@fromagerie-val-darve.test", "ka14-s02"),
    ("sieve-vacation-es", "es", "xiana.fernandez@queseria-pena-roja.test", "ka14-s03"),
    ("sieve-vacation-pt", "pt", "joaquim.sarmento@queijaria-vale-do-coa.test", "ka14-s04"),
    ("sieve-vacation-it", "it", "ottavia.brambilla@caseificio-val-brembana.test", "ka14-s05"),
    ("sieve-vacation-en", "en", "morag.drummond@fellside-creamery.test", "ka14-s06"),
    ("sieve-vacation-sl", "sl", "tjasa.kranjc@caseificio-val-brembana.test", "ka14-s07"),
    ("sieve-vacation-is", "is", "sigrun.olafsdottir@fellside-creamery.test", "ka14-s08"),
    ("sieve-reject-it", "it", "gianluca.ferrandi@caseificio-val-brembana.test", "ka14-s09"),
    ("postfix-unknown-user-de", "en", "versand@kaeserei-almrausch.test", "ka14-s10"),
    ("postfix-unknown-user-fr", "en", "expedition@fromagerie-val-darve.test", "ka14-s11"),
    ("postfix-unknown-user-it", "en", "spedizioni@caseificio-val-brembana.test", "ka14-s12"),
    ("postfix-mailbox-disabled", "en", "ventas.madrid@queseria-pena-roja.test", "ka14-s13"),
    ("postfix-relocated", "en", "rosa.teixeira@queijaria-vale-do-coa.test", "ka14-s14"),
    ("postfix-policy-reject", "en", "press@fellside-creamery.test", "ka14-s15"),
    ("postfix-nxdomain-es", "en", "info@queseria-los-arcos.invalid", "ka14-s16"),
    ("postfix-nxdomain-pt", "en", "geral@queijos-da-serra.invalid", "ka14-s17"),
    ("postfix-delayed-mailbox-full", "en", "boutique@fromagerie-val-darve.test", "ka14-s18"),
    ("postfix-expired-mailbox-full", "en", "boutique@fromagerie-val-darve.test", "ka14-s18"),
]


def _normal(s):
    """Lower case, NFC, typographic apostrophes and non-breaking spaces made plain, whitespace runs as one space."""
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(s.split()).lower()


def check_fixture():
    """No person's text may contain a line (12+ characters) of the campaign email it quotes or the seller's name;
    each language has 16 replies, 4 per class."""
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
        raise SystemExit("fixture check failed:\n  " + "\n  ".join(problems))


def _reply_date(n):
    """Replies from Wednesday 2 to Friday 4 December 2026, during the working day (CET)."""
    day = ("Wed, 02 Dec 2026", "Thu, 03 Dec 2026", "Fri, 04 Dec 2026")[n % 3]
    return "%s %02d:%02d:%02d +0100" % (day, 10 + n % 9, (n * 23) % 60, (n * 37) % 60)


def main():
    check_fixture()
    rows = CLIENTS.write_replies(
        OUT, REPLIES, subjects=SUBJECT, campaigns=CAMPAIGN, companies=COMPANY, lead_domains=LEAD_DOMAIN,
        first_names=FIRST, mid="ka14-c%03d", token="c%03d-14", date=_reply_date)
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=AUTO_SUBJECT, lead_domains=AUTO_DOMAIN, mid="ka14-c%03d",
        date=lambda n: "Thu, 03 Dec 2026 %02d:%02d:%02d +0100" % (8 + n % 9, 7 + n % 47, (n * 41) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
