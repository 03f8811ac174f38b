"""Writes the twelfth kept-apart set (Kegtrace): client-format replies, written notices, labels.csv, campaign/."""
import datetime
import os
import sys
import unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the resources
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "kept-apart-tools"))
import clients  # the shared client formats
OUT = os.path.join(HERE, "messages")
SELLER_NAME, SELLER_ADDR = "Tamsin Ebbesen", "tamsin@kegtrace.test"
MID_DOMAIN = "kegtrace.test"
OPTOUT = "https://kegtrace.test/optout/"
SUBJECT = {
    "en": "Where are your kegs right now?",
    "de": "Wo sind Ihre Fässer gerade?",
    "fr": "Où sont vos fûts en ce moment ?",
    "es": "¿Dónde están ahora mismo sus barriles?",
    "pt": "Onde estão os seus barris neste momento?",
    "it": "Dove sono i vostri fusti in questo momento?",
}
CAMPAIGN = {
    "en": "Hi {first},\n"
          "Kegtrace tells a brewery which pub holds each of its kegs and which ones are overdue.\n"
          "A small tag goes on each keg; drivers scan it on delivery and collection, nothing else changes.\n"
          "Breweries of your size usually get back a fifth of the kegs they had written off.\n\n"
          "Would a 20-minute call next week suit you, or shall I send a two-page overview first?\n\n"
          "Kind regards,\nTamsin Ebbesen\nKegtrace Ltd, 4 Cooper's Yard, Leeds\n"
          "You are receiving this because {company} brews and supplies pubs.\n"
          "Unsubscribe: https://kegtrace.test/optout/{token}",
    "de": "Hallo {first},\n"
          "Kegtrace zeigt einer Brauerei, in welchem Lokal jedes ihrer Fässer steht und welche überfällig sind.\n"
          "Jedes Fass bekommt einen kleinen Anhänger; die Fahrer scannen ihn bei Lieferung und Abholung.\n"
          "Brauereien Ihrer Größe bekommen meist ein Fünftel der abgeschriebenen Fässer zurück.\n\n"
          "Passt Ihnen nächste Woche ein Gespräch von 20 Minuten, oder soll ich zuerst eine zweiseitige Übersicht schicken?\n\n"
          "Freundliche Grüße\nTamsin Ebbesen\nKegtrace Ltd, 4 Cooper's Yard, Leeds\n"
          "Sie erhalten diese Nachricht, weil {company} Gaststätten beliefert.\n"
          "Abmelden: https://kegtrace.test/optout/{token}",
    "fr": "Bonjour {first},\n"
          "Kegtrace indique à une brasserie quel établissement détient chacun de ses fûts et lesquels sont en retard.\n"
          "Une petite étiquette sur chaque fût ; les chauffeurs la scannent à la livraison et à l'enlèvement.\n"
          "Les brasseries de votre taille récupèrent en général un cinquième des fûts passés en perte.\n\n"
          "Un appel de 20 minutes la semaine prochaine vous conviendrait-il, ou préférez-vous une présentation de deux pages d'abord ?\n\n"
          "Bien cordialement,\nTamsin Ebbesen\nKegtrace Ltd, 4 Cooper's Yard, Leeds\n"
          "Vous recevez ce message car {company} livre des cafés et des bars.\n"
          "Désinscription : https://kegtrace.test/optout/{token}",
    "es": "Hola, {first}:\n"
          "Kegtrace le dice a una cervecera qué bar tiene cada uno de sus barriles y cuáles van con retraso.\n"
          "Cada barril lleva una pequeña etiqueta; los repartidores la escanean al entregar y al recoger.\n"
          "Las cerveceras de su tamaño suelen recuperar una quinta parte de los barriles que daban por perdidos.\n\n"
          "¿Le vendría bien una llamada de 20 minutos la semana que viene, o prefiere que le envíe antes un resumen de dos páginas?\n\n"
          "Un saludo cordial,\nTamsin Ebbesen\nKegtrace Ltd, 4 Cooper's Yard, Leeds\n"
          "Recibe este mensaje porque {company} abastece a bares y restaurantes.\n"
          "Darse de baja: https://kegtrace.test/optout/{token}",
    "pt": "Olá {first},\n"
          "A Kegtrace diz a uma cervejeira em que bar está cada um dos seus barris e quais estão em atraso.\n"
          "Cada barril leva uma pequena etiqueta; os motoristas leem-na na entrega e na recolha.\n"
          "Cervejeiras da vossa dimensão costumam recuperar um quinto dos barris que davam como perdidos.\n\n"
          "Uma chamada de 20 minutos na próxima semana dava jeito, ou prefere que envie primeiro um resumo de duas páginas?\n\n"
          "Com os melhores cumprimentos,\nTamsin Ebbesen\nKegtrace Ltd, 4 Cooper's Yard, Leeds\n"
          "Recebe esta mensagem porque a {company} abastece bares e restaurantes.\n"
          "Cancelar subscrição: https://kegtrace.test/optout/{token}",
    "it": "Buongiorno {first},\n"
          "Kegtrace dice a un birrificio quale locale ha ciascuno dei suoi fusti e quali sono in ritardo.\n"
          "Ogni fusto riceve una piccola etichetta; gli autisti la scansionano alla consegna e al ritiro.\n"
          "I birrifici delle vostre dimensioni recuperano di solito un quinto dei fusti dati per persi.\n\n"
          "Le andrebbe una telefonata di 20 minuti la settimana prossima, o preferisce prima una panoramica di due pagine?\n\n"
          "Cordiali saluti,\nTamsin Ebbesen\nKegtrace Ltd, 4 Cooper's Yard, Leeds\n"
          "Riceve questo messaggio perché {company} rifornisce bar e locali.\n"
          "Annulla iscrizione: https://kegtrace.test/optout/{token}",
}
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 2, 9, 41, 17), OPTOUT,
                           dict(clients.OUTLOOK_FOR_IOS), "https://aka.ms/o0ukef")
DISCLAIMER = {
    "en": "This email is confidential and intended for the addressee only. Hollin Ridge Brewing Co., Sheffield.",
    "de": "Diese E-Mail ist vertraulich und nur für den Empfänger bestimmt. Brauhaus Kesselgrund GmbH.",
    "fr": "Ce courriel est confidentiel et destiné à son seul destinataire. Brasserie du Vieux Moulin SAS.",
    "es": "Este correo es confidencial y va dirigido solo a su destinatario. Cervecera Sierra Alta S.L.",
    "pt": "Este email é confidencial e destina-se apenas ao destinatário. Cervejaria Ribeira Velha, Lda.",
    "it": "Questa e-mail è riservata e destinata solo al destinatario. Birrificio Valle Scura S.r.l.",
}
I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"
D = DISCLAIMER
REPLIES = {}
REPLIES["en"] = [
    (I, "gmail-web", "Hi Tamsin,",
     "Go on then, Tuesday after 2 works for me. We lose more casks than I'd like to admit.",
     "Cheers,", ["Gary Holroyd", "Head Brewer"]),
    (N, "outlook-desktop", "Dear Ms Ebbesen,",
     "Thank you, but we put RFID collars on our casks two years ago and the system does the job. "
     "We won't be changing.",
     "Regards,", ["Fiona Laidlaw", "Operations Manager", "Hollin Ridge Brewing Co.", D["en"]]),
    (F, "iphone", "", "Send the overview pls", "", []),
    (U, "yahoo", "Hiya,",
     "We're moving the whole brewhouse to the new unit in January so everything's upside down here at the minute.",
     "", ["Shauna"]),
    (F, "thunderbird-between", "",
     "Before any call: how does the tag survive the keg washer? Ours runs at 85 degrees with caustic. "
     "Some detail on that would help.", "", ["Rhodri Pryce"]),
    (I, "apple", "Tamsin,",
     "A call's fine. Could you do Thursday 10th at half nine? Ring the office line, 0113 496 0722.",
     "Thanks", ["Des Quigley"]),
    (N, "gmail-android", "", "not for us thanks", "", []),
    (U, "aol", "",
     "Is this the lot who left a card at the Bell last week? The landlord passed it on.",
     "", ["Keith"]),
    (F, "zimbra", "Hello,",
     "I'm not the right person for this. Kegs and the drays are Morwenna's area, "
     "morwenna.trewin@hollin-ridge-brewing.test. Best to write to her.",
     "Best wishes,", ["Jago Penrose"]),
    (I, "outlook-web", "Hi,",
     "Yes, happy to talk. If a trial on our two Tyneside routes is possible I'd want to hear about it.",
     "Ta,", ["Lindsay Armstrong"]),
    (N, "gmail-web", "", "Please remove this address from your list.", "", ["C. Doherty"]),
    (U, "apple", "",
     "Ha. We can't find the kegs, we can't find the drivers, and now we can't find the brewer. Good luck.",
     "", ["Niall"]),
    (F, "outlook-desktop", "Dear Tamsin,",
     "What would it cost for roughly 1,800 kegs, and do you charge per tag or per month? "
     "Also what happens with firkins we sell on to festivals?",
     "Many thanks,", ["Aoife Brennan", "Finance", "Hollin Ridge Brewing Co.", D["en"]]),
    (N, "yahoo", "",
     "We're a four-barrel plant and every keg comes back to the taproom. No need, cheers.",
     "", ["Tom"]),
    (I, "thunderbird-below", "Hi Tamsin,",
     "Budget's tight till March but I'd take the 20 minutes anyway. Friday morning any good?",
     "", ["Priya Sandhu"]),
    (U, "gmail-android", "", "Received, thanks.", "", []),
]
REPLIES["de"] = [
    (I, "gmail-web", "Servus Frau Ebbesen,",
     "des klingt net schlecht. Rufen's mi am Montag ab zehn an, 0851 4471 233.",
     "Pfiat Eahna", ["Sepp Huber"]),
    (N, "outlook-desktop", "Sehr geehrte Frau Ebbesen,",
     "vielen Dank für Ihr Angebot. Wir haben unsere Fasslogistik im Herbst an einen Dienstleister vergeben, "
     "der das übernimmt. Kein Bedarf.",
     "Mit freundlichen Grüßen", ["Dr. Annette Vogler", "Geschäftsführung", "Brauhaus Kesselgrund GmbH", D["de"]]),
    (F, "iphone", "", "Übersicht gern schicken.", "", []),
    (U, "zimbra", "Hallo,",
     "ich hab das an unseren Braumeister weitergeleitet. Mal schauen.",
     "Gruß", ["Jens"]),
    (F, "thunderbird-between", "",
     "Wo liegen die Daten? Wir brauchen einen Server in der EU und einen AV-Vertrag, "
     "bevor wir überhaupt reden. Bitte mit der Übersicht schicken.", "", ["Katrin Weiß"]),
    (I, "outlook-web", "Grüezi Frau Ebbesen",
     "Gärn, lüted Sie mir am Mittwuch am Namittag aa. Mir händ es paar Fässer z'vil verlore.",
     "Grüess", ["Urs Zbinden"]),
    (N, "gmail-android", "", "Nein danke.", "", []),
    (U, "apple", "Moin,",
     "wir sind gerade mitten im Umbau vom Sudhaus, vor Februar passiert hier gar nichts.",
     "", ["Hauke"]),
    (F, "outlook-desktop", "Guten Tag,",
     "ich habe Ihre Mail an unseren Logistikleiter weitergeleitet, Herrn Markus Dietl, "
     "markus.dietl@brauhaus-kesselgrund.test. Er meldet sich, wenn Interesse besteht.",
     "Beste Grüße", ["Birgit Lechner", "Sekretariat", "Brauhaus Kesselgrund GmbH", D["de"]]),
    (I, "gmail-web", "Hallo Tamsin,",
     "klingt gut, lass uns telefonieren. Donnerstag 16 Uhr?",
     "VG", ["Lena"]),
    (N, "yahoo", "",
     "Nehmen Sie mich bitte aus Ihrem Verteiler.", "", ["H. Brockmann"]),
    (U, "iphone", "", "Wer hat Ihnen meine Adresse gegeben?", "", []),
    (F, "aol", "Grüß Gott,",
     "was kostet das bei etwa 600 Fässern im Jahr, und muss man sich länger binden?",
     "", ["Gerlinde Pichler"]),
    (N, "outlook-web", "Na klar,",
     "noch ein Etikett auf dem Fass, genau das hat uns gefehlt. Die Wirte kleben eh alles ab.",
     "", ["Ronny"]),
    (I, "thunderbird-below", "Hallo Frau Ebbesen,",
     "gerne ein kurzes Gespräch, am besten Dienstag zwischen 9 und 11. Wenn's passt, auch gleich mit Demo.",
     "", ["Wolfgang Seidel"]),
    (U, "gmail-android", "", "Aha. Und?", "", []),
]
REPLIES["fr"] = [
    (I, "gmail-web", "Bonjour Tamsin,",
     "Oui pour un appel. Mardi 8 à 11 h, ça vous irait ?",
     "Bonne journée,", ["Mathilde Roux"]),
    (N, "outlook-desktop", "Madame,",
     "Nous consignons nos fûts auprès des cafetiers depuis toujours et ils reviennent. "
     "Cette solution ne nous concerne pas.",
     "Salutations distinguées,", ["Jean-Pierre Lacombe", "Directeur", "Brasserie du Vieux Moulin", D["fr"]]),
    (F, "apple", "", "Envoyez-moi les deux pages, merci.", "", ["Sylvie"]),
    (U, "zimbra", "Salut,",
     "on déménage l'entrepôt à Villeurbanne le mois prochain, alors franchement c'est le bazar.",
     "", ["Kévin"]),
    (F, "thunderbird-between", "",
     "Avant de parler : l'étiquette tient-elle au lavage des fûts et aux chocs ? "
     "Avez-vous une fiche technique ?", "", ["Gaëlle Le Bihan"]),
    (I, "iphone", "", "Ok pour un appel la semaine prochaine", "", []),
    (N, "gmail-android", "", "Non merci.", "", []),
    (U, "outlook-web", "Bonjour,",
     "C'est vous qui étiez au salon de Strasbourg ? Je ne retrouve plus la carte.",
     "", ["Fränzi Muller"]),
    (F, "outlook-desktop", "Bonjour Madame,",
     "Je ne m'occupe pas de la logistique. Écrivez plutôt directement à Luc Delvaux, "
     "luc.delvaux@brasserie-vieux-moulin.test, c'est lui qui gère les fûts.",
     "Cordialement,", ["Nathalie Henrard", "Accueil", "Brasserie du Vieux Moulin", D["fr"]]),
    (I, "yahoo", "Allô,",
     "Ça m'intéresse pour vrai. Appelez-moi jeudi en après-midi, heure de Montréal, au 514 555 0147.",
     "", ["Mélanie Tremblay"]),
    (N, "aol", "", "Retirez-moi de vos envois s'il vous plaît.", "", []),
    (U, "apple", "",
     "Nos fûts ? Ils sont au fond de la cour, sous la pluie, comme d'habitude 😅",
     "", ["Bastien"]),
    (F, "gmail-web", "Bonjour,",
     "Combien pour 400 fûts, et y a-t-il un engagement minimum ? Merci de m'envoyer un tarif.",
     "", ["Hélène Garrigue"]),
    (N, "outlook-web", "Ben voyons,",
     "une puce de plus à acheter pour retrouver des fûts que les bistrots ne rendent jamais. Non.",
     "", ["Thierry"]),
    (I, "thunderbird-below", "Bonjour,",
     "Je pars en congé le 18. Si on peut s'appeler avant, disons vendredi 11 à 14 h, je suis partant.",
     "", ["Céline Morin"]),
    (U, "iphone", "", "Bonnes fêtes à vous aussi !", "", []),
]
REPLIES["es"] = [
    (I, "gmail-web", "Hola Tamsin,",
     "Dale, hablemos. Llamame el jueves a las 15 hora de Buenos Aires al +54 11 5555 0198.",
     "Saludos,", ["Martín Godoy"]),
    (N, "outlook-desktop", "Estimada Sra. Ebbesen:",
     "Le agradezco el correo, pero nuestro programa de reparto ya lleva el control de los barriles. "
     "No nos interesa.",
     "Atentamente,", ["Rocío Benítez", "Dirección de Operaciones", "Cervecera Sierra Alta", D["es"]]),
    (F, "iphone", "", "Mándeme el resumen.", "", []),
    (U, "zimbra", "Buenas,",
     "Estamos con la auditoría de sanidad toda la semana, no tengo cabeza para nada.",
     "", ["Xabier"]),
    (I, "thunderbird-between", "",
     "Sí, la semana que viene me viene bien. Mejor el martes o el miércoles por la mañana.",
     "", ["Pilar Otero"]),
    (I, "outlook-web", "Hola,",
     "Nos interesa si podemos probarlo en una sola ruta primero. Cuando quiera hablamos.",
     "", ["Vicent Ferrer"]),
    (N, "gmail-android", "", "No, gracias.", "", []),
    (U, "apple", "",
     "¿De dónde han sacado este correo? Es la cuenta de mi hermano.", "", ["Yanelis"]),
    (F, "outlook-desktop", "Buenos días:",
     "He reenviado su mensaje a nuestro jefe de almacén, Andrés Pizarro, "
     "andres.pizarro@cervecera-sierra-alta.test, que es quien lleva los barriles.",
     "Un saludo,", ["Lucía Rey", "Administración", "Cervecera Sierra Alta", D["es"]]),
    (F, "gmail-web", "Hola:",
     "¿Cuánto costaría para unos 900 barriles? ¿Hay permanencia?",
     "Gracias", ["Inés Cabrera"]),
    (N, "yahoo", "",
     "Conforme al Reglamento General de Protección de Datos, les solicito que supriman mis datos "
     "y no vuelvan a escribirme.", "", ["Alberto Sanz"]),
    (U, "iphone", "", "jajaja barriles dice", "", []),
    (F, "aol", "Hola,",
     "Ahora mismo no. Escríbame después de Reyes y lo vemos con calma.",
     "", ["Consuelo"]),
    (N, "outlook-web", "",
     "Po mira, somos cuatro bares y los barriles los llevo yo en la furgoneta. No hace falta, gracias.",
     "", ["Ramón"]),
    (I, "thunderbird-below", "Hola Tamsin:",
     "Me interesa. ¿Podemos hablar el lunes 14 a las 10?",
     "", ["Carla Medina"]),
    (U, "gmail-android", "", "Vale, gracias", "", []),
]
REPLIES["pt"] = [
    (I, "gmail-web", "Olá Tamsin,",
     "Pode ser. Liga-me na terça de manhã, antes das 11, para o 912 345 678.",
     "Abraço,", ["Rui Carvalho"]),
    (N, "outlook-desktop", "Exma. Senhora,",
     "Agradecemos o contacto, mas o controlo dos barris já é feito pelo nosso distribuidor. Não temos interesse.",
     "Atenciosamente,", ["Teresa Magalhães", "Direção Comercial", "Cervejaria Ribeira Velha", D["pt"]]),
    (F, "iphone", "", "Manda o resumo 👍", "", []),
    (U, "zimbra", "Bom dia,",
     "Estamos a fundir-nos com outra cervejaria de Braga e ainda ninguém sabe quem decide o quê.",
     "", ["Nuno"]),
    (U, "thunderbird-between", "",
     "Isto é a sério? Já é o terceiro email igual que recebo esta semana.", "", ["Filipa Antunes"]),
    (I, "outlook-web", "Oi Tamsin,",
     "Topo sim uma conversa. Quarta às 14h de Brasília fica bom pra você?",
     "", ["Thiago Nascimento"]),
    (N, "gmail-android", "", "Não, obrigado.", "", []),
    (U, "apple", "",
     "kkkkkk a gente mal acha as chaves da câmara fria, imagina os barris", "", ["Juliana"]),
    (F, "outlook-desktop", "Bom dia,",
     "Encaminhei o seu email para o nosso responsável de logística, o Sr. Paulo Teixeira "
     "(paulo.teixeira@cervejaria-ribeira-velha.test).",
     "Cumprimentos,", ["Ana Sousa", "Receção", "Cervejaria Ribeira Velha", D["pt"]]),
    (F, "gmail-web", "Olá,",
     "Quanto custa em reais para uns 300 barris? Vocês emitem nota fiscal no Brasil?",
     "Valeu", ["Camila Rocha"]),
    (N, "yahoo", "",
     "Ao abrigo do RGPD, solicito a eliminação dos meus dados e que não me voltem a contactar.",
     "", ["Jorge Pinto"]),
    (U, "yahoo", "", "Já almoçou?", "", []),
    (F, "aol", "Olá,",
     "Funciona com o programa de faturação que usamos, o PHC? E dá para avisar os bares por WhatsApp? "
     "Mande a apresentação, por favor.", "", ["Helena Faria"]),
    (N, "outlook-web", "",
     "Temos só dois bares e os barris voltam todos na mesma carrinha. Não compensa.",
     "", ["Zeca"]),
    (I, "thunderbird-below", "Boa tarde,",
     "Aceito a chamada. Quinta-feira, dia 10, a partir das 15h, hora de Maputo.",
     "", ["Amélia Cossa"]),
    (I, "gmail-android", "", "Pode ligar amanhã às 10h.", "", []),
]
REPLIES["it"] = [
    (I, "gmail-web", "Buongiorno,",
     "Mi chiami pure giovedì pomeriggio al 338 555 1234, sono curioso.",
     "Saluti,", ["Franco Mancuso"]),
    (N, "outlook-desktop", "Gentile dott.ssa Ebbesen,",
     "La ringrazio, ma abbiamo già un gestionale che traccia i fusti con i codici a barre. Non siamo interessati.",
     "Distinti saluti,", ["Marco Bellini", "Responsabile Logistica", "Birrificio Valle Scura", D["it"]]),
    (F, "iphone", "", "Mandi pure la panoramica", "", []),
    (U, "zimbra", "Ciao,",
     "Siamo chiusi per ferie fino all'Epifania e il capo è in Germania per la fiera.",
     "", ["Giulia"]),
    (F, "thunderbird-between", "",
     "Quanto costa all'anno e quanto al mese? E se il locale non restituisce il fusto, cosa succede?",
     "", ["Stefano Ricci"]),
    (I, "outlook-web", "Salve,",
     "Va bene una telefonata, martedì 15 alle 10:30. Se c'è una prova gratuita meglio ancora.",
     "", ["Elisa Conti"]),
    (N, "gmail-android", "", "No grazie, non mi scriva più.", "", []),
    (U, "apple", "",
     "Ma lei è di Milano? Mi sembra di conoscere il cognome.", "", ["Ambrogio"]),
    (F, "outlook-desktop", "Buongiorno,",
     "Ho inoltrato la sua e-mail al nostro responsabile acquisti, Davide Fontana, "
     "davide.fontana@birrificio-valle-scura.test.",
     "Cordialmente,", ["Silvia Greco", "Segreteria", "Birrificio Valle Scura", D["it"]]),
    (I, "gmail-web", "Ciao Tamsin,",
     "Sentiamoci. Mercoledì mattina va bene?",
     "", ["Luca"]),
    (N, "yahoo", "",
     "Eh già, proprio quello che mi mancava, un'altra app. Grazie no.", "", ["Salvatore"]),
    (U, "iphone", "", "Ne parliamo dopo le feste, buon Natale", "", []),
    (F, "aol", "Buonasera,",
     "Non ora: apriamo il nuovo impianto a marzo. Mi riscriva allora, per favore.",
     "", ["Chiara Lombardi"]),
    (N, "outlook-web", "",
     "Abbiamo provato una cosa simile l'anno scorso e gli autisti non la usavano. Lasciamo stare.",
     "", ["Paolo"]),
    (I, "thunderbird-below", "Buongiorno Tamsin,",
     "Sì, facciamo la chiamata. Lunedì 14 dopo le 15.",
     "", ["Anna Moser"]),
    (U, "gmail-android", "", "Ricevuto.", "", []),
]
# the automatic notices written here, each in its sender's format
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "Precedence: bulk"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Callum Boyd", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "I'm out of the office until Monday 14 December with limited access to email.\n"
     "For deliveries and collections please contact dispatch@hollin-ridge-brewing.test."),
    ("exchange-ooo-de", "de", "Petra Hofbauer", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Ich bin bis einschließlich 11. Dezember nicht im Haus.\n"
     "Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen: info@brauhaus-kesselgrund.test."),
    ("exchange-ooo-fr", "fr", "Arnaud Petit", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Je suis absent du bureau jusqu'au mercredi 9 décembre.\n"
     "Pour toute urgence, merci de contacter logistique@brasserie-vieux-moulin.test."),
    ("exchange-ooo-es", "es", "Nerea Castillo", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Estoy fuera de la oficina hasta el 10 de diciembre sin acceso al correo.\n"
     "Para asuntos urgentes, escriba a pedidos@cervecera-sierra-alta.test."),
    ("exchange-ooo-pt", "pt", "Marta Lopes", "Resposta automática: {subject}", EXCHANGE, "exchange",
     "Estarei ausente do escritório até dia 11 de dezembro.\n"
     "Em caso de urgência contacte geral@cervejaria-ribeira-velha.test."),
    ("exchange-ooo-it", "it", "Roberto Gallo", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Sono fuori ufficio fino a lunedì 14 dicembre con accesso limitato alla posta.\n"
     "Per urgenze scrivere a ordini@birrificio-valle-scura.test."),
    ("exchange-ooo-ca", "ca", "Jordi Puigdomènech", "Resposta automàtica: {subject}", EXCHANGE, "exchange",
     "Sóc fora de l'oficina fins al dilluns 14 de desembre.\n"
     "Per a qualsevol urgència, escriviu a comandes@cervecera-sierra-alta.test."),
    ("exchange-ooo-bilingual-de", "de", "Luzia Caflisch", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Ich bin bis am 8. Dezember abwesend.\n"
     "Je suis absente jusqu'au 8 décembre.\n"
     "Dringende Anfragen / demandes urgentes : info@brauhaus-kesselgrund.test"),
    ("exchange-left-it", "it", "Matteo Serra", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Matteo Serra non fa più parte del Birrificio Valle Scura.\n"
     "Per favore scrivete a direzione@birrificio-valle-scura.test."),
    ("gmail-vacation-de", "de", "Florian Stadler", "Urlaub bis 13.12.", GMAIL_VACATION, "plain",
     "Hallo, ich bin im Urlaub und ab dem 14. Dezember wieder erreichbar. Viele Grüße, Florian"),
    ("gmail-vacation-pt", "pt", "Beatriz Monteiro", "Férias", GMAIL_VACATION, "plain",
     "Olá! Estou de férias até 12 de dezembro, com acesso limitado ao email. Obrigada."),
    ("helpdesk-ack-en", "en", "Hollin Ridge Trade Desk", "[Ticket #48213] {subject}",
     ["Auto-Submitted: auto-generated", "X-Loop: {addr}"], "plain",
     "Thanks for contacting the Hollin Ridge trade desk.\n"
     "Your request has been logged as ticket #48213. A member of the team will reply within two working days.\n"
     "Please keep the ticket number in the subject line of any reply."),
    ("helpdesk-ack-fr", "fr", "Service Clients Vieux Moulin", "Accusé de réception : {subject}",
     ["Precedence: bulk", "X-Autoreply: yes"], "plain",
     "Nous avons bien reçu votre message et y répondrons dans les meilleurs délais.\n"
     "Ceci est un message automatique, merci de ne pas y répondre."),
    ("left-company-es", "es", "Óscar Llorente", "Re: {subject}", [], "plain",
     "Óscar Llorente ya no trabaja en Cervecera Sierra Alta.\n"
     "Su correo ha sido redirigido a compras@cervecera-sierra-alta.test."),
    ("left-company-pt", "pt", "Vasco Ferreira", "Re: {subject}", ["Auto-Submitted: auto-replied"], "plain",
     "O Vasco Ferreira já não faz parte da Cervejaria Ribeira Velha. Este endereço deixará de ser lido.\n"
     "Para qualquer assunto escreva para geral@cervejaria-ribeira-velha.test."),
    ("left-company-tr", "tr", "Emre Yildiz", "Re: {subject}", [], "plain",
     "Emre Yıldız artık Brauhaus Kesselgrund'da çalışmamaktadır.\n"
     "Lütfen info@brauhaus-kesselgrund.test adresine yazınız."),
    ("ooo-noheader-fr", "fr", "Odile Mercier", "Absence : {subject}", [], "plain",
     "Bonjour, je suis en congé jusqu'au 7 décembre inclus. Je traiterai votre message à mon retour."),
    ("ooo-noheader-en", "en", "Siobhan Kerr", "Out of office: {subject}", [], "plain",
     "Hi, I'm on annual leave until 9 December. Your email hasn't been forwarded."),
    ("mdn-read-de", "de", "Tobias Kern", "Gelesen: {subject}", [], "mdn",
     "Ihre Nachricht\n\n  An: Tobias Kern\n  Betreff: {subject}\n  Gesendet: Mittwoch, 2. Dezember 2026 09:41\n\n"
     "wurde am Mittwoch, 2. Dezember 2026 10:02 gelesen."),
    ("mdn-read-it", "it", "Federica Villa", "Letto: {subject}", [], "mdn",
     "Il messaggio\n\n  A: Federica Villa\n  Oggetto: {subject}\n  Inviato: mercoledì 2 dicembre 2026 09:41\n\n"
     "è stato letto mercoledì 2 dicembre 2026 11:15."),
]
LEAD_DOMAIN = {"en": "hollin-ridge-brewing.test", "de": "brauhaus-kesselgrund.test",
               "fr": "brasserie-vieux-moulin.test", "es": "cervecera-sierra-alta.test",
               "pt": "cervejaria-ribeira-velha.test", "it": "birrificio-valle-scura.test"}
COMPANY = {"en": "Hollin Ridge Brewing", "de": "Brauhaus Kesselgrund", "fr": "Brasserie du Vieux Moulin",
           "es": "Cervecera Sierra Alta", "pt": "Cervejaria Ribeira Velha", "it": "Birrificio Valle Scura"}
# the ca and tr notices come from the es and de leads' companies and answer their campaign emails
AUTO_DOMAIN = dict(LEAD_DOMAIN, ca=LEAD_DOMAIN["es"], tr=LEAD_DOMAIN["de"])
AUTO_SUBJECT = dict(SUBJECT, ca=SUBJECT["es"], tr=SUBJECT["de"])
FIRST = ["Robin", "Sasha", "Noa", "Kim", "Alex", "Eli", "Dani", "Jules"]
CAPTURED = [  # (name, language of its text, lead address, campaign Message-ID) as capture.sh sends them
    ("sieve-vacation-de", "de", "henrike.brandes@brauhaus-kesselgrund.test", "ka12-s01"),
    ("sieve-vacation-fr", "fr", "solene.marchal@brasserie-vieux-moulin.test", "ka12-s02"),
    ("sieve-vacation-es", "es", "itziar.arrieta@cervecera-sierra-alta.test", "ka12-s03"),
    ("sieve-vacation-pt", "pt", "leonor.quintas@cervejaria-ribeira-velha.test", "ka12-s04"),
    ("sieve-vacation-it", "it", "ornella.pace@birrificio-valle-scura.test", "ka12-s05"),
    ("sieve-vacation-en", "en", "morag.innes@hollin-ridge-brewing.test", "ka12-s06"),
    ("sieve-vacation-nl", "nl", "joost.vermeulen@hollin-ridge-brewing.test", "ka12-s07"),
    ("sieve-vacation-fi", "fi", "aino.virtanen@brauhaus-kesselgrund.test", "ka12-s08"),
    ("sieve-reject-de", "de", "gerd.falk@brauhaus-kesselgrund.test", "ka12-s09"),
    ("postfix-unknown-user-en", "en", "cellar@hollin-ridge-brewing.test", "ka12-s10"),
    ("postfix-unknown-user-it", "en", "magazzino@birrificio-valle-scura.test", "ka12-s11"),
    ("postfix-unknown-user-de", "en", "lager@brauhaus-kesselgrund.test", "ka12-s12"),
    ("postfix-mailbox-disabled", "en", "compras.sevilla@cervecera-sierra-alta.test", "ka12-s13"),
    ("postfix-relocated", "en", "bruno.alves@cervejaria-ribeira-velha.test", "ka12-s14"),
    ("postfix-policy-reject", "en", "presse@brasserie-vieux-moulin.test", "ka12-s15"),
    ("postfix-nxdomain-fr", "en", "contact@brasserie-des-dunes.invalid", "ka12-s16"),
    ("postfix-nxdomain-pt", "en", "geral@cervejaria-do-cabo.invalid", "ka12-s17"),
    ("postfix-delayed-mailbox-full", "en", "taproom@hollin-ridge-brewing.test", "ka12-s18"),
    ("postfix-expired-mailbox-full", "en", "taproom@hollin-ridge-brewing.test", "ka12-s18"),
]


def _normal(s):
    """Case-, accent-form- and space-insensitive text, so that a campaign line is found however it was wrapped."""
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
            problems += ["%s #%d holds %r" % (lang, i + 1, l) for l in fixed if l in text]
        counts = {c: sum(1 for r in replies if r[0] == c) for c in (I, N, F, U)}
        if len(replies) != 16 or set(counts.values()) != {4}:
            problems.append("%s: %d replies %s" % (lang, len(replies), counts))
    if problems:
        raise SystemExit("fixture check failed:\n" + "\n".join(problems))


def _reply_date(n):
    """Replies from Wednesday 2 to Friday 4 December 2026, in the afternoon or the next days."""
    day = ("Wed, 02", "Thu, 03", "Fri, 04")[n % 3]
    return "%s Dec 2026 %02d:%02d:%02d +0100" % (day, 11 + n % 9, (n * 29) % 60, (n * 31) % 60)


def main():
    check_fixture()
    rows = CLIENTS.write_replies(
        OUT, REPLIES, subjects=SUBJECT, campaigns=CAMPAIGN, companies=COMPANY, lead_domains=LEAD_DOMAIN,
        first_names=FIRST, mid="ka12-r%03d", token="t12r%03d", date=_reply_date)
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=AUTO_SUBJECT, lead_domains=AUTO_DOMAIN, mid="ka12-r%03d",
        date=lambda n: "Wed, 02 Dec 2026 %02d:%02d:%02d +0100" % (11 + n % 7, 3 + n % 53, (n * 43) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
