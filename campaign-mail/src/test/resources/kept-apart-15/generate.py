"""Writes the fifteenth kept-apart set: the people's replies in their clients' formats, the written automatic
notices, labels.csv and campaign/<lang>.txt (the captured bounces and sieve replies come from capture.sh). The
client formats are those of ../kept-apart-tools/clients.py; this file holds only the set's own texts and choices."""
import datetime
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the resources
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "kept-apart-tools"))
import clients  # noqa: E402  (the shared client formats)

OUT = os.path.join(HERE, "messages")
SELLER_NAME, SELLER_ADDR = "Oonagh Ferreday", "oonagh@sapmeter.test"
MID_DOMAIN = "sapmeter.test"
OPTOUT = "https://sapmeter.test/optout/"

SUBJECT = {
    "en": "Is the kiln charge dry yet?",
    "de": "Ist die Kammer schon trocken?",
    "fr": "Votre séchoir a-t-il fini sa charge ?",
    "es": "¿Ya está seca la carga del secadero?",
    "pt": "A carga da estufa já está seca?",
    "it": "Il carico dell'essiccatoio è già asciutto?",
}
CAMPAIGN = {
    "en": "Hello {first},\n\n"
          "At many sawmills the drying kilns are still checked by walking over with a hand-held meter,\n"
          "often late at night. Sapmeter puts moisture probes into the stack in each kiln and reads them,\n"
          "together with air temperature and humidity, every ten minutes. You get a text message when a\n"
          "charge reaches its target moisture or when a fan or heater stops, and the kiln record is kept\n"
          "for your ISPM 15 heat-treatment certificate.\n\n"
          "Would a 20-minute call next week suit you, or shall I send a two-page overview first?\n\n"
          "With warm regards from Galway,\n"
          "Oonagh Ferreday\n"
          "Sapmeter - kiln monitoring for sawmills\n"
          "You receive this email because {company} is listed in the regional timber trade directory.\n"
          "To stop receiving emails from us: " + OPTOUT + "{token}",
    "de": "Guten Tag {first},\n\n"
          "in vielen Sägewerken werden die Trockenkammern noch mit dem Handmessgerät kontrolliert, oft\n"
          "spät in der Nacht. Sapmeter setzt Feuchtefühler in den Stapel jeder Kammer und liest sie alle\n"
          "zehn Minuten aus, zusammen mit Lufttemperatur und Luftfeuchte. Sie bekommen eine SMS, sobald\n"
          "eine Charge ihre Zielfeuchte erreicht oder ein Lüfter oder die Heizung ausfällt, und das\n"
          "Kammerprotokoll wird für Ihr IPPC/ISPM-15-Zertifikat aufbewahrt.\n\n"
          "Passt Ihnen nächste Woche ein Gespräch von 20 Minuten, oder soll ich Ihnen zuerst eine\n"
          "zweiseitige Übersicht schicken?\n\n"
          "Herzliche Grüße aus Galway\n"
          "Oonagh Ferreday\n"
          "Sapmeter - Kammerüberwachung für Sägewerke\n"
          "Sie erhalten diese E-Mail, weil {company} im regionalen Holzhandelsverzeichnis steht.\n"
          "Keine E-Mails mehr von uns erhalten: " + OPTOUT + "{token}",
    "fr": "Bonjour {first},\n\n"
          "Dans beaucoup de scieries, on contrôle encore les séchoirs avec un humidimètre à la main, souvent\n"
          "tard le soir. Sapmeter place des sondes d'humidité dans la pile de chaque séchoir et les relève\n"
          "toutes les dix minutes, avec la température et l'humidité de l'air. Vous recevez un SMS quand\n"
          "une charge atteint son humidité cible ou quand un ventilateur ou le chauffage s'arrête, et\n"
          "l'historique du séchoir est conservé pour votre certificat de traitement thermique NIMP 15.\n\n"
          "Un appel de 20 minutes la semaine prochaine vous conviendrait-il, ou préférez-vous que je vous\n"
          "envoie d'abord une présentation de deux pages ?\n\n"
          "Bien cordialement, depuis Galway,\n"
          "Oonagh Ferreday\n"
          "Sapmeter - surveillance des séchoirs pour les scieries\n"
          "Vous recevez ce message car {company} figure dans l'annuaire régional de la filière bois.\n"
          "Pour ne plus recevoir nos e-mails : " + OPTOUT + "{token}",
    "es": "Hola, {first}:\n\n"
          "En muchos aserraderos los secaderos se siguen revisando con un medidor de mano, muchas veces\n"
          "de madrugada. Sapmeter coloca sondas de humedad en la pila de cada secadero y las lee cada diez\n"
          "minutos, junto con la temperatura y la humedad del aire. Recibe un SMS cuando una carga llega a\n"
          "su humedad objetivo o cuando se para un ventilador o la calefacción, y el registro del secadero\n"
          "se guarda para su certificado de tratamiento térmico NIMF 15.\n\n"
          "¿Le vendría bien una llamada de 20 minutos la semana que viene, o prefiere que le envíe antes\n"
          "un resumen de dos páginas?\n\n"
          "Un cordial saludo desde Galway,\n"
          "Oonagh Ferreday\n"
          "Sapmeter - control de secaderos para aserraderos\n"
          "Recibe este correo porque {company} figura en el directorio regional del sector de la madera.\n"
          "Para no recibir más correos nuestros: " + OPTOUT + "{token}",
    "pt": "Olá {first},\n\n"
          "Em muitas serrações as estufas de secagem ainda são verificadas com um medidor manual, muitas\n"
          "vezes a meio da noite. O Sapmeter coloca sondas de humidade na pilha de cada estufa e lê-as a\n"
          "cada dez minutos, juntamente com a temperatura e a humidade do ar. Recebe um SMS quando uma\n"
          "carga atinge a humidade pretendida ou quando um ventilador ou o aquecimento param, e o registo\n"
          "da estufa fica guardado para o seu certificado de tratamento térmico NIMF 15.\n\n"
          "Uma chamada de 20 minutos na próxima semana dava-lhe jeito, ou prefere que lhe envie primeiro\n"
          "uma apresentação de duas páginas?\n\n"
          "Com os cumprimentos de Galway,\n"
          "Oonagh Ferreday\n"
          "Sapmeter - monitorização de estufas para serrações\n"
          "Recebe este e-mail porque a {company} consta do diretório regional do setor da madeira.\n"
          "Para deixar de receber os nossos e-mails: " + OPTOUT + "{token}",
    "it": "Buongiorno {first},\n\n"
          "In molte segherie gli essiccatoi si controllano ancora con il misuratore a mano, spesso a notte\n"
          "fonda. Sapmeter inserisce sonde di umidità nella catasta di ogni essiccatoio e le legge ogni\n"
          "dieci minuti, insieme alla temperatura e all'umidità dell'aria. Riceve un SMS quando un carico\n"
          "raggiunge l'umidità prevista o quando si fermano un ventilatore o il riscaldamento, e lo storico\n"
          "dell'essiccatoio resta archiviato per il certificato di trattamento termico ISPM 15.\n\n"
          "Le andrebbe una telefonata di 20 minuti la settimana prossima, oppure preferisce che le mandi\n"
          "prima una presentazione di due pagine?\n\n"
          "Un caro saluto da Galway,\n"
          "Oonagh Ferreday\n"
          "Sapmeter - monitoraggio degli essiccatoi per segherie\n"
          "Riceve questa e-mail perché {company} è presente nell'elenco regionale delle imprese del legno.\n"
          "Per non ricevere più le nostre e-mail: " + OPTOUT + "{token}",
}
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 2, 8, 52, 40), OPTOUT,
                           dict(clients.OUTLOOK_FOR_ANDROID), "https://aka.ms/AAb9ysg")
DISCLAIMER = {
    "en": "This email and any attachments are confidential and intended solely for the addressee. If you have "
          "received it in error, please notify the sender and delete it.",
    "de": "Diese E-Mail enthält vertrauliche Informationen und ist nur für den angegebenen Empfänger bestimmt. "
          "Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese "
          "Nachricht.",
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si "
          "vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire.",
    "es": "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha "
          "recibido por error, comuníquelo al remitente y elimínelo.",
    "pt": "Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a "
          "recebeu por engano, informe o remetente e apague-a.",
    "it": "Questo messaggio e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario. "
          "Se lo avete ricevuto per errore, avvisate il mittente e cancellatelo.",
}

I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"
D = DISCLAIMER
REPLIES = {}
REPLIES["en"] = [
    (I, "gmail-web", "Hi Oonagh,",
     "We've two kilns running flat out and I'm sick of the 2am walk across the yard with the meter. Thursday "
     "after 3 would do for a call, ring the yard office on 017687 40219.",
     "Cheers,", ["Dougie Hartley"]),
    (N, "outlook-desktop", "Dear Ms Ferreday,",
     "Thank you for your email. Our kilns were fitted with a moisture monitoring system by the kiln manufacturer "
     "when they were replaced last year, and it already produces the ISPM 15 records we submit. We will not be "
     "taking this further.",
     "Regards,", ["Siobhan Maguire", "Operations Manager", "Ashgrove Sawmills Ltd | Tel. 028 6634 1180", D["en"]]),
    (F, "iphone", "", "Yes send the overview pls", "", []),
    (U, "apple", "",
     "Funny, my brother-in-law was on about something like this at the show in Builth Wells. Was that you lot?",
     "", ["Gwyn"]),
    (F, "thunderbird-between", "",
     "What does a probe cost, and how many would a 40 m3 kiln need? We dry mostly larch and Douglas fir down to "
     "18%. If you've a price list I'd like to see it.",
     "", ["Rob Tregenza"]),
    (I, "outlook-web", "Hello,",
     "Go on then, a demo sounds fine. We're in Tasmania so best is your Tuesday evening, which is our Wednesday "
     "morning. Say 7pm UK time?",
     "Thanks,", ["Bronwyn Kelly"]),
    (N, "gmail-android", "", "No thanks.", "", []),
    (U, "yahoo", "",
     "the old kiln's been full of the wife's pottery since 2019 so you'd be measuring teapots 😄",
     "", ["Alf"]),
    (N, "iphone", "", "Please take us off your list.", "", []),
    (I, "gmail-web", "",
     "Sounds useful. Could you do a call Monday 14th, 10am? I'm on 07700 900482.",
     "", ["Callum Rae"]),
    (F, "outlook-web", "",
     "I'm not the right person, the kilns are run by our yard foreman Ewan Baird "
     "(ewan.baird@ashgrove-sawmills.test). I've forwarded your mail to him.",
     "", ["Fiona Scott"]),
    (U, "gmail-android", "", "Who gave you this address?", "", []),
    (F, "outlook-desktop", "",
     "We're putting in a new pallet line in the spring and will look at kiln monitoring then. Please get back to "
     "me in March, and in the meantime send pricing for three kilns.",
     "Best,", ["Owen Pritchard", "Site Manager", "Ashgrove Sawmills Ltd | 01874 620 331", D["en"]]),
    (N, "zimbra", "",
     "We're a two-man outfit, we air-dry everything under a tin roof and always have. Not for us but good luck "
     "with it.",
     "", ["Ieuan"]),
    (I, "thunderbird-below", "",
     "Happy to have a chat. I'm usually in the office early, so before 9 Eastern any weekday next week. "
     "Cell 207-555-0148.",
     "", ["Walt Pelletier"]),
    (U, "aol", "", "ok noted", "", []),
]
REPLIES["de"] = [
    (F, "gmail-web", "Hallo Frau Ferreday,",
     "schicken Sie mir bitte die Übersicht und eine Preisliste, wir haben drei Trockenkammern mit je 60 m³.",
     "Gruß", ["Matthias Wehrle"]),
    (N, "outlook-desktop", "Sehr geehrte Frau Ferreday,",
     "vielen Dank für Ihr Angebot. Unsere Trockenkammern sind seit dem Umbau 2024 an die Anlagensteuerung des "
     "Herstellers angebunden, die Holzfeuchte wird dort bereits laufend erfasst und protokolliert. Wir haben "
     "daher keinen Bedarf.",
     "Mit freundlichen Grüßen",
     ["Dr. Karin Seidl", "Leitung Produktion", "Sägewerk Hinterbrand GmbH · Tel. +43 3862 51 470", D["de"]]),
    (I, "iphone", "", "Ja, rufen Sie mich an. Mittwoch ab 14 Uhr passt.", "", []),
    (U, "apple", "",
     "Bei uns im Wald sagt man, das Holz ist trocken, wenn's der Alte sagt. Der Alte ist 84.",
     "", ["Sepp"]),
    (F, "thunderbird-between", "",
     "Wie werden die Fühler im Stapel befestigt, und halten die Kabel 80 °C und Dampf aus? Bitte schicken Sie "
     "mir ein Datenblatt.",
     "", ["Jörg Büttner"]),
    (N, "outlook-web", "",
     "Bitte nehmen Sie unsere Adresse aus Ihrem Verteiler. Ich widerspreche der Nutzung meiner Daten zu "
     "Werbezwecken.",
     "", ["Anja Köhler"]),
    (U, "gmail-android", "", "Woher haben Sie meine Nummer … äh, Adresse?", "", []),
    (I, "yahoo", "Grüezi",
     "Tönt interessant. Wir könnten es mit einer Kammer probieren. Rufen Sie mich an, 034 402 18 77, am besten "
     "am Morgen.",
     "", ["Ueli Bieri"]),
    (F, "iphone", "", "Übersicht gern", "", []),
    (I, "gmail-web", "Servus,",
     "a Vorführung wär recht. Kommen S' doch vorbei, nächste Woch Dienstag oder Donnerstag nach der Brotzeit, so "
     "um halb zehn.",
     "", ["Xaver Pledl"]),
    (N, "outlook-web", "Moin,",
     "wir sind in einer Erzeugergemeinschaft, die Kammern laufen alle über deren System. Kein Bedarf.",
     "", ["Hauke Petersen"]),
    (U, "gmail-android", "", "Danke", "", []),
    (F, "outlook-desktop", "Guten Tag Frau Ferreday,",
     "ich habe Ihre Nachricht an unseren Betriebsleiter Herrn Florian Tschurtschenthaler "
     "(f.tschurtschenthaler@saegewerk-hinterbrand.test) weitergeleitet. Er ist für die Trocknung zuständig und "
     "meldet sich bei Bedarf.",
     "Freundliche Grüße",
     ["Martina Hofer", "Assistenz der Geschäftsführung", "Sägewerk Hinterbrand GmbH · Tel. +43 5242 63 910",
      D["de"]]),
    (N, "zimbra", "",
     "Hab so einen Funkfühler vor Jahren mal gehabt. Nach dem ersten Winter in der Kammer war er hinüber. Nie "
     "wieder.",
     "", ["Ludger"]),
    (I, "thunderbird-below", "",
     "Ein Telefonat können wir gern machen. Am Freitag, 11. Dezember, zwischen 10 und 12 Uhr bin ich im Büro "
     "erreichbar: 0761 4587 220.",
     "", ["Benedikt Faller"]),
    (U, "aol", "", "Sie haben uns doch letztes Jahr schon mal geschrieben, oder?", "", []),
]
REPLIES["fr"] = [
    (U, "gmail-web", "Bonjour,",
     "Chez nous dans les Landes, le pin sèche au soleil sur le parc depuis trois générations. Mon grand-père "
     "disait qu'une planche se juge à l'oreille, quand on la tape.",
     "Bonne journée", ["Jean-Marc Lafitte"]),
    (F, "outlook-desktop", "Madame,",
     "Nous exploitons quatre séchoirs de 80 m³ pour du sapin et de l'épicéa destinés à la palette. Pourriez-vous "
     "nous indiquer le prix des sondes et de l'abonnement, ainsi que la durée de vie des piles à 70 °C ?",
     "Bien cordialement,",
     ["Claire Vuillemin", "Responsable qualité", "Scierie du Haut-Doubs · Tél. 03 81 39 52 14", D["fr"]]),
    (N, "iphone", "", "Non merci.", "", []),
    (I, "apple", "Allô,",
     "Ça m'intéresse pas mal. Appelez-moi au 819 555-0173, mardi ou mercredi en avant-midi, heure de l'Est.",
     "", ["Guylaine Bérubé"]),
    (F, "thunderbird-between", "",
     "Est-ce que ça fonctionne sans réseau mobile ? Notre scierie est au fond d'une vallée du Morvan où le "
     "téléphone ne passe qu'au portail. Envoyez-moi la documentation technique, s'il vous plaît.",
     "", ["Thierry Guyot"]),
    (N, "outlook-web", "", "Désinscrivez-moi.", "", []),
    (I, "gmail-android", "", "ok pour un appel, jeudi 14h", "", []),
    (U, "yahoo", "",
     "C'est vous qu'on a vue au salon Forexpo ? Mon associé m'a parlé d'une dame irlandaise avec des capteurs.",
     "", ["Pascal"]),
    (F, "iphone", "", "Oui, envoyez la présentation.", "", []),
    (N, "gmail-web", "",
     "Merci, mais on est une petite scierie familiale, on sèche à l'air et le bois se vend comme ça depuis "
     "toujours. Ça ne nous concerne pas.",
     "", ["Bernard Lachaud"]),
    (I, "outlook-web", "Bonjour Madame,",
     "Votre proposition tombe bien, notre séchoir n° 2 nous a joué des tours cet automne. Je vous propose un "
     "appel le lundi 14 décembre à 10 h. Mon numéro : +32 61 21 48 03.",
     "Bien à vous,", ["Olivier Lambotte"]),
    (U, "gmail-android", "", "Bien reçu, merci.", "", []),
    (F, "outlook-desktop", "Bonjour Madame Ferreday,",
     "Je transmets votre message à M. Laurent Pernet, notre responsable séchage "
     "(l.pernet@scierie-du-haut-doubs.test), qui vous recontactera s'il le juge utile. Vous pouvez aussi lui "
     "écrire directement.",
     "Salutations distinguées,",
     ["Sophie Maillard", "Secrétariat", "Scierie du Haut-Doubs · Tél. 03 81 39 52 10", D["fr"]]),
    (N, "zimbra", "",
     "Ah, encore un boîtier qui clignote. Merveilleux. On a déjà une alarme : le chien aboie quand le "
     "ventilateur s'arrête. Merci, ça ira.",
     "", ["Didier"]),
    (I, "thunderbird-below", "Bonjour,",
     "Nous serions d'accord pour un essai avec deux sondes dans le séchoir à feuillus. Pouvez-vous m'appeler la "
     "semaine prochaine au 026 915 32 48 ?",
     "", ["Nicolas Rossier"]),
    (U, "aol", "", "C'est pour la scierie d'en bas, non ? On a juste le même nom.", "", []),
]
REPLIES["es"] = [
    (N, "gmail-web", "Buenas,",
     "Ya tenemos sondas de humedad en los secaderos, nos las montó el fabricante de las cámaras cuando nos "
     "certificamos en NIMF 15. No nos hace falta.",
     "Saludos", ["Iñaki Etxeberria"]),
    (I, "outlook-desktop", "Estimada Sra. Ferreday:",
     "Nos interesa ver una demostración. ¿Le vendría bien el martes 15 de diciembre a las 11:00? Puede llamarme "
     "al 975 21 43 60.",
     "Atentamente,",
     ["Pilar Ortega Gil", "Directora de producción", "Aserradero de Covaleda S.L. · Tel. 975 21 43 60", D["es"]]),
    (F, "iphone", "", "Mándeme el resumen, gracias", "", []),
    (U, "apple", "",
     "Aquí en Valdivia llueve nueve meses al año, así que lo de secar la madera es casi un acto de fe, jaja",
     "", ["Rodrigo"]),
    (F, "thunderbird-between", "",
     "¿Cuánto cuesta para dos cámaras de 50 m³? ¿Y hay que pagar una cuota mensual? Si me manda una tarifa, la "
     "miro con mi socio.",
     "", ["Xosé Manuel Rial"]),
    (N, "outlook-web", "",
     "Les ruego que den de baja esta dirección. No he dado mi consentimiento para recibir publicidad, conforme a "
     "la LSSI y al RGPD.",
     "", ["Marta Arregui"]),
    (I, "gmail-android", "", "Dale, llamame el jueves a la tarde al +54 9 3764 55-0192", "", []),
    (U, "yahoo", "", "¿Y usted cómo sabe que tenemos secadero?", "", []),
    (N, "iphone", "", "No me interesa, gracias.", "", []),
    (I, "gmail-web", "",
     "Órale, sí nos interesa. ¿Podemos hablar el miércoles a las 9 de la mañana, hora del centro de México? Mi "
     "celular es +52 618 555 0143.",
     "", ["Jesús Arreola"]),
    (F, "outlook-web", "Buenos días.",
     "Vuelvan a escribirme después de Reyes, ahora estamos con el cierre del año. Mientras tanto, si pueden, "
     "envíen precios.",
     "", ["Covadonga Fernández"]),
    (U, "gmail-android", "", "vale", "", []),
    (F, "outlook-desktop", "Hola Oonagh:",
     "He reenviado tu correo a Unai Zubiri (unai.zubiri@aserradero-covaleda.test), que es quien lleva los "
     "secaderos. Él te dirá algo.",
     "Un saludo,",
     ["Ane Goikoetxea", "Administración", "Aserradero de Covaleda S.L. · Tel. 975 21 43 61", D["es"]]),
    (N, "zimbra", "",
     "Pues mire, somos cuatro gatos y secamos al aire, como toda la vida. Gracias de todas formas.",
     "", ["Fermín"]),
    (I, "thunderbird-below", "Buenas tardes.",
     "Podemos probar con una sonda este invierno, a ver qué tal. Llámeme el lunes por la mañana, mi teléfono es "
     "el 985 61 72 09.",
     "", ["Eladio Suárez"]),
    (U, "aol", "", "¿Esto lo manda una persona o una máquina?", "", []),
]
REPLIES["pt"] = [
    (I, "gmail-web", "Olá Oonagh,",
     "Bora marcar essa conversa! Pode ser quinta às 15h de Brasília? Me chama no WhatsApp +55 41 99555-0187.",
     "", ["Gilmar Kowalski"]),
    (F, "outlook-desktop", "Exma. Senhora,",
     "Temos duas estufas de secagem de pinho para paletes com tratamento NIMF 15. Agradecia que nos enviasse uma "
     "proposta com preços por estufa, com IVA incluído, e as condições de assistência técnica.",
     "Com os melhores cumprimentos,",
     ["Ana Rita Carvalho", "Diretora Técnica", "Serração do Pinhal, Lda. · Tel. 244 822 610", D["pt"]]),
    (U, "iphone", "", "Recebido 👍", "", []),
    (N, "apple", "", "Não obrigado, já temos um sistema da cooperativa.", "", ["Zé"]),
    (F, "thunderbird-between", "",
     "As sondas aguentam eucalipto, que entra na estufa ainda muito húmido? E quanto tempo dura a bateria? "
     "Mandem-me a ficha técnica, por favor.",
     "", ["Manuel Fidalgo"]),
    (I, "outlook-web", "Bom dia.",
     "Tenho interesse numa demonstração. Estou disponível na terça-feira, dia 15, a partir das 10h. Ligue para o "
     "232 418 905.",
     "", ["Helena Marques"]),
    (N, "gmail-android", "", "Removam o meu contacto da vossa lista, por favor. RGPD.", "", []),
    (F, "yahoo", "", "Pode mandar a apresentação sim", "", []),
    (U, "iphone", "", "kkkkk a nossa estufa é o sol do Alentejo", "", []),
    (N, "gmail-web", "",
     "Somos uma serração pequena, trabalhamos à moda antiga e a madeira seca ao ar no estaleiro. Não precisamos, "
     "obrigado.",
     "", ["Albino Pires"]),
    (F, "outlook-web", "Boa tarde.",
     "Neste momento não é oportuno, estamos a mudar de instalações. Voltem a contactar-me em março.",
     "", ["Rui Gonçalves"]),
    (U, "gmail-android", "", "Quem vos deu o meu e-mail?", "", []),
    (I, "outlook-desktop", "Cara Oonagh,",
     "Podemos fazer a chamada na próxima segunda-feira, às 11h00. Ligue para o 253 617 442, extensão 3.",
     "Cumprimentos,",
     ["Tiago Brandão", "Encarregado geral", "Serração do Pinhal, Lda. · Tel. 253 617 440", D["pt"]]),
    (N, "zimbra", "",
     "Já experimentámos sensores sem fios há uns anos. Ao fim de três meses de vapor estavam todos mortos. Não, "
     "obrigado.",
     "", ["Custódio"]),
    (I, "thunderbird-below", "Olá,",
     "Achei interessante. Topo fazer um teste com dois sensores. Pode me ligar na segunda, depois das 14h "
     "(horário de Brasília)? Fone (47) 3355-0129.",
     "", ["Débora Schmitt"]),
    (U, "aol", "", "A senhora já nos escreveu antes? Parece-me que sim.", "", []),
]
REPLIES["it"] = [
    (F, "gmail-web", "Buongiorno,",
     "mi manda il listino prezzi? Abbiamo tre essiccatoi per larice e abete, da 45 m³ ciascuno.",
     "Grazie", ["Renzo Zanon"]),
    (N, "outlook-desktop", "Gentile Sig.ra Ferreday,",
     "La ringraziamo per la proposta. I nostri essiccatoi sono già monitorati dal sistema del consorzio forestale, "
     "collegato alla certificazione PEFC, e non intendiamo affiancarne un altro.",
     "Distinti saluti,",
     ["Ing. Paola Bonelli", "Responsabile di stabilimento", "Segheria Val di Fiemme S.r.l. · Tel. 0462 34 17 80",
      D["it"]]),
    (I, "iphone", "", "Sì, mi chiami. Giovedì dopo le 16.", "", []),
    (U, "apple", "", "Buone feste anche a voi!", "", ["Carla"]),
    (I, "thunderbird-between", "",
     "Ci interessa una prova. Con la copertura che c'è qui in Carnia non so come funzioni, comunque chiamatemi "
     "pure allo 0433 45 12 98, di mattina.",
     "", ["Gianni Del Fabbro"]),
    (N, "outlook-web", "",
     "Vi prego di cancellare il mio indirizzo dalla vostra lista. Grazie.",
     "", ["Marco Dellantonio"]),
    (U, "gmail-android", "", "ma chi siete?", "", []),
    (F, "yahoo", "", "Ok, mandatemi la presentazione e ci guardo.", "", []),
    (I, "iphone", "", "Va bene una telefonata, lunedì 14 alle 10:30. Il mio cellulare è 347 555 0162.", "", []),
    (N, "gmail-web", "",
     "Siamo una segheria di famiglia in Sila, l'essiccatoio lo controlla mio padre da quarant'anni con il suo "
     "igrometro e un quaderno. Non ci serve, grazie lo stesso.",
     "", ["Francesco Greco"]),
    (U, "outlook-web", "", "Ci siamo visti alla fiera di Verona? Il suo nome non mi è nuovo.", "",
     ["Elisa Bertoldi"]),
    (F, "gmail-android", "",
     "Richiamatemi a fine gennaio, adesso siamo pieni. Intanto mandate pure i prezzi.", "", []),
    (F, "outlook-desktop", "Buongiorno Sig.ra Ferreday,",
     "ho inoltrato la sua e-mail al nostro responsabile dell'essiccazione, il geom. Stefano Giacomelli "
     "(s.giacomelli@segheria-val-di-fiemme.test), che la contatterà se interessato.",
     "Cordiali saluti,",
     ["Laura Vanzo", "Ufficio commerciale", "Segheria Val di Fiemme S.r.l. · Tel. 0462 34 17 81", D["it"]]),
    (N, "zimbra", "",
     "Ah certo, un altro sensore che ci dice quello che sappiamo già. Proprio quello che mancava. No, grazie.",
     "", ["Beppe"]),
    (I, "thunderbird-below", "Buonasera,",
     "per noi va bene una dimostrazione. Potremmo sentirci martedì 15 dicembre verso le 11? Mi trova allo "
     "0575 55 80 21.",
     "", ["Lorenzo Baldi"]),
    (U, "aol", "", "Ricevuto.", "", []),
]

# the automatic notices written here: (name, lang, sender, subject, extra headers, kind, text)
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "Precedence: bulk"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Harriet Lowther", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Thank you for your message.\n\nI am out of the office from Monday 30 November, returning on Monday "
     "7 December, with limited access to email.\nFor kiln or dispatch queries please contact the yard office on "
     "017687 40200 or yard@ashgrove-sawmills.test.\n\nHarriet"),
    ("exchange-ooo-de", "de", "Lena Hirschbühl", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Vielen Dank für Ihre Nachricht.\n\nIch befinde mich bis voraussichtlich Ende Juni 2027 in Mutterschutz und "
     "Elternzeit. Ihre E-Mail wird nicht weitergeleitet.\nBitte wenden Sie sich an meinen Kollegen Jonas Aigner, "
     "jonas.aigner@saegewerk-hinterbrand.test, Tel. +43 3862 51 470-12.\n\nLena Hirschbühl"),
    ("exchange-ooo-fr", "fr", "Élodie Courvoisier", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\n\nJe suis actuellement en congé maternité et serai de retour le 1er mars 2027.\nPour toute "
     "demande concernant les séchoirs ou les commandes, merci de contacter Laurent Pernet : "
     "l.pernet@scierie-du-haut-doubs.test.\n\nCordialement,\nÉlodie Courvoisier"),
    ("exchange-ooo-sv", "sv", "Karin Sjöberg", "Autosvar: {subject}", EXCHANGE, "exchange",
     "Hej!\n\nJag är föräldraledig till och med den 31 maj 2027 och läser inte min e-post.\nI brådskande ärenden, "
     "kontakta kontoret på kontor@ashgrove-sawmills.test.\n\nMed vänlig hälsning\nKarin Sjöberg"),
    ("exchange-ooo-zh", "zh", "Chen Jing", "自动回复: {subject}", EXCHANGE, "exchange",
     "您好，\n\n本人于12月1日至12月11日休年假，期间无法及时回复邮件。\n如有急事，请联系 office@ashgrove-sawmills.test。\n\n"
     "谢谢！\n陈静\n\nI am on annual leave until 11 December. For urgent matters please contact "
     "office@ashgrove-sawmills.test."),
    ("exchange-ooo-ru", "ru", "Olga Smirnova", "Автоматический ответ: {subject}", EXCHANGE, "exchange",
     "Здравствуйте!\n\nЯ нахожусь в командировке до 9 декабря, доступ к почте ограничен.\nПо срочным вопросам "
     "обращайтесь к Дмитрию Волкову: d.volkov@saegewerk-hinterbrand.test.\n\nС уважением,\nОльга Смирнова"),
    ("exchange-left-pt", "pt", "Fernando Lopes", "Resposta automática: {subject}", EXCHANGE, "exchange",
     "Informamos que o Eng. Fernando Lopes se reformou no dia 30 de novembro e que esta caixa de correio deixará "
     "de ser consultada.\nPara assuntos comerciais, contacte comercial@serracao-do-pinhal.test ou o telefone "
     "244 822 610.\n\nObrigado."),
    ("gmail-vacation-es", "es", "Lucía Sanz Berdonces", "Fuera de la oficina hasta el 9 de diciembre",
     GMAIL_VACATION, "plain",
     "Hola:\n\nEstoy fuera hasta el miércoles 9 de diciembre, de visita por los montes de Soria y con poca "
     "cobertura. Contestaré a la vuelta.\nSi es urgente, llama a la oficina: 975 21 43 60.\n\nLucía"),
    ("gmail-vacation-nl", "nl", "Pieter van Dam", "Afwezig / Out of office", GMAIL_VACATION, "plain",
     "Beste afzender,\n\nTot en met vrijdag 11 december ben ik afwezig. Uw e-mail wordt niet doorgestuurd.\nVoor "
     "dringende zaken kunt u bellen naar +31 6 555 01 842.\n\nMet vriendelijke groet,\nPieter van Dam"),
    ("helpdesk-ack-it", "it", "Assistenza Clienti Segheria Val di Fiemme",
     "[Ticket #IT-20417] Abbiamo ricevuto la sua richiesta",
     ["Auto-Submitted: auto-generated", "X-Loop: support@segheria-val-di-fiemme.test"], "plain",
     "Gentile cliente,\n\nla sua richiesta è stata registrata con il numero IT-20417 e sarà presa in carico dal "
     "primo operatore disponibile entro due giorni lavorativi.\nPer aggiungere informazioni risponda a questa "
     "e-mail senza modificare l'oggetto.\n\nQuesto è un messaggio generato automaticamente, si prega di non "
     "rispondere."),
    ("helpdesk-ack-pl", "pl", "Biuro Obsługi Klienta", "Potwierdzenie otrzymania wiadomości [#PL-3381]",
     ["X-Autoreply: yes", "Precedence: bulk"], "plain",
     "Dzień dobry,\n\ndziękujemy za wiadomość. Trafiła ona do wspólnej skrzynki działu sprzedaży i otrzymała "
     "numer PL-3381.\nOdpowiemy w ciągu 3 dni roboczych.\n\nProsimy nie odpowiadać na tę wiadomość.\nZespół "
     "obsługi klienta"),
    ("helpdesk-ack-ja", "ja", "Customer Support", "【自動返信】お問い合わせを受け付けました",
     ["Auto-Submitted: auto-replied"], "plain",
     "このメールは自動送信されています。\n\nお問い合わせいただき、誠にありがとうございます。\n受付番号：JP-000512\n"
     "担当者より2営業日以内にご連絡いたします。\n\n本メールへのご返信はお受けできませんのでご了承ください。"),
    ("helpdesk-ack-en", "en", "Ashgrove Sawmills Sales", "We've received your email [Case 00482913]",
     ["Auto-Submitted: auto-generated", "Precedence: bulk"], "plain",
     "Thanks for getting in touch with Ashgrove Sawmills.\n\nThis is an automatic acknowledgement that your email "
     "has reached our sales inbox. Your case number is 00482913.\nSomeone from the team will reply within one "
     "working day (Mon-Fri, 7.30am-4pm).\nPlease keep the case number in the subject line if you write again."),
    ("left-company-en", "en", "Gareth Pugh", "Re: {subject}", [], "plain",
     "Hi,\n\nJust to let you know Dai left us back in the summer, so nobody reads that inbox any more. If it's "
     "about the kilns, write to me instead at gareth.pugh@ashgrove-sawmills.test.\n\nGareth"),
    ("left-company-fr", "fr", "Monique Jacquot", "RE: {subject}", [], "plain",
     "Bonjour,\n\nM. Gérard Vuillemin a pris sa retraite fin octobre et son adresse sera bientôt supprimée.\nMerci "
     "d'adresser dorénavant vos courriers à contact@scierie-du-haut-doubs.test.\n\nCordialement,\nMonique "
     "Jacquot, secrétariat"),
    ("mailbox-closed-de", "de", "Postmaster Sägewerk Hinterbrand", "Postfach nicht mehr aktiv: {subject}",
     ["Auto-Submitted: auto-replied"], "plain",
     "Dies ist eine automatisch erzeugte Nachricht.\n\nDas Postfach, an das Sie geschrieben haben, wurde "
     "geschlossen und wird nicht mehr gelesen. Ihre Nachricht wird nicht weitergeleitet.\nBitte richten Sie "
     "Anfragen an info@saegewerk-hinterbrand.test."),
    ("ooo-noheader-es", "es", "Joseba Lasa", "Re: {subject}", [], "plain",
     "Estoy de baja por paternidad hasta el 18 de enero y no reviso el correo. Para cualquier cosa, Ane en "
     "administración.\n\nJoseba"),
    ("ooo-noheader-pl", "pl", "Tomasz Wiśniewski", "Odp: {subject}", [], "plain",
     "Dzień dobry,\n\ndo 14 grudnia przebywam na urlopie. W pilnych sprawach proszę dzwonić: +48 600 555 214.\n\n"
     "Pozdrawiam\nTomasz Wiśniewski"),
    ("mdn-read-it", "it", "Nadia Moser", "Letto: {subject}", [], "mdn",
     "Il messaggio\n\n    A: Nadia Moser\n    Oggetto: {subject}\n    Inviato: mercoledì 2 dicembre 2026 08:52\n\n"
     "è stato letto mercoledì 2 dicembre 2026 10:37."),
    ("mdn-read-nl", "nl", "Sanne Bakker", "Gelezen: {subject}", [], "mdn",
     "Uw bericht\n\n    Aan: Sanne Bakker\n    Onderwerp: {subject}\n    Verzonden: woensdag 2 december 2026 "
     "08:52\n\nis gelezen op donderdag 3 december 2026 09:14."),
]
LEAD_DOMAIN = {"en": "ashgrove-sawmills.test", "de": "saegewerk-hinterbrand.test",
               "fr": "scierie-du-haut-doubs.test", "es": "aserradero-covaleda.test",
               "pt": "serracao-do-pinhal.test", "it": "segheria-val-di-fiemme.test"}
COMPANY = {"en": "Ashgrove Sawmills", "de": "Sägewerk Hinterbrand", "fr": "Scierie du Haut-Doubs",
           "es": "Aserradero de Covaleda", "pt": "Serração do Pinhal", "it": "Segheria Val di Fiemme"}
# notices in the languages outside the six come from the en or de lead's company and answer its campaign email
EXTRA = {"nl": "de", "sv": "en", "pl": "de", "ru": "de", "ja": "en", "zh": "en"}
AUTO_DOMAIN = dict(LEAD_DOMAIN, **{k: LEAD_DOMAIN[v] for k, v in EXTRA.items()})
AUTO_SUBJECT = dict(SUBJECT, **{k: SUBJECT[v] for k, v in EXTRA.items()})
FIRST = ["Anna", "Martin", "Elena", "David", "Laura", "Simon", "Clara", "Daniel"]
CAPTURED = [  # (name, lang, the address that answered or bounced, the campaign email it answers)
    ("sieve-vacation-de", "de", "annelie.waldvogel@saegewerk-hinterbrand.test", "ka15-s01"),
    ("sieve-vacation-fr", "fr", "mathis.girardot@scierie-du-haut-doubs.test", "ka15-s02"),
    ("sieve-vacation-es", "es", "nerea.olaizola@aserradero-covaleda.test", "ka15-s03"),
    ("sieve-vacation-pt", "pt", "ines.barroso@serracao-do-pinhal.test", "ka15-s04"),
    ("sieve-vacation-it", "it", "michela.deflorian@segheria-val-di-fiemme.test", "ka15-s05"),
    ("sieve-vacation-en", "en", "rhodri.pennant@ashgrove-sawmills.test", "ka15-s06"),
    ("sieve-vacation-nl", "nl", "joost.verhoeven@saegewerk-hinterbrand.test", "ka15-s07"),
    ("sieve-vacation-ja", "ja", "haruki.sato@ashgrove-sawmills.test", "ka15-s08"),
    ("sieve-reject-pl", "pl", "krzysztof.nowak@saegewerk-hinterbrand.test", "ka15-s09"),
    ("postfix-unknown-user-en", "en", "dispatch@ashgrove-sawmills.test", "ka15-s10"),
    ("postfix-unknown-user-es", "en", "ventas@aserradero-covaleda.test", "ka15-s11"),
    ("postfix-unknown-user-pt", "en", "expedicao@serracao-do-pinhal.test", "ka15-s12"),
    ("postfix-mailbox-disabled", "en", "amministrazione@segheria-val-di-fiemme.test", "ka15-s13"),
    ("postfix-relocated", "en", "markus.egger@saegewerk-hinterbrand.test", "ka15-s14"),
    ("postfix-policy-reject", "en", "achats@scierie-du-haut-doubs.test", "ka15-s15"),
    ("postfix-nxdomain-it", "en", "info@segheria-monte-amiata.invalid", "ka15-s16"),
    ("postfix-nxdomain-fr", "en", "contact@scierie-des-cretes.invalid", "ka15-s17"),
    ("postfix-delayed-mailbox-full", "en", "pedidos@aserradero-covaleda.test", "ka15-s18"),
    ("postfix-expired-mailbox-full", "en", "pedidos@aserradero-covaleda.test", "ka15-s18"),
]


def _normal(s):
    """Lower case, NFC, typographic apostrophes as straight ones and runs of white space as one space."""
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(s.split()).lower()


def check_fixture():
    """No person's text may hold a line of the campaign email it quotes (12 characters or more, up to its first
    placeholder) or the seller's name; each language has 16 replies, 4 per class."""
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
    """Replies come on the day the campaign was sent and the two days after, during working hours (CET)."""
    day = ("Wed, 02 Dec 2026", "Thu, 03 Dec 2026", "Fri, 04 Dec 2026")[n % 3]
    return "%s %02d:%02d:%02d +0100" % (day, 10 + n % 8, (n * 29) % 60, (n * 43) % 60)


def main():
    check_fixture()
    rows = CLIENTS.write_replies(
        OUT, REPLIES, subjects=SUBJECT, campaigns=CAMPAIGN, companies=COMPANY, lead_domains=LEAD_DOMAIN,
        first_names=FIRST, mid="ka15-r%03d", token="q%03dzk", date=_reply_date)
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=AUTO_SUBJECT, lead_domains=AUTO_DOMAIN, mid="ka15-r%03d",
        date=lambda n: "Thu, 03 Dec 2026 %02d:%02d:%02d +0100" % (7 + n % 10, 3 + n % 53, (n * 31) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
