#!/usr/bin/env python3
"""Writes the client-format messages of the third kept-apart set (messages/*.eml), labels.csv and campaign/.

Everything a person or an automatic notice says was written for this set (product "Shelfwise", inventory
forecasting for retailers, seller Jonas Pereira, new lead domains) without looking at the classifiers' cues, examples
or reply-text code, or at the texts of the first two kept-apart sets. The MIME machinery around the words
(multipart/alternative with the HTML each client writes, quoted-printable or base64, the clients' localised
attribution lines and header blocks, mobile and corporate signatures) is ../kept-apart-tools/clients.py, shared by
the kept-apart sets; this script keeps what is the set's own. The real Postfix bounces and Dovecot sieve replies are
captured by capture.sh, not written here; this script only adds their labels.

    python3 generate.py     # rewrites the written messages/<name>.eml, labels.csv and campaign/<lang>.txt
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the test resources
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "kept-apart-tools"))
import clients  # noqa: E402

OUT = os.path.join(HERE, "messages")
SELLER_NAME, SELLER_ADDR = "Jonas Pereira", "jonas@shelfwise.test"
MID_DOMAIN = "shelfwise.test"  # the campaign emails' Message-IDs are <ka3-…@shelfwise.test>
OPTOUT = "https://shelfwise.test/optout/"

SUBJECT = {
    "en": "Knowing what will sell next week",
    "de": "Wissen, was nächste Woche verkauft wird",
    "fr": "Savoir ce qui se vendra la semaine prochaine",
    "es": "Saber qué se venderá la semana que viene",
    "pt": "Saber o que vai vender na próxima semana",
    "it": "Sapere cosa venderete la settimana prossima",
}
CAMPAIGN = {
    "en": """Hi {first},

Most store teams I speak to still reorder from last year's spreadsheet and find out on Saturday what ran out on Thursday.

Shelfwise reads your till data every night and tells each store what to reorder, and how much, before the shelf is empty. Retailers of your size have cut stock-outs by about a third in their first quarter with it.

Would 20 minutes next week make sense to see whether it fits {company}?

Best regards,
Jonas Pereira
Shelfwise · Account Executive · +49 30 5557 1200

Shelfwise GmbH, Torstraße 140, 10119 Berlin
You are receiving this email because we think Shelfwise may be relevant to your work. To stop receiving emails from us: https://shelfwise.test/optout/{token}""",
    "de": """Hallo {first},

in vielen Filialen wird noch mit der Liste vom Vorjahr nachbestellt, und am Samstag fehlt genau das, was am Donnerstag ausverkauft war.

Shelfwise liest jede Nacht Ihre Kassendaten und sagt jeder Filiale, was sie in welcher Menge nachbestellen sollte, bevor das Regal leer ist. Händler Ihrer Größe haben damit ihre Fehlbestände im ersten Quartal um rund ein Drittel gesenkt.

Hätten Sie nächste Woche 20 Minuten, um zu sehen, ob das zu {company} passt?

Viele Grüße
Jonas Pereira
Shelfwise · Account Executive · +49 30 5557 1200

Shelfwise GmbH, Torstraße 140, 10119 Berlin
Sie erhalten diese E-Mail, weil Shelfwise für Ihre Arbeit relevant sein könnte. Keine weiteren E-Mails von uns: https://shelfwise.test/optout/{token}""",
    "fr": """Bonjour {first},

Dans beaucoup de magasins, on recommande encore à partir du tableur de l'an dernier, et on découvre le samedi ce qui manquait depuis le jeudi.

Shelfwise lit chaque nuit vos données de caisse et indique à chaque magasin quoi recommander, et en quelle quantité, avant que le rayon soit vide. Des enseignes de votre taille ont réduit leurs ruptures d'environ un tiers dès le premier trimestre.

Auriez-vous 20 minutes la semaine prochaine pour voir si cela conviendrait à {company} ?

Bien cordialement,
Jonas Pereira
Shelfwise · Account Executive · +49 30 5557 1200

Shelfwise GmbH, Torstraße 140, 10119 Berlin
Vous recevez cet e-mail car Shelfwise pourrait être utile à votre activité. Pour ne plus recevoir nos e-mails : https://shelfwise.test/optout/{token}""",
    "es": """Hola, {first}:

En muchas tiendas todavía se repone con la hoja de cálculo del año pasado y el sábado se descubre lo que se agotó el jueves.

Shelfwise lee cada noche los datos de vuestras cajas y le dice a cada tienda qué reponer, y en qué cantidad, antes de que la estantería se quede vacía. Cadenas de vuestro tamaño han reducido las roturas de stock en torno a un tercio en el primer trimestre.

¿Tendrías 20 minutos la semana que viene para ver si encaja en {company}?

Un saludo,
Jonas Pereira
Shelfwise · Account Executive · +49 30 5557 1200

Shelfwise GmbH, Torstraße 140, 10119 Berlín
Recibes este correo porque creemos que Shelfwise puede ser útil para tu trabajo. Para no recibir más correos nuestros: https://shelfwise.test/optout/{token}""",
    "pt": """Olá {first},

Em muitas lojas ainda se faz a reposição com a folha de cálculo do ano passado, e só ao sábado se descobre o que esgotou na quinta-feira.

O Shelfwise lê todas as noites os dados das suas caixas e diz a cada loja o que repor, e em que quantidade, antes de a prateleira ficar vazia. Retalhistas da sua dimensão reduziram as ruturas de stock em cerca de um terço logo no primeiro trimestre.

Teria 20 minutos na próxima semana para vermos se faz sentido para a {company}?

Com os melhores cumprimentos,
Jonas Pereira
Shelfwise · Account Executive · +49 30 5557 1200

Shelfwise GmbH, Torstraße 140, 10119 Berlim
Recebe este e-mail porque achamos que o Shelfwise pode ser útil para o seu trabalho. Para deixar de receber os nossos e-mails: https://shelfwise.test/optout/{token}""",
    "it": """Buongiorno {first},

in molti negozi si riordina ancora con il foglio Excel dell'anno scorso, e il sabato si scopre cosa è finito il giovedì.

Shelfwise legge ogni notte i dati delle vostre casse e dice a ogni punto vendita cosa riordinare, e in che quantità, prima che lo scaffale resti vuoto. Catene delle vostre dimensioni hanno ridotto le rotture di stock di circa un terzo già nel primo trimestre.

Avrebbe 20 minuti la settimana prossima per capire se può fare al caso di {company}?

Cordiali saluti,
Jonas Pereira
Shelfwise · Account Executive · +49 30 5557 1200

Shelfwise GmbH, Torstraße 140, 10119 Berlino
Riceve questa e-mail perché pensiamo che Shelfwise possa essere utile al suo lavoro. Per non ricevere più le nostre e-mail: https://shelfwise.test/optout/{token}""",
}


# how the replies quote it: sent Tue 1 Dec 2026 10:15:07; French Outlook mobile says "Télécharger"
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 1, 10, 15, 7), OPTOUT,
                           dict(clients.OUTLOOK_FOR_ANDROID, fr="Télécharger Outlook pour Android"),
                           "https://aka.ms/AAb9ysg")


# ---------------------------------------------------------------------------------------------------------------
# The people's replies, as clients.Campaign.write_replies takes them. Labels say what the person means.
I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"
DISCLAIMER = {
    "en": "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Harbour & Pine Home Stores Ltd, registered in England and Wales no. 08812345.",
    "de": "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Drogerie Kessler GmbH & Co. KG, Sitz Stuttgart, HRA 72114.",
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer. Maison Vautrin SAS, RCS Lyon 512 334 908.",
    "es": "Este mensaje y sus anexos son confidenciales y van dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Ferreterías Olmedo S.L., CIF B-45123987.",
    "pt": "Esta mensagem e os seus anexos são confidenciais e destinam-se apenas ao destinatário indicado. Se a recebeu por engano, informe o remetente e apague-a. Casa Cardoso, Lda., NIPC 509 887 321.",
    "it": "Questo messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario. Se lo ha ricevuto per errore, la preghiamo di avvisare il mittente e di cancellarlo. Cartolerie Benassi S.r.l., P.IVA 03321870374.",
}
REPLIES = {
    "en": [
        (I, "gmail-web", "Hi Jonas,",
         "This is actually on my list for January. We had three stores run out of advent calendars in the first week of December and I'm still hearing about it.\n"
         "Can you do Tuesday the 8th, any time after 11? I'd like our buying manager to sit in.",
         "Thanks,", ["Megan Holloway", "Head of Retail Operations", "Harbour & Pine Home Stores"]),
        (I, "outlook-desktop", "Hello Jonas,",
         "Yes, let's talk. Could you send over a couple of slots for next week? Mornings suit me better, I'm on the shop floor most afternoons.",
         "Kind regards", ["Graham Oduya", "Regional Manager – North West", "Harbour & Pine Home Stores", DISCLAIMER["en"]]),
        (I, "iphone", "", "Sure, go ahead and book something in.", "", ["Tasha"]),
        (I, "thunderbird-between", "",
         "It might, yes. We're 14 stores, all on Lightspeed tills. If you can show me it working with that, I'm in. Friday morning any good?",
         "", ["Owen", "Owen Marsh | Stock Control | Harbour & Pine"]),
        (N, "outlook-web", "Hi Jonas,",
         "Thanks, but our data team built their own forecasting model last year and it does the job for us. Not something we'd look at.",
         "All the best,", ["Rachel Denby"]),
        (N, "yahoo", "",
         "Please take me off your mailing list. I run one shop, I don't need software to tell me what to order.",
         "", ["Bill"]),
        (N, "gmail-android", "", "Not for us, sorry.", "", []),
        (N, "zimbra", "Hi,",
         "We signed with another forecasting vendor in the summer, so this won't make sense for us for a few years at least. Good luck with it though.",
         "Cheers,", ["Simon Achterberg", "Supply Chain Director"]),
        (F, "apple", "Hi Jonas,",
         "I'm not the right person for this. Stock planning sits with Priya Nair, our supply chain lead. She's on priya.nair@harbourpine.test, feel free to say I passed it on.",
         "Best,", ["Daniel Fraser", "Commercial Director"]),
        (F, "aol", "",
         "What does it cost? We're a small chain, 6 shops. If it's priced for the big boys there's no point talking.",
         "", ["Ken Aldous"]),
        (F, "thunderbird-below", "Hi Jonas,",
         "I'm off from the 11th and not back until 4 January. Drop me a line after that and we can look at it properly, January is when we plan the spring ranges anyway.",
         "Thanks", ["Helen Pryce"]),
        (F, "outlook-desktop", "Jonas,",
         "Could you send me something in writing first? A short overview and a case study from a homewares retailer would help me make the case internally.",
         "Regards,", ["Stuart McBride", "Finance Director", "Harbour & Pine Home Stores", DISCLAIMER["en"]]),
        (U, "gmail-web", "", "Thanks for the email, noted.", "", ["Aisha Rahman"]),
        (U, "iphone", "", "Is this the same company that phoned our Leeds store last week?", "", []),
        (U, "outlook-web", "Hi,",
         "Funny timing. We're halfway through moving to a new ERP, so everything is up in the air here at the moment.",
         "", ["Philippa Grant"]),
        (U, "yahoo", "", "Hmm. We tried something like this back in 2019. It didn't end well.", "", ["Roy"]),
    ],
    "de": [
        (I, "outlook-desktop", "Hallo Herr Pereira,",
         "das Thema Fehlbestände beschäftigt uns gerade sehr, vor allem in den kleineren Filialen. Ein Termin nächste Woche passt gut, am liebsten Mittwoch oder Donnerstag vormittags. Schicken Sie mir bitte eine Einladung.",
         "Viele Grüße", ["Katrin Seidel", "Leitung Filialsteuerung", "Drogerie Kessler GmbH & Co. KG", DISCLAIMER["de"]]),
        (I, "gmail-web", "Hallo Jonas,",
         "klingt spannend. Können Sie uns das einmal an unseren echten Daten zeigen? Dann nehme ich unseren Leiter Einkauf mit dazu.",
         "Gruß", ["Florian Beck"]),
        (I, "thunderbird-between", "",
         "Ja, durchaus. Rufen Sie mich gern an, am besten Dienstag ab 14 Uhr unter 0711 555 2940.",
         "", ["Dirk Vollmer"]),
        (I, "iphone", "", "Gern, schicken Sie mir einen Termin.", "", ["Petra"]),
        (N, "outlook-web", "Guten Tag,",
         "vielen Dank, aber wir arbeiten seit Jahren mit SAP F&R und sind damit zufrieden. Kein Bedarf.",
         "Mit freundlichen Grüßen", ["Ralf Hinrichs"]),
        (N, "zimbra", "",
         "Bitte nehmen Sie mich aus Ihrem Verteiler und schreiben Sie mir nicht mehr.",
         "", ["U. Brandl"]),
        (N, "gmail-android", "", "Nein danke.", "", []),
        (N, "apple", "Hallo,",
         "wir sind ein Familienbetrieb mit zwei Läden, das bestelle ich seit dreißig Jahren aus dem Kopf. Brauchen wir nicht.",
         "Grüße", ["Werner Kessler"]),
        (F, "outlook-desktop", "Sehr geehrter Herr Pereira,",
         "für Warenwirtschaft und Disposition ist bei uns Herr Jürgen Albers zuständig (juergen.albers@kessler-drogerie.test). Ich habe ihm Ihre Mail weitergeleitet, wenden Sie sich bitte direkt an ihn.",
         "Mit freundlichen Grüßen", ["Anja Lorenz", "Assistenz der Geschäftsführung", "Drogerie Kessler GmbH & Co. KG", DISCLAIMER["de"]]),
        (F, "thunderbird-below", "Hallo Herr Pereira,",
         "ich bin ab Freitag drei Wochen im Urlaub und danach kommt die Inventur. Melden Sie sich bitte Ende Januar noch einmal, dann habe ich Luft dafür.",
         "Gruß", ["Stefan Maurer"]),
        (F, "yahoo", "",
         "Was kostet so etwas pro Filiale und Monat? Und läuft das auch mit unseren Vectron-Kassen?",
         "", ["Heike Baumann"]),
        (F, "aol", "Guten Tag,",
         "schicken Sie mir bitte erst einmal Unterlagen per Mail, Preisliste inklusive. Telefonieren mag ich erst, wenn ich weiß, worum es genau geht.",
         "MfG", ["G. Wendt"]),
        (U, "gmail-web", "", "Danke für die Info.", "", ["Lars"]),
        (U, "outlook-web", "",
         "Sind Sie die Firma, die letzte Woche schon bei uns in der Filiale angerufen hat?",
         "", ["Monika Fuchs"]),
        (U, "iphone", "", "Hm. Schwierig.", "", []),
        (U, "apple", "Hallo Jonas,",
         "lustig, genau darüber haben wir gestern in der Teamrunde gesprochen.",
         "Grüße", ["Nina Albrecht"]),
    ],
    "fr": [
        (I, "gmail-web", "Bonjour Jonas,",
         "Oui, ça m'intéresse. On a eu pas mal de ruptures au rayon frais cet automne. Je suis dispo jeudi 10 en fin de matinée, ça vous irait ?",
         "Bonne journée,", ["Sophie Marchand"]),
        (I, "outlook-desktop", "Bonjour,",
         "Je veux bien une démo. Pouvez-vous me proposer deux ou trois créneaux la semaine prochaine ? J'inviterai notre responsable des achats.",
         "Cordialement,", ["Laurent Fabre", "Directeur des opérations", "Maison Vautrin", DISCLAIMER["fr"]]),
        (I, "thunderbird-between", "",
         "Peut-être bien, oui. Appelez-moi mardi après 15h au 04 72 55 31 08, on en parle.",
         "", ["Gilles Perrin"]),
        (I, "gmail-android", "", "Ok pour un appel.", "", []),
        (N, "apple", "Bonjour,",
         "Merci, mais nous venons de signer avec un autre éditeur pour la prévision des ventes. Ce n'est pas le moment.",
         "Cordialement", ["Émilie Rousseau"]),
        (N, "outlook-web", "",
         "Je ne souhaite plus recevoir vos messages. Merci de supprimer mon adresse de vos fichiers.",
         "", ["Hervé Collin"]),
        (N, "yahoo", "", "Non merci, ça ne nous concerne pas.", "", ["Josiane"]),
        (N, "zimbra", "Bonjour,",
         "Nous sommes une coopérative, les commandes passent par la centrale d'achat. Nous n'avons pas besoin de ce type d'outil.",
         "Bien à vous,", ["Pascal Lemaire", "Magasin de Villeurbanne"]),
        (F, "outlook-desktop", "Bonjour Monsieur Pereira,",
         "Je ne m'occupe pas de ce sujet. Voyez plutôt avec Mme Céline Garnier, responsable approvisionnement : celine.garnier@vautrin-epicerie.test",
         "Cordialement,", ["Thierry Blanc", "Directeur administratif et financier", "Maison Vautrin", DISCLAIMER["fr"]]),
        (F, "aol", "",
         "Combien ça coûte pour 9 magasins ? Et est-ce qu'il y a un engagement sur la durée ?",
         "", ["M. Dubois"]),
        (F, "iphone", "",
         "Je pars en congés demain jusqu'au 4 janvier. Recontactez-moi à la rentrée, le sujet m'intéresse mais pas avant.",
         "", ["Claire"]),
        (F, "thunderbird-below", "Bonjour,",
         "Avant d'aller plus loin, pouvez-vous m'envoyer une plaquette et quelques références clients dans l'alimentaire ? Je regarderai ça tranquillement.",
         "Cordialement,", ["Nathalie Giraud"]),
        (U, "gmail-web", "", "Merci pour votre message.", "", ["Antoine"]),
        (U, "apple", "", "Bonne question… Je ne sais pas trop quoi vous répondre.", "", ["Mathieu Roux"]),
        (U, "outlook-web", "", "On verra.", "", []),
        (U, "gmail-android", "", "C'est vous qui avez appelé le magasin de Lyon lundi ?", "", []),
    ],
    "es": [
        (I, "outlook-desktop", "Hola, Jonas:",
         "Nos interesa. Este año hemos tenido roturas de stock en tornillería en casi todas las tiendas. ¿Podemos vernos por Teams el martes 15 a las 10:00?",
         "Saludos,", ["Carmen Villalba", "Directora de Operaciones", "Ferreterías Olmedo", DISCLAIMER["es"]]),
        (I, "gmail-web", "Buenas, Jonas:",
         "Me gustaría ver una demo con nuestros datos reales. ¿Qué necesitaríais de nuestra parte para prepararla?",
         "Gracias,", ["Diego Pastor"]),
        (I, "iphone", "", "Vale, llámame.", "", ["Rubén"]),
        (I, "thunderbird-between", "",
         "Sí, puede encajar. Mándame un par de huecos para la semana que viene y lo vemos con calma.",
         "", ["Sergio Mena"]),
        (N, "yahoo", "Hola,",
         "Gracias, pero ya trabajamos con una herramienta de previsión integrada en nuestro ERP y no tenemos intención de cambiar.",
         "Saludos", ["Pilar Requena"]),
        (N, "gmail-android", "", "No me interesa. Por favor, no me escriban más.", "", []),
        (N, "outlook-web", "", "Dame de baja de esta lista, por favor.", "", ["Marisa López"]),
        (N, "zimbra", "Hola,",
         "Somos una ferretería de barrio con un solo local. Esto no es para nosotros.",
         "Un saludo,", ["Paco Olmedo"]),
        (F, "apple", "Hola, Jonas:",
         "Esto lo lleva mi compañero Álvaro Ruiz, de compras. Escríbele a alvaro.ruiz@olmedo-ferreteria.test y dile que vas de mi parte.",
         "Un saludo,", ["Lucía Herrero"]),
        (F, "aol", "", "¿Qué precio tiene? ¿Se paga por tienda o por usuario?", "", ["Andrés"]),
        (F, "outlook-desktop", "Hola, Jonas:",
         "Ahora mismo estoy de vacaciones con la familia y no vuelvo hasta el 7 de enero. Si te parece, escríbeme a la vuelta y lo miramos.",
         "Un saludo,", ["Beatriz Soler", "Responsable de Compras", "Ferreterías Olmedo", DISCLAIMER["es"]]),
        (F, "thunderbird-below", "",
         "¿Funciona con los TPV de Glop? Si es así, mándame la información técnica y la reviso con nuestro informático.",
         "Gracias.", ["Iván Cordero"]),
        (U, "gmail-web", "", "Muchas gracias por la información.", "Un saludo", ["Rosa"]),
        (U, "iphone", "", "¿Nos conocemos?", "", []),
        (U, "outlook-web", "",
         "Interesante lo que contáis. En su día probamos algo parecido y acabó olvidado en un cajón.",
         "", ["Jorge Santamaría"]),
        (U, "yahoo", "", "Ya veremos.", "", ["Manolo"]),
    ],
    "pt": [
        (I, "gmail-web", "Oi Jonas, tudo bem?",
         "Tenho interesse sim. A gente perde muita venda por falta de produto nas lojas do interior. Podemos marcar uma conversa na quinta à tarde?",
         "Abraço,", ["Juliana Prado"]),
        (I, "outlook-desktop", "Bom dia,",
         "Gostaria de agendar uma demonstração. Pode enviar-me disponibilidade para a próxima semana? De preferência de manhã.",
         "Melhores cumprimentos,", ["Nuno Carvalho", "Diretor de Operações", "Casa Cardoso", DISCLAIMER["pt"]]),
        (I, "iphone", "", "Pode ligar, sim.", "", ["Thiago"]),
        (I, "zimbra", "Olá Jonas,",
         "Faz sentido para nós. Podemos testar numa loja durante um mês? Se sim, avançamos já.",
         "Cumprimentos,", ["Rui Moreira"]),
        (N, "outlook-web", "Bom dia,",
         "Obrigado, mas não temos interesse. Já usamos a previsão de vendas que vem com o nosso ERP.",
         "Cumprimentos,", ["Sérgio Pinto"]),
        (N, "yahoo", "", "Por favor me tire da sua lista de contatos.", "", ["Cláudia"]),
        (N, "gmail-android", "", "Não, obrigado.", "", []),
        (N, "apple", "Olá,",
         "Somos uma mercearia pequena e não vamos investir em software este ano.",
         "Obrigada na mesma,", ["Teresa Antunes"]),
        (F, "outlook-desktop", "Olá Jonas,",
         "Quem cuida disso aqui é a Fernanda Rocha, da área de abastecimento. O e-mail dela é fernanda.rocha@casacardoso.test, pode falar com ela em meu nome.",
         "Att.,", ["Marcelo Duarte", "Gerente Comercial", "Casa Cardoso", DISCLAIMER["pt"]]),
        (F, "aol", "", "Quanto custa por loja? Tem contrato mínimo?", "", ["Wagner"]),
        (F, "thunderbird-below", "Boa tarde,",
         "Vou estar de férias entre 14 de dezembro e 5 de janeiro. Volte a contactar-me em meados de janeiro, por favor, nessa altura já tenho tempo para ver isto com atenção.",
         "Cumprimentos,", ["Paula Fonseca"]),
        (F, "thunderbird-between", "",
         "Talvez. Antes de marcar, me manda uma apresentação com preços e alguns clientes do varejo que usam?",
         "", ["Eduardo Lins"]),
        (U, "gmail-web", "", "Obrigado pelo contato.", "", ["Renato"]),
        (U, "iphone", "", "Já não é a primeira vez que recebo isto.", "", []),
        (U, "outlook-web", "", "Hum, interessante. Vamos ver.", "", ["Bianca Souza"]),
        (U, "yahoo", "", "Recebido.", "", ["Joaquim"]),
    ],
    "it": [
        (I, "outlook-desktop", "Buongiorno Jonas,",
         "sì, mi interessa. Con quaderni e zaini a settembre abbiamo sbagliato tutte le scorte. Possiamo sentirci giovedì alle 11?",
         "Cordiali saluti", ["Francesca Lodi", "Responsabile Acquisti", "Cartolerie Benassi", DISCLAIMER["it"]]),
        (I, "gmail-web", "Ciao Jonas,",
         "volentieri. Mi mandi un invito per una demo, così la faccio vedere anche al mio socio.",
         "Grazie", ["Stefano Guidi"]),
        (I, "iphone", "", "Ok, chiamami pure.", "", ["Matteo"]),
        (I, "thunderbird-between", "",
         "Direi di sì. Martedì o mercoledì pomeriggio per me vanno bene, mi chiami al 051 555 8812.",
         "", ["Roberto Cavalli"]),
        (N, "zimbra", "Buongiorno,",
         "grazie, ma abbiamo già un gestionale che fa le previsioni e non intendiamo cambiarlo.",
         "Saluti", ["Alessandra Neri"]),
        (N, "outlook-web", "", "Vi prego di cancellarmi dalla vostra mailing list.", "", ["Paolo Ricci"]),
        (N, "gmail-android", "", "No grazie, non ci interessa.", "", []),
        (N, "yahoo", "Salve,",
         "siamo una piccola cartoleria, queste cose non fanno per noi. Buon lavoro.",
         "", ["Gianna"]),
        (F, "apple", "Buongiorno,",
         "non sono io la persona giusta: degli ordini si occupa mia sorella, Elena Benassi. Le scriva a elena.benassi@benassi-cartoleria.test.",
         "Saluti", ["Marta Benassi"]),
        (F, "aol", "", "Quanto costa all'anno per tre negozi?", "", ["Franco"]),
        (F, "gmail-web", "Buongiorno,",
         "sono in ferie fino al 6 gennaio e fino ad allora non riesco a guardarci. Mi riscriva dopo l'Epifania, per favore.",
         "Grazie e buone feste", ["Silvia Conti"]),
        (F, "outlook-desktop", "Gentile Jonas,",
         "può mandarmi una presentazione e un listino? Ne parlo con l'amministrazione e le faccio sapere.",
         "Cordiali saluti", ["Davide Marchetti", "Controller", "Cartolerie Benassi", DISCLAIMER["it"]]),
        (U, "thunderbird-below", "", "Grazie per la mail.", "", ["Luigi"]),
        (U, "iphone", "", "Mah, vedremo.", "", []),
        (U, "outlook-web", "",
         "Curioso, proprio ieri ne parlavo con il nostro commercialista.",
         "", ["Valeria Gatti"]),
        (U, "zimbra", "", "Ricevuto, grazie.", "", ["Sandro Mele"]),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# Automatic notices written here in their senders' formats, as clients.Campaign.write_automatic takes them.
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "X-Google-Smtp-Source: AGHT+IHq8Lm2VwZ0Tx4Rk"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Ruth Kendall", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "I'm out of the office until Monday 14 December with limited access to email. For anything to do with store "
     "orders please contact replenishment@harbourpine.test, otherwise I'll reply when I'm back.\n\nThanks,\nRuth Kendall"),
    ("exchange-ooo-de", "de", "Sabine Roth", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Vielen Dank für Ihre E-Mail. Ich bin vom 30.11. bis 11.12.2026 nicht im Haus und lese in dieser Zeit keine "
     "E-Mails. Ihre Nachricht wird nicht automatisch weitergeleitet. In dringenden Fällen erreichen Sie unser "
     "Sekretariat unter 0711 555 2900.\n\nMit freundlichen Grüßen\nSabine Roth"),
    ("exchange-ooo-fr", "fr", "Aurélie Matthieu", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\n\nJe suis absente du bureau jusqu'au mercredi 9 décembre inclus. Pour toute demande urgente, merci "
     "d'écrire à achats@vautrin-epicerie.test.\n\nBien à vous,\nAurélie Matthieu"),
    ("exchange-ooo-es", "es", "Nuria Castaño", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Gracias por su mensaje. Estaré fuera de la oficina por un viaje de trabajo hasta el 10 de diciembre, con "
     "acceso limitado al correo. Para asuntos urgentes, contacte con compras@olmedo-ferreteria.test.\n\n"
     "Atentamente,\nNuria Castaño"),
    ("exchange-ooo-pt", "pt", "Helena Magalhães", "Resposta automática: {subject}", EXCHANGE, "exchange",
     "Obrigada pela sua mensagem. Encontro-me ausente do escritório até dia 11 de dezembro, com acesso limitado ao "
     "e-mail. Para assuntos urgentes, contacte loja@casacardoso.test.\n\nCumprimentos,\nHelena Magalhães"),
    ("exchange-ooo-it", "it", "Marco Ferri", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Gentile mittente,\nsono assente dall'ufficio fino a lunedì 14 dicembre. Al mio rientro risponderò alla sua "
     "e-mail. Per urgenze può contattare il numero 051 555 8800.\n\nCordiali saluti\nMarco Ferri"),
    ("exchange-ooo-it-en", "it", "Giulia Benassi", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Sono fuori ufficio fino al 9 dicembre, con accesso limitato alla posta.\nI am out of the office until "
     "9 December with limited access to email.\n\nGiulia Benassi"),
    ("exchange-left-fr", "fr", "Pierre Lacombe", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\n\nPierre Lacombe ne fait plus partie de Maison Vautrin et cette boîte aux lettres n'est plus "
     "consultée. Pour toute question commerciale, merci d'écrire à contact@vautrin-epicerie.test.\n\n"
     "Ce message a été généré automatiquement."),
    ("gmail-vacation-en", "en", "Tom Whitcombe", "Away until 15 December", GMAIL_VACATION, "plain",
     "Hi, thanks for your note. I'm travelling for our new store openings and away from my desk until "
     "15 December. I'll get back to you when I'm back.\nTom"),
    ("gmail-vacation-es", "es", "Lucía Gómez", "Re: {subject}", GMAIL_VACATION, "plain",
     "Hola, estoy de vacaciones hasta el 8 de diciembre y no voy a mirar el correo. Te contesto a la vuelta. "
     "¡Gracias!\nLucía"),
    ("helpdesk-en", "en", "Harbour & Pine Customer Care", "Ticket Received - {subject}",
     ["Auto-Submitted: auto-generated", "X-Autoreply: true", "Precedence: bulk"], "plain",
     "Dear customer,\n\nWe would like to acknowledge that we have received your request and a ticket has been "
     "created. A support representative will review your request and send you a personal response, usually within "
     "24 hours.\n\nTo view the status of the ticket or add comments, please visit "
     "https://support.harbourpine.test/helpdesk/tickets/48213\n\nThank you for your patience.\n\nSincerely,\n"
     "Harbour & Pine Customer Care"),
    ("helpdesk-it", "it", "Servizio Clienti Cartolerie Benassi", "[#204117] Richiesta ricevuta: {subject}",
     ["Precedence: auto_reply", "X-Mailer: osTicket Mailer"], "plain",
     "Gentile cliente,\n\nabbiamo ricevuto la sua richiesta e le abbiamo assegnato il numero di ticket #204117. "
     "Un operatore le risponderà il prima possibile.\n\nPuò seguire lo stato della richiesta qui: "
     "https://assistenza.benassi-cartoleria.test/view.php?t=204117\n\nServizio Clienti Cartolerie Benassi"),
    ("left-en", "en", "Daniel Webb", "Daniel Webb has left Harbour & Pine", ["Auto-Submitted: auto-replied"],
     "plain",
     "Thank you for your email. Daniel Webb has left Harbour & Pine Home Stores and this mailbox is no longer "
     "monitored. Your message has not been forwarded. For buying enquiries please write to buying@harbourpine.test."),
    ("left-de", "de", "Melanie Vogt", "Re: {subject}", [], "plain",
     "Frau Melanie Vogt ist nicht mehr für die Drogerie Kessler tätig. Ihre E-Mail wurde nicht weitergeleitet.\n"
     "Bitte richten Sie Ihr Anliegen künftig an einkauf@kessler-drogerie.test."),
    ("left-pt", "pt", "Ricardo Alves", "Resposta automática: {subject}", [], "plain",
     "Prezado(a),\n\nO colaborador Ricardo Alves não faz mais parte do quadro de funcionários da Casa Cardoso. Este "
     "e-mail não é mais monitorado.\nPor favor, encaminhe sua mensagem para compras@casacardoso.test.\n\n"
     "Atenciosamente,\nTI – Casa Cardoso"),
    ("ooo-noheader-en", "en", "Karen Holt", "Out of Office: {subject}", [], "plain",
     "I'm on leave from 3 to 17 December and won't see your message until I'm back. For urgent store issues call "
     "head office on 0161 555 0190.\n\nKaren Holt"),
    ("ooo-noheader-it", "it", "Luca Orsini", "Risposta automatica: {subject}", [], "plain",
     "Fino al 13 dicembre sarò fuori sede per fiere e avrò accesso limitato alla posta elettronica. Risponderò al "
     "mio rientro.\nPer urgenze: ordini@benassi-cartoleria.test\n\nLuca Orsini"),
    ("ooo-noheader-es", "es", "Javier Montoro", "Fuera de la oficina: {subject}", [], "plain",
     "Este buzón no será atendido hasta el lunes 14 de diciembre. Su mensaje será leído a mi regreso.\n"
     "Si necesita atención inmediata, llame al 91 555 47 20.\n\nJavier Montoro"),
    ("mdn-read-en", "en", "Ann Morrow", "Read: {subject}", [], "mdn",
     "Your message\n\n  To: Ann Morrow\n  Subject: {subject}\n  Sent: Tuesday, December 1, 2026 10:15:07 AM "
     "(UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nwas read on Wednesday, December 2, 2026 8:03:12 AM "
     "(UTC+00:00) Dublin, Edinburgh, Lisbon, London."),
    ("mdn-read-es", "es", "Elena Ibarra", "Leído: {subject}", [], "mdn",
     "Su mensaje\n\n  Para: Elena Ibarra\n  Asunto: {subject}\n  Enviado: martes, 1 de diciembre de 2026 10:15:07 "
     "(UTC+01:00) Bruselas, Copenhague, Madrid, París\n\nha sido leído el miércoles, 2 de diciembre de 2026 8:47:31 "
     "(UTC+01:00) Bruselas, Copenhague, Madrid, París."),
]

LEAD_DOMAIN = {"en": "harbourpine.test", "de": "kessler-drogerie.test", "fr": "vautrin-epicerie.test",
               "es": "olmedo-ferreteria.test", "pt": "casacardoso.test", "it": "benassi-cartoleria.test"}
COMPANY = {"en": "Harbour & Pine Home Stores", "de": "Drogerie Kessler", "fr": "Maison Vautrin",
           "es": "Ferreterías Olmedo", "pt": "Casa Cardoso", "it": "Cartolerie Benassi"}
FIRST = ["Alex", "Robin", "Charlie", "Eli", "Kim", "Max", "Andrea", "Jo", "Sascha", "Lou", "Camille", "Ariel",
         "Dani", "Noa", "Yuri", "Sam"]

CAPTURED = [  # name, lang of the text, lead address, Message-ID of the campaign email (see capture.sh)
    ("sieve-vacation-de", "de", "birgit.sommer@sommer-moden.test", "ka3-s01"),
    ("sieve-vacation-fr", "fr", "yann.le-goff@biocoop-legoff.test", "ka3-s02"),
    ("sieve-vacation-es", "es", "rocio.navarro@navarro-deportes.test", "ka3-s03"),
    ("sieve-vacation-pt", "pt", "joana.correia@correia-papelaria.test", "ka3-s04"),
    ("sieve-vacation-it", "it", "elisa.fontana@fontana-casalinghi.test", "ka3-s05"),
    ("sieve-vacation-en", "en", "liam.doherty@doherty-hardware.test", "ka3-s06"),
    ("sieve-vacation-sv", "sv", "karin.lund@lund-inredning.test", "ka3-s07"),
    ("sieve-vacation-cs", "cs", "jana.dvorakova@dvorak-obchod.test", "ka3-s08"),
    ("sieve-reject-en", "en", "martin.keane@doherty-hardware.test", "ka3-s09"),
    ("postfix-unknown-user-de", "en", "jens.krueger@sommer-moden.test", "ka3-s10"),
    ("postfix-unknown-user-pt", "en", "andre.sousa@correia-papelaria.test", "ka3-s11"),
    ("postfix-unknown-user-it", "en", "acquisti@fontana-casalinghi.test", "ka3-s12"),
    ("postfix-mailbox-disabled", "en", "einkauf@sommer-moden.test", "ka3-s13"),
    ("postfix-relocated", "en", "claire.benoit@biocoop-legoff.test", "ka3-s14"),
    ("postfix-policy-reject", "en", "gerencia@navarro-deportes.test", "ka3-s15"),
    ("postfix-nxdomain-fr", "en", "contact@epicerie-marin.invalid", "ka3-s16"),
    ("postfix-nxdomain-es", "en", "pedidos@suministros-vidal.invalid", "ka3-s17"),
    ("postfix-delayed-mailbox-full", "en", "lager@sommer-moden.test", "ka3-s18"),
    ("postfix-expired-mailbox-full", "en", "lager@sommer-moden.test", "ka3-s18"),
]


def main():
    rows = CLIENTS.write_replies(
        OUT, REPLIES, subjects=SUBJECT, campaigns=CAMPAIGN, companies=COMPANY, lead_domains=LEAD_DOMAIN,
        first_names=FIRST, mid="ka3-h%03d", token="r%03d",
        date=lambda n: "Thu, 3 Dec 2026 %02d:%02d:%02d +0100" % (8 + n % 10, n % 60, (n * 7) % 60))
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=SUBJECT, lead_domains=LEAD_DOMAIN, mid="ka3-a%03d",
        date=lambda n: "Tue, 1 Dec 2026 %02d:%02d:%02d +0100" % (10 + n % 3, 16 + n % 40, (n * 13) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
