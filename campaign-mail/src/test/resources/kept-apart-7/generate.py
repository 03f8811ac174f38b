#!/usr/bin/env python3
"""The seventh kept-apart reply set (issue 9): writes messages/*.eml (the people's replies and the automatic notices
written here), labels.csv and campaign/<lang>.txt.

Written 2026-12-05 without reading the classifier's cues, examples or reply-text code, campaign-llm, the evaluation
CSVs, docs/classifier-evaluation.md or the texts of kept-apart sets 1-6 (see README.md). The client formats come from
../kept-apart-tools/clients.py; this file keeps what is the set's own: the campaign email, the people's words, their
labels, names, domains and when the campaign was sent. Run: python3 generate.py (deterministic: the same bytes).
"""
import datetime
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ next to the fixtures
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "kept-apart-tools"))
import clients  # noqa: E402

OUT = os.path.join(HERE, "messages")
SELLER_NAME, SELLER_ADDR = "Ines Halvorsen", "ines@quaylist.test"
MID_DOMAIN = "quaylist.test"  # the campaign emails' Message-IDs are <ka7-…@quaylist.test>
OPTOUT = "https://quaylist.test/optout/"

SUBJECT = {
    "en": "How many berths stood empty last night?",
    "de": "Wie viele Liegeplätze standen letzte Nacht leer?",
    "fr": "Combien d'anneaux sont restés vides cette nuit ?",
    "es": "¿Cuántos amarres quedaron vacíos anoche?",
    "pt": "Quantos lugares de amarração ficaram vazios ontem à noite?",
    "it": "Quanti posti barca sono rimasti vuoti stanotte?",
}

# The campaign email as it is sent: {first}, {company} and {token} are filled per message. It offers a 20-minute
# call or a two-page overview first; the closing words are kept short, the seller's name on a line of its own.
CAMPAIGN = {
    "en": "Hi {first},\n\n"
          "when a berth-holder sails off for a fortnight, does anyone at {company} know that the berth is free tonight?\n"
          "Quaylist lets your resident boat owners mark their absences in an app, so the harbour office can let the\n"
          "berth to a visiting boat, with the booking, the fee and the shore-power reading on one screen.\n\n"
          "Marinas of your size usually fill eight to twelve more visitor nights a week in summer.\n\n"
          "Would a 20-minute call next week suit you, or shall I send a two-page overview first?\n\n"
          "Best,\n"
          "Ines Halvorsen\n"
          "Quaylist | berth planning for marinas\n"
          "+44 20 7946 0832 | quaylist.test\n\n"
          "You are receiving this email because {company} runs a marina. Not interested? Unsubscribe here: "
          "https://quaylist.test/optout/{token}",
    "de": "Hallo {first},\n\n"
          "wenn eine Dauerliegerin für zwei Wochen auf Törn geht, weiß dann bei {company} jemand, dass ihr Platz heute Nacht frei ist?\n"
          "Mit Quaylist tragen Ihre Dauerlieger ihre Abwesenheit in einer App ein, und das Hafenbüro vergibt den\n"
          "Platz an Gastlieger: Buchung, Liegegebühr und Stromzählerstand auf einem Bildschirm.\n\n"
          "Häfen Ihrer Größe belegen im Sommer so acht bis zwölf Gastnächte mehr pro Woche.\n\n"
          "Passt Ihnen nächste Woche ein 20-minütiges Gespräch, oder soll ich Ihnen zuerst eine zweiseitige Übersicht schicken?\n\n"
          "Viele Grüße\n"
          "Ines Halvorsen\n"
          "Quaylist | Liegeplatzplanung für Häfen\n"
          "+49 30 1208 4471 | quaylist.test\n\n"
          "Sie erhalten diese E-Mail, weil {company} einen Hafen betreibt. Kein Interesse? Hier abmelden: "
          "https://quaylist.test/optout/{token}",
    "fr": "Bonjour {first},\n\n"
          "quand un plaisancier au contrat annuel part quinze jours en croisière, quelqu'un chez {company} sait-il que sa place est libre ce soir ?\n"
          "Avec Quaylist, vos titulaires d'anneau signalent leurs absences dans une application, et la capitainerie\n"
          "loue la place à un bateau de passage : réservation, redevance et relevé électrique sur un seul écran.\n\n"
          "Les ports de votre taille remplissent en été huit à douze nuitées visiteurs de plus par semaine.\n\n"
          "Un appel de 20 minutes la semaine prochaine vous conviendrait-il, ou préférez-vous d'abord une présentation de deux pages ?\n\n"
          "À bientôt,\n"
          "Ines Halvorsen\n"
          "Quaylist | planification des places de port\n"
          "+33 1 84 88 20 15 | quaylist.test\n\n"
          "Vous recevez cet e-mail car {company} gère un port de plaisance. Pas intéressé ? Désinscription : "
          "https://quaylist.test/optout/{token}",
    "es": "Hola, {first}:\n\n"
          "cuando un socio con amarre fijo sale dos semanas de travesía, ¿alguien en {company} sabe que esa plaza está libre esta noche?\n"
          "Con Quaylist, los titulares de amarre avisan de sus ausencias en una app y la oficina del puerto alquila\n"
          "la plaza a un barco transeúnte: reserva, tarifa y lectura del contador eléctrico en una sola pantalla.\n\n"
          "Los puertos de su tamaño suelen llenar en verano de ocho a doce noches más de visitantes por semana.\n\n"
          "¿Le vendría bien una llamada de 20 minutos la semana que viene, o prefiere que le envíe antes un resumen de dos páginas?\n\n"
          "Un saludo,\n"
          "Ines Halvorsen\n"
          "Quaylist | planificación de amarres\n"
          "+34 910 55 31 20 | quaylist.test\n\n"
          "Recibe este correo porque {company} gestiona un puerto deportivo. ¿No le interesa? Darse de baja: "
          "https://quaylist.test/optout/{token}",
    "pt": "Olá {first},\n\n"
          "quando um proprietário com lugar anual sai duas semanas a navegar, alguém na {company} sabe que esse lugar está livre esta noite?\n"
          "Com a Quaylist, os titulares de lugar registam as ausências numa aplicação e a secretaria da marina\n"
          "aluga o lugar a um barco em trânsito: reserva, taxa e leitura do contador elétrico num só ecrã.\n\n"
          "Marinas da vossa dimensão costumam ocupar no verão mais oito a doze noites de visitantes por semana.\n\n"
          "Uma chamada de 20 minutos na próxima semana dava jeito, ou prefere que lhe envie primeiro um resumo de duas páginas?\n\n"
          "Obrigada,\n"
          "Ines Halvorsen\n"
          "Quaylist | planeamento de lugares de amarração\n"
          "+351 21 300 4418 | quaylist.test\n\n"
          "Recebe este e-mail porque a {company} gere uma marina. Sem interesse? Cancelar subscrição: "
          "https://quaylist.test/optout/{token}",
    "it": "Buongiorno {first},\n\n"
          "quando un diportista con posto annuale parte per due settimane di crociera, qualcuno a {company} sa che stanotte quel posto è libero?\n"
          "Con Quaylist i titolari del posto barca segnalano le assenze in un'app e la direzione del porto affitta\n"
          "il posto a un'imbarcazione in transito: prenotazione, tariffa e lettura del contatore elettrico in una sola schermata.\n\n"
          "I porti delle vostre dimensioni riempiono d'estate da otto a dodici notti di transito in più a settimana.\n\n"
          "Le andrebbe una chiamata di 20 minuti la settimana prossima, o preferisce che le mandi prima una panoramica di due pagine?\n\n"
          "A presto,\n"
          "Ines Halvorsen\n"
          "Quaylist | pianificazione dei posti barca\n"
          "+39 02 8088 3316 | quaylist.test\n\n"
          "Riceve questa e-mail perché {company} gestisce un porto turistico. Non le interessa? Annulla l'iscrizione: "
          "https://quaylist.test/optout/{token}",
}

# What each client adds: Outlook's mobile line (iOS this time), the Brasília offset Yahoo writes in Portuguese
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 2, 8, 51, 34), OPTOUT,
                           dict(clients.OUTLOOK_FOR_IOS), "https://aka.ms/o0ukef")

# The corporate disclaimer Outlook appends under a signature, per language
DISCLAIMER = {
    "en": "This email and any attachments are confidential and intended solely for the addressee. If you have received "
          "it in error, please notify the sender and delete it. Harbourside Marinas Ltd, registered in England No. 04417730.",
    "de": "Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Empfänger bestimmt. "
          "Sollten Sie diese E-Mail irrtümlich erhalten haben, informieren Sie bitte den Absender und löschen Sie sie. "
          "Yachthafen Bodmann GmbH, Amtsgericht Freiburg HRB 712245.",
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. "
          "Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.",
    "es": "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha "
          "recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
    "pt": "Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a "
          "recebeu por engano, por favor informe o remetente e apague-a.",
    "it": "Questo messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario. Se lo ha "
          "ricevuto per errore, la preghiamo di informare il mittente e di cancellarlo.",
}

# The people's replies: (label, client format, greeting, words, closing, signature lines). "words" is what the
# person means and what the reader must keep; each label was set once, when the reply was written.
I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"
D = DISCLAIMER

REPLIES = {}

REPLIES["en"] = [
    (I, "gmail-web", "Hi Ines,",
     "Funny timing: in August we turned three visiting yachts away on a Saturday while at least five of our residents "
     "were off cruising the Hebrides. A call would be good. Thursday 10 December after 2pm works for me, or any time "
     "on Friday morning.",
     "Cheers,", ["Rory Mackintosh"]),
    (N, "outlook-desktop", "Dear Ms Halvorsen,",
     "Thank you for your email. We already handle resident absences through MarinaDesk Pro, which is tied into our "
     "accounts, so we won't be taking this any further.",
     "Kind regards,", ["Gwen Pritchard", "Operations Manager", "Harbourside Marinas Ltd", D["en"]]),
    (F, "iphone", "", "Send the overview pls", "", ["Dom"]),
    (N, "thunderbird-between", "",
     "Ha. Half our berth-holders can't remember to pay their annual fee on time, so the idea of them logging their "
     "absences in an app is charming. But no, thanks.",
     "", ["Piers Ashcombe"]),
    (I, "outlook-web", "Hello Ines,",
     "Interesting. I'd rather not do a video call from the harbour office (the wifi is dreadful), but if you ring me "
     "on 01632 960 418 any weekday before 11 I'm happy to talk it through.",
     "Thanks,", ["Siobhan Keane"]),
    (F, "apple", "Hi Ines,",
     "I'm on annual leave from tomorrow until the 4th of January and the office is shut over Christmas anyway. Could "
     "you drop me a line again in the second week of January? I'd like to look at it properly then.",
     "Best wishes,", ["Harriet Longden"]),
    (U, "gmail-android", "", "Who gave you this address?", "", []),
    (U, "iphone", "", "Thanks for getting in touch, much appreciated.", "", ["Tom"]),
    (F, "zimbra", "Hi Ines,",
     "Not my area I'm afraid: visitor berths are allocated by our harbour master, Alasdair Reid "
     "(alasdair.reid@harbourside-marinas.test). I've copied him in, he's the one to talk to.",
     "All the best,", ["Fiona Grant"]),
    (I, "apple", "Hi Ines,", "Worth a chat. Tuesday 15th, 10am?", "", ["Ben Halloran"]),
    (N, "thunderbird-below", "Hello,",
     "Please take me off your mailing list. I don't recall ever agreeing to receive marketing from Quaylist, and I'd "
     "like confirmation that my details have been deleted.",
     "Regards,", ["Nigel Featherstone"]),
    (U, "gmail-web", "Hi Ines,",
     "We're in the middle of dredging the outer basin and half the pontoons are out of the water until March, so "
     "honestly the berth plan is the least of my worries right now.",
     "Cheers,", ["Owen Price"]),
    (F, "outlook-desktop", "Dear Ines,",
     "Before I put this to our board, could you tell me roughly what Quaylist costs for a marina of about 420 berths, "
     "and whether the meter readings can come from our existing smart pedestals or whether we'd need new meters?",
     "Kind regards,", ["Catherine Ellwood", "General Manager", "Harbourside Marinas Ltd", D["en"]]),
    (I, "yahoo", "", "go on then, book me in for the call. mornings are best", "", ["kev"]),
    (N, "outlook-web", "Hi Ines,",
     "Appreciate the email, but we're a small club marina run by volunteers and there's no budget for software this "
     "year or next.",
     "Best,", ["Margaret Doyle"]),
    (U, "aol", "", "Is this the same outfit that rang the office on Monday?", "", ["Derek Hollis"]),
]

REPLIES["de"] = [
    (F, "outlook-desktop", "Sehr geehrte Frau Halvorsen,",
     "für die Vergabe der Liegeplätze ist bei uns nicht die Verwaltung zuständig, sondern unser Hafenmeister, Herr "
     "Bernd Aichele (bernd.aichele@yachthafen-bodmann.test). Ich habe Ihre Nachricht an ihn weitergeleitet; bitte "
     "wenden Sie sich direkt an ihn.",
     "Mit freundlichen Grüßen", ["Sabine Wehrle", "Verwaltung", "Yachthafen Bodmann GmbH", D["de"]]),
    (I, "thunderbird-between", "",
     "Ja, gerne. Am Mittwoch, 9. Dezember, um 14 Uhr hätte ich Zeit. Passt Ihnen das?",
     "Gruß", ["Jörg Kessler"]),
    (N, "gmail-web", "Grüezi Frau Halvorsen",
     "Besten Dank für Ihr Angebot. Wir haben vor zwei Jahren zusammen mit dem Segelclub eine eigene Lösung "
     "programmieren lassen, die für uns bestens funktioniert. Wir verzichten deshalb.",
     "Freundliche Grüsse", ["Reto Ammann"]),
    (U, "iphone", "", "Danke, hab's gelesen.", "", ["Moni"]),
    (I, "gmail-android", "",
     "Servus, rufen S' mich am besten an: 0664 318 22 47, ab Montag bin ich wieder im Hafen. Dann reden wir.",
     "", ["Franz Gruber"]),
    (F, "outlook-web", "Hallo Frau Halvorsen,",
     "ich bin ab Freitag in Elternzeit und erst Anfang März wieder im Büro. Melden Sie sich gern dann noch einmal, "
     "das Thema Gastlieger interessiert mich grundsätzlich schon.",
     "Viele Grüße", ["Lena Brugger"]),
    (N, "apple", "", "Brauchen wir nicht. Unsere Dauerlieger fahren eh nie weg.", "", ["H. Mayer"]),
    (U, "zimbra", "Guten Tag,",
     "Bei uns wird gerade der ganze Hafen an die Gemeinde übergeben, ab Januar ist ein Zweckverband zuständig. Wer "
     "dann was entscheidet, weiß im Moment niemand so genau.",
     "Gruß", ["Thomas Reiser"]),
    (F, "gmail-web", "Hallo Frau Halvorsen,", "Ja, die Übersicht bitte per Mail.", "Danke und Gruß",
     ["Claudia Fink"]),
    (I, "outlook-desktop", "Sehr geehrte Frau Halvorsen,",
     "das klingt für uns durchaus interessant, vorausgesetzt, die Liegegebühren lassen sich in unser "
     "Buchhaltungsprogramm übernehmen. Wenn das geht, vereinbaren Sie bitte einen Termin für eine kurze Vorführung "
     "mit mir, gern in der Woche ab dem 14. Dezember.",
     "Mit freundlichen Grüßen", ["Dr. Markus Eberle", "Geschäftsführer", "Yachthafen Bodmann GmbH", D["de"]]),
    (N, "iphone", "", "Bitte streichen Sie meine Adresse aus Ihrem Verteiler.", "", ["Uwe"]),
    (U, "yahoo", "Hallo,",
     "Ach, und ich dachte schon, es geht endlich um die verschwundene Festmacherleine von Steg 3, haha. Schönes "
     "Wochenende!",
     "", ["Gabi Staudinger"]),
    (F, "thunderbird-below", "Hallo Frau Halvorsen,",
     "wie kommen die Zählerstände der Strompoller in Ihr System? Unsere Säulen sind von 2016 und haben keine "
     "Netzwerkanbindung, nur einen Münzeinwurf. Falls es dafür eine Lösung gibt, würde mich eine kurze Beschreibung "
     "interessieren.",
     "Beste Grüße", ["Stefan Ruf"]),
    (I, "aol", "",
     "Griaß Gott, a Vorführung bei uns im Hafen wär mir am liabsten, i bin jeden Tag ab achte do. Gebn S' ma "
     "Bescheid, wann S' kemma.",
     "Pfiat Eahna", ["Sepp Huber"]),
    (N, "outlook-web", "Hallo,",
     "vielen Dank, aber das Budget für 2027 ist beschlossen und es ist kein Cent für neue Software drin. Bitte nicht "
     "nachfassen.",
     "Gruß", ["Ingrid Vollmer"]),
    (U, "gmail-android", "", "Woher haben Sie eigentlich meinen Namen?", "", []),
]

REPLIES["fr"] = [
    (N, "gmail-web", "Bonjour,",
     "Nous utilisons déjà Navalis Port depuis 2021 pour les réservations et les absences des titulaires, et nous en "
     "sommes satisfaits. Merci de ne pas insister.",
     "Cordialement,", ["Yann Le Goff"]),
    (I, "outlook-desktop", "Madame,",
     "Votre proposition tombe bien : nous préparons la saison 2027 et la question des places libérées par les "
     "titulaires revient à chaque conseil portuaire. Je suis disponible pour un échange le jeudi 10 décembre à 11 h "
     "ou le lundi 14 dans l'après-midi.",
     "Bien cordialement,", ["Anne-Sophie Kerbrat", "Directrice des ports", "SPL Ports de Kervallon", D["fr"]]),
    (F, "thunderbird-between", "",
     "Pas d'appel pour l'instant, mais envoyez-moi volontiers vos deux pages, je les lirai au calme.",
     "", ["Loïc Morvan"]),
    (U, "iphone", "", "Merci pour l'info !", "", ["Gaëlle"]),
    (F, "zimbra", "Bonjour Madame Halvorsen,",
     "Je suis en congé maternité jusqu'à fin février. Pourriez-vous me recontacter en mars ? D'ici là, personne ne "
     "prendra de décision sur ce genre d'outil chez nous.",
     "Bonne journée,", ["Maëlle Guivarch"]),
    (N, "outlook-web", "Bonjour,",
     "Je ne me souviens pas de vous avoir donné mon adresse. Retirez-moi de votre liste, s'il vous plaît, et ne "
     "m'écrivez plus.",
     "", ["Hervé Tanguy"]),
    (I, "apple", "Bonjour Ines,",
     "Ça m'intéresse, mais je préfère un coup de fil à une visio : appelez-moi au 02 98 44 17 63, plutôt en fin de "
     "matinée.",
     "Salutations,", ["Patrick Le Bihan"]),
    (U, "gmail-android", "", "C'est pour quel port exactement ? On en gère trois.", "", ["Erwan"]),
    (F, "iphone", "",
     "Transmis à mon collègue Julien Cadiou (julien.cadiou@ports-kervallon.test), c'est lui qui s'occupe des "
     "visiteurs.",
     "", ["Nolwenn"]),
    (N, "outlook-desktop", "Madame,",
     "Je vous remercie de votre message. Notre port est géré en régie communale et tout achat de logiciel passe par "
     "un marché public ; nous ne donnerons pas suite à une sollicitation commerciale de ce type.",
     "Veuillez agréer, Madame, mes salutations distinguées.",
     ["Jean-Michel Quéré", "Responsable de la capitainerie", "Ports de Kervallon", D["fr"]]),
    (I, "yahoo", "Allô Ines,",
     "Ouin, ça pourrait nous aider l'été prochain, on refuse des bateaux de passage toutes les fins de semaine en "
     "juillet. On se parle mardi prochain? Je suis au bureau de 8 h à midi.",
     "Merci là,", ["Sylvain Gagnon"]),
    (U, "zimbra", "Bonjour,",
     "On est en pleine fusion avec le port voisin, alors pour l'instant je ne sais même pas qui signera les factures "
     "l'an prochain.",
     "", ["Christelle Péron"]),
    (F, "gmail-web", "Bonjour Madame,",
     "Avant d'aller plus loin, pourriez-vous nous indiquer vos tarifs (abonnement annuel ? prix par anneau ?) et si "
     "les données sont hébergées en France, ou au moins dans l'UE ?",
     "Merci d'avance,", ["Sébastien Huon"]),
    (N, "aol", "",
     "Une appli pour nos plaisanciers de septante-huit ans ? Ils vont adorer, c'est sûr. Non merci.",
     "", ["Bernard Lemoine"]),
    (I, "outlook-web", "Bonjour Madame Halvorsen,",
     "Si l'on peut faire un essai sur un seul ponton pendant l'été, avant de s'engager pour tout le port, je suis "
     "partant. Proposez-moi un créneau pour en discuter.",
     "Meilleures salutations", ["Laurent Favre"]),
    (U, "thunderbird-below", "Bonjour,", "Merci beaucoup pour votre message et bonne fin d'année à vous.", "",
     ["Odile Prigent"]),
]

REPLIES["es"] = [
    (I, "outlook-desktop", "Estimada Sra. Halvorsen:",
     "Nos interesa. Este verano tuvimos lista de espera de transeúntes casi todos los fines de semana mientras había "
     "amarres de socios vacíos. ¿Podríamos hacer la llamada el miércoles 9 a las 10:30? Si no, cualquier mañana de la "
     "semana siguiente.",
     "Atentamente,", ["Íñigo Arrieta", "Director de Explotación", "Puertos de Albarda S.L.", D["es"]]),
    (N, "gmail-web", "Hola Ines:",
     "Gracias, pero ya trabajamos con PortNet Gestión y acabamos de renovar el contrato por tres años.",
     "Saludos", ["Marta Quiroga"]),
    (U, "thunderbird-between", "",
     "¿Y esto no es lo mismo que ya hace el libro de registro del puerto?", "", ["Xosé Lois Vilar"]),
    (F, "apple", "Hola,",
     "Estoy de vacaciones hasta el 7 de enero (por fin). Escríbeme a la vuelta y lo miramos con calma, que ahora no "
     "tengo cabeza.",
     "Saludos", ["Nerea Etxeberria"]),
    (I, "gmail-android", "", "Dale, hagamos la llamada. El jueves a las 16 hs (hora argentina) me viene bien.", "",
     ["Martín Sosa"]),
    (N, "zimbra", "Buenas tardes:",
     "Le pido que me elimine de sus listas de distribución. No he solicitado ninguna información.",
     "", ["Rosario Medina"]),
    (F, "iphone", "", "Mándame el resumen y lo veo", "", ["Pau"]),
    (U, "apple", "", "Muchas gracias por escribirnos, muy amable.", "", ["Consuelo Ferrer"]),
    (I, "outlook-web", "Hola Ines,",
     "Prefiero que me llame por teléfono en lugar de una videollamada, aquí en el muelle la conexión es pésima. Mi "
     "número es el +52 322 178 4410, entre semana después de las 9 (hora de Puerto Vallarta).",
     "Saludos cordiales,", ["Alejandro Villaseñor"]),
    (N, "outlook-desktop", "Estimada Ines:",
     "Agradezco su interés, pero con la ampliación del dique ya comprometida, este año no hay presupuesto para nada "
     "más. No es el momento.",
     "Cordialmente,", ["Francisco Javier Peña", "Gerente", "Puertos de Albarda S.L.", D["es"]]),
    (F, "gmail-web", "Hola Ines, ¿qué tal?",
     "Esto lo lleva mi compañera Carmen Saavedra (carmen.saavedra@puertos-albarda.test), que es la responsable de la "
     "marinería y de los transeúntes. Te la pongo en copia para que le mandes la información.",
     "Un abrazo,", ["Raúl Domínguez"]),
    (U, "yahoo", "", "jajaja justo ayer el presidente del club preguntó lo mismo en la junta", "", ["Cata"]),
    (I, "zimbra", "Hola Ines:",
     "Si los datos quedan en servidores dentro de la UE y se puede probar en una sola pantalana durante Semana Santa, "
     "adelante: agendemos una demo.",
     "Saludos,", ["Begoña Lasa"]),
    (N, "thunderbird-below", "Hola,",
     "Qué buena idea, otra app más para que nuestros socios no la abran nunca. Paso, gracias.",
     "", ["Gonzalo Rivas"]),
    (F, "aol", "Buenos días,",
     "¿Cuánto cuesta al año para un puerto de unos 280 amarres? ¿Y hay algún puerto en España que ya lo use y con "
     "quien podamos hablar?",
     "Gracias,", ["Ana Belén Torres"]),
    (U, "gmail-android", "",
     "Uf, estamos en plena auditoría de Bandera Azul y la grúa lleva una semana averiada.", "", ["Lucía"]),
]

REPLIES["pt"] = [
    (U, "gmail-web", "Boa tarde,", "Obrigado pelo contacto, fica registado.", "Cumprimentos,", ["Rui Carvalho"]),
    (I, "thunderbird-between", "", "Pode ser a chamada, sim. Terça, dia 15, às 10h00 (hora de Lisboa)?", "",
     ["Sofia Antunes"]),
    (N, "outlook-desktop", "Exma. Senhora,",
     "Agradecemos o contacto. Informamos que a marina utiliza o sistema Marés Online, desenvolvido à medida pela "
     "nossa equipa de informática, pelo que não temos interesse na solução apresentada.",
     "Com os melhores cumprimentos,", ["Eng. Paulo Mendes", "Diretor de Operações", "Marinas do Atlântico, S.A.",
                                       D["pt"]]),
    (F, "gmail-android", "", "Manda o resumo por favor", "", ["Tiago"]),
    (I, "apple", "Oi Ines, tudo bem?",
     "Achei bem interessante, a gente perde muito pernoite de visitante no verão. Pode me ligar no (48) 99812-3307, "
     "de manhã é melhor.",
     "Abraço!", ["Fernanda Lima"]),
    (N, "yahoo", "", "Não, obrigado. E por favor não me mandem mais e-mails.", "", ["Joaquim Sá"]),
    (U, "iphone", "", "Isto é a mesma empresa que esteve no salão náutico de Lisboa?", "", ["Marta"]),
    (F, "outlook-desktop", "Cara Ines,",
     "Vou estar de licença a partir de dia 11 até ao fim de janeiro. Se puder, volte a contactar-me em fevereiro, que "
     "nessa altura já estamos a preparar a época.",
     "Cumprimentos,", ["Helena Correia", "Responsável de Marina", "Marinas do Atlântico, S.A.", D["pt"]]),
    (N, "gmail-web", "Olá Ines,",
     "Que maravilha, mais uma aplicação. Os nossos sócios ainda pagam a mensalidade em dinheiro ao balcão. Não, "
     "obrigado.",
     "", ["Vasco Pimentel"]),
    (I, "yahoo", "Olá,",
     "Topo fazer um teste num pontão só, se funcionar a gente expande. Quando você pode apresentar?",
     "Valeu,", ["Rodrigo Albuquerque"]),
    (U, "zimbra", "Bom dia,",
     "A marina está a mudar de concessionário em janeiro e ainda não sabemos quem fica com a gestão.",
     "", ["Isabel Nogueira"]),
    (F, "outlook-web", "Olá Ines,",
     "Como é que o sistema sabe que o sócio saiu mesmo? Depende só de ele avisar na aplicação, ou há algum sensor no "
     "lugar? Gostaria de perceber isso antes de falarmos.",
     "Obrigado,", ["Nuno Faria"]),
    (N, "apple", "", "Não temos orçamento para isso, desculpe.", "", ["Carla Teixeira"]),
    (I, "aol", "Prezada Ines,",
     "Pode ser uma demonstração sim, mas por telefone, não uso videochamada. Estou no escritório da marina de segunda "
     "a sexta, das 8h às 17h.",
     "Atenciosamente,", ["José Carlos Bittencourt"]),
    (U, "gmail-android", "", "Recebido, obrigada.", "", ["Bia"]),
    (F, "thunderbird-below", "Olá Ines,",
     "Quem trata disso é o meu colega Miguel Rebelo, da receção da marina. Reencaminhei-lhe o seu e-mail; o contacto "
     "dele é miguel.rebelo@marinas-atlantico.test.",
     "Cumprimentos,", ["Ana Luísa Prates"]),
]

REPLIES["it"] = [
    (F, "gmail-web", "Buongiorno Ines,",
     "mi mandi pure la panoramica, la giro anche al consiglio direttivo del circolo.", "Grazie,",
     ["Alessandra Parodi"]),
    (N, "thunderbird-between", "",
     "No grazie, abbiamo già un gestionale fatto in casa da mio cognato e per noi va benissimo così.", "",
     ["Gianni Scotto"]),
    (I, "outlook-desktop", "Gentile dott.ssa Halvorsen,",
     "la ringrazio per la proposta. Potremmo sentirci giovedì 10 dicembre alle 15:00? Vorrei coinvolgere anche il "
     "responsabile amministrativo, quindi se possibile le chiederei un link per una videochiamata.",
     "Cordiali saluti,", ["Ing. Roberto Fassone", "Direttore", "Porto Calaverde S.p.A.", D["it"]]),
    (U, "gmail-android", "", "Grazie mille, gentilissima.", "", ["Chiara"]),
    (N, "iphone", "", "Mi cancelli dalla lista per favore", "", ["Paolo"]),
    (I, "outlook-web", "Salve,",
     "Preferirei una telefonata piuttosto che una videochiamata, in banchina il segnale va e viene. Mi chiami pure "
     "al 347 552 1908 dopo le 17.",
     "Saluti,", ["Salvatore Di Mauro"]),
    (F, "zimbra", "Buongiorno,",
     "Sono in ferie fino al 7 gennaio. Mi ricontatti dopo l'Epifania, se le va, che adesso il porto è praticamente "
     "chiuso.",
     "Saluti,", ["Elisa Zennaro"]),
    (U, "apple", "", "Ma voi siete quelli dello stand al Salone di Genova?", "", ["Matteo Revello"]),
    (I, "gmail-web", "Ciao Ines,",
     "Se funziona con le colonnine che abbiamo già in banchina, sono interessato. Fissiamo una demo la settimana "
     "prossima, martedì o mercoledì pomeriggio.",
     "Ciao,", ["Davide Piras"]),
    (F, "outlook-desktop", "Gentile Ines,",
     "per questi argomenti deve rivolgersi alla nostra responsabile ormeggi, la sig.ra Francesca Bruzzone "
     "(francesca.bruzzone@porto-calaverde.test), che legge in copia. Francesca, ti giro la richiesta.",
     "Distinti saluti,", ["Luca Ferrando", "Ufficio Amministrazione", "Porto Calaverde S.p.A.", D["it"]]),
    (N, "yahoo", "",
     "Un'altra app? Certo, come no. I nostri soci non sanno neanche scaricare la fattura in PDF. Lasci perdere.", "",
     ["Franco Bellini"]),
    (U, "iphone", "", "Vediamo.", "", ["Ste"]),
    (I, "thunderbird-below", "Buongiorno,", "Va bene la chiamata. Venerdì mattina dalle 9 alle 11 sono in ufficio.",
     "Saluti", ["Rosaria Caruso"]),
    (F, "gmail-android", "",
     "Quanto costa all'anno per circa 350 posti barca? E mi mandi anche la panoramica, grazie", "", ["Giorgio"]),
    (N, "aol", "Gentile signora,",
     "Non siamo interessati, il budget del 2027 è già tutto impegnato per il rifacimento dei pontili.", "Saluti",
     ["Lorenzo Sanna"]),
    (U, "outlook-web", "Buongiorno,",
     "Siamo in piena ristrutturazione della capitaneria e il nostro tecnico informatico si è appena licenziato. "
     "Adesso non saprei proprio.",
     "Saluti,", ["Cristina Moretti"]),
]

# The automatic notices written here: (name, lang, sender's name, subject, extra headers, kind, text); the name's
# first word is the sender's kind (see clients.Campaign.write_automatic)
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "X-Google-Smtp-Source: AGHT+IHw4Lq9TzR2mB7vXk"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Alison Thwaite", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Thank you for your message. I am out of the office until Monday 14 December with limited access to email.\n"
     "For berthing enquiries please contact the harbour office at harbour@harbourside-marinas.test or on 01632 960 100.\n\n"
     "Alison Thwaite\nMarina Manager"),
    ("exchange-ooo-de", "de", "Elke Pichler", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11. Dezember nicht im Haus und habe keinen Zugriff "
     "auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n"
     "In dringenden Fällen erreichen Sie das Hafenbüro unter hafenbuero@yachthafen-bodmann.test.\n\n"
     "Mit freundlichen Grüßen\nElke Pichler"),
    ("exchange-ooo-fr", "fr", "Didier Rochat", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\nJe suis absent jusqu'au vendredi 18 décembre. Pendant mon absence, vos messages ne sont pas lus.\n"
     "Pour toute demande urgente, veuillez vous adresser à capitainerie@ports-kervallon.test.\n\n"
     "Meilleures salutations\nDidier Rochat"),
    ("exchange-ooo-es", "es", "Guadalupe Treviño", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 10 de diciembre y tendré acceso limitado al "
     "correo.\nPara temas urgentes, comuníquese con recepcion@puertos-albarda.test.\n\nSaludos,\nGuadalupe Treviño"),
    ("exchange-ooo-pt", "pt", "Duarte Lobo", "Resposta automática: {subject}", EXCHANGE, "exchange",
     "Obrigado pela sua mensagem. Estarei ausente do escritório até 14 de dezembro, sem acesso regular ao correio "
     "eletrónico.\nPara assuntos urgentes, contacte a receção: rececao@marinas-atlantico.test.\n\nDuarte Lobo"),
    ("exchange-ooo-it", "it", "Beatrice Oddone", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Grazie per il messaggio. Sono fuori ufficio fino a lunedì 14 dicembre, con accesso limitato alla posta "
     "elettronica.\nPer urgenze può scrivere a direzione@porto-calaverde.test.\n\nCordiali saluti\nBeatrice Oddone"),
    ("exchange-ooo-bilingual-fr", "fr", "Thibault Le Floch", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Je suis en congé parental jusqu'au 1er mars 2027. Votre message ne sera pas transféré ; pour la capitainerie, "
     "écrivez à capitainerie@ports-kervallon.test.\n\n"
     "I am on parental leave until 1 March 2027. Your message will not be forwarded; for the harbour office, please "
     "write to capitainerie@ports-kervallon.test.\n\nThibault Le Floch"),
    ("exchange-left-es", "es", "Rodrigo Fuentes", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Rodrigo Fuentes ya no forma parte de Puertos de Albarda. Este buzón no se revisa.\n"
     "Para cualquier consulta, escriba a oficina@puertos-albarda.test.\n\nGracias."),
    ("gmail-vacation-it", "it", "Nicola Gatti", "In barca fino al 20 dicembre", GMAIL_VACATION, "plain",
     "Ciao! Sono in navigazione fino al 20 dicembre e controllo la posta solo quando trovo campo. Rispondo al "
     "rientro.\nNicola"),
    ("gmail-vacation-de", "de", "Kathrin Moosbrugger", "Urlaub bis 16.12.", GMAIL_VACATION, "plain",
     "Hallo,\nich bin bis 16.12. im Urlaub und lese keine Mails. Danach melde ich mich.\nLG Kathrin"),
    ("helpdesk-ack-en", "en", "Harbourside Customer Services", "[Ticket #48213] {subject}",
     ["Auto-Submitted: auto-generated", "X-Loop: support@harbourside-marinas.test"], "plain",
     "This is an automated response. Your request has been received and given the ticket number 48213.\n"
     "A member of our team will get back to you within two working days. Please keep the ticket number in the "
     "subject line of any reply.\n\nHarbourside Marinas Customer Services"),
    ("helpdesk-ack-fr", "fr", "Accueil Capitainerie", "Accusé de réception - {subject}",
     ["Precedence: bulk", "X-Autoreply: yes"], "plain",
     "Bonjour,\nNous avons bien reçu votre message et nous vous répondrons dans les meilleurs délais.\n"
     "Ceci est un message automatique, merci de ne pas y répondre.\nLa capitainerie des Ports de Kervallon"),
    ("left-company-pt", "pt", "Gonçalo Viana", "RE: {subject}", [], "plain",
     "Caro remetente,\no Gonçalo Viana já não trabalha na Marinas do Atlântico. Por favor envie as suas mensagens "
     "para geral@marinas-atlantico.test.\nObrigado."),
    ("left-company-fr", "fr", "Corentin Abgrall", "Départ de Corentin Abgrall", ["Auto-Submitted: auto-replied"],
     "plain",
     "Bonjour,\nCorentin Abgrall ne fait plus partie des effectifs des Ports de Kervallon depuis le 30 novembre.\n"
     "Votre message n'a pas été transmis. Merci de contacter capitainerie@ports-kervallon.test."),
    ("left-company-es", "es", "Valentina Ruiz", "Cambio de dirección de correo", [], "plain",
     "Hola:\nYa no trabajo en Puertos de Albarda. A partir de ahora me encontrarás en valentina.ruiz@naviera-sur.test.\n"
     "Tu mensaje no se reenvía automáticamente.\nValentina"),
    ("ooo-noheader-it", "it", "Pietro Canepa", "Fuori ufficio: {subject}", [], "plain",
     "Sono fuori ufficio fino al 9 dicembre. Per urgenze rivolgersi alla segreteria del porto, "
     "segreteria@porto-calaverde.test."),
    ("ooo-noheader-en", "en", "Glyn Roberts", "Out of office", [], "plain",
     "I'm away from the marina until 11 December. Messages are not being forwarded. For anything urgent please ring "
     "the harbour office on 01632 960 100."),
    ("ooo-noheader-es", "es", "Pilar Gorostiza", "Ausente: {subject}", [], "plain",
     "Estoy fuera hasta el 15 de diciembre sin acceso al correo. Para asuntos urgentes, contacte con "
     "oficina@puertos-albarda.test."),
    ("mdn-read-fr", "fr", "Nathalie Cornec", "Lu : {subject}", [], "mdn",
     "Votre message\n\n  À : Nathalie Cornec\n  Objet : {subject}\n"
     "  Envoyé : mercredi 2 décembre 2026 08:51:34 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
     "a été lu le jeudi 3 décembre 2026 09:12:05 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris."),
    ("mdn-read-pt", "pt", "Cristiano Mota", "Lida: {subject}", [], "mdn",
     "A sua mensagem\n\n  Para: Cristiano Mota\n  Assunto: {subject}\n"
     "  Enviada: quarta-feira, 2 de dezembro de 2026 07:51:34 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres\n\n"
     "foi lida em quinta-feira, 3 de dezembro de 2026 10:02:41 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres."),
]

LEAD_DOMAIN = {"en": "harbourside-marinas.test", "de": "yachthafen-bodmann.test", "fr": "ports-kervallon.test",
               "es": "puertos-albarda.test", "pt": "marinas-atlantico.test", "it": "porto-calaverde.test"}
COMPANY = {"en": "Harbourside Marinas", "de": "Yachthafen Bodmann", "fr": "Ports de Kervallon",
           "es": "Puertos de Albarda", "pt": "Marinas do Atlântico", "it": "Porto Calaverde"}
FIRST = ["Jamie", "Morgan", "Toni", "Sasha", "Rene", "Gabi", "Nico", "Lou", "Cris", "Dominique", "Eli", "Pat",
         "Vale", "Ali", "Kai", "Fran"]

CAPTURED = [  # name, lang of the text, lead address, Message-ID of the campaign email (see capture.sh)
    ("sieve-vacation-de", "de", "ursina.caduff@hafen-brienzersee.test", "ka7-s01"),
    ("sieve-vacation-fr", "fr", "amelie.dumont@port-nieuport.test", "ka7-s02"),
    ("sieve-vacation-es", "es", "facundo.ibarra@puerto-olivos.test", "ka7-s03"),
    ("sieve-vacation-pt", "pt", "leonor.pestana@marina-peniche.test", "ka7-s04"),
    ("sieve-vacation-it", "it", "ettore.bianchi@darsena-lerici.test", "ka7-s05"),
    ("sieve-vacation-en", "en", "callum.fraser@oban-moorings.test", "ka7-s06"),
    ("sieve-vacation-da", "da", "mette.lund@havn-svendborg.test", "ka7-s07"),
    ("sieve-vacation-hr", "hr", "ivana.horvat@marina-rovinj.test", "ka7-s08"),
    ("sieve-reject-fr", "fr", "yannick.morel@port-nieuport.test", "ka7-s09"),
    ("postfix-unknown-user-en", "en", "bookings@oban-moorings.test", "ka7-s10"),
    ("postfix-unknown-user-fr", "en", "capitainerie@port-nieuport.test", "ka7-s11"),
    ("postfix-unknown-user-pt", "en", "reservas@marina-peniche.test", "ka7-s12"),
    ("postfix-mailbox-disabled", "en", "werft@hafen-brienzersee.test", "ka7-s13"),
    ("postfix-relocated", "en", "davide.conti@darsena-lerici.test", "ka7-s14"),
    ("postfix-policy-reject", "en", "ormeggi@darsena-lerici.test", "ka7-s15"),
    ("postfix-nxdomain-es", "en", "amarras@club-nautico-tandil.invalid", "ka7-s16"),
    ("postfix-nxdomain-de", "en", "hafenmeister@seeclub-ammerland.invalid", "ka7-s17"),
    ("postfix-delayed-mailbox-full", "en", "office@oban-moorings.test", "ka7-s18"),
    ("postfix-expired-mailbox-full", "en", "office@oban-moorings.test", "ka7-s18"),
]


def _normal(s):
    """As the test compares texts: NFC, no-break spaces as spaces, whitespace collapsed, lower case."""
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(s.split()).lower()


def check_fixture():
    """No person's text may hold a line of the campaign email it quotes (12 characters or more, up to its first
    per-message field) or the seller's name; each language has 16 replies, 4 per class."""
    problems = []
    for lang, replies in REPLIES.items():
        fixed = [_normal(l.split("{")[0]) for l in CAMPAIGN[lang].split("\n")]
        fixed = [l for l in fixed if len(l) >= 12] + [_normal(SELLER_NAME)]
        for i, (label, fmt, greet, words, close, sig) in enumerate(replies):
            text = _normal("\n".join([greet, words, close] + sig))
            problems += ["%s-%02d holds the campaign's line '%s'" % (lang, i + 1, l) for l in fixed if l in text]
        counts = {c: sum(1 for r in replies if r[0] == c) for c in (I, N, F, U)}
        if len(replies) != 16 or set(counts.values()) != {4}:
            problems.append("%s: %d replies, %s" % (lang, len(replies), counts))
    if problems:
        raise SystemExit("fixture check failed:\n" + "\n".join(problems))


def _reply_date(n):
    """Replies come on Wednesday 2 (after the 08:51 send), Thursday 3 or Friday 4 December 2026."""
    day = ("Wed, 02", "Thu, 03", "Fri, 04")[n % 3]
    return "%s Dec 2026 %02d:%02d:%02d +0100" % (day, 10 + n % 9, (n * 23) % 60, (n * 37) % 60)


def main():
    check_fixture()
    rows = CLIENTS.write_replies(
        OUT, REPLIES, subjects=SUBJECT, campaigns=CAMPAIGN, companies=COMPANY, lead_domains=LEAD_DOMAIN,
        first_names=FIRST, mid="ka7-%03d", token="ka7-%03d", date=_reply_date)
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=SUBJECT, lead_domains=LEAD_DOMAIN, mid="ka7-%03d",
        date=lambda n: "Wed, 02 Dec 2026 %02d:%02d:%02d +0100" % (9 + n % 6, 2 + n % 55, (n * 41) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
