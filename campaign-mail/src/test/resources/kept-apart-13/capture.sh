#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the thirteenth kept-apart set. Adapted from ../kept-apart-12/capture.sh (same machinery; new users,
# domains, map files, texts and campaign emails; the work directory is under /var/tmp). Run as root on a throw-away
# Debian 12 machine or container: it installs postfix, dovecot-core and dovecot-sieve if missing, rewrites
# /etc/postfix/main.cf, adds local users and starts Postfix (no SMTP listener: mail is injected with sendmail), and
# stops it at the end. Output: $OUT/*.eml, the messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/var/tmp/kept-apart-13-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=k13-kerensa
LEADS=(k13-korbinian k13-maelle k13-rocio k13-ines k13-ludovica k13-ffion k13-ruta k13-ivana k13-thierry)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@swarmbell.test
hostname = mx.swarmbell.test
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
DOMAINS="swarmbell.test, heatherbank-apiaries.test, imkerei-lindenhang.test, miellerie-des-garrigues.test, \
apicola-valdemiel.test, apicultura-serra-da-lousa.test, apicoltura-colle-fiorito.test, localhost"
postconf -e "myhostname = mx.swarmbell.test" "mydomain = swarmbell.test" "myorigin = swarmbell.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept13-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept13-virtual" \
  "relocated_maps = hash:/etc/postfix/kept13-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox and a policy refusal (error transport), a full mailbox (retry
# transport), a person who moved (relocated)
cat > /etc/postfix/kept13-virtual <<MAP
korbinian.huber@imkerei-lindenhang.test k13-korbinian
maelle.roux@miellerie-des-garrigues.test k13-maelle
rocio.benitez@apicola-valdemiel.test k13-rocio
ines.valadares@apicultura-serra-da-lousa.test k13-ines
ludovica.sarti@apicoltura-colle-fiorito.test k13-ludovica
ffion.pryce@heatherbank-apiaries.test k13-ffion
ruta.kazlauskaite@heatherbank-apiaries.test k13-ruta
ivana.horvat@apicoltura-colle-fiorito.test k13-ivana
thierry.lagarde@miellerie-des-garrigues.test k13-thierry
kerensa@swarmbell.test $SELLER
MAP
cat > /etc/postfix/kept13-transport <<MAP
vendas.porto@apicultura-serra-da-lousa.test error:5.2.1 mailbox disabled by the administrator
presse@imkerei-lindenhang.test error:5.7.1 delivery not authorised, message refused by recipient policy
shop@heatherbank-apiaries.test retry:4.2.2 mailbox full, try again later
MAP
cat > /etc/postfix/kept13-relocated <<MAP
ernesto.galli@apicoltura-colle-fiorito.test ernesto.galli@apicoltura-galli.test
MAP
postmap /etc/postfix/kept13-virtual /etc/postfix/kept13-transport /etc/postfix/kept13-relocated
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
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept13-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation k13-korbinian "Urlaub bis 14. Dezember" "Grüß Gott,
ich bin bis einschließlich Montag, 14. Dezember, im Urlaub und habe keinen Zugriff auf meine E-Mails.
Bei dringenden Anliegen schreiben Sie bitte an buero@imkerei-lindenhang.test.
Freundliche Grüße
Korbinian Huber"
vacation k13-maelle "Absence du 1er au 11 décembre" "Bonjour,
Je suis en congé jusqu'au vendredi 11 décembre et ne lis pas mes messages.
Pour toute demande, merci d'écrire à accueil@miellerie-des-garrigues.test.
Bien cordialement,
Maëlle Roux"
vacation k13-rocio "Fuera de la oficina" "Hola:
Estoy fuera hasta el miércoles 9 de diciembre y no reviso el correo.
Para pedidos o urgencias, escriba a oficina@apicola-valdemiel.test.
Gracias,
Rocío Benítez"
vacation k13-ines "Ausente até 14/12" "Olá,
Estou de férias até segunda-feira, 14 de dezembro, sem acesso ao correio eletrónico.
Para assuntos urgentes, contacte geral@apicultura-serra-da-lousa.test.
Cumprimentos,
Inês Valadares"
vacation k13-ludovica "Assente fino al 10 dicembre" "Buongiorno,
sarò assente fino a giovedì 10 dicembre e leggerò la posta al mio rientro.
Per urgenze scrivete a segreteria@apicoltura-colle-fiorito.test.
Cordiali saluti,
Ludovica Sarti"
vacation k13-ffion "" "Hello,
I'm away until Friday 11 December and won't be checking email.
For orders or anything urgent, please write to office@heatherbank-apiaries.test.
Diolch,
Ffion Pryce"
vacation k13-ruta "Atostogos" "Laba diena,
atostogauju iki gruodžio 14 d. ir el. laiškų neskaitau.
Skubiais klausimais rašykite office@heatherbank-apiaries.test.
Pagarbiai
Rūta Kazlauskaitė"
vacation k13-ivana "Godišnji odmor" "Poštovani,
na godišnjem sam odmoru do 11. prosinca i ne čitam e-poštu.
Za hitne upite pišite na segreteria@apicoltura-colle-fiorito.test.
Lijep pozdrav,
Ivana Horvat"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
REJECT=$(cat <<'SIEVE'
require ["reject"];
reject text:
Thierry Lagarde ne fait plus partie de la Miellerie des Garrigues ; cette boîte n'est plus consultée.
Merci d'écrire à accueil@miellerie-des-garrigues.test.
.
;
SIEVE
)
install_sieve k13-thierry "$REJECT"

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="How heavy are your hives today?"
  [de]="Wie schwer sind Ihre Völker heute?"
  [fr]="Combien pèsent vos ruches aujourd'hui ?"
  [es]="¿Cuánto pesan hoy sus colmenas?"
  [pt]="Quanto pesam hoje as suas colmeias?"
  [it]="Quanto pesano oggi i vostri alveari?")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/g" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f kerensa@swarmbell.test -t <<MAIL
From: Kerensa Trelease <kerensa@swarmbell.test>
To: $2
Subject: $subj
Message-ID: <$1@swarmbell.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka13-s01 "Korbinian Huber <korbinian.huber@imkerei-lindenhang.test>" de Korbinian "Imkerei Lindenhang"
send ka13-s02 "Maëlle Roux <maelle.roux@miellerie-des-garrigues.test>" fr Maëlle "Miellerie des Garrigues"
send ka13-s03 "Rocío Benítez <rocio.benitez@apicola-valdemiel.test>" es Rocío "Apícola Valdemiel"
send ka13-s04 "Inês Valadares <ines.valadares@apicultura-serra-da-lousa.test>" pt Inês "Apicultura Serra da Lousã"
send ka13-s05 "Ludovica Sarti <ludovica.sarti@apicoltura-colle-fiorito.test>" it Ludovica "Apicoltura Colle Fiorito"
send ka13-s06 "Ffion Pryce <ffion.pryce@heatherbank-apiaries.test>" en Ffion "Heatherbank Apiaries"
send ka13-s07 "Rūta Kazlauskaitė <ruta.kazlauskaite@heatherbank-apiaries.test>" en Rūta "Heatherbank Apiaries"
send ka13-s08 "Ivana Horvat <ivana.horvat@apicoltura-colle-fiorito.test>" it Ivana "Apicoltura Colle Fiorito"
send ka13-s09 "Thierry Lagarde <thierry.lagarde@miellerie-des-garrigues.test>" fr Thierry "Miellerie des Garrigues"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), a policy refusal (error transport 5.7.1), domains that do not resolve (.invalid)
send ka13-s10 "Extraction <extraction@heatherbank-apiaries.test>" en team "Heatherbank Apiaries"
send ka13-s11 "Almacén <almacen@apicola-valdemiel.test>" es equipo "Apícola Valdemiel"
send ka13-s12 "Armazém <armazem@apicultura-serra-da-lousa.test>" pt equipa "Apicultura Serra da Lousã"
send ka13-s13 "Vendas Porto <vendas.porto@apicultura-serra-da-lousa.test>" pt equipa "Apicultura Serra da Lousã"
send ka13-s14 "Ernesto Galli <ernesto.galli@apicoltura-colle-fiorito.test>" it Ernesto "Apicoltura Colle Fiorito"
send ka13-s15 "Presse <presse@imkerei-lindenhang.test>" de Team "Imkerei Lindenhang"
send ka13-s16 "Apicoltura Val di Sole <info@apicoltura-val-di-sole.invalid>" it staff "Apicoltura Val di Sole"
send ka13-s17 "Imkerei am Moor <info@imkerei-am-moor.invalid>" de Team "Imkerei am Moor"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka13-s18 "Shop <shop@heatherbank-apiaries.test>" en team "Heatherbank Apiaries"
# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-lt [s08]=sieve-vacation-hr
  [s09]=sieve-reject-fr [s10]=postfix-unknown-user-en [s11]=postfix-unknown-user-es [s12]=postfix-unknown-user-pt
  [s13]=postfix-mailbox-disabled [s14]=postfix-relocated [s15]=postfix-policy-reject [s16]=postfix-nxdomain-it
  [s17]=postfix-nxdomain-de)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka13-s[0-9]*' "$f" | sed 's/ka13-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
