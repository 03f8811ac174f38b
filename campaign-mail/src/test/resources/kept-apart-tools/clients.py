"""The mail clients' formats shared by the kept-apart sets' generate.py (kept-apart, kept-apart-2, kept-apart-3).

Each set's generate.py keeps what is its own (the campaign email, the people's words, labels, names, domains, when
the campaign was sent) and hands it to a `Campaign`, which writes every reply as its client sends it:
multipart/alternative with the HTML the client writes, quoted-printable or base64 as it encodes, its localised
attribution line or header block, mobile and corporate signatures. Nothing here is random or reads the clock: the
same set writes the same bytes.

The localised dates follow what each client writes in en, de, fr, es, pt, it and nl; only the days and the month the
sets use (Tuesday 1 and Wednesday 2 December 2026) have been compared with the messages the sets were first written
with.
"""
import base64
import csv
import dataclasses
import datetime
import html
import os
import quopri
import textwrap
import unicodedata


# ---------------------------------------------------------------------------------------------------------------
# encodings

def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return "\n".join(textwrap.wrap(base64.b64encode(text.encode("utf-8")).decode("ascii"), 76))


def enc_header(value):
    if all(ord(c) < 128 for c in value):
        return value
    return "=?utf-8?q?" + "".join(c if c.isalnum() and ord(c) < 128 else "_" if c == " " else
                                  "".join("=%02X" % b for b in c.encode("utf-8")) for c in value) + "?="


def ascii_fold(text):
    """The text without its accents, as an address's local part is written ("Jörg" -> "jorg" after lower())."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def html_lines(text):
    return "<br>\n".join(html.escape(l, quote=False) for l in text.split("\n"))


def person_text(greet, words, close, sig):
    parts = []
    if greet:
        parts.append(greet)
    parts.append(words)
    tail = ([close] if close else []) + sig[:1]
    if tail:
        parts.append("\n".join(tail))
    return "\n\n".join(parts)


def flowed(text):
    """format=flowed as Thunderbird sends it: long lines wrapped at 72 columns, each soft break a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 72 or line.startswith(">"):
            out.append(line)
        else:
            out.append(" \n".join(textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)))
    return "\n".join(out)


def quote(lines):
    """Lines quoted with "> " (an empty line as ">"), as the clients that mark a quote write them."""
    return "\n".join(("> " + l) if l else ">" for l in lines)


def alternative(boundary, plain, html_text, encoding):
    enc = {"qp": qp, "b64": b64, "8bit": lambda t: t}[encoding]
    cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}[encoding]
    return ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n--%s\nContent-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: %s\n\n%s\n--%s\nContent-Type: text/html; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: %s\n\n%s\n--%s--\n") % (boundary, boundary, cte, enc(plain).rstrip("\n"),
                                                              boundary, cte, enc(html_text).rstrip("\n"), boundary)


# ---------------------------------------------------------------------------------------------------------------
# dates, attribution lines and header blocks as each client writes them, per language

def _table(**per_lang):
    return {lang: words.split() for lang, words in per_lang.items()}


WEEKDAY = _table(  # Monday first, as datetime.weekday() counts
    en="Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    de="Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    fr="lundi mardi mercredi jeudi vendredi samedi dimanche",
    es="lunes martes miércoles jueves viernes sábado domingo",
    pt="segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    it="lunedì martedì mercoledì giovedì venerdì sabato domenica",
    nl="maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")
WEEKDAY_ABBR = _table(
    en="Mon Tue Wed Thu Fri Sat Sun", de="Mo. Di. Mi. Do. Fr. Sa. So.", fr="lun. mar. mer. jeu. ven. sam. dim.",
    es="lun mar mié jue vie sáb dom", pt="seg. ter. qua. qui. sex. sáb. dom.", it="lun mar mer gio ven sab dom",
    nl="ma di wo do vr za zo")
MONTH = _table(
    en="January February March April May June July August September October November December",
    de="Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    fr="janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    es="enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    pt="janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    it="gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    nl="januari februari maart april mei juni juli augustus september oktober november december")
MONTH_ABBR = _table(
    en="Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    de="Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    fr="janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    es="ene feb mar abr may jun jul ago sept oct nov dic",
    pt="jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.",
    it="gen feb mar apr mag giu lug ago set ott nov dic",
    nl="jan feb mrt apr mei jun jul aug sep okt nov dec")

# Fields: {wd} weekday, {wa} its abbreviation, {Wd} capitalised; {mon}, {ma}, {Mon} the month likewise; {d} day,
# {dd} 2-digit day, {m}/{mm} month, {y}/{yy} year; {H}/{HH} hour (24 h), {h12} and {AP}/{ap} (12 h), {MM} minute,
# {SS} second, {BRT} the hour in Brasília time; {name} and {addr} the seller.
GMAIL_ATTR = {
    "en": "On {wa}, {ma} {d}, {y} at {h12}:{MM}\u202f{AP} {name} <{addr}> wrote:",
    "de": "Am {wa}, {d}. {ma} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wa} {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wa}, {d} {ma} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "pt": "Em {wa}, {d} de {ma} de {y} às {HH}:{MM}, {name} <{addr}> escreveu:",
    "it": "Il giorno {wa} {d} {ma} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
    "nl": "Op {wa} {d} {ma} {y} om {HH}:{MM} schreef {name} <{addr}>:",
}
APPLE_ATTR = {
    "en": "On {d} {ma} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "pt": "Em {d} de {ma} de {y}, à(s) {HH}:{MM}, {name} <{addr}> escreveu:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
    "nl": "Op {d} {ma} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:", "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :", "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "pt": "Às {HH}:{MM} de {dd}/{mm}/{y}, {name} escreveu:", "it": "Il {dd}/{mm}/{y} {HH}:{MM}, {name} ha scritto:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
}
YAHOO_ATTR = {
    "en": "On {wd}, {mon} {d}, {y} at {HH}:{MM}:{SS} {AP} GMT+1, {name} <{addr}> wrote:",
    "de": "Am {wd}, {d}. {mon} {y} um {HH}:{MM}:{SS} MEZ hat {name} <{addr}> Folgendes geschrieben:",
    "fr": "Le {wd} {d} {mon} {y} à {HH}:{MM}:{SS} UTC+1, {name} <{addr}> a écrit :",
    "es": "El {wd}, {d} de {mon} de {y}, {HH}:{MM}:{SS} CET, {name} <{addr}> escribió:",
    "pt": "Em {wd}, {d} de {mon} de {y} {BRT}:{MM}:{SS} BRT, {name} <{addr}> escreveu:",
    "it": "Il {wd} {d} {mon} {y}, {HH}:{MM}:{SS} CET, {name} <{addr}> ha scritto:",
    "nl": "Op {wd} {d} {mon} {y} {HH}:{MM}:{SS} CET schreef {name} <{addr}>:",
}
# Outlook header block: From, Sent, To, Subject labels and the date as Outlook writes it
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject", "{wd}, {mon} {d}, {y} {h12}:{MM} {AP}"),
    "de": ("Von", "Gesendet", "An", "Betreff", "{wd}, {d}. {mon} {y} {HH}:{MM}"),
    "fr": ("De", "Envoyé", "À", "Objet", "{wd} {d} {mon} {y} {HH}:{MM}"),
    "es": ("De", "Enviado el", "Para", "Asunto", "{wd}, {d} de {mon} de {y} {H}:{MM}"),
    "pt": ("De", "Enviado", "Para", "Assunto", "{wd}, {d} de {mon} de {y} {HH}:{MM}"),
    "it": ("Da", "Inviato", "A", "Oggetto", "{wd} {d} {mon} {y} {HH}:{MM}"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "{wd} {d} {mon} {y} {HH}:{MM}"),
}
OUTLOOK_REPLY = {"en": "RE:", "de": "AW:", "fr": "RE :", "es": "RE:", "pt": "RE:", "it": "R:", "nl": "RE:"}
OUTLOOK_FOR_ANDROID = {
    "en": "Get Outlook for Android", "de": "Outlook für Android herunterladen", "fr": "Obtenir Outlook pour Android",
    "es": "Obtener Outlook para Android", "pt": "Obter o Outlook para Android", "it": "Scarica Outlook per Android",
    "nl": "Outlook voor Android downloaden",
}
OUTLOOK_FOR_IOS = {
    "en": "Get Outlook for iOS", "de": "Outlook für iOS beziehen", "fr": "Obtenir Outlook pour iOS",
    "es": "Obtener Outlook para iOS", "pt": "Obter o Outlook para iOS", "it": "Scarica Outlook per iOS",
}
ZIMBRA = {
    "en": ("----- Original Message -----", "From", "To", "Sent", "Subject", "{Wd}, {Mon} {d}, {y} {h12}:{MM}:{SS} {AP}"),
    "de": ("----- Ursprüngliche Mail -----", "Von", "An", "Gesendet", "Betreff", "{Wd}, {d}. {Mon} {y} {HH}:{MM}:{SS}"),
    "fr": ("----- Mail original -----", "De", "À", "Envoyé", "Objet", "{Wd} {d} {Mon} {y} {HH}:{MM}:{SS}"),
    "es": ("----- Mensaje original -----", "De", "Para", "Enviado", "Asunto", "{Wd}, {d} de {Mon} {y} {H}:{MM}:{SS}"),
    "pt": ("----- Mensagem original -----", "De", "Para", "Enviadas", "Assunto", "{Wd}, {d} de {Mon} de {y} {H}:{MM}:{SS}"),
    "it": ("----- Messaggio originale -----", "Da", "A", "Inviato", "Oggetto", "{Wd}, {d} {mon} {y} {HH}:{MM}:{SS}"),
    "nl": ("----- Oorspronkelijk bericht -----", "Van", "Aan", "Verzonden", "Onderwerp", "{Wd} {d} {mon} {y} {HH}:{MM}:{SS}"),
}
AOL_SENT = "{wa}, {ma} {d}, {y} {h12}:{MM} {ap}"  # AOL writes it in English whatever the reply's language
IPHONE_SENT = {
    "en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone", "pt": "Enviado do meu iPhone", "it": "Inviato da iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
}


# the headers of an Exchange automatic reply ({addr} the sender's address, {topic} the subject, {lang} the language)
EXCHANGE_AUTO_REPLY = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                       "X-MS-Exchange-Inbox-Rules-Loop: {addr}",
                       "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
                       "Thread-Topic: {topic}", "Content-Language: {lang}", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]


def _capital(word):
    return word[:1].upper() + word[1:]


def date_fields(sent, lang, brt_offset=-4):
    """The fields the templates above use, for a campaign sent at `sent` (Central European time) in `lang`."""
    h12 = sent.hour % 12 or 12
    wd, mon = WEEKDAY[lang][sent.weekday()], MONTH[lang][sent.month - 1]
    return {"wd": wd, "Wd": _capital(wd), "wa": WEEKDAY_ABBR[lang][sent.weekday()], "mon": mon, "Mon": _capital(mon),
            "ma": MONTH_ABBR[lang][sent.month - 1], "d": sent.day, "dd": "%02d" % sent.day, "m": sent.month,
            "mm": "%02d" % sent.month, "y": sent.year, "yy": "%02d" % (sent.year % 100), "H": sent.hour,
            "HH": "%02d" % sent.hour, "h12": h12, "AP": "AM" if sent.hour < 12 else "PM",
            "ap": "am" if sent.hour < 12 else "pm", "MM": "%02d" % sent.minute, "SS": "%02d" % sent.second,
            "BRT": "%02d" % ((sent.hour + brt_offset) % 24)}


# ---------------------------------------------------------------------------------------------------------------
# the replies

@dataclasses.dataclass(frozen=True)
class Campaign:
    """The campaign email a set's messages answer, and the per-set choices of how its replies are written.

    seller_name, seller_addr: who sent it; mid_domain: the domain of its Message-IDs; sent: when (CET);
    optout: the opt-out URL prefix (its lines become links in the HTML quote); outlook_mobile: the line Outlook's
    mobile app appends (OUTLOOK_FOR_ANDROID, OUTLOOK_FOR_IOS or a variant) and outlook_mobile_link its link;
    yahoo_brt_offset: hours from CET to the Brasília time Yahoo writes in Portuguese (0 writes the CET clock);
    flowed_below: whether a Thunderbird bottom-post wraps the person's long lines (format=flowed).
    """
    seller_name: str
    seller_addr: str
    mid_domain: str
    sent: datetime.datetime
    optout: str
    outlook_mobile: dict
    outlook_mobile_link: str
    yahoo_brt_offset: int = -4
    flowed_below: bool = True

    def _date(self, template, lang):
        return template.format(name=self.seller_name, addr=self.seller_addr,
                               **date_fields(self.sent, lang, self.yahoo_brt_offset))

    def html_campaign(self, text):
        out = []
        for l in text.split("\n"):
            if self.optout in l:
                pre, url = l.split("https://", 1)
                out.append(html.escape(pre, quote=False) + '<a href="https://%s">https://%s</a>' % (url, url))
            else:
                out.append(html.escape(l, quote=False))
        return "<br>\n".join(out)

    def render(self, fmt, lang, greet, words, close, sig, campaign, lead_name, lead_addr, subject, n):
        """(headers, subject, body) of a reply as the client writes it."""
        html_campaign = self.html_campaign
        seller = "%s <%s>" % (self.seller_name, self.seller_addr)
        quoted = quote(campaign.split("\n"))
        person = person_text(greet, words, close, sig)
        sig = sig[1:]  # the name is part of the person's text; title, company and disclaimer are the signature
        sig_plain = "\n".join(sig)
        h_person = "".join("<div>%s</div>" % (html.escape(p, quote=False) if p else "<br>")
                           for p in person.split("\n"))
        if fmt == "gmail-web":
            attr = self._date(GMAIL_ATTR[lang], lang)
            # Gmail wraps the plain part at 76 columns, the attribution line included
            attr_plain = "\n".join(textwrap.wrap(attr, 76, break_on_hyphens=False))
            plain = person + ("\n\n-- \n" + sig_plain if sig else "") + "\n\n" + attr_plain + "\n\n" + quoted + "\n"
            sig_html = ('<br><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" '
                        'data-smartmail="gmail_signature"><div dir="ltr">%s</div></div>' % "<br>".join(
                            html.escape(s, quote=False) for s in sig)) if sig else ""
            hbody = ('<div dir="ltr">%s%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                     'class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                     'border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">%s</div></blockquote></div>'
                     % (h_person, sig_html, html.escape(attr, quote=False), html_campaign(campaign)))
            headers = ["Message-ID: <CAKq%04dxW9+gm@mail.gmail.com>" % n]
            return headers, "Re: " + subject, alternative("0000000000006f1e%04d" % n, plain, hbody, "qp")
        if fmt == "gmail-android":
            attr = self._date(GMAIL_ATTR[lang], lang)
            plain = person + "\n\n" + attr + "\n\n" + quoted + "\n"
            hbody = ('<div dir="auto">%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                     'class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                     'border-left:1px #ccc solid;padding-left:1ex"><div dir="ltr">%s</div></blockquote></div>'
                     % (h_person.replace("<div>", '<div dir="auto">'), html.escape(attr, quote=False),
                        html_campaign(campaign)))
            headers = ["Message-ID: <CAJx%04dAndroid@mail.gmail.com>" % n]
            return headers, "Re: " + subject, alternative("00000000000091aa%04d" % n, plain, hbody, "b64")
        if fmt in ("outlook-desktop", "outlook-web"):
            f, s, t, subj, date = OUTLOOK[lang]
            block = "%s: %s\n%s: %s\n%s: %s <%s>\n%s: %s" % (
                f, seller, s, self._date(date, lang), t, lead_name, lead_addr, subj, subject)
            mobile = fmt == "outlook-web" and n % 2 == 0
            tail = ("\n\n" + sig_plain if sig else "") + ("\n\n" + self.outlook_mobile[lang] + "<%s>"
                                                         % self.outlook_mobile_link if mobile else "")
            sep = "________________________________\n" if fmt == "outlook-web" else ""
            plain = person + tail + "\n\n" + sep + block + "\n\n" + campaign + "\n"
            ps = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (html.escape(l, quote=False) if l else "&nbsp;")
                         for l in (person + tail).split("\n"))
            hblock = "<br>\n".join("<b>%s:</b> %s" % (k, html.escape(v, quote=False)) for k, v in
                                   (l.split(": ", 1) for l in block.split("\n")))
            if fmt == "outlook-desktop":
                hbody = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name="Generator" '
                         'content="Microsoft Word 15 (filtered medium)"></head><body lang="%s" link="#0563C1">'
                         '<div class="WordSection1">\n%s<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                         'padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">%s<o:p></o:p></p></div></div>\n'
                         '<p class="MsoNormal">%s<o:p></o:p></p></div></body></html>'
                         % (lang.upper(), ps, hblock, html_campaign(campaign)))
                headers = ["Message-ID: <AM0PR%04dMB4321A1B2C3D4E5F60718293A@AM0PR%04dMB4321.eurprd04.prod.outlook.com>"
                           % (n, n), "Thread-Topic: " + enc_header(subject), "Content-Language: " + lang,
                           "X-Mailer: Microsoft Outlook 16.0"]
                encoding = "qp"
            else:
                hbody = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                         '<body dir="ltr">%s<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" '
                         'tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
                         'style="font-size:11pt" color="#000000">%s</font><div>&nbsp;</div></div><div>%s</div></body>'
                         '</html>' % ("".join('<div class="elementToProof">%s</div>' % (html.escape(l, quote=False)
                                                                                        if l else "<br>")
                                               for l in (person + tail).split("\n")), hblock,
                                      html_campaign(campaign)))
                headers = ["Message-ID: <DB9PR%04dMB7788F00D1234ABCD@DB9PR%04dMB7788.eurprd09.prod.outlook.com>"
                           % (n, n), "Thread-Topic: " + enc_header(subject), "Content-Language: " + lang]
                encoding = "8bit"
            return headers, OUTLOOK_REPLY[lang] + " " + subject, alternative("_000_PR%04dMB_" % n, plain, hbody,
                                                                             encoding)
        if fmt in ("apple", "iphone"):
            attr = self._date(APPLE_ATTR[lang], lang)
            if fmt == "apple":
                plain = person + ("\n\n" + sig_plain if sig else "") + "\n\n" + attr + "\n\n" + quoted + "\n"
                hbody = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                         '<body style="overflow-wrap: break-word;">%s<div><br><blockquote type="cite"><div>%s</div>'
                         '<br class="Apple-interchange-newline"><div><div>%s</div></div></blockquote></div></body></html>'
                         % (html_lines(person + ("\n\n" + sig_plain if sig else "")), html.escape(attr, quote=False),
                            html_campaign(campaign)))
                headers = ["Message-ID: <A1B2%04d-C3D4-E5F6-0718-293A4B5C6D7E@%s>" % (n, lead_addr.split("@")[1]),
                           "X-Mailer: Apple Mail (2.3826.300.87.4.3)"]
                return headers, "Re: " + subject, alternative("Apple-Mail=_%04d-1A2B" % n, plain, hbody, "qp")
            plain = person + "\n\n" + IPHONE_SENT[lang] + "\n\n> " + attr + "\n> \n> \ufeff" + quoted[2:] + "\n"
            hbody = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                     '<body dir="auto"><div dir="ltr">%s</div><div dir="ltr"><br><div dir="ltr">%s</div><div dir="ltr">'
                     '<br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
                     '\ufeff%s</div></blockquote></div></body></html>'
                     % (html_lines(person), html.escape(IPHONE_SENT[lang], quote=False), html.escape(attr, quote=False),
                        html_campaign(campaign)))
            headers = ["Message-ID: <9F8E%04d-7D6C-5B4A-3928-1706F5E4D3C2@%s>" % (n, lead_addr.split("@")[1]),
                       "X-Mailer: iPhone Mail (22B91)"]
            return headers, "Re: " + subject, alternative("Apple-Mail-%04d-5B4A" % n, plain, hbody, "qp")
        if fmt in ("thunderbird-between", "thunderbird-below"):
            attr = self._date(THUNDERBIRD_ATTR[lang], lang)
            sig_block = "\n\n-- \n" + sig_plain if sig else ""
            if fmt == "thunderbird-between":
                # the person answers between the quoted lines: after the question, before the quoted closing,
                # signature and footer (from the line after the last empty line above the seller's name)
                lines = campaign.split("\n")
                cut = max(i for i in range(lines.index(self.seller_name)) if not lines[i])
                plain = (attr + "\n" + quote(lines[:cut]) + "\n\n" + flowed(person) + "\n\n" + quote(lines[cut + 1:])
                         + sig_block + "\n")
                mid = "5e0a%04d-91b2-4c3d-8e4f-a0b1c2d3e4f5"
            else:
                plain = attr + "\n" + quoted + "\n\n" + (flowed(person) if self.flowed_below else person) \
                        + sig_block + "\n"
                mid = "7c1d%04d-4a5b-6c7d-8e9f-0a1b2c3d4e5f"
            headers = ["Message-ID: <%s@%s>" % (mid % n, lead_addr.split("@")[1]),
                       "User-Agent: Mozilla Thunderbird", "Content-Language: " + lang]
            body = ("Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit\n\n"
                    + plain)
            return headers, "Re: " + subject, body
        if fmt == "yahoo":
            attr = self._date(YAHOO_ATTR[lang], lang)
            plain = person + ("\n" + sig_plain if sig else "") + "\n\n    " + attr + "  \n \n \n" + campaign + "\n"
            hbody = ('<html><head></head><body><div class="ydp1a2b3c4dyahoo-style-wrap" style="font-family:Helvetica '
                     'Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div>'
                     '</div><div id="yahoo_quoted_%04d" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                     'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div><br>'
                     '</div><div><div dir="ltr">%s</div></div></div></div></body></html>'
                     % (html_lines(person + ("\n" + sig_plain if sig else "")), n, html.escape(attr, quote=False),
                        html_campaign(campaign)))
            headers = ["Message-ID: <1148%04d.3377781.1796500000123@mail.yahoo.com>" % n,
                       "X-Mailer: WebService/1.1.22941 YMailNorrin"]
            return headers, "Re: " + subject, alternative("----=_Part_%04d_1220398734.1796500000122" % n, plain,
                                                          hbody, "qp")
        if fmt == "aol":
            block = "-----Original Message-----\nFrom: %s\nTo: %s\nSent: %s\nSubject: %s" % (
                seller, lead_addr, self._date(AOL_SENT, "en"), subject)
            plain = person + "\n\n\n" + block + "\n\n" + campaign + "\n"
            hbody = ("<font color='black' size='2' face='arial'>%s<br>\n<br>\n<br>\n<div style=\"font-family:helvetica,"
                     "arial;font-size:10pt;color:black\">%s<br>\n<br>\n<div id=\"AOLMsgPart_2_%04d\"><div dir=\"ltr\">%s"
                     "</div></div></div></font>" % (html_lines(person), html_lines(block), n, html_campaign(campaign)))
            headers = ["Message-ID: <18f0%04d-4e5f-6a7b@webmail-va123.sysops.aol.com>" % n,
                       "X-Mailer: AOL Webmail 44931-STANDARD"]
            return headers, "Re: " + subject, alternative("----=_Part_%04d_987654321.1796500000000" % n, plain, hbody,
                                                          "8bit")
        if fmt == "zimbra":
            sep, f, t, s, subj, date = ZIMBRA[lang]
            block = '%s\n%s: "%s" <%s>\n%s: "%s" <%s>\n%s: %s\n%s: %s' % (
                sep, f, self.seller_name, self.seller_addr, t, lead_name, lead_addr, s, self._date(date, lang), subj,
                subject)
            plain = person + ("\n\n" + sig_plain if sig else "") + "\n\n" + block + "\n\n" + campaign + "\n"
            hb = "<br>".join("<b>%s: </b>%s" % (k, html.escape(v, quote=False)) for k, v in
                             (l.split(": ", 1) for l in block.split("\n")[1:]))
            hbody = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                     '%s<div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">%s<br>'
                     '</div><br><div data-marker="__QUOTED_TEXT__"><div dir="ltr">%s</div></div></div></body></html>'
                     % ("".join("<div>%s</div>" % (html.escape(l, quote=False) if l else "<br>") for l in
                                (person + ("\n\n" + sig_plain if sig else "")).split("\n")), hb, html_campaign(campaign)))
            headers = ["Message-ID: <18734%04d.1049.1796500000123.JavaMail.zimbra@%s>" % (n, lead_addr.split("@")[1]),
                       "X-Mailer: Zimbra 10.0.6_GA_4650 (ZimbraWebClient - FF133 (Linux)/10.0.6_GA_4650)",
                       "Thread-Topic: " + enc_header(subject)]
            return headers, "Re: " + subject, alternative("=_a3f1c2d4-%04d" % n, plain, hbody, "qp")
        raise ValueError(fmt)

    def message(self, headers, subject, body, from_name, from_addr, mid, date):
        """The whole message (LF line ends) from a reply or notice to the campaign email <mid@mid_domain>."""
        head = ["From: %s <%s>" % (enc_header(from_name), from_addr),
                "To: %s <%s>" % (self.seller_name, self.seller_addr),
                "Subject: " + enc_header(subject), "Date: " + date, "In-Reply-To: <%s@%s>" % (mid, self.mid_domain),
                "References: <%s@%s>" % (mid, self.mid_domain)] + headers + ["MIME-Version: 1.0"]
        return "\n".join(head) + "\n" + body

    def automatic_body(self, kind, text, n, addr, mid, receipt_qp=True):
        """The body of an automatic notice: kind "plain" (text/plain), "exchange" (multipart/alternative as Exchange
        sends it) or "mdn" (an Outlook read receipt, RFC 8098; receipt_qp=False leaves its text part unencoded)."""
        if kind == "plain":
            return ("Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                    + qp(text) + "\n")
        if kind == "exchange":
            hbody = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                     '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">%s'
                     '</div></body></html>' % "".join("<div>%s</div>" % (html.escape(l, quote=False) if l else "<br>")
                                                      for l in text.split("\n")))
            return alternative("_000_AUTO%04dEURPRD_" % n, text + "\n", hbody, "qp")
        if kind != "mdn":
            raise ValueError(kind)
        # an Outlook read receipt: multipart/report with a human part and a machine-readable disposition
        human = ("Content-Transfer-Encoding: quoted-printable\n\n" + qp(text)) if receipt_qp else "\n" + text
        return ('Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn%04d"\n\n'
                '--mdn%04d\nContent-Type: text/plain; charset="utf-8"\n%s\n\n--mdn%04d\n'
                'Content-Type: message/disposition-notification\n\n'
                'Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: <%s@%s>\n'
                'Disposition: manual-action/MDN-sent-manually; displayed\n\n--mdn%04d--\n'
                % (n, n, human, n, addr.split("@")[1], addr, mid, self.mid_domain, n))

    def write_replies(self, out, replies, *, subjects, campaigns, companies, lead_domains, first_names, mid,
                      token, date, first_from_signature=True, ascii_address=True):
        """Writes out/<lang>-<nn>-<format>.eml for each person's reply and returns the labels.csv rows.

        replies: {lang: [(label, format, greeting, words, closing, signature lines)]}: "words" is what the person
        wrote and what the reader must keep, greeting, closing and signature are around it; the first signature line
        is the person's name (part of their text), the rest the signature block. The n-th reply (from 1)
        answers <mid % n @mid_domain>, quotes its language's campaign text with token % n and is dated date(n).
        The lead's first name is the signature's first word (unless first_from_signature is false, or it is an
        initial) or else first_names[i % len]; the address is first.n@lead domain (ascii_address folds accents).
        """
        rows = []
        n = 0
        for lang, lang_replies in replies.items():
            for i, (label, fmt, greet, words, close, sig) in enumerate(lang_replies):
                n += 1
                name = "%s-%02d-%s" % (lang, i + 1, fmt)
                own = sig[0].split()[0] if sig and first_from_signature else ""
                first = own if own and not own.endswith(".") else first_names[i % len(first_names)]
                lead_name = sig[0] if sig and " " in sig[0] else "%s %s" % (first, companies[lang].split()[0])
                local = ascii_fold(first.lower()) if ascii_address else first.lower()
                lead_addr = "%s.%d@%s" % (local, n, lead_domains[lang])
                campaign = campaigns[lang].format(first=first, company=companies[lang], token=token % n)
                headers, subject, body = self.render(fmt, lang, greet, words, close, sig, campaign, lead_name,
                                                     lead_addr, subjects[lang], n)
                write_eml(out, name, self.message(headers, subject, body, lead_name, lead_addr, mid % n, date(n)))
                rows.append((name, label, lang, fmt, lead_addr, mid % n, words))
        return rows

    def write_automatic(self, out, notices, start, *, subjects, lead_domains, mid, date):
        """Writes out/<name>.eml for each automatic notice, numbered from start + 1, and returns the labels.csv rows.

        notices: [(name, lang, sender's name, subject, extra headers, kind, text)], kind as automatic_body takes it
        ("exchange" multipart/alternative as Exchange sends it, "plain" text/plain, "mdn" a read receipt); the
        subject and text may use
        {subject} (the campaign subject), the text {addr} (the seller's address), the headers {addr} (the sender's),
        {topic} and {lang}. The sender's address is support@ for a helpdesk-*, else the name's last two words.
        """
        rows = []
        for n, (name, lang, sender, subj_t, extra, kind, text) in enumerate(notices, start + 1):
            local = "support" if name.startswith("helpdesk") else ".".join(ascii_fold(sender.lower()).split()[-2:])
            addr = "%s@%s" % (local, lead_domains[lang])
            subject = subj_t.format(subject=subjects[lang])
            hdrs = ["Message-ID: <auto-%04d.%s@%s>" % (n, name, lead_domains[lang])] + [
                h.format(addr=addr, topic=enc_header(subjects[lang]), lang=lang) for h in extra]
            body = self.automatic_body(kind, text.format(addr=self.seller_addr, subject=subjects[lang]), n, addr,
                                       mid % n)
            write_eml(out, name, self.message(hdrs, subject, body, sender, addr, mid % n, date(n)))
            rows.append((name, "skip", lang, "auto:" + name.split("-")[0], addr, mid % n, ""))
        return rows


# ---------------------------------------------------------------------------------------------------------------
# the set's files

def write_eml(out, name, text):
    """Writes out/<name>.eml with CRLF line ends, as the message is appended over IMAP."""
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, name + ".eml"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(text)


def write_set_files(here, campaigns, rows, captured):
    """Writes here/campaign/<lang>.txt and here/labels.csv (rows, then a skip row per captured message)."""
    rows = list(rows) + [(name, "skip", lang, "captured:" + name.split("-")[0], addr, mid, "")
                         for name, lang, addr, mid in captured]
    os.makedirs(os.path.join(here, "campaign"), exist_ok=True)
    for lang, text in campaigns.items():  # the campaign emails the replies quote, {first} {company} {token} open
        with open(os.path.join(here, "campaign", lang + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
    with open(os.path.join(here, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "lang", "format", "lead_email", "campaign_message_id", "words"])
        w.writerows(rows)
    print("%d messages labelled" % len(rows))
