"""Writes the thirteenth kept-apart set: messages/*.eml (people's replies and written automatic notices), labels.csv
and campaign/<lang>.txt. The captured bounces and sieve replies come from capture.sh."""
import datetime
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the shared tools folder
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "kept-apart-tools"))
import clients  # noqa: E402  (the shared client formats)

OUT = os.path.join(HERE, "messages")
SELLER_NAME, SELLER_ADDR = "Kerensa Trelease", "kerensa@swarmbell.test"
MID_DOMAIN = "swarmbell.test"
OPTOUT = "https://swarmbell.test/optout/"

SUBJECT = {
    "en": "How heavy are your hives today?",
    "de": "Wie schwer sind Ihre Völker heute?",
    "fr": "Combien pèsent vos ruches aujourd'hui ?",
    "es": "¿Cuánto pesan hoy sus colmenas?",
    "pt": "Quanto pesam hoje as suas colmeias?",
    "it": "Quanto pesano oggi i vostri alveari?",
}
CAMPAIGN = {
    "en": "Hi {first},\n\n"
          "Swarmbell puts a small scale under each hive and sends you its weight and temperature every hour.\n"
          "You see when the flow starts and which colonies are short of stores, and you get a text when a hive "
          "suddenly loses weight (a swarm) or is moved.\n"
          "Several beekeepers with out-apiaries use it to cut the trips they make in the season.\n"
          "Would a 20-minute call suit you, or shall I send you a two-page overview first?\n\n"
          "Kerensa Trelease\n"
          "Swarmbell · Unit 4, Ponsharden, Falmouth\n"
          "You are receiving this because {company} is listed as a honey producer in a public directory.\n"
          "To stop receiving these emails: " + OPTOUT + "{token}",
    "de": "Guten Tag {first},\n\n"
          "Swarmbell stellt unter jede Beute eine kleine Waage und schickt Ihnen stündlich Gewicht und Temperatur.\n"
          "Sie sehen, wann die Tracht beginnt und welchen Völkern das Futter knapp wird, und bekommen eine SMS, "
          "wenn eine Beute plötzlich Gewicht verliert (ein Schwarm) oder bewegt wird.\n"
          "Mehrere Imkereien mit Außenständen sparen damit in der Saison viele Kontrollfahrten.\n"
          "Passt Ihnen ein Gespräch von 20 Minuten, oder soll ich Ihnen zuerst eine zweiseitige Übersicht schicken?\n\n"
          "Kerensa Trelease\n"
          "Swarmbell · Unit 4, Ponsharden, Falmouth\n"
          "Sie erhalten diese E-Mail, weil {company} in einem öffentlichen Verzeichnis als Honigerzeuger "
          "eingetragen ist.\n"
          "Keine weiteren E-Mails: " + OPTOUT + "{token}",
    "fr": "Bonjour {first},\n\n"
          "Swarmbell place une petite balance sous chaque ruche et vous envoie son poids et sa température toutes "
          "les heures.\n"
          "Vous voyez quand la miellée démarre et quelles colonies manquent de réserves, et vous recevez un SMS "
          "quand une ruche perd du poids d'un coup (un essaim) ou est déplacée.\n"
          "Plusieurs apiculteurs avec des ruchers éloignés s'en servent pour limiter leurs déplacements en saison.\n"
          "Un appel de 20 minutes vous conviendrait-il, ou préférez-vous que je vous envoie d'abord une "
          "présentation de deux pages ?\n\n"
          "Kerensa Trelease\n"
          "Swarmbell · Unit 4, Ponsharden, Falmouth\n"
          "Vous recevez ce message car {company} figure comme producteur de miel dans un annuaire public.\n"
          "Pour ne plus recevoir nos e-mails : " + OPTOUT + "{token}",
    "es": "Hola, {first}:\n\n"
          "Swarmbell coloca una pequeña báscula bajo cada colmena y le envía su peso y su temperatura cada hora.\n"
          "Usted ve cuándo empieza la mielada y qué colonias andan escasas de reservas, y recibe un SMS cuando una "
          "colmena pierde peso de golpe (un enjambre) o se mueve.\n"
          "Varios apicultores con colmenares lejanos lo usan para reducir los viajes durante la temporada.\n"
          "¿Le vendría bien una llamada de 20 minutos, o prefiere que le envíe antes un resumen de dos páginas?\n\n"
          "Kerensa Trelease\n"
          "Swarmbell · Unit 4, Ponsharden, Falmouth\n"
          "Recibe este correo porque {company} figura como productor de miel en un directorio público.\n"
          "Para no recibir más correos: " + OPTOUT + "{token}",
    "pt": "Bom dia, {first},\n\n"
          "A Swarmbell coloca uma pequena balança debaixo de cada colmeia e envia-lhe o peso e a temperatura de "
          "hora a hora.\n"
          "Vê quando começa o fluxo de néctar e que colónias estão com pouca reserva, e recebe um SMS quando uma "
          "colmeia perde peso de repente (um enxame) ou é deslocada.\n"
          "Vários apicultores com apiários afastados usam-na para fazer menos deslocações durante a época.\n"
          "Uma chamada de 20 minutos dava-lhe jeito, ou prefere que lhe envie primeiro uma apresentação de duas "
          "páginas?\n\n"
          "Kerensa Trelease\n"
          "Swarmbell · Unit 4, Ponsharden, Falmouth\n"
          "Recebe este e-mail porque a {company} consta como produtor de mel num diretório público.\n"
          "Para deixar de receber os nossos e-mails: " + OPTOUT + "{token}",
    "it": "Buongiorno {first},\n\n"
          "Swarmbell mette una piccola bilancia sotto ogni arnia e vi manda ogni ora il peso e la temperatura.\n"
          "Vedete quando parte il raccolto e quali famiglie sono a corto di scorte, e ricevete un SMS quando "
          "un'arnia perde peso di colpo (una sciamatura) o viene spostata.\n"
          "Diversi apicoltori con apiari lontani lo usano per fare meno giri durante la stagione.\n"
          "Le andrebbe bene una chiamata di 20 minuti, o preferisce che le mandi prima una presentazione di due "
          "pagine?\n\n"
          "Kerensa Trelease\n"
          "Swarmbell · Unit 4, Ponsharden, Falmouth\n"
          "Ricevete questa e-mail perché {company} è indicata come produttore di miele in un elenco pubblico.\n"
          "Per non ricevere più le nostre e-mail: " + OPTOUT + "{token}",
}
CLIENTS = clients.Campaign(SELLER_NAME, SELLER_ADDR, MID_DOMAIN, datetime.datetime(2026, 12, 1, 10, 12, 33), OPTOUT,
                           dict(clients.OUTLOOK_FOR_IOS), "https://aka.ms/o0ukef")
DISCLAIMER = {
    "en": "This email and any attachments are confidential and intended only for the addressee. If you have "
          "received it in error, please delete it.",
    "de": "Diese E-Mail ist vertraulich. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den "
          "Absender und löschen Sie sie.",
    "fr": "Ce message est confidentiel. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le "
          "supprimer.",
    "es": "Este mensaje es confidencial. Si lo ha recibido por error, comuníquelo al remitente y bórrelo.",
    "pt": "Esta mensagem é confidencial. Se a recebeu por engano, informe o remetente e apague-a.",
    "it": "Questo messaggio è riservato. Se lo ha ricevuto per errore, ne dia notizia al mittente e lo cancelli.",
}

I, N, F, U = "interested", "not_interested", "needs_follow_up", "unclear"
D = DISCLAIMER
REPLIES = {}
REPLIES["en"] = [
    (I, "gmail-web", "Hi Kerensa,",
     "Aye, go on then, a call's fine. I've forty hives up on the moor above Rothbury and the drive up there is "
     "killing me. Thursday after two works, or Friday morning.",
     "Cheers,", ["Dougie Charlton"]),
    (N, "outlook-desktop", "Dear Ms Trelease,",
     "Thank you for your email. We already weigh two sentinel hives in each apiary with a system we bought last "
     "spring, and it does what we need. Please don't follow up.",
     "Kind regards,", ["Harriet Ormesby", "Apiary Manager", "Heatherbank Apiaries Ltd · Hexham", D["en"]]),
    (F, "iphone", "", "Overview please", "", []),
    (U, "apple", "Hello,",
     "Funny timing, we had a hive walk off on a trailer in August. Police were no use whatsoever. Anyway I'm up to "
     "my neck in candles for the Christmas market this week.",
     "", ["Bernie"]),
    (F, "thunderbird-between", "",
     "How does it cope with the wet? Half our lot sit in a bog all winter. If it's sealed properly, send me the two "
     "pages and a price per scale.",
     "", ["Tom"]),
    (I, "yahoo", "Hiya,",
     "Happy to have a natter about it. Ring us on 01434 600218, I'm in the honey house most afternoons.",
     "Ta,", ["Lorna"]),
    (N, "gmail-android", "", "no thanks, not for us", "", []),
    (U, "aol", "", "Are you the lass who was at the Great Yorkshire with a hive sat on a scale?", "", ["Jim"]),
    (F, "zimbra", "Hi there,",
     "I look after the club apiary rather than a business, so I'd need something to put in front of the committee. "
     "What would it cost for six hives, and is there a monthly charge for the SIM?",
     "Thanks a million,", ["Siobhan Keane"]),
    (I, "outlook-web", "Morning Kerensa,",
     "Sounds like what we've been after. Could we do a demo on Tuesday the 8th at 10? Bring the trailer-theft bit, "
     "that's the part the boss will care about.",
     "", ["Niamh"]),
    (N, "gmail-web", "", "Please take me off your list.", "", ["Rob Whitfield"]),
    (U, "iphone", "",
     "Ha, heavier than they should be, they've been robbing the neighbour's sugar syrup 😄", "", []),
    (F, "outlook-desktop", "Hi Kerensa,",
     "I'm not the right person for this. Our head beekeeper, Alasdair Reid (alasdair.reid@heatherbank-apiaries.test), "
     "decides on kit. Worth dropping him a line.",
     "Best wishes,", ["Fiona Lumsden", "Office Manager", "Heatherbank Apiaries Ltd · Hexham", D["en"]]),
    (N, "outlook-web", "Hi,",
     "We tried hive scales a few years back. The batteries died in the first frost and nobody could be bothered "
     "traipsing up the hill to change them. Not again, thanks.",
     "", ["Craig"]),
    (I, "thunderbird-below", "Kerensa,",
     "A trial on the heather site would be the fair test: it's an hour away and we only get up there every ten "
     "days. If you can lend us three scales for August I'll give you honest feedback.",
     "", ["Malcolm Gray"]),
    (U, "gmail-android", "", "got it, ta", "", []),
]
REPLIES["de"] = [
    (I, "gmail-web", "Hallo Frau Trelease,",
     "ja, telefonieren können wir gern. Am besten Mittwoch, den 9., zwischen 14 und 16 Uhr. Ich hab sechzig Völker "
     "an drei Ständen im Remstal, da wär so a Waag scho a rechte Hilf.",
     "Grüßle", ["Gottfried Haug"]),
    (N, "outlook-desktop", "Sehr geehrte Frau Trelease,",
     "vielen Dank für Ihre Nachricht. Wir arbeiten seit zwei Jahren mit Stockwaagen eines anderen Anbieters und "
     "sind damit zufrieden. Bitte sehen Sie von weiteren Zusendungen ab.",
     "Mit freundlichen Grüßen",
     ["Ulrike Brenninger", "Betriebsleitung", "Imkerei Lindenhang GbR · Landsberg am Lech", D["de"]]),
    (F, "iphone", "", "Ja, schicken Sie die Übersicht.", "", []),
    (U, "apple", "Servus,",
     "heut is bei uns Honigverkostung im Geschäft und i steh seit acht in der Früh hinterm Pult. Schönen Advent "
     "no.",
     "", ["Ferdl"]),
    (F, "thunderbird-between", "",
     "Wie kommt die Waage an Strom? Unsere Stände haben weder Steckdose noch vernünftigen Handyempfang. Wenn das "
     "trotzdem geht, bitte die Übersicht und was das pro Waage und Jahr kostet.",
     "", []),
    (I, "outlook-web", "Grüezi Frau Trelease,",
     "Eine Demo würde mich interessieren. Am Freitag, 11. Dezember, um 9 Uhr hätte ich Zeit. Sie erreichen mich "
     "unter +41 79 318 44 02.",
     "Freundliche Grüsse", ["Reto Gisler"]),
    (N, "gmail-android", "", "Kein Bedarf.", "", []),
    (U, "aol", "Moin,",
     "woher haben Sie eigentlich meine Adresse? Wir stehen in keinem Verzeichnis, soweit ich weiß.",
     "", ["Hauke"]),
    (F, "zimbra", "Guten Tag,",
     "ich bin für die Technik nicht zuständig. Ich habe Ihre Mail an unseren Imkermeister Florian Weidinger "
     "(florian.weidinger@imkerei-lindenhang.test) weitergeleitet, er meldet sich, wenn es passt.",
     "Viele Grüße", ["Carola Stadler"]),
    (I, "gmail-web", "",
     "Hört sich gut an. Rufen Sie mich an, 0171 4428190, am besten vormittags, nachmittags bin ich im Wingert.",
     "Gruß", ["Erwin"]),
    (N, "outlook-web", "",
     "Toll. Noch ein Gerät, das mir nachts um drei eine SMS schickt, weil ein Specht auf der Beute sitzt. Genau "
     "darauf habe ich gewartet. Nee, danke.",
     "", ["Jens"]),
    (U, "gmail-android", "", "Gelesen.", "", []),
    (F, "outlook-desktop", "Grüß Gott Frau Trelease,",
     "was kostet das bei 25 Waagen, und gibt es eine Mindestlaufzeit? Die Daten sollten bei uns in der EU liegen. "
     "Bitte schicken Sie mir die Preise und die Übersicht.",
     "Freundliche Grüße",
     ["Magdalena Rainer", "Geschäftsführung", "Imkerei Lindenhang · Standort Schwaz", D["de"]]),
    (N, "iphone", "", "Bitte streichen Sie mich aus Ihrem Verteiler.", "", []),
    (I, "thunderbird-below", "Hallo,",
     "wir würden das gern erst an einem Stand ausprobieren, bevor wir mehr kaufen. Geht ein Probebetrieb mit zwei "
     "Waagen ab März? Dann können wir nächste Woche telefonieren.",
     "", ["Anke Voss"]),
    (U, "yahoo", "",
     "Ihre Mail kam jrad, als uns die Schleuder um die Ohren jeflogen is. Heute jeht hier nix mehr.",
     "", ["Kalle"]),
]
REPLIES["fr"] = [
    (I, "gmail-web", "Bonjour Kerensa,",
     "Oui pour un appel. Je suis dispo lundi 7 après 17 h, avant je suis aux ruches. On a 120 colonies entre les "
     "Alpilles et le Luberon, alors si ça m'évite des allers-retours, je prends.",
     "Bonne journée", ["Marius Estève"]),
    (N, "outlook-desktop", "Madame,",
     "Nous avons bien reçu votre message. Notre miellerie est équipée de balances connectées depuis 2023 et nous "
     "n'envisageons pas d'en changer. Merci de ne plus nous écrire.",
     "Cordialement,",
     ["Isabelle Fabre", "Responsable d'exploitation", "Miellerie des Garrigues SARL · Nîmes", D["fr"]]),
    (F, "iphone", "", "Envoyez-moi les deux pages, merci.", "", []),
    (U, "aol", "Salut,",
     "Ça tombe mal, on est en plein déménagement de la miellerie, les fûts de miel sont dans le couloir et le chat "
     "dort dans l'extracteur.",
     "", ["Fanfan"]),
    (F, "thunderbird-between", "",
     "Est-ce que la balance supporte une Dadant avec deux hausses pleines ? Et l'abonnement se paie par ruche ou par "
     "rucher ? Merci de m'envoyer la fiche technique.",
     "", []),
    (I, "outlook-web", "Bonjour Madame,",
     "Une démonstration m'intéresserait. Vous pouvez m'appeler au 0475 21 63 88 (en Belgique), plutôt le mardi ou "
     "le jeudi matin.",
     "Bien à vous,", ["Benoît Lambotte"]),
    (N, "gmail-android", "", "Non merci.", "", []),
    (U, "apple", "",
     "C'est vous qui m'avez déjà écrit la semaine passée sous un autre nom ?", "", ["Gilles"]),
    (F, "zimbra", "Bonjour,",
     "Je transmets à notre responsable technique, Paul-Antoine Santoni (pa.santoni@miellerie-des-garrigues.test), "
     "c'est lui qui s'occupe des ruchers. Écrivez-lui directement de ma part.",
     "", ["Lætitia"]),
    (I, "gmail-web", "Allô,",
     "Ben oui, un essai sur un de mes ruchers, pourquoi pas. Appelez-moi la semaine prochaine qu'on organise ça, "
     "je suis au 418 555-0194.",
     "", ["Mathieu"]),
    (N, "outlook-web", "",
     "Formidable. Après la balance, vous me vendrez une appli pour demander aux abeilles si elles sont contentes ? "
     "Sans moi.",
     "", ["Jean-Pierre"]),
    (U, "gmail-android", "", "Reçu, merci.", "", []),
    (F, "outlook-desktop", "Bonjour Madame Trelease,",
     "Pourriez-vous nous recontacter en février ? D'ici là les ruches sont en hivernage et personne ici ne veut "
     "entendre parler de matériel. En attendant, la présentation nous intéresse.",
     "Salutations distinguées,",
     ["Hélène Vuilleumier", "Direction", "Miellerie des Garrigues · antenne de Neuchâtel", D["fr"]]),
    (N, "iphone", "", "Désinscrivez-moi svp.", "", []),
    (I, "thunderbird-below", "Bonjour,",
     "D'accord pour l'appel. Jeudi 10 à 14 h 30, ça vous va ?", "", ["Yannick Le Goff"]),
    (U, "yahoo", "", "Elles pèsent ce qu'elles pèsent, comme moi après les fêtes 😅", "", ["Josette"]),
]
REPLIES["es"] = [
    (I, "gmail-web", "Buenas, Kerensa:",
     "Sí, me interesa la llamada. El martes 15 a las 11, hora de Ciudad de México, me queda bien. Tenemos 300 "
     "colmenas en Yucatán y los robos nos traen de cabeza.",
     "Saludos,", ["Arturo Pech"]),
    (N, "outlook-desktop", "Estimada Sra. Trelease:",
     "Le agradecemos el interés, pero ya contamos con básculas en los colmenares de Teruel, integradas con nuestro "
     "programa de trazabilidad. No estamos interesados.",
     "Atentamente,", ["Pilar Lahoz", "Responsable de producción", "Apícola Valdemiel S.L. · Alcañiz", D["es"]]),
    (F, "iphone", "", "Mándeme el resumen, porfa", "", []),
    (U, "apple", "Hola:",
     "Justo hoy tenemos la inspección de sanidad animal en la sala de extracción, así que ando con la cabeza en "
     "otra parte.",
     "Un saludo", ["Covadonga"]),
    (F, "thunderbird-between", "",
     "¿Funciona sin cobertura? En la sierra no llega ni la radio. Si tiene solución para eso, envíeme el resumen y "
     "el precio por báscula.",
     "", []),
    (I, "outlook-web", "Hola,",
     "Ya, hagamos una demo. Llámame al +56 9 8823 4107 el jueves después de las 10, hora de Chile.",
     "Saludos", ["Camila Fuentes"]),
    (N, "gmail-android", "", "No me interesa, gracias", "", []),
    (U, "aol", "", "¿Quién le ha dado este correo?", "", []),
    (F, "zimbra", "Buenos días:",
     "le he reenviado su correo a nuestro técnico de campo, Iñaki Sarasola (inaki.sarasola@apicola-valdemiel.test), "
     "que es quien lleva los apiarios. Él le dirá.",
     "Un saludo,", ["Marisa"]),
    (I, "gmail-web", "Hola Kerensa,",
     "Vale, una prueba con cinco básculas en el colmenar de Moratalla nos vendría bien. Llámeme cuando quiera para "
     "concretarlo.",
     "", ["Paco Sánchez"]),
    (N, "outlook-web", "Buenos días,",
     "Le ruego que elimine mis datos de su lista de envíos, conforme al RGPD. No he dado mi consentimiento para "
     "recibir publicidad.",
     "Atentamente,", ["Ramón Ibarz"]),
    (U, "gmail-web", "", "Jajaja pesan más que mi suegra", "", []),
    (F, "outlook-desktop", "Buenos días:",
     "Ahora mismo estamos cerrando la campaña y no tengo tiempo. Escríbame de nuevo después de Reyes y lo hablamos "
     "con calma.",
     "Saludos cordiales,", ["Begoña Arriola", "Gerente", "Apícola Valdemiel S.L. · Alcañiz", D["es"]]),
    (N, "iphone", "", "Ya tenemos algo parecido, gracias.", "", []),
    (I, "thunderbird-below", "Hola,",
     "Sí, llámenos. Mañana por la mañana estoy en la oficina, en el 928 44 71 02.", "", ["Yeray"]),
    (U, "yahoo", "",
     "¿Usted es la misma que estuvo en la feria de Guadalajara con las colmenas de metacrilato?", "", ["Chema"]),
]
REPLIES["pt"] = [
    (I, "gmail-web", "Olá Kerensa,",
     "Sim, podemos falar. Quinta-feira, dia 10, às 15h serve-me. Temos umas 200 colmeias entre o Alentejo e a "
     "Beira e andamos sempre na estrada.",
     "Cumprimentos,", ["Joaquim Parreira"]),
    (N, "outlook-desktop", "Exma. Senhora,",
     "Agradecemos o contacto, mas já utilizamos um sistema de monitorização das colmeias fornecido pela nossa "
     "cooperativa. Não temos interesse.",
     "Com os melhores cumprimentos,",
     ["Graça Mourão", "Direção de Produção", "Apicultura Serra da Lousã, Lda. · Lousã", D["pt"]]),
    (F, "iphone", "", "Pode mandar a apresentação 👍", "", []),
    (U, "apple", "Boa tarde,",
     "Estamos a mudar o armazém para a zona industrial e ando com a cabeça num oito. Os frascos ainda estão todos "
     "em caixas.",
     "Abraço,", ["Rui"]),
    (F, "thunderbird-between", "",
     "As balanças aguentam a humidade dos Açores? Aqui chove dez meses por ano. Mande-me o documento e o preço com "
     "transporte para São Miguel, por favor.",
     "", []),
    (I, "outlook-web", "Oi Kerensa,",
     "Topo uma demonstração, sim. Pode me ligar no (31) 98812-4470, de manhã, horário de Brasília.",
     "Abs,", ["Tiago Resende"]),
    (N, "gmail-android", "", "Não obrigado", "", []),
    (U, "yahoo", "", "Quem lhe deu o meu email?", "", []),
    (F, "zimbra", "Bom dia,",
     "reencaminhei o seu e-mail para o nosso responsável de apiários, o Eng. Nuno Tavares "
     "(nuno.tavares@apicultura-serra-da-lousa.test). Ele depois diz qualquer coisa.",
     "Cumprimentos", ["Sandra"]),
    (I, "gmail-web", "", "Bah, manda ver. Uma ligação segunda à tarde tá ótimo, tipo 14h.", "", ["Leandro"]),
    (N, "outlook-web", "Bom dia,",
     "Solicito a remoção dos meus dados da vossa base, nos termos do RGPD. Não autorizei o envio de comunicações "
     "comerciais.",
     "Cumprimentos,", ["Amélia Teixeira"]),
    (U, "gmail-android", "", "kkkkk pesadas de mel e de preguiça", "", []),
    (F, "outlook-desktop", "Cara Kerensa,",
     "Quanto custa por colmeia, em euros, e há mensalidade pelo cartão SIM? Também precisamos de fatura com NIF "
     "português. Se puder, envie-me tudo por escrito.",
     "Obrigada,", ["Filipa Macedo", "Gestora", "Apicultura Serra da Lousã, Lda. · Lousã", D["pt"]]),
    (N, "iphone", "",
     "Não nos interessa. Somos pequenos, trinta colmeias ao pé de casa, vou lá todos os dias.", "", []),
    (I, "thunderbird-below", "Boa tarde,",
     "Aceito a chamada. Pode ser amanhã às 10h, hora de Luanda?", "", ["Domingos Neto"]),
    (U, "aol", "", "Isto é a sério ou é mais um daqueles e-mails automáticos?", "", ["Zé Manel"]),
]
REPLIES["it"] = [
    (I, "gmail-web", "Buongiorno Kerensa,",
     "sì, sentiamoci. Giovedì 10 alle 16 per me va bene. Abbiamo 150 arnie tra Oristano e il Montiferru e i furti "
     "ci stanno rovinando.",
     "A presto", ["Efisio Porcu"]),
    (N, "outlook-desktop", "Gentile dott.ssa Trelease,",
     "la ringraziamo per la proposta, ma abbiamo già le bilance su tutti gli apiari tramite il consorzio apistico "
     "provinciale. Non siamo interessati.",
     "Cordiali saluti",
     ["Paola Bertolino", "Responsabile produzione", "Apicoltura Colle Fiorito s.r.l. · Alba (CN)", D["it"]]),
    (F, "iphone", "", "Mandi pure la presentazione", "", []),
    (U, "apple", "Ciao,",
     "in questi giorni stiamo invasettando il castagno per Natale e qui è un delirio, non capisco più niente.",
     "", ["Nando"]),
    (F, "thunderbird-between", "",
     "Le bilance reggono anche le arnie da nomadismo? Le spostiamo tre volte all'anno sul camion. Mi mandi la "
     "scheda tecnica e il prezzo, grazie.",
     "", []),
    (I, "outlook-web", "Salve,",
     "una demo sì, volentieri. Mi chiami al 347 882 1945, meglio di pomeriggio dopo le tre.",
     "Saluti", ["Gennaro Esposito"]),
    (N, "gmail-android", "", "no grazie", "", []),
    (U, "aol", "", "Scusi, ma lei è quella dell'Apimell di Piacenza?", "", ["Loris"]),
    (F, "zimbra", "Buongiorno,",
     "ho girato la sua mail al nostro responsabile tecnico, Michele Dal Bosco "
     "(michele.dalbosco@apicoltura-colle-fiorito.test), che segue gli apiari. Eventualmente la ricontatta lui.",
     "Saluti", ["Cinzia"]),
    (I, "gmail-web", "",
     "Va bene, facciamo una prova gratuita su un apiario. Mi chiami la settimana prossima così ci mettiamo "
     "d'accordo.",
     "", ["Vito"]),
    (N, "outlook-web", "",
     "Certo, perché le api in sessanta milioni di anni non sono mai sopravvissute senza un SMS. Grazie, ma no.",
     "", ["Ottavio"]),
    (U, "gmail-android", "", "Ricevuto", "", []),
    (F, "outlook-desktop", "Gentile Kerensa,",
     "ne riparliamo volentieri a febbraio, quando ripartiamo con le visite agli apiari. Nel frattempo mi mandi la "
     "presentazione e un listino.",
     "Cordiali saluti",
     ["Francesca Zanin", "Titolare", "Apicoltura Colle Fiorito · sede di Treviso", D["it"]]),
    (N, "iphone", "", "Per favore cancellatemi dalla vostra lista.", "", []),
    (I, "thunderbird-below", "Buongiorno,",
     "accetto volentieri la chiamata. Le propongo lunedì 14 alle 9:30.", "", ["Gianfranco Tomasin"]),
    (U, "yahoo", "", "Auguri di buone feste a lei e famiglia.", "", ["Rosetta"]),
]

# automatic notices written here: (name, lang, sender, subject, extra headers, kind, text)
EXCHANGE = clients.EXCHANGE_AUTO_REPLY
GMAIL_VACATION = ["Auto-Submitted: auto-replied", "Precedence: bulk"]
AUTOMATIC = [
    ("exchange-ooo-en", "en", "Harriet Ormesby", "Automatic reply: {subject}", EXCHANGE, "exchange",
     "Thank you for your email. I am out of the office until Monday 14 December with limited access to email.\n"
     "For urgent matters please contact office@heatherbank-apiaries.test."),
    ("exchange-ooo-de", "de", "Ulrike Brenninger", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11.12.2026 nicht im Büro.\n"
     "In dringenden Fällen wenden Sie sich bitte an buero@imkerei-lindenhang.test."),
    ("exchange-ooo-fr", "fr", "Isabelle Fabre", "Réponse automatique : {subject}", EXCHANGE, "exchange",
     "Bonjour,\nJe suis absente du bureau jusqu'au lundi 14 décembre.\n"
     "Pour toute urgence, contactez accueil@miellerie-des-garrigues.test."),
    ("exchange-ooo-es", "es", "Pilar Lahoz", "Respuesta automática: {subject}", EXCHANGE, "exchange",
     "Gracias por su mensaje. Estaré fuera de la oficina hasta el 9 de diciembre.\n"
     "Para asuntos urgentes, escriba a oficina@apicola-valdemiel.test."),
    ("exchange-ooo-pt", "pt", "Graça Mourão", "Resposta automática: {subject}", EXCHANGE, "exchange",
     "Obrigada pela sua mensagem. Estarei ausente até dia 10 de dezembro, com acesso limitado ao e-mail.\n"
     "Em caso de urgência, contacte geral@apicultura-serra-da-lousa.test."),
    ("exchange-ooo-it", "it", "Paola Bertolino", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Grazie per il messaggio. Sono fuori sede fino a venerdì 11 dicembre.\n"
     "Per urgenze potete scrivere a segreteria@apicoltura-colle-fiorito.test."),
    ("exchange-ooo-sk", "sk", "Zuzana Kováčová", "Automatická odpoveď: {subject}", EXCHANGE, "exchange",
     "Dobrý deň,\nďakujem za správu. Do 13. decembra som mimo kancelárie a e-maily čítam len výnimočne.\n"
     "V naliehavých prípadoch píšte na buero@imkerei-lindenhang.test."),
    ("exchange-ooo-bilingual-it", "it", "Martin Oberhofer", "Risposta automatica: {subject}", EXCHANGE, "exchange",
     "Sono assente fino al 10 dicembre.\nIch bin bis 10. Dezember abwesend.\n"
     "Per urgenze / In dringenden Fällen: segreteria@apicoltura-colle-fiorito.test"),
    ("exchange-left-de", "de", "Tobias Kreuzer", "Automatische Antwort: {subject}", EXCHANGE, "exchange",
     "Herr Kreuzer ist nicht mehr bei der Imkerei Lindenhang beschäftigt. Ihre Nachricht wird nicht weitergeleitet.\n"
     "Bitte wenden Sie sich künftig an buero@imkerei-lindenhang.test."),
    ("gmail-vacation-es", "es", "Nerea Olaizola", "Vacaciones hasta el 14/12", GMAIL_VACATION, "plain",
     "Hola, estoy de vacaciones y no leo el correo hasta el lunes 14 de diciembre. Si es urgente, llame a la "
     "oficina."),
    ("gmail-vacation-it", "it", "Chiara Fumagalli", "In ferie", GMAIL_VACATION, "plain",
     "Ciao, sono in ferie fino al 9 dicembre e leggo la posta solo al rientro. Per urgenze scrivete a "
     "segreteria@apicoltura-colle-fiorito.test."),
    ("helpdesk-ack-en", "en", "Heatherbank Apiaries Orders", "[Ticket #48213] {subject}",
     ["Auto-Submitted: auto-generated", "X-Loop: support@heatherbank-apiaries.test"], "plain",
     "Thanks for getting in touch with Heatherbank Apiaries.\n"
     "Your message has been logged as ticket #48213 and one of the team will get back to you within two working "
     "days.\n"
     "Please keep the ticket number in the subject line if you write again."),
    ("helpdesk-ack-de", "de", "Imkerei Lindenhang Kundenservice", "Ihre Anfrage [#20931] ist eingegangen",
     ["Precedence: bulk", "X-Autoreply: yes"], "plain",
     "Guten Tag,\nvielen Dank für Ihre Anfrage. Sie wurde unter der Nummer 20931 erfasst.\n"
     "Wir melden uns in der Regel innerhalb von drei Werktagen."),
    ("left-company-fr", "fr", "Claire Dumoulin", "Re: {subject}", [], "plain",
     "Bonjour,\nCette adresse n'est plus utilisée : Claire Dumoulin a quitté la Miellerie des Garrigues fin "
     "novembre.\nVos messages sont désormais à adresser à accueil@miellerie-des-garrigues.test."),
    ("left-company-it", "it", "Stefano Ricci", "Stefano Ricci non lavora più con noi",
     ["Auto-Submitted: auto-replied"], "plain",
     "Gentile mittente,\nStefano Ricci non fa più parte di Apicoltura Colle Fiorito e questa casella non è più "
     "letta.\nPer favore scriva a segreteria@apicoltura-colle-fiorito.test."),
    ("left-company-el", "el", "Eleni Papadaki", "Re: {subject}", [], "plain",
     "Καλησπέρα σας,\nη κυρία Παπαδάκη δεν εργάζεται πλέον στην Heatherbank Apiaries και αυτή η διεύθυνση δεν "
     "διαβάζεται.\nΠαρακαλούμε γράψτε στο office@heatherbank-apiaries.test."),
    ("ooo-noheader-es", "es", "Jordi Puyuelo", "Fuera de la oficina", [], "plain",
     "Estaré fuera hasta el 10 de diciembre, sin acceso regular al correo. Contestaré a la vuelta."),
    ("ooo-noheader-pt", "pt", "Carlos Lima", "Ausente: {subject}", [], "plain",
     "Encontro-me ausente até 11 de dezembro. Responderei à sua mensagem assim que regressar."),
    ("mdn-read-fr", "fr", "Isabelle Fabre", "Lu : {subject}", [], "mdn",
     "Votre message\n\nÀ : Isabelle Fabre\nObjet : {subject}\n\na été lu le mercredi 2 décembre 2026 08:47:12 "
     "(UTC+01:00)."),
    ("mdn-read-pt", "pt", "Graça Mourão", "Lida: {subject}", [], "mdn",
     "A sua mensagem\n\nPara: Graça Mourão\nAssunto: {subject}\n\nfoi lida em quarta-feira, 2 de dezembro de 2026 "
     "09:05:41 (UTC+00:00)."),
]
LEAD_DOMAIN = {"en": "heatherbank-apiaries.test", "de": "imkerei-lindenhang.test",
               "fr": "miellerie-des-garrigues.test", "es": "apicola-valdemiel.test",
               "pt": "apicultura-serra-da-lousa.test", "it": "apicoltura-colle-fiorito.test"}
COMPANY = {"en": "Heatherbank Apiaries", "de": "Imkerei Lindenhang", "fr": "Miellerie des Garrigues",
           "es": "Apícola Valdemiel", "pt": "Apicultura Serra da Lousã", "it": "Apicoltura Colle Fiorito"}
# the sk notice comes from the de lead's company, the el one from the en lead's: they answer those campaign emails
AUTO_DOMAIN = dict(LEAD_DOMAIN, sk=LEAD_DOMAIN["de"], el=LEAD_DOMAIN["en"])
AUTO_SUBJECT = dict(SUBJECT, sk=SUBJECT["de"], el=SUBJECT["en"])
FIRST = ["Robin", "Andrea", "Sasha", "Toni", "Kim", "Noa", "Dani", "Maxime"]
CAPTURED = [  # (file, language of its text, address it answers for, campaign Message-ID) from capture.sh
    ("sieve-vacation-de", "de", "korbinian.huber@imkerei-lindenhang.test", "ka13-s01"),
    ("sieve-vacation-fr", "fr", "maelle.roux@miellerie-des-garrigues.test", "ka13-s02"),
    ("sieve-vacation-es", "es", "rocio.benitez@apicola-valdemiel.test", "ka13-s03"),
    ("sieve-vacation-pt", "pt", "ines.valadares@apicultura-serra-da-lousa.test", "ka13-s04"),
    ("sieve-vacation-it", "it", "ludovica.sarti@apicoltura-colle-fiorito.test", "ka13-s05"),
    ("sieve-vacation-en", "en", "ffion.pryce@heatherbank-apiaries.test", "ka13-s06"),
    ("sieve-vacation-lt", "lt", "ruta.kazlauskaite@heatherbank-apiaries.test", "ka13-s07"),
    ("sieve-vacation-hr", "hr", "ivana.horvat@apicoltura-colle-fiorito.test", "ka13-s08"),
    ("sieve-reject-fr", "fr", "thierry.lagarde@miellerie-des-garrigues.test", "ka13-s09"),
    ("postfix-unknown-user-en", "en", "extraction@heatherbank-apiaries.test", "ka13-s10"),
    ("postfix-unknown-user-es", "en", "almacen@apicola-valdemiel.test", "ka13-s11"),
    ("postfix-unknown-user-pt", "en", "armazem@apicultura-serra-da-lousa.test", "ka13-s12"),
    ("postfix-mailbox-disabled", "en", "vendas.porto@apicultura-serra-da-lousa.test", "ka13-s13"),
    ("postfix-relocated", "en", "ernesto.galli@apicoltura-colle-fiorito.test", "ka13-s14"),
    ("postfix-policy-reject", "en", "presse@imkerei-lindenhang.test", "ka13-s15"),
    ("postfix-nxdomain-it", "en", "info@apicoltura-val-di-sole.invalid", "ka13-s16"),
    ("postfix-nxdomain-de", "en", "info@imkerei-am-moor.invalid", "ka13-s17"),
    ("postfix-delayed-mailbox-full", "en", "shop@heatherbank-apiaries.test", "ka13-s18"),
    ("postfix-expired-mailbox-full", "en", "shop@heatherbank-apiaries.test", "ka13-s18"),
]


def _normal(s):
    """Lower case, NFC, typographic apostrophes as plain ones and runs of white space as one, for the check."""
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(s.split()).lower()


def check_fixture():
    """No person's text holds a line of the campaign email it quotes (12+ characters) or the seller's name, and each
    language has 16 replies, 4 per class."""
    problems = []
    for lang, replies in REPLIES.items():
        fixed = [_normal(l.split("{")[0]) for l in CAMPAIGN[lang].split("\n")]
        fixed = [l for l in fixed if len(l) >= 12] + [_normal(SELLER_NAME)]
        for i, (label, fmt, greet, words, close, sig) in enumerate(replies):
            text = _normal("\n".join([greet, words, close] + sig))
            problems += ["%s %d holds %r" % (lang, i + 1, l) for l in fixed if l in text]
        counts = {c: sum(1 for r in replies if r[0] == c) for c in (I, N, F, U)}
        if len(replies) != 16 or set(counts.values()) != {4}:
            problems.append("%s: %d replies, %s" % (lang, len(replies), counts))
    if problems:
        raise SystemExit("fixture check failed:\n" + "\n".join(problems))


def _reply_date(n):
    """Replies from Tuesday 1 to Thursday 3 December 2026, from 11:00 on (the campaign went out at 10:12)."""
    day = ("Tue, 01 Dec 2026", "Wed, 02 Dec 2026", "Thu, 03 Dec 2026")[n % 3]
    return "%s %02d:%02d:%02d +0100" % (day, 11 + n % 9, (n * 29) % 60, (n * 31) % 60)


def main():
    check_fixture()
    rows = CLIENTS.write_replies(
        OUT, REPLIES, subjects=SUBJECT, campaigns=CAMPAIGN, companies=COMPANY, lead_domains=LEAD_DOMAIN,
        first_names=FIRST, mid="ka13-r%03d", token="sb7%05d", date=_reply_date)
    rows += CLIENTS.write_automatic(
        OUT, AUTOMATIC, len(rows), subjects=AUTO_SUBJECT, lead_domains=AUTO_DOMAIN, mid="ka13-r%03d",
        date=lambda n: "Tue, 01 Dec 2026 %02d:%02d:%02d +0100" % (11 + n % 7, 3 + n % 53, (n * 43) % 60))
    clients.write_set_files(HERE, CAMPAIGN, rows, CAPTURED)


if __name__ == "__main__":
    main()
