#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the twelfth kept-apart set. Adapted from ../kept-apart-11/capture.sh (same machinery; new users,
# domains, map files, texts and campaign emails; the work directory is under /var/tmp). Run as root on a throw-away
# Debian 12 machine or container: it installs postfix, dovecot-core and dovecot-sieve if missing, rewrites
# /etc/postfix/main.cf, adds local users and starts Postfix (no SMTP listener: mail is injected with sendmail), and
# stops it at the end. Output: $OUT/*.eml, the messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/var/tmp/kept-apart-12-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=k12-tamsin
LEADS=(k12-henrike k12-solene k12-itziar k12-leonor k12-ornella k12-morag k12-joost k12-aino k12-gerd)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@kegtrace.test
hostname = mx.kegtrace.test
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
DOMAINS="kegtrace.test, hollin-ridge-brewing.test, brauhaus-kesselgrund.test, brasserie-vieux-moulin.test, \
cervecera-sierra-alta.test, cervejaria-ribeira-velha.test, birrificio-valle-scura.test, localhost"
postconf -e "myhostname = mx.kegtrace.test" "mydomain = kegtrace.test" "myorigin = kegtrace.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept12-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept12-virtual" \
  "relocated_maps = hash:/etc/postfix/kept12-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox and a policy refusal (error transport), a full mailbox (retry
# transport), a person who moved (relocated)
cat > /etc/postfix/kept12-virtual <<MAP
henrike.brandes@brauhaus-kesselgrund.test k12-henrike
solene.marchal@brasserie-vieux-moulin.test k12-solene
itziar.arrieta@cervecera-sierra-alta.test k12-itziar
leonor.quintas@cervejaria-ribeira-velha.test k12-leonor
ornella.pace@birrificio-valle-scura.test k12-ornella
morag.innes@hollin-ridge-brewing.test k12-morag
joost.vermeulen@hollin-ridge-brewing.test k12-joost
aino.virtanen@brauhaus-kesselgrund.test k12-aino
gerd.falk@brauhaus-kesselgrund.test k12-gerd
tamsin@kegtrace.test $SELLER
MAP
cat > /etc/postfix/kept12-transport <<MAP
compras.sevilla@cervecera-sierra-alta.test error:5.2.1 mailbox disabled by the administrator
presse@brasserie-vieux-moulin.test error:5.7.1 delivery not authorised, message refused by recipient policy
taproom@hollin-ridge-brewing.test retry:4.2.2 mailbox full, try again later
MAP
cat > /etc/postfix/kept12-relocated <<MAP
bruno.alves@cervejaria-ribeira-velha.test bruno.alves@cervejaria-alves-filhos.test
MAP
postmap /etc/postfix/kept12-virtual /etc/postfix/kept12-transport /etc/postfix/kept12-relocated
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
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept12-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation k12-henrike "Abwesend bis 15.12." "Moin,
ich bin bis Dienstag, 15. Dezember, nicht im Haus und lese meine E-Mails erst danach.
In dringenden Fällen wenden Sie sich bitte an info@brauhaus-kesselgrund.test.
Beste Grüße
Henrike Brandes"
vacation k12-solene "Absente jusqu'au 10 décembre" "Bonjour,
Je suis absente jusqu'au jeudi 10 décembre inclus et ne consulte pas mes messages.
Pour les commandes, écrivez à commandes@brasserie-vieux-moulin.test.
Merci,
Solène Marchal"
vacation k12-itziar "Ausente" "Buenas,
Estoy de vacaciones hasta el lunes 14 de diciembre, sin acceso al correo.
Si es urgente, escriba a pedidos@cervecera-sierra-alta.test.
Un saludo,
Itziar Arrieta"
vacation k12-leonor "Fora do escritório" "Bom dia,
Estou fora do escritório até sexta-feira, 11 de dezembro.
Para assuntos urgentes, escreva para geral@cervejaria-ribeira-velha.test.
Obrigada,
Leonor Quintas"
vacation k12-ornella "Fuori ufficio" "Buongiorno,
sono fuori ufficio fino a mercoledì 16 dicembre e non potrò leggere la posta.
Per urgenze scrivete a ordini@birrificio-valle-scura.test.
Saluti,
Ornella Pace"
vacation k12-morag "" "Hello,
I'm off until Monday 14 December and won't see this before then.
For anything to do with orders, please email dispatch@hollin-ridge-brewing.test.
Thanks,
Morag Innes"
vacation k12-joost "Afwezig" "Hallo,
Ik ben afwezig tot en met 11 december en lees mijn e-mail niet.
Voor dringende zaken kunt u mailen naar dispatch@hollin-ridge-brewing.test.
Met vriendelijke groet,
Joost Vermeulen"
vacation k12-aino "Lomalla" "Hei,
Olen lomalla 13. joulukuuta asti enkä lue sähköpostiani.
Kiireellisissä asioissa ota yhteyttä osoitteeseen info@brauhaus-kesselgrund.test.
Ystävällisin terveisin
Aino Virtanen"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
REJECT=$(cat <<'SIEVE'
require ["reject"];
reject text:
Gerd Falk ist nicht mehr im Brauhaus Kesselgrund tätig; dieses Postfach wird nicht mehr gelesen.
Bitte schreiben Sie an info@brauhaus-kesselgrund.test.
.
;
SIEVE
)
install_sieve k12-gerd "$REJECT"

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="Where are your kegs right now?"
  [de]="Wo sind Ihre Fässer gerade?"
  [fr]="Où sont vos fûts en ce moment ?"
  [es]="¿Dónde están ahora mismo sus barriles?"
  [pt]="Onde estão os seus barris neste momento?"
  [it]="Dove sono i vostri fusti in questo momento?")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/g" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f tamsin@kegtrace.test -t <<MAIL
From: Tamsin Ebbesen <tamsin@kegtrace.test>
To: $2
Subject: $subj
Message-ID: <$1@kegtrace.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka12-s01 "Henrike Brandes <henrike.brandes@brauhaus-kesselgrund.test>" de Henrike "Brauhaus Kesselgrund"
send ka12-s02 "Solène Marchal <solene.marchal@brasserie-vieux-moulin.test>" fr Solène "Brasserie du Vieux Moulin"
send ka12-s03 "Itziar Arrieta <itziar.arrieta@cervecera-sierra-alta.test>" es Itziar "Cervecera Sierra Alta"
send ka12-s04 "Leonor Quintas <leonor.quintas@cervejaria-ribeira-velha.test>" pt Leonor "Cervejaria Ribeira Velha"
send ka12-s05 "Ornella Pace <ornella.pace@birrificio-valle-scura.test>" it Ornella "Birrificio Valle Scura"
send ka12-s06 "Morag Innes <morag.innes@hollin-ridge-brewing.test>" en Morag "Hollin Ridge Brewing"
send ka12-s07 "Joost Vermeulen <joost.vermeulen@hollin-ridge-brewing.test>" en Joost "Hollin Ridge Brewing"
send ka12-s08 "Aino Virtanen <aino.virtanen@brauhaus-kesselgrund.test>" de Aino "Brauhaus Kesselgrund"
send ka12-s09 "Gerd Falk <gerd.falk@brauhaus-kesselgrund.test>" de Gerd "Brauhaus Kesselgrund"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), a policy refusal (error transport 5.7.1), domains that do not resolve (.invalid)
send ka12-s10 "Cellar <cellar@hollin-ridge-brewing.test>" en team "Hollin Ridge Brewing"
send ka12-s11 "Magazzino <magazzino@birrificio-valle-scura.test>" it staff "Birrificio Valle Scura"
send ka12-s12 "Lager <lager@brauhaus-kesselgrund.test>" de Team "Brauhaus Kesselgrund"
send ka12-s13 "Compras Sevilla <compras.sevilla@cervecera-sierra-alta.test>" es equipo "Cervecera Sierra Alta"
send ka12-s14 "Bruno Alves <bruno.alves@cervejaria-ribeira-velha.test>" pt Bruno "Cervejaria Ribeira Velha"
send ka12-s15 "Presse <presse@brasserie-vieux-moulin.test>" fr équipe "Brasserie du Vieux Moulin"
send ka12-s16 "Brasserie des Dunes <contact@brasserie-des-dunes.invalid>" fr équipe "Brasserie des Dunes"
send ka12-s17 "Cervejaria do Cabo <geral@cervejaria-do-cabo.invalid>" pt equipa "Cervejaria do Cabo"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka12-s18 "Taproom <taproom@hollin-ridge-brewing.test>" en team "Hollin Ridge Brewing"
# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-nl [s08]=sieve-vacation-fi
  [s09]=sieve-reject-de [s10]=postfix-unknown-user-en [s11]=postfix-unknown-user-it [s12]=postfix-unknown-user-de
  [s13]=postfix-mailbox-disabled [s14]=postfix-relocated [s15]=postfix-policy-reject [s16]=postfix-nxdomain-fr
  [s17]=postfix-nxdomain-pt)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka12-s[0-9]*' "$f" | sed 's/ka12-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
