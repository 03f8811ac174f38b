#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the sixteenth kept-apart set. Adapted from ../kept-apart-15/capture.sh (same machinery; new users,
# domains, map files, texts and campaign emails; the work directory is under /var/tmp). Run as root on a throw-away
# Debian 12 machine or container: it installs postfix, dovecot-core and dovecot-sieve if missing, rewrites
# /etc/postfix/main.cf, adds local users and starts Postfix (no SMTP listener: mail is injected with sendmail), and
# stops it at the end. Output: $OUT/*.eml, the messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/var/tmp/kept-apart-16-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=k16-ysolde
LEADS=(k16-wendelin k16-aurore k16-amaia k16-olimpia k16-gianmarco k16-calum k16-ebba k16-arkady k16-maarten)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@brookgauge.test
hostname = mx.brookgauge.test
userdb {
  driver = passwd
}
passdb {
  driver = passwd
}
log_path = /dev/stderr
protocol lda {
  mail_plugins = sieve
}
plugin {
  sieve = file:~/sieve;active=~/.dovecot.sieve
  sieve_extensions = +vacation +reject
}
CONF

# --- Postfix: local delivery through dovecot-lda for the test domains, nothing listens on a port
DOMAINS="brookgauge.test, glenmoriston-trout.test, fischzucht-oberlaimer.test, pisciculture-de-la-sorgue.test, \
truchas-del-pas.test, truticultura-da-serra.test, troticoltura-valnerina.test, localhost"
postconf -e "myhostname = mx.brookgauge.test" "mydomain = brookgauge.test" "myorigin = brookgauge.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept16-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept16-virtual" \
  "relocated_maps = hash:/etc/postfix/kept16-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox and a policy refusal (error transport), a full mailbox (retry
# transport), a person who moved (relocated)
cat > /etc/postfix/kept16-virtual <<MAP
wendelin.haslauer@fischzucht-oberlaimer.test k16-wendelin
aurore.perrichon@pisciculture-de-la-sorgue.test k16-aurore
amaia.cubillo@truchas-del-pas.test k16-amaia
olimpia.calhau@truticultura-da-serra.test k16-olimpia
gianmarco.brancaleoni@troticoltura-valnerina.test k16-gianmarco
calum.macaskill@glenmoriston-trout.test k16-calum
ebba.bergkvist@glenmoriston-trout.test k16-ebba
arkady.voronin@fischzucht-oberlaimer.test k16-arkady
maarten.kuipers@fischzucht-oberlaimer.test k16-maarten
ysolde@brookgauge.test $SELLER
MAP
cat > /etc/postfix/kept16-transport <<MAP
compras@truticultura-da-serra.test error:5.2.1 mailbox disabled by the administrator
einkauf@fischzucht-oberlaimer.test error:5.7.1 delivery not authorised, message refused by recipient policy
commandes@pisciculture-de-la-sorgue.test retry:4.2.2 mailbox full, try again later
MAP
cat > /etc/postfix/kept16-relocated <<MAP
jonatan.pereda@truchas-del-pas.test jonatan.pereda@cantabria-acuicola.test
MAP
postmap /etc/postfix/kept16-virtual /etc/postfix/kept16-transport /etc/postfix/kept16-relocated
newaliases
postfix status >/dev/null 2>&1 && postfix reload || postfix start
postsuper -d ALL >/dev/null 2>&1 || true   # a clean queue and clean mailboxes: every run starts afresh
for u in "$SELLER" "${LEADS[@]}"; do h=$(getent passwd "$u" | cut -d: -f6); rm -rf "$h/Maildir" "$h/sieve" "$h/.dovecot.sieve" "$h/.dovecot.sieve.svbin" "$h/.dovecot.lda-dupes"; done

# --- sieve scripts, one language each (RFC 3834 auto-replies: Auto-Submitted: auto-replied)
install_sieve() { # user script
  local home; home=$(getent passwd "$1" | cut -d: -f6)
  mkdir -p "$home/sieve"
  printf '%s\n' "$2" > "$home/sieve/main.sieve"
  ln -sf sieve/main.sieve "$home/.dovecot.sieve"
  chown -R "$1:" "$home/sieve" "$home/.dovecot.sieve"
}
vacation() { # user subject text   (:addresses: the lead's address, which Postfix rewrote to the local user)
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept16-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation k16-wendelin "Urlaub bis 14. Dezember" "Servus,
vielen Dank für Ihre Nachricht. Ich bin bis Montag, 14. Dezember, im Urlaub und lese keine E-Mails.
Ihre Nachricht wird nicht weitergeleitet. Bei dringenden Anliegen: betrieb@fischzucht-oberlaimer.test.
Viele Grüße
Wendelin Haslauer"
vacation k16-aurore "Absente du 1er au 11 décembre" "Bonjour,
Je suis absente jusqu'au vendredi 11 décembre inclus, sans accès à ma messagerie.
Pour toute urgence concernant les livraisons de poisson, appelez le 04 90 38 71 52.
Cordialement,
Aurore Perrichon"
vacation k16-amaia "Fuera de la oficina" "Buenos días:
Estaré fuera de la oficina hasta el miércoles 9 de diciembre y no podré leer el correo.
Para cualquier urgencia, escriba a oficina@truchas-del-pas.test o llame al 942 59 33 10.
Muchas gracias,
Amaia Cubillo"
vacation k16-olimpia "Ausência até 10 de dezembro" "Bom dia,
Encontro-me ausente em formação até quinta-feira, 10 de dezembro, com acesso limitado ao email.
Para assuntos urgentes, contacte geral@truticultura-da-serra.test.
Cumprimentos,
Olímpia Calhau"
vacation k16-gianmarco "In congedo fino al 18 dicembre" "Buongiorno,
sono in congedo fino a venerdì 18 dicembre e non leggo la posta.
Per l'allevamento può scrivere a impianto@troticoltura-valnerina.test.
Grazie e buona giornata,
Gianmarco Brancaleoni"
vacation k16-calum "" "I'm out at the loch farm until Friday 11 December and mostly out of signal.
If it can't wait, phone the office on 01320 351 400.
Calum"
vacation k16-ebba "Frånvarande till 14 december" "Hej,
Tack för ditt mejl. Jag är ledig till och med måndag 14 december och läser inte min e-post.
Brådskande ärenden: office@glenmoriston-trout.test.
Med vänlig hälsning
Ebba Bergkvist"
vacation k16-arkady "Нет на месте до 10 декабря" "Добрый день!
Я в командировке до 10 декабря и отвечаю на письма с задержкой.
По срочным вопросам пишите на info@fischzucht-oberlaimer.test.
С уважением,
Аркадий Воронин"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
REJECT=$(cat <<'SIEVE'
require ["reject"];
reject text:
Maarten Kuipers werkt niet meer bij Fischzucht Oberlaimer. Deze mailbox wordt niet meer gelezen.
Stuur uw bericht alstublieft naar info@fischzucht-oberlaimer.test.
.
;
SIEVE
)
install_sieve k16-maarten "$REJECT"
# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="How much oxygen was in your ponds at 4 a.m.?"
  [de]="Wie viel Sauerstoff hatten Ihre Teiche um 4 Uhr früh?"
  [fr]="Combien d'oxygène dans vos bassins à 4 h du matin ?"
  [es]="¿Cuánto oxígeno había en sus estanques a las 4 de la mañana?"
  [pt]="Quanto oxigénio havia nos seus tanques às 4 da manhã?"
  [it]="Quanto ossigeno c'era nelle vasche alle 4 del mattino?")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/g" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f ysolde@brookgauge.test -t <<MAIL
From: Ysolde Marchbank <ysolde@brookgauge.test>
To: $2
Subject: $subj
Message-ID: <$1@brookgauge.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka16-s01 "Wendelin Haslauer <wendelin.haslauer@fischzucht-oberlaimer.test>" de Wendelin "Fischzucht Oberlaimer"
send ka16-s02 "Aurore Perrichon <aurore.perrichon@pisciculture-de-la-sorgue.test>" fr Aurore "Pisciculture de la Sorgue"
send ka16-s03 "Amaia Cubillo <amaia.cubillo@truchas-del-pas.test>" es Amaia "Truchas del Pas"
send ka16-s04 "Olímpia Calhau <olimpia.calhau@truticultura-da-serra.test>" pt Olímpia "Truticultura da Serra"
send ka16-s05 "Gianmarco Brancaleoni <gianmarco.brancaleoni@troticoltura-valnerina.test>" it Gianmarco "Troticoltura Valnerina"
send ka16-s06 "Calum Macaskill <calum.macaskill@glenmoriston-trout.test>" en Calum "Glenmoriston Trout"
send ka16-s07 "Ebba Bergkvist <ebba.bergkvist@glenmoriston-trout.test>" en Ebba "Glenmoriston Trout"
send ka16-s08 "Arkady Voronin <arkady.voronin@fischzucht-oberlaimer.test>" de Arkady "Fischzucht Oberlaimer"
send ka16-s09 "Maarten Kuipers <maarten.kuipers@fischzucht-oberlaimer.test>" de Maarten "Fischzucht Oberlaimer"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), a policy refusal (error transport 5.7.1), domains that do not resolve (.invalid)
send ka16-s10 "Hatchery <hatchery@glenmoriston-trout.test>" en team "Glenmoriston Trout"
send ka16-s11 "Versand <versand@fischzucht-oberlaimer.test>" de Team "Fischzucht Oberlaimer"
send ka16-s12 "Vendite <vendite@troticoltura-valnerina.test>" it staff "Troticoltura Valnerina"
send ka16-s13 "Compras <compras@truticultura-da-serra.test>" pt equipa "Truticultura da Serra"
send ka16-s14 "Jonatan Pereda <jonatan.pereda@truchas-del-pas.test>" es Jonatan "Truchas del Pas"
send ka16-s15 "Einkauf <einkauf@fischzucht-oberlaimer.test>" de Team "Fischzucht Oberlaimer"
send ka16-s16 "Piscifactoría del Tormes <info@piscifactoria-del-tormes.invalid>" es equipo "Piscifactoría del Tormes"
send ka16-s17 "Aquicultura do Zêzere <geral@aquicultura-do-zezere.invalid>" pt equipa "Aquicultura do Zêzere"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka16-s18 "Commandes <commandes@pisciculture-de-la-sorgue.test>" fr équipe "Pisciculture de la Sorgue"
# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-sv [s08]=sieve-vacation-ru
  [s09]=sieve-reject-nl [s10]=postfix-unknown-user-en [s11]=postfix-unknown-user-de [s12]=postfix-unknown-user-it
  [s13]=postfix-mailbox-disabled [s14]=postfix-relocated [s15]=postfix-policy-reject [s16]=postfix-nxdomain-es
  [s17]=postfix-nxdomain-pt)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka16-s[0-9]*' "$f" | sed 's/ka16-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
