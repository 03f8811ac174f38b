#!/usr/bin/env python3
"""The eighth kept-apart reply set: writes messages/*.eml (the people's replies in their clients' formats and the
written automatic notices), labels.csv and campaign/<lang>.txt. The captured messages come from capture.sh.

Everything here is this set's own (the campaign email, the people's words, labels, names, domains, send date); the
client formats come from ../kept-apart-tools/clients.py. Labels were set once, when each reply was written.
"""
import datetime
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ next to the shared tools
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "kept-apart-tools"))
import clients  # noqa: E402  (the shared client formats)

OUT = os.path.join(HERE, "messages")
SELLER_NAME, SELLER_ADDR = "Tamsin Achterberg", "tamsin@rotavet.test"
MID_DOMAIN = "rotavet.test"  # the campaign emails' Message-IDs: <id@rotavet.test>
OPTOUT = "https://rotavet.test/optout/"

SUBJECT = {
    "en": "Who covers your practice's nights this weekend?",
    "de": "Wer übernimmt am Wochenende den Nachtdienst in Ihrer Praxis?",
    "fr": "Qui assure les gardes de nuit de votre clinique ce week-end ?",
    "es": "¿Quién cubre las guardias nocturnas de su clínica este fin de semana?",
    "pt": "Quem cobre os plantões noturnos da sua clínica neste fim de semana?",
    "it": "Chi copre le reperibilità notturne del vostro ambulatorio questo fine settimana?",
}

# The campaign email of each language: {first}, {company} and {token} are filled per message. Its closing and the
# seller's name stand on their own lines after an empty line (Thunderbird's between-the-lines reply cuts there).
CAMPAIGN = {
    "en": "Hi {first},\n\n"
          "When a vet at {company} calls in sick on a Saturday, how long does it take to find someone for the night?\n\n"
          "Rotavet keeps the out-of-hours rota of one or several practices in one place: each vet marks the nights\n"
          "they can take, swaps are agreed in the app, the emergency line rings whoever is on call, and the hours\n"
          "are counted for payroll.\n\n"
          "Would a 20-minute call next week suit you? Or I can send you a two-page overview first.\n\n"
          "Best regards,\n"
          "Tamsin Achterberg\n"
          "Rotavet B.V. · Kanaalweg 14 · 3526 KM Utrecht · Netherlands\n"
          "You are receiving this email because your practice is listed in a public veterinary directory.\n"
          "Unsubscribe: https://rotavet.test/optout/{token}",
    "de": "Hallo {first},\n\n"
          "Wenn sich bei {company} am Samstag jemand krankmeldet: Wie lange dauert es, bis der Nachtdienst besetzt ist?\n\n"
          "Rotavet führt den Notdienstplan einer oder mehrerer Praxen an einem Ort: Jede Tierärztin und jeder Tierarzt\n"
          "trägt die Nächte ein, die sie übernehmen können, Tausch wird in der App vereinbart, die Notrufnummer klingelt\n"
          "bei der Person, die Dienst hat, und die Stunden werden für die Lohnabrechnung gezählt.\n\n"
          "Passt Ihnen nächste Woche ein Gespräch von 20 Minuten? Oder ich schicke Ihnen zuerst eine zweiseitige Übersicht.\n\n"
          "Viele Grüße\n"
          "Tamsin Achterberg\n"
          "Rotavet B.V. · Kanaalweg 14 · 3526 KM Utrecht · Niederlande\n"
          "Sie erhalten diese E-Mail, weil Ihre Praxis in einem öffentlichen Tierarztverzeichnis steht.\n"
          "Abmelden: https://rotavet.test/optout/{token}",
    "fr": "Bonjour {first},\n\n"
          "Quand un vétérinaire de {company} tombe malade un samedi, combien de temps faut-il pour trouver quelqu'un pour la nuit ?\n\n"
          "Rotavet tient le planning des gardes d'une ou de plusieurs cliniques au même endroit : chaque vétérinaire\n"
          "indique les nuits qu'il peut prendre, les échanges se règlent dans l'application, la ligne d'urgence sonne\n"
          "chez la personne de garde et les heures sont comptées pour la paie.\n\n"
          "Un appel de 20 minutes la semaine prochaine vous conviendrait-il ? Sinon, je peux d'abord vous envoyer une présentation de deux pages.\n\n"
          "Bien cordialement,\n"
          "Tamsin Achterberg\n"
          "Rotavet B.V. · Kanaalweg 14 · 3526 KM Utrecht · Pays-Bas\n"
          "Vous recevez cet e-mail car votre clinique figure dans un annuaire vétérinaire public.\n"
          "Se désinscrire : https://rotavet.test/optout/{token}",
    "es": "Hola, {first}:\n\n"
          "Cuando un veterinario de {company} se da de baja un sábado, ¿cuánto tardan en encontrar a alguien para la noche?\n\n"
          "Rotavet reúne en un solo sitio el cuadrante de guardias de una o varias clínicas: cada veterinario marca\n"
          "las noches que puede hacer, los cambios se acuerdan en la aplicación, el teléfono de urgencias suena a quien\n"
          "está de guardia y las horas se cuentan para la nómina.\n\n"
          "¿Le vendría bien una llamada de 20 minutos la semana que viene? O, si lo prefiere, le envío antes un resumen de dos páginas.\n\n"
          "Un saludo cordial,\n"
          "Tamsin Achterberg\n"
          "Rotavet B.V. · Kanaalweg 14 · 3526 KM Utrecht · Países Bajos\n"
          "Recibe este correo porque su clínica figura en un directorio veterinario público.\n"
          "Darse de baja: https://rotavet.test/optout/{token}",
    "pt": "Olá {first},\n\n"
          "Quando um veterinário da {company} fica doente num sábado, quanto tempo demora encontrar alguém para a noite?\n\n"
          "O Rotavet reúne num só lugar a escala de plantões de uma ou várias clínicas: cada veterinário marca as\n"
          "noites que pode fazer, as trocas combinam-se na aplicação, o telefone de urgência toca para quem está de\n"
          "plantão e as horas são contadas para o processamento salarial.\n\n"
          "Uma chamada de 20 minutos na próxima semana seria possível? Ou posso enviar primeiro um resumo de duas páginas.\n\n"
          "Com os melhores cumprimentos,\n"
          "Tamsin Achterberg\n"
          "Rotavet B.V. · Kanaalweg 14 · 3526 KM Utrecht · Países Baixos\n"
          "Recebe este e-mail porque a sua clínica consta de um diretório veterinário público.\n"
          "Cancelar a subscrição: https://rotavet.test/optout/{token}",
    "it": "Buongiorno {first},\n\n"
          "Quando un veterinario di {company} si mette in malattia di sabato, quanto ci vuole a trovare chi copra la notte?\n\n"
          "Rotavet tiene in un unico posto i turni di reperibilità di uno o più ambulatori: ogni veterinario segna le\n"
          "notti che può coprire, i cambi si concordano nell'app, il numero delle urgenze squilla a chi è reperibile\n"
          "e le ore vengono contate per le buste paga.\n\n"
          "Le andrebbe una telefonata di 20 minuti la prossima settimana? Oppure posso mandarle prima una presentazione di due pagine.\n\n"
          "Cordiali saluti,\n"
          "Tamsin Achterberg\n"
          "Rotavet B.V. · Kanaalweg 14 · 3526 KM Utrecht · Paesi Bassi\n"
          "Riceve questa e-mail perché il suo ambulatorio è elencato in un elenco pubblico di veterinari.\n"
          "Annulla l'iscrizione: https://rotavet.test/optout/{token}",
}

# Who sent it, when (Tuesday 1 December 2026, CET), and how this set's Outlook mobile app signs (iOS)
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 1, 8, 47, 19), OPTOUT,
                           dict(clients.OUTLOOK_FOR_IOS), "https://aka.ms/o0ukef")

# the corporate disclaimers of the Outlook desktop signatures
DISCLAIMER = {
    "en": "This email and any attachments are confidential and intended solely for the addressee. If you have received "
          "it in error, please notify the sender and delete it. Tierney Veterinary Group Ltd, registered in Ireland no. 612345.",
    "de": "Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Adressaten bestimmt. Wenn Sie "
          "nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail. "
          "Tierarztpraxen Lindenau GmbH, Amtsgericht Leipzig HRB 31415.",
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous "
          "l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer. VetAubrac SAS, RCS Rodez 812 345 678.",
    "es": "Este mensaje es confidencial y va dirigido exclusivamente a su destinatario. Si lo ha recibido por error, "
          "comuníquelo al remitente y elimínelo. Puede ejercer sus derechos RGPD en privacidad@clinicas-veterinarias-sotomayor.test.",
    "pt": "Esta mensagem é confidencial e destina-se exclusivamente ao seu destinatário. Se a recebeu por engano, "
          "informe o remetente e apague-a. Rede Veterinária Alvorada, Lda.",
    "it": "Questo messaggio è riservato e destinato esclusivamente al destinatario. Se lo ha ricevuto per errore, la "
          "preghiamo di avvisare il mittente e di cancellarlo. Ambulatori Veterinari Valsesia S.r.l., P.IVA 01234560039.",
}

# The people's replies: (label, format, greeting, words, closing, signature lines). "words" is what the person wrote
# and the reader must keep; the label is what the person means, set once when the reply was written.
I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"
D = DISCLAIMER

REPLIES = {}

REPLIES["en"] = [
    (I, "gmail-web", "Hi Tamsin,",
     "Funnily enough we had exactly that on Saturday. Yes, let's talk. Thursday the 10th after 2pm or Friday "
     "morning would work for me.",
     "Cheers,", ["Rhodri"]),
    (N, "outlook-desktop", "Dear Ms Achterberg,",
     "Thank you for your email. Our out-of-hours cover has been provided by a dedicated emergency service, VetNight "
     "Partners, since 2023, and we are committed to them for another three years. We will not be taking this further.",
     "Kind regards,", ["Eleanor Whitcombe", "Practice Director", "Tierney Veterinary Group", D["en"]]),
    (F, "iphone", "", "Send the overview over, will have a look at the weekend", "", ["Fergus"]),
    (U, "zimbra", "", "Ha. Saturday. Don't get me started.", "", ["Aoife"]),
    (F, "thunderbird-between", "",
     "Before any call I'd need to know whether the forwarding of the emergency line works with our existing hosted "
     "phone system (Callbarn). And what does it cost per vet?",
     "", ["Gareth Pryce"]),
    (N, "gmail-android", "", "Please take me off your list.", "", []),
    (I, "outlook-web", "Hello Tamsin,",
     "We're a four-practice group in Co. Galway and the rota is currently a spreadsheet that nobody trusts. A call "
     "would be welcome. Could you do Tuesday 8 December at 11:00 Irish time?",
     "Many thanks,", ["Niamh O'Donoghue"]),
    (U, "apple", "",
     "I've printed this out and pinned it to the staffroom wall. The reactions have been... mixed.", "",
     ["Harriet"]),
    (F, "yahoo", "",
     "Not me you want, it's our clinical director, Dr Priya Raman, priya.raman@tierney-vets.test. I've copied her in.",
     "Regards,", ["Colin"]),
    (N, "aol", "",
     "We are a single-vet practice up the dale. I do the nights myself and have done for thirty years. Nothing to "
     "schedule, thank you.",
     "", ["Tom Metcalfe"]),
    (I, "iphone", "",
     "Yes to the call. Ring me on the mobile rather than a video thing, 07700 900412, any weekday before 9.", "",
     ["Siân"]),
    (F, "gmail-web", "Hi,",
     "I'm off on paternity leave from next week until the end of February. Could you get back in touch in March? "
     "I'd like to look at it properly then.",
     "Thanks,", ["Ciarán Walsh"]),
    (U, "outlook-desktop", "",
     "Thank you for getting in touch. We are in the middle of being acquired by a larger group and I honestly do not "
     "know who will be deciding these things from January.",
     "Best wishes,", ["Graham Liddell", "Operations Manager", "Tierney Veterinary Group", D["en"]]),
    (N, "zimbra", "", "Lovely, another app that will ring me at 3am. Pass.", "", ["Morag"]),
    (U, "thunderbird-below", "",
     "Who gave you this address? It's the practice's old one and hardly anyone reads it.", "", ["Dale"]),
    (I, "gmail-android", "", "go on then, 20 mins. mornings best", "", []),
]

REPLIES["de"] = [
    (F, "outlook-desktop", "Sehr geehrte Frau Achterberg,",
     "vielen Dank für Ihre Nachricht. Bevor wir einen Termin vereinbaren, hätte ich gern die Übersicht und eine "
     "Preisliste. Wir sind drei Praxen mit insgesamt elf Tierärztinnen und Tierärzten. Außerdem: Funktioniert die "
     "Weiterleitung der Notrufnummer mit unserer Telefonanlage von Fernkom?",
     "Mit freundlichen Grüßen", ["Dr. Katrin Vollmer", "Praxisleitung", "Tierarztpraxen Lindenau", D["de"]]),
    (U, "thunderbird-between", "",
     "Gute Frage. Ehrlich gesagt weiß ich es selbst nicht, das regelt bei uns der Chef mit einem Zettel an der "
     "Kühlschranktür.",
     "", ["Jörg"]),
    (N, "gmail-web", "Hallo,",
     "danke, aber wir haben seit letztem Jahr Dienstwerk im Einsatz und sind damit zufrieden.",
     "Gruß", ["Matthias Brenner"]),
    (I, "apple", "Servus Frau Achterberg,",
     "des klingt interessant. Rufen S' mich bitte an, am besten Mittwoch oder Donnerstag nach der Ordination, so ab "
     "18 Uhr: +43 664 1234567.",
     "Liebe Grüße", ["Florian Aigner"]),
    (F, "zimbra", "Grüezi Frau Achterberg",
     "Schicken Sie mir die Übersicht, ich lese sie gern.",
     "Freundliche Grüsse", ["Beat Kälin"]),
    (N, "outlook-web", "",
     "Bitte streichen Sie meine Adresse aus Ihrem Verteiler und bestätigen Sie mir die Löschung meiner Daten nach "
     "Art. 17 DSGVO.",
     "", ["Sabine Roth"]),
    (I, "gmail-android", "", "Ja, Telefonat passt. Donnerstag 10 Uhr?", "", []),
    (U, "iphone", "",
     "Die Nachtdienste machen bei uns seit dem Sommer die Kollegen aus Markkleeberg, ob das so bleibt, entscheidet "
     "sich erst im neuen Jahr.",
     "", ["Uwe"]),
    (F, "gmail-web", "Hallo Frau Achterberg,",
     "zuständig für die Dienstpläne ist bei uns Frau Dr. Anja Seidel, anja.seidel@tierarztpraxen-lindenau.test. Ich "
     "habe Ihre Mail an sie weitergeleitet.",
     "Viele Grüße", ["Tobias"]),
    (I, "outlook-desktop", "Guten Tag Frau Achterberg,",
     "grundsätzlich ja. Wenn sich die Stunden für unser Lohnbüro exportieren lassen, sollten wir reden. Passt Ihnen "
     "Dienstag, der 15.12., um 14 Uhr?",
     "Freundliche Grüße", ["Heike Lorenz", "Verwaltung", "Tierarztpraxen Lindenau", D["de"]]),
    (N, "aol", "", "Kein Bedarf.", "", ["Gerd"]),
    (U, "outlook-web", "",
     "Wir haben gerade Fortbildungswoche, die halbe Praxis ist in Hannover auf dem Kongress. Schaun mer mal.", "",
     ["Petra Winkler"]),
    (F, "thunderbird-below", "Hallo,",
     "wir haben vier Standorte in Sachsen. Können mehrere Praxen wirklich einen gemeinsamen Plan haben, auch wenn "
     "jede ihre eigene Notrufnummer behält? Und was kostet das im Monat?",
     "Gruß", ["Ronny Kluge"]),
    (I, "zimbra", "Grüezi",
     "Ein Gespräch nächste Woche ist gut. Am liebsten Montag, 7. Dezember, zwischen 13 und 14 Uhr.",
     "Freundliche Grüsse", ["Corinne Stucki"]),
    (N, "apple", "",
     "Ach, und die App übernimmt dann auch gleich den Kaiserschnitt um drei Uhr nachts? Danke, wir bleiben bei "
     "unserer Telefonkette.",
     "", ["Wiebke"]),
    (U, "yahoo", "", "Ah, Utrecht! Dort habe ich mein Auslandssemester gemacht. Schöne Stadt.", "", ["Mareike"]),
]

REPLIES["fr"] = [
    (N, "gmail-web", "Bonjour,",
     "merci, mais nous passons par le service de garde départemental, tout est mutualisé depuis des années. Pas "
     "besoin d'un outil de plus.",
     "", ["Sébastien Roux"]),
    (I, "outlook-desktop", "Madame,",
     "Votre message tombe à pic : nous fusionnons nos plannings de garde avec la clinique de Saint-Flour en janvier. "
     "Je suis disponible pour un échange jeudi 10 décembre à 14 h ou vendredi 11 au matin.",
     "Cordialement,", ["Hélène Vidal", "Vétérinaire, directrice", "VetAubrac", D["fr"]]),
    (I, "thunderbird-between", "", "Oui pour l'appel. Mardi prochain 9 h, ça vous va ?", "", ["Yves"]),
    (U, "zimbra", "",
     "Bien reçu, merci. Là je m'occupe d'un chien qui a avalé une chaussette, je lirai ça plus tard.", "",
     ["Nathalie"]),
    (F, "apple", "Bonjour Tamsin,",
     "Pouvez-vous m'envoyer la présentation? Je voudrais aussi savoir si vos données sont hébergées au Canada, c'est "
     "une exigence chez nous.",
     "Merci!", ["Marie-Ève Gagnon"]),
    (N, "outlook-web", "", "Merci de me retirer de vos envois.", "", ["Christophe"]),
    (I, "iphone", "",
     "Appelez-moi plutôt, je ne suis jamais devant un écran. 06 12 34 56 78, entre midi et deux.", "", ["Didier"]),
    (U, "gmail-android", "", "C'est une blague ce sujet ? On est dimanche soir et je suis de garde.", "", []),
    (F, "gmail-android", "",
     "Le planning, c'est Mme Claire Fontaine qui s'en occupe : claire.fontaine@vetaubrac.test. Voyez avec elle.", "",
     ["Pierre-Yves"]),
    (N, "outlook-desktop", "Bonjour,",
     "Nous avons fait développer notre propre outil par un prestataire local l'an dernier et il répond à nos "
     "besoins. Nous ne donnerons pas suite.",
     "Cordialement,", ["Laurent Mercier", "Responsable administratif", "VetAubrac", D["fr"]]),
    (I, "yahoo", "Bonjour,",
     "Volontiers pour un téléphone de vingt minutes, à condition que l'outil existe en français et que les heures "
     "puissent être transmises à notre fiduciaire. Lundi 14 décembre à 10 h ?",
     "Meilleures salutations", ["Jean-Daniel Rochat"]),
    (U, "apple", "",
     "Bonne question. Réponse : trop longtemps. Mais c'est comme ça depuis toujours dans le métier.", "",
     ["Agnès"]),
    (F, "gmail-web", "Bonjour,",
     "Je pars en congé maternité mi-décembre, reprise prévue en avril. Recontactez-moi à ce moment-là, le sujet "
     "m'intéresse vraiment.",
     "Bonne journée", ["Camille Bertrand"]),
    (N, "aol", "", "Non merci, sans façon.", "", ["Rémy"]),
    (F, "iphone", "", "Ok pour les deux pages", "", ["Manu"]),
    (U, "thunderbird-below", "",
     "On a eu un contrôle des services vétérinaires la semaine dernière et le logiciel de facturation a planté deux "
     "fois. Alors un outil de plus... je ne sais pas. On verra.",
     "", ["Gilles"]),
]

REPLIES["es"] = [
    (I, "outlook-desktop", "Estimada Tamsin:",
     "Le agradezco el correo. Precisamente estamos reorganizando las guardias de nuestras tres clínicas y nos "
     "interesa verlo. ¿Podríamos hablar el miércoles 9 a las 16:00 (hora peninsular)?",
     "Atentamente,", ["Rocío Márquez Alba", "Directora de operaciones", "Clínicas Veterinarias Sotomayor", D["es"]]),
    (N, "gmail-web", "Hola,", "gracias, pero ya trabajamos con Guardiavet desde hace dos años y nos va bien.", "",
     ["Álvaro"]),
    (N, "thunderbird-between", "",
     "Aquí las noches las cubre el hospital de referencia de la provincia; nosotros cerramos a las nueve. No nos "
     "aplica.",
     "", ["Ramón Iglesias"]),
    (F, "apple", "Hola Tamsin,",
     "¿Me podrías mandar el resumen y los precios en pesos? Somos cuatro consultorios en Guadalajara.",
     "Saludos", ["Ximena"]),
    (I, "gmail-android", "", "Dale, hablemos. Pasame un link para el jueves de tarde.", "", ["Matías"]),
    (N, "iphone", "",
     "Mire usted, con la de aplicaciones que nos llegan cada semana... No, gracias, y no me vuelvan a escribir.", "",
     ["Manolo"]),
    (F, "yahoo", "Buenas tardes.",
     "Quisiera saber cómo funciona el desvío del teléfono de urgencias: ¿hay que cambiar de operador o sirve con la "
     "línea que ya tenemos?",
     "", ["Andrés Felipe Rojas"]),
    (U, "aol", "", "Jajaja, ¿cuánto tardamos? Pregúntele a mi mujer.", "", ["Paco"]),
    (I, "outlook-web", "Buenos días,",
     "sí me interesa. Le propongo una llamada el lunes 14 a las 10 de la mañana, hora de Lima. Mi celular es "
     "+51 987 654 321.",
     "", ["Rosa Quispe"]),
    (N, "outlook-desktop", "Buenos días:",
     "Le ruego que elimine nuestros datos de su base y que no nos envíe más comunicaciones comerciales.",
     "Un saludo,", ["Jordi Puig", "Gerente", "Clínicas Veterinarias Sotomayor", D["es"]]),
    (F, "gmail-web", "Hola Tamsin:",
     "quien lleva los turnos es nuestra coordinadora, Lucía Ferrer (lucia.ferrer@clinicas-veterinarias-sotomayor.test). "
     "La pongo en copia. Lucía, ¿lo miras tú?",
     "", ["Sergio"]),
    (U, "zimbra", "",
     "Estamos en plena mudanza a la nueva clínica de La Laguna y ahora mismo no sé ni dónde está el teléfono de "
     "urgencias, imagínese el cuadrante.",
     "", ["Guacimara"]),
    (I, "iphone", "", "Ok, llamada. Cuando quieras.", "", ["Nerea"]),
    (F, "thunderbird-below", "Buenos días,",
     "estoy de baja por una operación de rodilla hasta mediados de enero. Escríbame a la vuelta, por favor, que el "
     "tema nos interesa.",
     "", ["Begoña Arrieta"]),
    (U, "outlook-web", "",
     "Interesante. Lo comentaré en la próxima reunión de socios, aunque no sé cuándo será.", "", ["Marta Llorente"]),
    (U, "yahoo", "",
     "¿De verdad hay clínicas que encuentran a alguien en menos de una hora? Cuénteme el secreto.", "",
     ["Esperanza"]),
]

REPLIES["pt"] = [
    (U, "gmail-web", "", "Kkkk sábado é sempre assim aqui, ninguém quer plantão depois do churrasco.", "",
     ["Rafael"]),
    (F, "thunderbird-between", "",
     "Antes de falarmos, gostava de perceber como funciona a contagem das horas: o sistema exporta para o programa "
     "de salários que usamos (Salarium) ou temos de copiar tudo à mão?",
     "", ["Joana Figueiredo"]),
    (N, "outlook-desktop", "Exma. Senhora,",
     "Agradecemos o contacto, mas as urgências noturnas do nosso grupo são asseguradas por um hospital veterinário "
     "parceiro, por contrato. Não temos interesse.",
     "Melhores cumprimentos,", ["Rui Carvalho", "Diretor Clínico", "Rede Veterinária Alvorada", D["pt"]]),
    (F, "gmail-android", "", "Manda o material que eu dou uma olhada", "", []),
    (I, "apple", "Olá Tamsin,",
     "faz todo o sentido para nós. Pode ligar-me na quinta-feira, dia 10, a partir das 15h? O meu telemóvel é o "
     "912 345 678.",
     "Obrigada,", ["Teresa Matos"]),
    (N, "aol", "", "Não tenho interesse, por favor me tira da lista.", "", ["Cláudio"]),
    (U, "outlook-web", "",
     "Estamos no meio da troca do sistema da clínica inteira e a TI está enlouquecida. Agora não consigo nem pensar "
     "nisso.",
     "", ["Patrícia Souza"]),
    (F, "outlook-desktop", "Prezada Tamsin,",
     "Quem cuida da escala de plantões aqui é o Dr. Henrique Bastos, coordenador clínico. O e-mail dele é "
     "henrique.bastos@redevet-alvorada.test. Já encaminhei sua mensagem para ele.",
     "Atenciosamente,", ["Luciana Prado", "Gerente Administrativa", "Rede Veterinária Alvorada", D["pt"]]),
    (N, "gmail-web", "",
     "Mais uma aplicação para nos dizer que não há ninguém disponível? Já temos o grupo do WhatsApp para isso, "
     "obrigado.",
     "", ["Nuno"]),
    (I, "yahoo", "Oi Tamsin,",
     "topo uma conversa sim. Pode ser por telefone? (48) 99876-5432, terça ou quarta depois das 17h.", "",
     ["Gustavo"]),
    (U, "iphone", "", "Quem te passou meu e-mail?", "", ["Bia"]),
    (F, "outlook-web", "Boa tarde,",
     "estou de licença parental até ao fim de janeiro. Volte a escrever-me em fevereiro, por favor.", "",
     ["Miguel Antunes"]),
    (N, "aol", "",
     "Obrigado, mas somos só dois veterinários e fazemos as noites à vez há anos. Não precisamos.", "", ["Edson"]),
    (I, "gmail-android", "", "bora marcar! segunda às 10h?", "", []),
    (U, "zimbra", "", "Obrigada pelo e-mail. Vou guardar.", "", ["Sofia"]),
    (I, "thunderbird-below", "",
     "Pode ser por videochamada, mas só depois das 19h, que antes estou na consulta. Quarta, dia 9?", "",
     ["Paulo Mendes"]),
]

REPLIES["it"] = [
    (I, "outlook-desktop", "Gentile Tamsin,",
     "la ringrazio. Il tema da noi è molto sentito, soprattutto d'estate. Sono disponibile per una telefonata "
     "martedì 15 dicembre alle 11 oppure giovedì 17 nel pomeriggio.",
     "Un cordiale saluto,", ["Francesca Colombo", "Direttrice sanitaria", "Ambulatori Veterinari Valsesia", D["it"]]),
    (N, "gmail-web", "Buongiorno,", "grazie, ma abbiamo già Turnivet e ci troviamo bene.", "", ["Marco"]),
    (F, "gmail-android", "", "mi mandi pure le due pagine", "", []),
    (I, "thunderbird-between", "", "Sì, sentiamoci. Lunedì 14 alle 9:30 va bene?", "", ["Davide Furlan"]),
    (U, "apple", "",
     "Signora mia, qui il sabato notte il veterinario lo trovi solo se è tuo cugino.", "", ["Gennaro"]),
    (N, "outlook-web", "", "Vi prego di cancellare il mio indirizzo dalla vostra lista. Grazie.", "",
     ["Elisa Conti"]),
    (F, "iphone", "",
     "Chi si occupa dei turni è la dottoressa Valentina Ricci, le scriva a valentina.ricci@ambulatori-valsesia.test",
     "", ["Stefano"]),
    (U, "gmail-web", "", "Bella domanda. Ci si pensa da anni e ancora 'un s'è trovato il modo.", "", ["Duccio"]),
    (I, "yahoo", "",
     "Mi interessa, ma preferisco una telefonata normale, niente videochiamate. Mi chiami al 333 1234567 dopo le 19.",
     "", ["Vito"]),
    (N, "outlook-desktop", "Buongiorno,",
     "per quest'anno il budget per nuovi software è già stato impegnato tutto per il nuovo gestionale. Non "
     "procediamo.",
     "Distinti saluti,", ["Alberto Galli", "Amministrazione", "Ambulatori Veterinari Valsesia", D["it"]]),
    (F, "zimbra", "Buongiorno,",
     "come vengono gestiti i cambi turno se due colleghi non hanno lo smartphone aziendale? Funziona anche via SMS?",
     "", ["Martina Pichler"]),
    (U, "aol", "", "Ma lei è la stessa persona che mi ha chiamato la settimana scorsa?", "", ["Rita"]),
    (N, "iphone", "",
     "Fantastico, un altro abbonamento mensile. Proprio quello che ci mancava. Passo.", "", ["Ambrogio"]),
    (F, "thunderbird-below", "",
     "Sono in ferie fino al 7 gennaio. Mi ricontatti dopo l'Epifania, così ne parliamo con calma.", "",
     ["Lucia Marchetti"]),
    (I, "gmail-android", "", "ok per la call", "", []),
    (U, "apple", "",
     "Stiamo per essere accorpati con l'ambulatorio di Borgosesia e la direzione cambia a gennaio. Vediamo.", "",
     ["Giorgio"]),
]

# Automatic notices written here in their senders' formats: (name, language, sender, subject, extra headers, kind,
# text). Two are in languages other than the six (ca, nl): their senders work for the es and en leads' companies.
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "Precedence: bulk"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Declan Moriarty", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Hello,\n\nThank you for your email. I am on annual leave until Monday 14 December 2026 with limited access to "
     "email.\nFor urgent clinical matters please call the practice; for anything else contact "
     "reception@tierney-vets.test.\n\nRegards,\nDeclan Moriarty"),
    ("exchange-ooo-de", "de", "Sandra Köhler", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 11.12.2026 nicht im Büro. Ihre E-Mail wird nicht "
     "weitergeleitet. In dringenden Fällen wenden Sie sich bitte an verwaltung@tierarztpraxen-lindenau.test.\n\n"
     "Mit freundlichen Grüßen\nSandra Köhler"),
    ("exchange-ooo-fr", "fr", "Olivier Chastang", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\n\nJe suis absent du bureau jusqu'au 9 décembre inclus et n'aurai qu'un accès limité à ma messagerie.\n"
     "En cas d'urgence, merci de contacter le secrétariat : secretariat@vetaubrac.test.\n\nCordialement,\n"
     "Olivier Chastang"),
    ("exchange-ooo-es", "es", "Juliana Restrepo", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Cordial saludo:\n\nEn este momento me encuentro fuera de la oficina y regreso el lunes 14 de diciembre. Para "
     "temas urgentes puede comunicarse con administracion@clinicas-veterinarias-sotomayor.test.\n\nMil gracias,\n"
     "Juliana Restrepo"),
    ("exchange-ooo-pt", "pt", "Fernanda Oliveira", "Resposta automática: {subject}", EXCHANGE, "exchange",
     "Olá,\n\nEstou fora do escritório até 16/12/2026, com acesso limitado aos e-mails. Em caso de urgência, favor "
     "contatar recepcao@redevet-alvorada.test.\n\nAtenciosamente,\nFernanda Oliveira"),
    ("exchange-ooo-it", "it", "Paolo Rinaldi", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Buongiorno,\n\nsarò fuori sede fino a venerdì 11 dicembre compreso. Per urgenze può scrivere a "
     "segreteria@ambulatori-valsesia.test.\n\nCordiali saluti\nPaolo Rinaldi"),
    ("exchange-ooo-ca", "ca", "Montserrat Vila", "Resposta automàtica: {subject}", EXCHANGE, "exchange",
     "Bon dia,\n\nSóc fora de l'oficina fins al dilluns 14 de desembre i durant aquests dies no llegiré el correu.\n"
     "Per a qualsevol urgència, adreceu-vos a recepcio@clinicas-veterinarias-sotomayor.test.\n\nGràcies,\n"
     "Montserrat Vila"),
    ("exchange-ooo-bilingual-de", "de", "Henrik Brandt", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Ich bin bis 31. März 2027 im Sabbatical und lese meine E-Mails nicht. Ihre Nachricht wird nicht "
     "weitergeleitet; bitte wenden Sie sich an praxisleitung@tierarztpraxen-lindenau.test.\n\n"
     "I am on sabbatical until 31 March 2027 and am not reading email. Your message will not be forwarded; please "
     "contact praxisleitung@tierarztpraxen-lindenau.test.\n\nHenrik Brandt"),
    ("exchange-left-it", "it", "Roberta Ferri", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "La dottoressa Roberta Ferri non fa più parte degli Ambulatori Veterinari Valsesia e questa casella non è più "
     "monitorata.\nPer informazioni scrivere a info@ambulatori-valsesia.test."),
    ("gmail-vacation-fr", "fr", "Lucie Marchand", "Absente jusqu'au 14 décembre", GMAIL_VACATION, "plain",
     "Bonjour,\nje suis en vacances jusqu'au 14 décembre. Je répondrai à votre message à mon retour.\nLucie"),
    ("gmail-vacation-pt", "pt", "Carla Teixeira", "Em férias", GMAIL_VACATION, "plain",
     "Olá,\nestou de férias até dia 13 de dezembro, sem acesso ao e-mail. Respondo quando regressar.\n"
     "Carla Teixeira"),
    ("helpdesk-ack-de", "de", "Praxis Service", "[Ticket #48213] {subject}",
     ["Auto-Submitted: auto-generated", "X-Loop: {addr}"], "plain",
     "Guten Tag,\n\nvielen Dank für Ihre Anfrage. Sie wurde unter der Ticketnummer 48213 erfasst. Eine Mitarbeiterin "
     "oder ein Mitarbeiter meldet sich innerhalb von zwei Werktagen bei Ihnen.\n\nBitte antworten Sie nicht auf "
     "diese automatisch erzeugte Nachricht.\n\nIhr IT-Service der Tierarztpraxen Lindenau"),
    ("helpdesk-ack-es", "es", "Atención al Cliente", "Hemos recibido su consulta: {subject}",
     ["Precedence: bulk", "X-Autoreply: yes"], "plain",
     "Estimado/a cliente:\n\nHemos recibido su mensaje y le responderemos lo antes posible, normalmente en 48 horas "
     "laborables.\n\nEste es un mensaje automático; por favor, no responda a este correo.\n\n"
     "Clínicas Veterinarias Sotomayor"),
    ("left-company-en", "en", "Bethan Hughes", "Bethan Hughes has left Tierney Veterinary Group",
     ["Auto-Submitted: auto-replied"], "plain",
     "Bethan Hughes no longer works at Tierney Veterinary Group and this mailbox is no longer monitored.\n"
     "Please send any enquiries to hello@tierney-vets.test.\n\nThis is an automated message."),
    ("left-company-it", "it", "Sergio Pellegrini", "Re: {subject}", [], "plain",
     "Gentile mittente,\nil dott. Sergio Pellegrini ha lasciato l'ambulatorio il 30 novembre 2026. Il suo nuovo "
     "indirizzo è sergio.pellegrini@vetclinica-biella.test; per l'ambulatorio scrivere a "
     "info@ambulatori-valsesia.test.\nMessaggio generato automaticamente."),
    ("left-company-nl", "nl", "Bram de Vries", "Niet meer in dienst: {subject}", [], "plain",
     "Beste afzender,\n\nBram de Vries is niet meer werkzaam bij Tierney Veterinary Group. Deze mailbox wordt niet "
     "meer gelezen.\nVoor vragen kunt u terecht bij hello@tierney-vets.test.\n\nDit is een automatisch bericht."),
    ("ooo-noheader-fr", "fr", "Bastien Lefort", "Absence : {subject}", [], "plain",
     "Bonjour,\nje suis en formation jusqu'au vendredi 11 décembre et je consulte rarement mes e-mails. Je vous "
     "répondrai dès mon retour.\nBastien Lefort\n(message automatique)"),
    ("ooo-noheader-pt", "pt", "Renata Alves", "Ausente: {subject}", [], "plain",
     "Olá! Estou em congresso até o dia 10/12 e com acesso restrito ao e-mail. Respondo assim que possível.\n"
     "Renata Alves\n* Mensagem automática *"),
    ("mdn-read-en", "en", "Owen Jenkins", "Read: {subject}", [], "mdn",
     "Your message\n\n  To: Owen Jenkins\n  Subject: {subject}\n  Sent: 01 December 2026 08:47\n\n"
     "was read on 01 December 2026 11:02."),
    ("mdn-read-es", "es", "Carmen Ortega", "Leído: {subject}", [], "mdn",
     "Su mensaje\n\n  Para: Carmen Ortega\n  Asunto: {subject}\n  Enviado: martes, 1 de diciembre de 2026 8:47\n\n"
     "ha sido leído el martes, 1 de diciembre de 2026 10:15."),
]

LEAD_DOMAIN = {"en": "tierney-vets.test", "de": "tierarztpraxen-lindenau.test", "fr": "vetaubrac.test",
               "es": "clinicas-veterinarias-sotomayor.test", "pt": "redevet-alvorada.test",
               "it": "ambulatori-valsesia.test"}
COMPANY = {"en": "Tierney Veterinary Group", "de": "Tierarztpraxen Lindenau", "fr": "VetAubrac",
           "es": "Clínicas Veterinarias Sotomayor", "pt": "Rede Veterinária Alvorada",
           "it": "Ambulatori Veterinari Valsesia"}
# the automatic notices in ca and nl come from the es and en leads' companies and answer those campaign emails
AUTO_DOMAIN = dict(LEAD_DOMAIN, ca=LEAD_DOMAIN["es"], nl=LEAD_DOMAIN["en"])
AUTO_SUBJECT = dict(SUBJECT, ca=SUBJECT["es"], nl=SUBJECT["en"])
FIRST = ["Alex", "Sam", "Robin", "Kim", "Jo", "Andrea", "Noa", "Charlie", "Dominique", "Sascha", "Luca", "Maxime",
         "Eli", "Ariel", "Nico", "Toni"]

CAPTURED = [  # (file, language of its text, the address that answered or bounced, the campaign email it answers)
    ("sieve-vacation-de", "de", "lena.hafner@tierklinik-wolfsberg.test", "ka8-s01"),
    ("sieve-vacation-fr", "fr", "genevieve.tremblay@clinique-veterinaire-rimouski.test", "ka8-s02"),
    ("sieve-vacation-es", "es", "ainhoa.etxeberria@clinica-veterinaria-tolosa.test", "ka8-s03"),
    ("sieve-vacation-pt", "pt", "thiago.nunes@clinica-veterinaria-floripa.test", "ka8-s04"),
    ("sieve-vacation-it", "it", "chiara.gallo@ambulatorio-veterinario-bra.test", "ka8-s05"),
    ("sieve-vacation-en", "en", "siobhan.keane@corrib-vets.test", "ka8-s06"),
    ("sieve-vacation-sv", "sv", "astrid.lindgren@djurkliniken-visby.test", "ka8-s07"),
    ("sieve-vacation-cs", "cs", "tereza.novakova@veterina-olomouc.test", "ka8-s08"),
    ("sieve-reject-es", "es", "jaime.urrutia@clinica-veterinaria-tolosa.test", "ka8-s09"),
    ("postfix-unknown-user-en", "en", "reception@corrib-vets.test", "ka8-s10"),
    ("postfix-unknown-user-de", "en", "empfang@tierklinik-wolfsberg.test", "ka8-s11"),
    ("postfix-unknown-user-it", "en", "segreteria@ambulatorio-veterinario-bra.test", "ka8-s12"),
    ("postfix-mailbox-disabled", "en", "urgences@clinique-veterinaire-rimouski.test", "ka8-s13"),
    ("postfix-relocated", "en", "marcos.lima@clinica-veterinaria-floripa.test", "ka8-s14"),
    ("postfix-policy-reject", "en", "citas@clinica-veterinaria-tolosa.test", "ka8-s15"),
    ("postfix-nxdomain-fr", "en", "contact@cabinet-veterinaire-morlaix.invalid", "ka8-s16"),
    ("postfix-nxdomain-it", "en", "info@clinica-veterinaria-nuoro.invalid", "ka8-s17"),
    ("postfix-delayed-mailbox-full", "en", "praxis@tierklinik-wolfsberg.test", "ka8-s18"),
    ("postfix-expired-mailbox-full", "en", "praxis@tierklinik-wolfsberg.test", "ka8-s18"),
]


def _normal(s):
    """Lower case, one space between words, typographic apostrophes and dashes made plain."""
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'").replace("\u2013", "-")
    return " ".join(s.split()).lower()


def check_fixture():
    """No person's text may hold a line of the campaign email it quotes (12 characters or more, up to its first
    placeholder) or the seller's name; each language has 4 replies per class."""
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
    """The n-th reply's Date: header, on the day the campaign was sent or the two after."""
    day = ("Tue, 01 Dec 2026", "Wed, 02 Dec 2026", "Thu, 03 Dec 2026")[n % 3]
    return "%s %02d:%02d:%02d +0100" % (day, 10 + n % 9, (n * 23) % 60, (n * 37) % 60)


def main():
    check_fixture()
    rows = CLIENTS.write_replies(
        OUT, REPLIES, subjects=SUBJECT, campaigns=CAMPAIGN, companies=COMPANY, lead_domains=LEAD_DOMAIN,
        first_names=FIRST, mid="ka8-m%03d", token="m%03d-8q", date=_reply_date)
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=AUTO_SUBJECT, lead_domains=AUTO_DOMAIN, mid="ka8-m%03d",
        date=lambda n: "Tue, 01 Dec 2026 %02d:%02d:%02d +0100" % (9 + n % 6, 2 + n % 55, (n * 41) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
