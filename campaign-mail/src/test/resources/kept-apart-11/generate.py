"""Writes the eleventh kept-apart set: the people's replies in their clients' formats, the written automatic
notices, labels.csv and campaign/<lang>.txt (the captured messages come from capture.sh). The client formats come
from ../kept-apart-tools/clients.py. Run: python3 generate.py"""
import datetime
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the resources
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "kept-apart-tools"))
import clients  # noqa: E402  (the shared client formats)

OUT = os.path.join(HERE, "messages")
SELLER_NAME, SELLER_ADDR = "Rhea Kowalczyk", "rhea@chairgap.test"
MID_DOMAIN = "chairgap.test"  # the campaign emails' Message-IDs: <id@chairgap.test>
OPTOUT = "https://chairgap.test/optout/"

SUBJECT = {
    "en": "What happens to a chair when a patient cancels?",
    "de": "Was passiert mit dem Behandlungsstuhl, wenn ein Patient absagt?",
    "fr": "Que devient le fauteuil quand un patient annule ?",
    "es": "¿Qué pasa con el sillón cuando un paciente cancela?",
    "pt": "O que acontece à cadeira quando um paciente desmarca?",
    "it": "Che fine fa la poltrona quando un paziente disdice?",
}

# the campaign email per language: {first}, {company}, {token} are filled per message; the seller's name stands
# alone on its line (a Thunderbird reply between the quoted lines answers above it)
CAMPAIGN = {
    "en": "Hi {first},\n\n"
          "When a patient cancels the day before, how often does the chair at {company} simply stay empty?\n"
          "Chairgap offers the freed slot by text message to the patients on your waiting list: the first to "
          "confirm gets it, and your diary updates itself.\n\n"
          "Would a 20-minute call next week suit you, or shall I send you a two-page overview first?\n\n"
          "Best regards,\n\n"
          "Rhea Kowalczyk\n"
          "Chairgap · Partnerships\n"
          "Chairgap Ltd, 27 Wharf Lane, Leeds LS2 7EH\n"
          "You are receiving this email because your practice is listed in a public dental directory. "
          "Unsubscribe: https://chairgap.test/optout/{token}",
    "de": "Hallo {first},\n\n"
          "wenn ein Patient am Vortag absagt: Wie oft bleibt der Behandlungsstuhl bei {company} dann einfach leer?\n"
          "Chairgap bietet den frei gewordenen Termin per SMS den Patienten auf Ihrer Warteliste an: Wer zuerst "
          "bestätigt, bekommt ihn, und Ihr Terminbuch aktualisiert sich von selbst.\n\n"
          "Hätten Sie nächste Woche Zeit für ein Gespräch von 20 Minuten, oder soll ich Ihnen zuerst eine "
          "zweiseitige Übersicht schicken?\n\n"
          "Viele Grüße\n\n"
          "Rhea Kowalczyk\n"
          "Chairgap · Partnerschaften\n"
          "Chairgap Ltd, 27 Wharf Lane, Leeds LS2 7EH, Vereinigtes Königreich\n"
          "Sie erhalten diese E-Mail, weil Ihre Praxis in einem öffentlichen Zahnarztverzeichnis steht. "
          "Abmelden: https://chairgap.test/optout/{token}",
    "fr": "Bonjour {first},\n\n"
          "Quand un patient annule la veille, combien de fois le fauteuil reste-t-il simplement vide chez {company} ?\n"
          "Chairgap propose le créneau libéré par SMS aux patients de votre liste d'attente : le premier qui "
          "confirme l'obtient, et votre agenda se met à jour tout seul.\n\n"
          "Un appel de 20 minutes la semaine prochaine vous conviendrait-il, ou préférez-vous que je vous envoie "
          "d'abord une présentation de deux pages ?\n\n"
          "Bien cordialement,\n\n"
          "Rhea Kowalczyk\n"
          "Chairgap · Partenariats\n"
          "Chairgap Ltd, 27 Wharf Lane, Leeds LS2 7EH, Royaume-Uni\n"
          "Vous recevez ce message parce que votre cabinet figure dans un annuaire dentaire public. "
          "Se désinscrire : https://chairgap.test/optout/{token}",
    "es": "Hola, {first}:\n\n"
          "Cuando un paciente cancela el día antes, ¿cuántas veces se queda el sillón vacío en {company}?\n"
          "Chairgap ofrece el hueco liberado por SMS a los pacientes de su lista de espera: el primero que "
          "confirma se lo queda, y su agenda se actualiza sola.\n\n"
          "¿Le vendría bien una llamada de 20 minutos la semana que viene, o prefiere que antes le envíe un "
          "resumen de dos páginas?\n\n"
          "Un saludo,\n\n"
          "Rhea Kowalczyk\n"
          "Chairgap · Alianzas\n"
          "Chairgap Ltd, 27 Wharf Lane, Leeds LS2 7EH, Reino Unido\n"
          "Recibe este correo porque su clínica aparece en un directorio dental público. "
          "Darse de baja: https://chairgap.test/optout/{token}",
    "pt": "Olá {first},\n\n"
          "Quando um paciente desmarca na véspera, quantas vezes a cadeira fica simplesmente vazia na {company}?\n"
          "O Chairgap oferece a vaga libertada por SMS aos pacientes da sua lista de espera: o primeiro a "
          "confirmar fica com ela, e a agenda atualiza-se sozinha.\n\n"
          "Teria disponibilidade para uma chamada de 20 minutos na próxima semana, ou prefere que lhe envie "
          "primeiro uma apresentação de duas páginas?\n\n"
          "Com os melhores cumprimentos,\n\n"
          "Rhea Kowalczyk\n"
          "Chairgap · Parcerias\n"
          "Chairgap Ltd, 27 Wharf Lane, Leeds LS2 7EH, Reino Unido\n"
          "Recebe este email porque a sua clínica consta de um diretório dentário público. "
          "Cancelar a subscrição: https://chairgap.test/optout/{token}",
    "it": "Buongiorno {first},\n\n"
          "quando un paziente disdice il giorno prima, quante volte la poltrona resta semplicemente vuota da {company}?\n"
          "Chairgap offre l'appuntamento liberato via SMS ai pazienti della vostra lista d'attesa: il primo che "
          "conferma lo ottiene, e l'agenda si aggiorna da sola.\n\n"
          "Le andrebbe una telefonata di 20 minuti la prossima settimana, o preferisce che le mandi prima una "
          "presentazione di due pagine?\n\n"
          "Cordiali saluti,\n\n"
          "Rhea Kowalczyk\n"
          "Chairgap · Partnership\n"
          "Chairgap Ltd, 27 Wharf Lane, Leeds LS2 7EH, Regno Unito\n"
          "Riceve questa email perché il suo studio compare in un elenco pubblico di dentisti. "
          "Annulla l'iscrizione: https://chairgap.test/optout/{token}",
}

# sent on Wednesday 2 December 2026 at 09:41 CET; Outlook on the web adds "Outlook for iOS" on every second message
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 2, 9, 41, 17), OPTOUT,
                           dict(clients.OUTLOOK_FOR_IOS), "https://aka.ms/o0ukef")

# the corporate disclaimers Outlook desktop signatures carry
DISCLAIMER = {
    "en": "This email and any attachments are confidential and intended solely for the addressee. If you have "
          "received it in error, please notify the sender and delete it.",
    "de": "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren "
          "Sie bitte den Absender und löschen Sie diese E-Mail.",
    "fr": "Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en avertir "
          "l'expéditeur et de le supprimer.",
    "es": "Este mensaje es confidencial y va dirigido exclusivamente a su destinatario. Si lo ha recibido por "
          "error, comuníquelo al remitente y bórrelo.",
    "pt": "Esta mensagem é confidencial e destina-se apenas ao destinatário. Se a recebeu por engano, avise o "
          "remetente e apague-a.",
    "it": "Questo messaggio è riservato ed è destinato unicamente al destinatario. Se lo ha ricevuto per errore, "
          "avvisi il mittente e lo cancelli.",
}

# (label, format, greeting, the person's words, closing, signature lines: the name first, then the signature)
I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"
D = DISCLAIMER

REPLIES = {}

REPLIES["en"] = [
    (I, "gmail-web", "Hi Rhea,",
     "Aye, go on then. Tuesday or Wednesday afternoon next week works for a call, just send an invite.",
     "Cheers,", ["Fraser McKellar"]),
    (N, "outlook-desktop", "Dear Ms Kowalczyk,",
     "Thank you for getting in touch. We already have a recall and waiting-list module in our practice software, "
     "and the partners are happy with it, so we will not be taking this any further.",
     "Kind regards,", ["Helen Ackroyd", "Practice Manager", "Brightwater Dental – Harrogate", D["en"]]),
    (F, "iphone", "", "Could you send the two pages over? I'll have a read at the weekend", "", ["Siobhán"]),
    (U, "yahoo", "",
     "We're moving the Solihull practice into the new building in January, so everything's a bit up in the air "
     "here at the minute.", "Ta,", ["Baljit"]),
    (F, "thunderbird-between", "",
     "How does it cope with patients who don't have a mobile? A lot of ours are in their eighties. And what does "
     "it cost per practice per month?", "", ["Morwenna Pascoe"]),
    (I, "apple", "Rhea,",
     "Overview not needed, I know the problem well enough. Book me in for the call: mornings before half eight or "
     "lunchtimes are best, I'm in surgery otherwise.", "", ["Alistair Reid"]),
    (N, "gmail-android", "", "not for us thanks", "", []),
    (U, "aol", "Hello,", "Is this the same company that rang reception on Monday? They wouldn't leave a name.",
     "Regards", ["Pauline Hirst"]),
    (F, "zimbra", "Hi there,",
     "I'm not the right person for this. Our operations lead, Declan Boyle (declan.boyle@brightwater-dental.test), "
     "looks after the booking side across all the clinics, might be worth dropping him a line.",
     "All the best,", ["Niamh Gallagher"]),
    (I, "outlook-web", "Hi Rhea,", "Yes to a call. Thursday 10th at 2pm? Our head nurse will join too.",
     "Thanks,", ["Gordon Baird"]),
    (N, "apple", "", "Please take me off your mailing list.", "", ["R. Thornton"]),
    (U, "gmail-web", "Hi,",
     "Ha, if it can also stop patients turning up on the wrong day, I'm all ears. Anyway, thanks for this.",
     "", ["Gemma Oduya"]),
    (F, "outlook-desktop", "Good afternoon,",
     "We are reviewing our patient communication tools in the spring. Could you get back to me in March, once "
     "next year's budget has been agreed?",
     "Best wishes,", ["Kirsty Munro", "Group Operations Manager", "Brightwater Dental", D["en"]]),
    (I, "thunderbird-below", "Hi Rhea,",
     "Monday morning cancellations are a nightmare for us, so happy to give it a go. Is there a trial we could run "
     "at one practice first? If so, let's talk, I'm free most of next week after four.",
     "Cheers", ["Owen Pritchard"]),
    (N, "gmail-android", "",
     "We tried something like this two years ago and patients found the texts annoying. Don't think the partners "
     "would go for it again, sorry.", "", ["Ciara"]),
    (U, "yahoo", "", "Rhea who? Did we meet at the conference in Manchester?", "", ["Dave"]),
]

REPLIES["de"] = [
    (N, "gmail-web", "Servus,", "mir ham a Terminverwaltung, de des scho macht. Brauch ma ned.", "",
     ["Korbinian Huber"]),
    (I, "outlook-desktop", "Sehr geehrte Frau Kowalczyk,",
     "gerne würden wir uns das in einem kurzen Telefonat erklären lassen. Passt Ihnen Dienstag, der 8. Dezember, "
     "um 13:30 Uhr? Ich würde unsere Praxismanagerin dazunehmen.",
     "Mit freundlichen Grüßen", ["Dr. Annegret Vollmer", "Zahnärztin, Praxisinhaberin", "Zahnzentren Lindenau",
                                 D["de"]]),
    (F, "iphone", "", "Schicket Se mir amol die zwei Seita, i guck's mir a.", "", ["Jörg"]),
    (U, "zimbra", "Grüezi Frau Kowalczyk",
     "Wir stellen per Januar auf ein neues Praxisprogramm um, im Moment geht hier alles drunter und drüber.",
     "Freundliche Grüsse", ["Beatrice Zürcher"]),
    (F, "thunderbird-between", "",
     "Wie erfahren die Patienten auf der Warteliste denn, dass ein Termin frei ist, nur per SMS oder auch per "
     "Anruf? Viele unserer älteren Patienten lesen keine SMS. Und was kostet das pro Behandlungsstuhl?",
     "", ["Gerlinde Kogler"]),
    (N, "outlook-web", "Hallo,", "Bitte nehmen Sie unsere Adresse aus Ihrem Verteiler. Danke.", "",
     ["Praxis Dr. Tewes"]),
    (I, "apple", "Hallo Rhea,",
     "klingt gut, ruf mich einfach an: 0521 4478 230, am besten Mittwoch oder Freitag vormittags.", "Gruß",
     ["Henrik Brüggemann"]),
    (U, "gmail-android", "", "Hab ich an den Chef weitergeleitet, mal sehen.", "", []),
    (F, "outlook-desktop", "Guten Tag Frau Kowalczyk,",
     "für solche Anschaffungen ist bei uns die Verwaltung in Frankfurt zuständig. Ich habe Ihre Mail an Herrn "
     "Lukas Demir (l.demir@zahnzentrum-lindenau.test) weitergeleitet, er meldet sich ggf. bei Ihnen.",
     "Beste Grüße", ["Sabine Kreutzer", "Empfang", "Zahnzentren Lindenau – Standort Darmstadt", D["de"]]),
    (I, "gmail-web", "", "Ja, gerne telefonieren.", "", ["Mirko"]),
    (N, "yahoo", "Moin,",
     "wir sind eine kleine Praxis mit zwei Stühlen, da ruft meine Helferin die Leute einfach selbst an, wenn einer "
     "absagt. Trotzdem danke.", "", ["Hauke Petersen"]),
    (U, "iphone", "", "Woher haben Sie eigentlich meine Adresse?", "", ["E. Wallner"]),
    (F, "thunderbird-below", "Hallo Frau Kowalczyk,",
     "bevor ich irgendwas entscheide: Wo werden die Patientendaten gespeichert, und gibt es einen Vertrag zur "
     "Auftragsverarbeitung nach DSGVO? Die Übersicht hätte ich auch gern.", "Viele Grüße", ["Dr. Tobias Reuß"]),
    (N, "aol", "", "Ach, noch eine App, die mein Leben revolutioniert. Genau darauf haben wir gewartet. Nein danke.",
     "", ["Rainer Obermaier"]),
    (U, "outlook-web", "Hallo,",
     "Bei uns wird ab nächster Woche umgebaut, die halbe Ordination ist zu. Schauen wir mal.", "LG",
     ["Verena Pichler"]),
    (I, "gmail-android", "Hallo Frau Kowalczyk,",
     "wenn das mit unserer Praxissoftware zusammenarbeitet, würde ich mir das gern in einem Gespräch zeigen lassen. "
     "Wann hätten Sie Zeit?", "", ["Uwe Hartmann"]),
]

REPLIES["fr"] = [
    (I, "outlook-desktop", "Madame,",
     "Votre solution nous intéresse : nos trois cabinets perdent plusieurs rendez-vous par semaine. Je vous propose "
     "un échange téléphonique jeudi 10 décembre à 11 h, si cela vous convient.",
     "Cordialement,", ["Philippe Garnier", "Chirurgien-dentiste, associé", "Cabinets dentaires Valmont – Lyon",
                            D["fr"]]),
    (N, "gmail-web", "", "Non merci, on a déjà un agenda en ligne qui fait exactement ça.", "", ["Camille"]),
    (F, "apple", "Bonjour,", "Envoyez-moi la présentation, je la ferai suivre à mon associée.", "Merci,",
     ["Marie-Odile Schaller"]),
    (U, "zimbra", "Bonjour Madame,",
     "Vous êtes la deuxième à m'écrire cette semaine pour ce genre d'outil. C'est la mode ?", "",
     ["Jean-Luc Fabre"]),
    (N, "thunderbird-between", "",
     "Chez nous, à Genève, les patients qui annulent la veille paient la séance. Du coup, des créneaux vides, on "
     "n'en a pas vraiment. Pas besoin.", "", ["Laurence Mottier"]),
    (I, "gmail-android", "", "ok pour un appel, dites-moi quand", "", []),
    (F, "outlook-web", "Bonjour,",
     "Avant d'aller plus loin : combien ça coûte pour un cabinet de quatre fauteuils, et y a-t-il un engagement "
     "minimum ?", "Cordialement,", ["Sébastien Lacaze"]),
    (U, "iphone", "", "Ça tombe mal, on déménage le cabinet de Saint-Denis en janvier. On verra après.", "",
     ["Johanna Payet"]),
    (F, "zimbra", "Bonjour Madame Kowalczyk,",
     "Ce n'est pas moi qui m'occupe de ça. Pouvez-vous écrire directement à notre coordinatrice, Mme Aurélie Dumont "
     "(a.dumont@cabinets-dentaires-valmont.test) ?", "Salutations distinguées,", ["Thierry Lambert"]),
    (N, "apple", "", "Désinscription svp.", "", []),
    (I, "gmail-web", "Allo Rhea,",
     "Ça m'intéresse pas mal. On pourrait-tu se parler mardi prochain? Je suis libre entre midi et une heure, "
     "heure de Montréal.", "Merci!", ["Geneviève Tremblay"]),
    (U, "aol", "Bonjour,", "Merci pour votre message. Bonnes fêtes de fin d'année !", "", ["Nadine Roux"]),
    (F, "outlook-desktop", "Bonjour,",
     "Je suis en congé maternité jusqu'à fin février. Recontactez-moi en mars, le sujet m'intéresse.",
     "Bien à vous,", ["Élodie Marchand", "Responsable administrative", "Cabinets dentaires Valmont", D["fr"]]),
    (N, "yahoo", "",
     "Génial, encore des SMS. Nos patients en reçoivent déjà trois par rendez-vous. Très peu pour nous.", "",
     ["Patrick Vidal"]),
    (U, "thunderbird-below", "Bonjour,",
     "Vous avez aussi une appli pour les patients qui oublient de se brosser les dents ? 😄", "", ["Rémi Coulon"]),
    (I, "outlook-web", "Bonjour Rhea,", "Si l'essai est gratuit pendant un mois, on est partants. On s'appelle pour "
     "caler ça ?", "", ["Mathieu Lefebvre"]),
]

REPLIES["es"] = [
    (F, "gmail-web", "Hola Rhea:",
     "¿Cuánto cuesta al mes para una clínica con cinco gabinetes? ¿Y hay que firmar permanencia?", "Gracias.",
     ["Lucía Montero"]),
    (I, "outlook-desktop", "Estimada Sra. Kowalczyk:",
     "Nos interesa. Le propongo una videollamada el miércoles 9 a las 16:00 (hora peninsular). Asistirá también "
     "nuestra directora médica.", "Atentamente,",
     ["Xoán Rodríguez Pazos", "Director de operaciones", "Clínicas Dentales Oliva", D["es"]]),
    (N, "gmail-android", "", "No, gracias. Ya tenemos recepcionistas para eso.", "", ["Vicent"]),
    (U, "iphone", "", "Justo ahora estamos con la inspección de la consejería y no tengo cabeza para nada.", "",
     ["Amparo"]),
    (I, "thunderbird-between", "",
     "Che, me copa la idea. Llamame el jueves a la tarde (hora de Buenos Aires) al +54 11 4823 7716 y lo charlamos.",
     "", ["Martín Ezcurra"]),
    (N, "outlook-web", "Buenos días,",
     "En virtud del RGPD, le solicito que elimine nuestros datos de su base y no vuelva a contactarnos.",
     "Un saludo,", ["Dpto. Administración"]),
    (F, "apple", "Hola,",
     "Yo solo llevo la recepción. Le reenvié su correo a la gerente, Carolina Fuentes "
     "(carolina.fuentes@clinicas-dentales-oliva.test), que es quien decide estas cosas.", "Saludos,",
     ["Javiera Soto"]),
    (U, "gmail-web", "", "jajaja otro correo más de una app. bueno, gracias", "", []),
    (I, "zimbra", "Hola Rhea,",
     "Sí, hablemos. Pero que sea por teléfono, no tengo tiempo para videollamadas: 943 27 61 08, de 14 a 15 h.",
     "Agur,", ["Iñaki Etxeberria"]),
    (N, "yahoo", "", "Qué casualidad, justo firmamos el mes pasado con otra empresa que hace lo mismo. Llegas tarde.",
     "", ["Rosa Camacho"]),
    (F, "outlook-desktop", "Buenas tardes:",
     "Me interesa, pero ahora mismo estamos cerrando el año. ¿Me escribe de nuevo a mediados de enero?",
     "Saludos cordiales,", ["Beatriz Lozano", "Responsable de recepción", "Clínicas Dentales Oliva – Valencia",
                            D["es"]]),
    (U, "aol", "Buenas,", "¿Usted es la misma persona que me llamó al consultorio el viernes?", "",
     ["Yanet Cabrera"]),
    (N, "iphone", "", "Borrame de tu lista porfa", "", []),
    (F, "thunderbird-below", "Hola Rhea,",
     "Una duda: ¿los pacientes tienen que instalar alguna aplicación o les basta con el SMS? Y mándame el resumen, "
     "que lo vea con mi socio.", "Gracias", ["Gonzalo Pizarro"]),
    (U, "gmail-android", "",
     "Uf, diciembre… aquí en Canarias medio equipo está de vacaciones. Ya veremos.", "", ["Nayra"]),
    (I, "gmail-web", "", "¡Dale! Hacemos la llamada. ¿Te va bien el lunes?", "", ["Camila"]),
]

REPLIES["pt"] = [
    (I, "gmail-web", "Olá Rhea,",
     "Pode ser uma chamada na próxima terça, às 15h (hora de Lisboa)? Gostava de perceber como funciona na prática.",
     "Cumprimentos,", ["Joana Carvalho"]),
    (N, "outlook-desktop", "Exma. Senhora,",
     "Agradecemos o contacto, mas o nosso software de gestão clínica já inclui uma lista de espera com envio de SMS. "
     "Não temos interesse.", "Melhores cumprimentos,",
     ["Rui Magalhães", "Diretor Clínico", "Clínicas Sorriso Atlântico – Braga", D["pt"]]),
    (F, "iphone", "", "Manda o material que eu dou uma olhada 👍", "", ["Thiago"]),
    (U, "yahoo", "Bom dia,",
     "A clínica está em obras até ao fim do mês e estamos a atender provisoriamente noutro sítio.", "",
     ["Fernanda Lopes"]),
    (U, "thunderbird-between", "", "Recebi isto três vezes. É engano?", "", ["Adelino Sitoe"]),
    (I, "gmail-android", "", "bora marcar essa conversa! quinta de manhã dá?", "", ["Lucas"]),
    (F, "outlook-web", "Boa tarde,",
     "Quem trata destes assuntos é o meu colega Nuno Ferraz (nuno.ferraz@clinicas-sorriso-atlantico.test). "
     "Já lhe reencaminhei o seu email.", "Obrigada,", ["Inês Valente"]),
    (N, "apple", "", "Somos um consultório pequeno, eu e a minha irmã. Não precisamos disto, obrigada.", "",
     ["Graça Pinto"]),
    (F, "gmail-web", "Oi Rhea, tudo bem?", "Quanto custa isso em reais? Vocês emitem nota fiscal no Brasil?",
     "Abs,", ["Rafael Menezes"]),
    (U, "zimbra", "Olá,", "Estou de saída da clínica no fim do ano, quem vier a seguir que decida.", "",
     ["Helena Antunes"]),
    (N, "yahoo", "",
     "Por favor, retirem o meu e-mail da vossa lista de contactos, nos termos do RGPD. Obrigado.", "",
     ["Carlos Mendes"]),
    (I, "iphone", "", "Tenho interesse sim. Me liga: (81) 99743-2218, depois das 18h.", "",
     ["Priscila Albuquerque"]),
    (F, "thunderbird-below", "Olá Rhea,",
     "Funciona com o software que usamos nas clínicas? E os pacientes podem responder por WhatsApp em vez de SMS? "
     "Envie-me a apresentação, por favor.", "Cumprimentos", ["Tiago Brandão"]),
    (N, "outlook-web", "", "Não, obrigado.", "", []),
    (U, "gmail-android", "", "kkkkk se a app fizer o paciente chegar na hora eu te dou um prêmio", "", ["Bruna"]),
    (I, "aol", "Cara Rhea,", "Aceito a chamada. Quarta-feira à tarde seria ideal, mas podemos ajustar.", "",
     ["Manuel Rebelo"]),
]

REPLIES["it"] = [
    (N, "gmail-web", "", "No grazie, abbiamo già la nostra segretaria che chiama i pazienti in lista.", "",
     ["Daniela"]),
    (I, "outlook-desktop", "Gentile Dott.ssa Kowalczyk,",
     "la ringrazio per la proposta. Sarei disponibile per una telefonata lunedì 14 dicembre alle ore 12:30.",
     "Distinti saluti,", ["Salvatore Giordano", "Direttore sanitario", "Studi Dentistici Ferraro – Palermo",
                          D["it"]]),
    (F, "iphone", "", "Mandi pure la presentazione, grazie.", "", ["Elisa"]),
    (U, "apple", "Buongiorno,",
     "Siamo nel pieno della fusione con un altro studio, non so ancora chi deciderà cosa.", "", ["Marco Zanin"]),
    (F, "thunderbird-between", "",
     "Come funziona con i pazienti che non rispondono? Lo slot resta bloccato finché qualcuno conferma? E il costo "
     "è annuale o mensile?", "", ["Gavino Piras"]),
    (N, "aol", "Egregia,", "la preghiamo di cancellare il nostro indirizzo dalle sue liste.", "",
     ["Segreteria Studio Trento"]),
    (I, "gmail-android", "", "Va bene, sentiamoci. Mi chiami al 0965 331 842 dopo le 19.", "", ["Domenico"]),
    (U, "yahoo", "Ciao,", "Ma lei è di Milano? Mi sembra di aver già visto il suo nome da qualche parte.", "",
     ["Chiara Brambilla"]),
    (F, "outlook-web", "Buongiorno,",
     "Giro la sua email alla nostra office manager, Federica Sala (f.sala@studi-dentistici-ferraro.test), che "
     "segue agenda e richiami.", "Saluti,", ["Andrea Conti"]),
    (N, "apple", "", "Che bello, un'altra piattaforma miracolosa. Passo, grazie.", "", ["Lorenzo Bartolini"]),
    (I, "zimbra", "Buongiorno Rhea,",
     "Se si integra con il nostro gestionale, facciamo volentieri la chiamata. Giovedì pomeriggio va bene?", "",
     ["Paolo Gretter"]),
    (U, "gmail-web", "", "Grazie, ci penso su con calma dopo le feste.", "", ["Silvia"]),
    (F, "outlook-desktop", "Gentile Rhea,",
     "in questo momento non è una priorità. Ci risentiamo a febbraio, quando apriamo la nuova sede di Bari?",
     "Cordialmente,", ["Nicola De Santis", "Responsabile amministrativo", "Studi Dentistici Ferraro", D["it"]]),
    (N, "thunderbird-below", "Buongiorno,",
     "Da noi le disdette sono rarissime, lavoriamo quasi solo su prenotazione con acconto. Non ci serve.", "Saluti",
     ["Giulia Ferretti"]),
    (U, "iphone", "", "Scusi, chi le ha dato questo indirizzo?", "", ["Rocco"]),
    (I, "aol", "", "ok, chiamata sì. Quando?", "", ["Rosaria"]),
]

# the automatic notices written here: (name, language, sender, subject, extra headers, body kind, text)
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "Precedence: bulk"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Ailsa Drummond", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Thank you for your email. I am out of the practice until Monday 14 December with limited access to email.\n"
     "For appointments please call the clinic or write to reception@brightwater-dental.test."),
    ("exchange-ooo-de", "de", "Reto Baumgartner", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Guten Tag\nIch bin bis am 11. Dezember abwesend und habe keinen Zugriff auf meine E-Mails.\n"
     "In dringenden Fällen wenden Sie sich bitte an empfang@zahnzentrum-lindenau.test.\nFreundliche Grüsse"),
    ("exchange-ooo-fr", "fr", "Anne-Sophie Delvaux", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\nJe suis absente du cabinet jusqu'au lundi 7 décembre inclus.\n"
     "Pour toute urgence, veuillez contacter l'accueil au 04 223 17 90. Je vous remercie."),
    ("exchange-ooo-es", "es", "Florencia Gallardo", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Hola, gracias por tu mensaje.\nEstoy fuera de la oficina hasta el 9 de diciembre, sin acceso al correo.\n"
     "Para turnos o urgencias escribí a turnos@clinicas-dentales-oliva.test."),
    ("exchange-ooo-pt", "pt", "Sofia Marques", "Resposta automática: {subject}", EXCHANGE, "exchange",
     "Obrigada pela sua mensagem.\nEncontro-me ausente até dia 10 de dezembro, com acesso limitado ao email.\n"
     "Para assuntos urgentes, contacte geral@clinicas-sorriso-atlantico.test."),
    ("exchange-ooo-it", "it", "Matteo Rinaldi", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Grazie per il messaggio.\nSono fuori sede fino a mercoledì 9 dicembre e risponderò al mio rientro.\n"
     "Per urgenze contattare segreteria@studi-dentistici-ferraro.test."),
    ("exchange-ooo-eu", "eu", "Ane Zubizarreta", "Erantzun automatikoa: {subject}", EXCHANGE, "exchange",
     "Kaixo,\nAbenduaren 11ra arte kanpoan nago eta ez dut posta elektronikoa irakurriko.\n"
     "Premiazko gaietarako idatzi helbide honetara: harrera@clinicas-dentales-oliva.test.\nEskerrik asko."),
    ("exchange-ooo-bilingual-fr", "fr", "Marc-André Gagnon", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Je suis absent du bureau jusqu'au 8 décembre. Pour toute demande urgente, écrivez à "
     "clinique@cabinets-dentaires-valmont.test.\n\nI am out of the office until December 8. For urgent matters, "
     "please write to clinique@cabinets-dentaires-valmont.test."),
    ("exchange-left-de", "de", "Kerstin Lohmann", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Frau Kerstin Lohmann ist nicht mehr in den Zahnzentren Lindenau tätig. Diese Adresse wird nicht mehr gelesen.\n"
     "Bitte wenden Sie sich an verwaltung@zahnzentrum-lindenau.test."),
    ("gmail-vacation-es", "es", "Pilar Andrade", "De vacaciones hasta el 14", GMAIL_VACATION, "plain",
     "¡Hola! Estoy de vacaciones hasta el lunes 14 de diciembre y leeré tu correo a la vuelta.\n"
     "Si es urgente, llama a la clínica.\nPilar"),
    ("gmail-vacation-it", "it", "Valentina Esposito", "In ferie", GMAIL_VACATION, "plain",
     "Ciao, sono in ferie fino al 13 dicembre. Leggerò la tua email al rientro.\nValentina"),
    ("helpdesk-ack-en", "en", "Brightwater Patient Services", "[Ticket #48213] {subject}",
     ["Auto-Submitted: auto-generated", "X-Loop: support@brightwater-dental.test"], "plain",
     "Thank you for contacting Brightwater Dental patient services.\n"
     "Your request has been logged as ticket #48213 and a member of the team will reply within two working days.\n"
     "Please do not reply to this message."),
    ("helpdesk-ack-pt", "pt", "Apoio ao Paciente", "Pedido recebido [#7731]",
     ["Precedence: bulk", "X-Autoreply: yes"], "plain",
     "Recebemos o seu pedido, com o número 7731.\n"
     "A nossa equipa irá responder logo que possível. Esta mensagem foi gerada automaticamente."),
    ("left-company-fr", "fr", "Hélène Rousseau", "Hélène Rousseau a quitté les Cabinets dentaires Valmont",
     ["Auto-Submitted: auto-replied"], "plain",
     "Bonjour,\nHélène Rousseau ne fait plus partie des Cabinets dentaires Valmont depuis le 30 novembre.\n"
     "Votre message n'a pas été transmis. Merci d'écrire à accueil@cabinets-dentaires-valmont.test."),
    ("left-company-es", "es", "Eduardo Navarro", "Cambio de dirección", [], "plain",
     "Eduardo Navarro ya no trabaja en Clínicas Dentales Oliva.\n"
     "Su nueva dirección es eduardo.navarro@dentalnavarro.test. Este buzón no se revisa."),
    ("left-company-pl", "pl", "Agnieszka Nowak", "Re: {subject}", [], "plain",
     "Dzień dobry,\nPani Agnieszka Nowak nie pracuje już w Zahnzentren Lindenau.\n"
     "Ta skrzynka nie jest już obsługiwana. Prosimy pisać na adres verwaltung@zahnzentrum-lindenau.test."),
    ("ooo-noheader-de", "de", "Florian Gruber", "Abwesend: {subject}", [], "plain",
     "Vielen Dank für Ihre Nachricht.\nIch bin bis 10.12. auf Fortbildung und lese meine E-Mails danach.\n"
     "Florian Gruber"),
    ("ooo-noheader-it", "it", "Francesca Lombardi", "Assente: {subject}", [], "plain",
     "Buongiorno, sono assente dallo studio fino al 9 dicembre.\nPer urgenze chiamare lo 02 4471 2290.\n"
     "Francesca Lombardi"),
    ("mdn-read-fr", "fr", "Lucie Perrin", "Lu : {subject}", [], "mdn",
     "Votre message\n\n  À : Lucie Perrin\n  Objet : {subject}\n  Envoyé : mercredi 2 décembre 2026 09:41\n\n"
     "a été lu le mercredi 2 décembre 2026 14:12."),
    ("mdn-read-pt", "pt", "Mariana Figueiredo", "Lida: {subject}", [], "mdn",
     "A sua mensagem\n\n  Para: Mariana Figueiredo\n  Assunto: {subject}\n  Enviada: quarta-feira, 2 de dezembro "
     "de 2026 09:41\n\nfoi lida na quarta-feira, 2 de dezembro de 2026 15:13."),
]

LEAD_DOMAIN = {"en": "brightwater-dental.test", "de": "zahnzentrum-lindenau.test",
               "fr": "cabinets-dentaires-valmont.test", "es": "clinicas-dentales-oliva.test",
               "pt": "clinicas-sorriso-atlantico.test", "it": "studi-dentistici-ferraro.test"}
COMPANY = {"en": "Brightwater Dental", "de": "Zahnzentren Lindenau", "fr": "Cabinets dentaires Valmont",
           "es": "Clínicas Dentales Oliva", "pt": "Clínicas Sorriso Atlântico", "it": "Studi Dentistici Ferraro"}
# the notices in other languages come from the es (Basque) and de (Polish) leads' companies and quote their subject
AUTO_DOMAIN = dict(LEAD_DOMAIN, eu=LEAD_DOMAIN["es"], pl=LEAD_DOMAIN["de"])
AUTO_SUBJECT = dict(SUBJECT, eu=SUBJECT["es"], pl=SUBJECT["de"])
FIRST = ["Sam", "Robin", "Alex", "Kim", "Noa", "Jo", "Dani", "Lou"]

CAPTURED = [  # (name, language, the lead's address, the campaign email it answers): see capture.sh
    ("sieve-vacation-de", "de", "wiebke.janssen@zahnzentrum-lindenau.test", "ka11-s01"),
    ("sieve-vacation-fr", "fr", "clemence.girard@cabinets-dentaires-valmont.test", "ka11-s02"),
    ("sieve-vacation-es", "es", "montse.vidal@clinicas-dentales-oliva.test", "ka11-s03"),
    ("sieve-vacation-pt", "pt", "conceicao.rocha@clinicas-sorriso-atlantico.test", "ka11-s04"),
    ("sieve-vacation-it", "it", "benedetta.galli@studi-dentistici-ferraro.test", "ka11-s05"),
    ("sieve-vacation-en", "en", "ailsa.mackay@brightwater-dental.test", "ka11-s06"),
    ("sieve-vacation-sv", "sv", "sigrid.lund@brightwater-dental.test", "ka11-s07"),
    ("sieve-vacation-cs", "cs", "zdenka.novotna@zahnzentrum-lindenau.test", "ka11-s08"),
    ("sieve-reject-it", "it", "ottavio.serra@studi-dentistici-ferraro.test", "ka11-s09"),
    ("postfix-unknown-user-fr", "en", "rendezvous@cabinets-dentaires-valmont.test", "ka11-s10"),
    ("postfix-unknown-user-es", "en", "citas@clinicas-dentales-oliva.test", "ka11-s11"),
    ("postfix-unknown-user-pt", "en", "marcacoes@clinicas-sorriso-atlantico.test", "ka11-s12"),
    ("postfix-mailbox-disabled", "en", "igiene.bari@studi-dentistici-ferraro.test", "ka11-s13"),
    ("postfix-relocated", "en", "jan.koenig@zahnzentrum-lindenau.test", "ka11-s14"),
    ("postfix-policy-reject", "en", "marketing@brightwater-dental.test", "ka11-s15"),
    ("postfix-nxdomain-de", "en", "praxis@zahnarzt-am-ring.invalid", "ka11-s16"),
    ("postfix-nxdomain-it", "en", "info@studio-dentistico-sole.invalid", "ka11-s17"),
    ("postfix-delayed-mailbox-full", "en", "recepcion@clinicas-dentales-oliva.test", "ka11-s18"),
    ("postfix-expired-mailbox-full", "en", "recepcion@clinicas-dentales-oliva.test", "ka11-s18"),
]


def _normal(s):
    """Lower case, one space between words, typographic apostrophes as plain ones (for the fixture check)."""
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(s.split()).lower()


def check_fixture():
    """No person's text holds a line of the campaign email it quotes or the seller's name; 4 replies per class."""
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
    """Replies come in from Wednesday 2 to Friday 4 December, after the campaign was sent."""
    day = ("Wed, 2", "Thu, 3", "Fri, 4")[n % 3]
    return "%s Dec 2026 %02d:%02d:%02d +0100" % (day, 11 + n % 9, (n * 29) % 60, (n * 31) % 60)


def main():
    check_fixture()
    rows = CLIENTS.write_replies(
        OUT, REPLIES, subjects=SUBJECT, campaigns=CAMPAIGN, companies=COMPANY, lead_domains=LEAD_DOMAIN,
        first_names=FIRST, mid="ka11-r%03d", token="k11t%03d", date=_reply_date)
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=AUTO_SUBJECT, lead_domains=AUTO_DOMAIN, mid="ka11-r%03d",
        date=lambda n: "Wed, 2 Dec 2026 %02d:%02d:%02d +0100" % (11 + n % 7, 3 + n % 53, (n * 43) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
