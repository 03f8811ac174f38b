#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the tenth kept-apart set. Adapted from ../kept-apart-9/capture.sh (same machinery; new users,
# domains, map files, texts and campaign emails; the work directory is under /var/tmp). Run as root on a throw-away
# Debian 12 machine or container: it installs postfix, dovecot-core and dovecot-sieve if missing, rewrites
# /etc/postfix/main.cf, adds local users and starts Postfix (no SMTP listener: mail is injected with sendmail), and
# stops it at the end. Output: $OUT/*.eml, the messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/var/tmp/kept-apart-10-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=k10-oona
LEADS=(k10-ulrike k10-josee k10-macarena k10-leticia k10-ornella k10-orla k10-mette k10-ioana k10-benoit)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@roomcue.test
hostname = mx.roomcue.test
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
DOMAINS="roomcue.test, penhallow-hotels.test, hotelgruppe-tannhof.test, hotels-kerbrat.test, \
hoteles-almenara.test, pousadas-serra-alta.test, alberghi-valsorda.test, localhost"
postconf -e "myhostname = mx.roomcue.test" "mydomain = roomcue.test" "myorigin = roomcue.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept10-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept10-virtual" \
  "relocated_maps = hash:/etc/postfix/kept10-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox and a policy refusal (error transport), a full mailbox (retry
# transport), a person who moved (relocated)
cat > /etc/postfix/kept10-virtual <<MAP
ulrike.hofer@hotelgruppe-tannhof.test k10-ulrike
josee.bouchard@hotels-kerbrat.test k10-josee
macarena.ruiz@hoteles-almenara.test k10-macarena
leticia.amaral@pousadas-serra-alta.test k10-leticia
ornella.cuccu@alberghi-valsorda.test k10-ornella
orla.devlin@penhallow-hotels.test k10-orla
mette.kjaer@penhallow-hotels.test k10-mette
ioana.dumitrescu@alberghi-valsorda.test k10-ioana
benoit.lagarde@hotels-kerbrat.test k10-benoit
oona@roomcue.test $SELLER
MAP
cat > /etc/postfix/kept10-transport <<MAP
housekeeping.fowey@penhallow-hotels.test error:5.2.1 mailbox disabled by the administrator
marketing@pousadas-serra-alta.test error:5.7.1 delivery not authorised, message refused by recipient policy
lingerie@hotels-kerbrat.test retry:4.2.2 mailbox full, try again later
MAP
cat > /etc/postfix/kept10-relocated <<MAP
pilar.sanz@hoteles-almenara.test pilar.sanz@hostal-sanz.test
MAP
postmap /etc/postfix/kept10-virtual /etc/postfix/kept10-transport /etc/postfix/kept10-relocated
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
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept10-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation k10-ulrike "Urlaub bis 13. Dezember" "Grüß Gott,
ich bin bis einschließlich Sonntag, 13. Dezember, auf Urlaub und lese meine E-Mails erst danach.
Bei dringenden Anliegen wenden Sie sich bitte an rezeption@hotelgruppe-tannhof.test.
Liebe Grüße
Ulrike Hofer"
vacation k10-josee "Absente jusqu'au 14 décembre" "Bonjour,
Je suis en vacances jusqu'au lundi 14 décembre et je ne prendrai pas mes courriels d'ici là.
Pour une réservation ou une urgence, écrivez à reception@hotels-kerbrat.test.
Merci et bonne journée!
Josée Bouchard"
vacation k10-macarena "Fuera hasta el 9 de diciembre" "Buenas,
estoy fuera hasta el miércoles 9 de diciembre y no voy a poder mirar el correo.
Para cualquier cosa del hotel, escriba a recepcion@hoteles-almenara.test.
Un saludo,
Macarena Ruiz"
vacation k10-leticia "Ausente" "Oi, tudo bem?
Estou de folga até o dia 15 de dezembro e não vou acompanhar os e-mails.
Se for urgente, escreva para recepcao@pousadas-serra-alta.test.
Abraço,
Letícia Amaral"
vacation k10-ornella "Fuori ufficio fino all'11 dicembre" "Buongiorno,
sono fuori ufficio fino a venerdì 11 dicembre e leggerò la posta al mio rientro.
Per prenotazioni e urgenze scrivete a reception@alberghi-valsorda.test.
Grazie,
Ornella Cuccu"
vacation k10-orla "" "Hiya,
I'm on leave until Wednesday 16 December and won't be looking at emails.
If it can't wait, please get in touch with frontdesk@penhallow-hotels.test.
Thanks,
Orla Devlin"
vacation k10-mette "Ferie" "Hej,
Jeg holder ferie til og med den 14. december og læser ikke mine e-mails.
I hastende tilfælde kan du skrive til frontdesk@penhallow-hotels.test.
Venlig hilsen
Mette Kjær"
vacation k10-ioana "Concediu" "Bună ziua,
Sunt în concediu până pe 11 decembrie și nu citesc e-mailurile.
Pentru urgențe vă rog să scrieți la reception@alberghi-valsorda.test.
Cu stimă,
Ioana Dumitrescu"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
REJECT=$(cat <<'SIEVE'
require ["reject"];
reject text:
Benoît Lagarde ne travaille plus aux Hôtels Kerbrat ; cette boîte aux lettres n'est plus lue.
Merci d'écrire à direction@hotels-kerbrat.test.
.
;
SIEVE
)
install_sieve k10-benoit "$REJECT"

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="How long does a checked-out room wait for housekeeping?"
  [de]="Wie lange wartet ein freies Zimmer auf das Housekeeping?"
  [fr]="Combien de temps une chambre libérée attend-elle le ménage ?"
  [es]="¿Cuánto espera una habitación libre a que llegue limpieza?"
  [pt]="Quanto tempo espera um quarto livre pela limpeza?"
  [it]="Quanto aspetta una camera libera prima delle pulizie?")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/g" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f oona@roomcue.test -t <<MAIL
From: Oona Fairbairn <oona@roomcue.test>
To: $2
Subject: $subj
Message-ID: <$1@roomcue.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka10-s01 "Ulrike Hofer <ulrike.hofer@hotelgruppe-tannhof.test>" de Ulrike "Hotelgruppe Tannhof"
send ka10-s02 "Josée Bouchard <josee.bouchard@hotels-kerbrat.test>" fr Josée "Hôtels Kerbrat"
send ka10-s03 "Macarena Ruiz <macarena.ruiz@hoteles-almenara.test>" es Macarena "Hoteles Almenara"
send ka10-s04 "Letícia Amaral <leticia.amaral@pousadas-serra-alta.test>" pt Letícia "Pousadas Serra Alta"
send ka10-s05 "Ornella Cuccu <ornella.cuccu@alberghi-valsorda.test>" it Ornella "Alberghi Valsorda"
send ka10-s06 "Orla Devlin <orla.devlin@penhallow-hotels.test>" en Orla "Penhallow Hotels"
send ka10-s07 "Mette Kjær <mette.kjaer@penhallow-hotels.test>" en Mette "Penhallow Hotels"
send ka10-s08 "Ioana Dumitrescu <ioana.dumitrescu@alberghi-valsorda.test>" it Ioana "Alberghi Valsorda"
send ka10-s09 "Benoît Lagarde <benoit.lagarde@hotels-kerbrat.test>" fr Benoît "Hôtels Kerbrat"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), a policy refusal (error transport 5.7.1), domains that do not resolve (.invalid)
send ka10-s10 "Bookings <bookings@penhallow-hotels.test>" en team "Penhallow Hotels"
send ka10-s11 "Empfang <empfang@hotelgruppe-tannhof.test>" de Team "Hotelgruppe Tannhof"
send ka10-s12 "Prenotazioni <prenotazioni@alberghi-valsorda.test>" it staff "Alberghi Valsorda"
send ka10-s13 "Housekeeping Fowey <housekeeping.fowey@penhallow-hotels.test>" en team "Penhallow Hotels"
send ka10-s14 "Pilar Sanz <pilar.sanz@hoteles-almenara.test>" es Pilar "Hoteles Almenara"
send ka10-s15 "Marketing <marketing@pousadas-serra-alta.test>" pt equipa "Pousadas Serra Alta"
send ka10-s16 "Hôtel des Remparts <contact@hotel-des-remparts.invalid>" fr équipe "Hôtel des Remparts"
send ka10-s17 "Pousada do Mar <reservas@pousada-do-mar.invalid>" pt equipa "Pousada do Mar"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka10-s18 "Lingerie <lingerie@hotels-kerbrat.test>" fr équipe "Hôtels Kerbrat"
# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-da [s08]=sieve-vacation-ro
  [s09]=sieve-reject-fr [s10]=postfix-unknown-user-en [s11]=postfix-unknown-user-de [s12]=postfix-unknown-user-it
  [s13]=postfix-mailbox-disabled [s14]=postfix-relocated [s15]=postfix-policy-reject [s16]=postfix-nxdomain-fr
  [s17]=postfix-nxdomain-pt)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka10-s[0-9]*' "$f" | sed 's/ka10-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
