#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the fourth kept-apart set. Adapted from ../kept-apart-3/capture.sh (same machinery; new users,
# domains, texts and campaign emails). Run as root on a throw-away Debian 12 machine or container: it installs
# postfix, dovecot-core and dovecot-sieve if missing, rewrites /etc/postfix/main.cf, adds local users and starts
# Postfix (no SMTP listener: mail is injected with sendmail), and stops it at the end. Output: $OUT/*.eml, the
# messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/tmp/kept-apart-4-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=k4-hannah
LEADS=(k4-tobias k4-manon k4-ines k4-rui k4-chiara k4-owen k4-femke k4-marta k4-gareth)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@fleetkeep.test
hostname = mx.fleetkeep.test
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
DOMAINS="fleetkeep.test, reiter-entsorgung.test, guillot-demenagement.test, robles-mudanzas.test, tavares-frio.test, \
gallo-noleggi.test, pryce-coaches.test, dijkstra-bouw.test, wozniak-trans.test, localhost"
postconf -e "myhostname = mx.fleetkeep.test" "mydomain = fleetkeep.test" "myorigin = fleetkeep.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept4-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept4-virtual" \
  "relocated_maps = hash:/etc/postfix/kept4-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox and a policy refusal (error transport), a full mailbox (retry
# transport), a person who moved (relocated)
cat > /etc/postfix/kept4-virtual <<MAP
tobias.reiter@reiter-entsorgung.test k4-tobias
manon.guillot@guillot-demenagement.test k4-manon
ines.robles@robles-mudanzas.test k4-ines
rui.tavares@tavares-frio.test k4-rui
chiara.gallo@gallo-noleggi.test k4-chiara
owen.pryce@pryce-coaches.test k4-owen
femke.dijkstra@dijkstra-bouw.test k4-femke
marta.wozniak@wozniak-trans.test k4-marta
gareth.lloyd@pryce-coaches.test k4-gareth
hannah@fleetkeep.test $SELLER
MAP
cat > /etc/postfix/kept4-transport <<MAP
fuhrpark@reiter-entsorgung.test error:5.2.1 this mailbox has been disabled
flota@robles-mudanzas.test error:5.7.1 message refused: sender not on the allow list of this recipient
werkstatt@reiter-entsorgung.test retry:4.2.2 recipient mailbox is over quota
MAP
cat > /etc/postfix/kept4-relocated <<MAP
luc.perrin@guillot-demenagement.test luc.perrin@perrin-transports.test
MAP
postmap /etc/postfix/kept4-virtual /etc/postfix/kept4-transport /etc/postfix/kept4-relocated
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
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept4-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation k4-tobias "Nicht im Büro bis 11.12." "Hallo,
danke für Ihre E-Mail. Ich bin bis einschließlich 11. Dezember auf Weiterbildung und habe keinen Zugriff auf meine Post.
Anfragen zur Tourenplanung bitte an dispo@reiter-entsorgung.test.
Freundliche Grüße
Tobias Reiter"
vacation k4-manon "Message d'absence" "Bonjour,
Je suis absente jusqu'au lundi 14 décembre. Je lirai votre message à mon retour.
En cas d'urgence, vous pouvez joindre le planning au 03 80 55 12 40 ou écrire à planning@guillot-demenagement.test.
Manon Guillot"
vacation k4-ines "Fuera de la oficina" "Buenos días:
Estoy fuera hasta el 9 de diciembre visitando clientes y contestaré al volver. Si es urgente, escriba a oficina@robles-mudanzas.test.
Un saludo,
Inés Robles"
vacation k4-rui "Ausente até 14/12" "Olá,
Estou ausente até 14 de dezembro, sem acesso ao email. A sua mensagem não será reencaminhada.
Para assuntos de frota: frota@tavares-frio.test
Rui Tavares"
vacation k4-chiara "Fuori ufficio" "Buongiorno,
sono fuori sede per una fiera fino al 10 dicembre e leggerò la posta solo al rientro.
Per prenotazioni e urgenze: prenotazioni@gallo-noleggi.test
Cordiali saluti,
Chiara Gallo"
vacation k4-owen "" "Hello, and thanks for getting in touch.
I'm away on annual leave until Wednesday 16 December and won't be checking email. If it can't wait, the depot office is on 01792 555 018.
Owen Pryce"
vacation k4-femke "Afwezig" "Goedendag,
Tot en met 11 december ben ik niet op kantoor. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u mailen naar materieel@dijkstra-bouw.test.
Met vriendelijke groet,
Femke Dijkstra"
vacation k4-marta "Nieobecność" "Dzień dobry,
jestem nieobecna do 10 grudnia. Odpowiem na wiadomość po powrocie.
W pilnych sprawach proszę pisać na biuro@wozniak-trans.test.
Pozdrawiam
Marta Woźniak"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
install_sieve k4-gareth 'require ["reject"];
reject text:
Gareth Lloyd no longer works at Pryce Coaches and this address is closed.
For fleet and workshop matters please write to depot@pryce-coaches.test.
.
;'

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="Fewer vehicles stuck at the roadside" [de]="Weniger ungeplante Standzeiten in Ihrer Flotte"
  [fr]="Moins d'immobilisations imprévues pour votre flotte" [es]="Menos paradas imprevistas en su flota"
  [pt]="Menos paragens imprevistas na sua frota" [it]="Meno fermi imprevisti per la vostra flotta")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f hannah@fleetkeep.test -t <<MAIL
From: Hannah Brandt <hannah@fleetkeep.test>
To: $2
Subject: $subj
Message-ID: <$1@fleetkeep.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka4-s01 "Tobias Reiter <tobias.reiter@reiter-entsorgung.test>" de Tobias "Reiter Entsorgung"
send ka4-s02 "Manon Guillot <manon.guillot@guillot-demenagement.test>" fr Manon "Guillot Déménagement"
send ka4-s03 "Inés Robles <ines.robles@robles-mudanzas.test>" es Inés "Mudanzas Robles"
send ka4-s04 "Rui Tavares <rui.tavares@tavares-frio.test>" pt Rui "Tavares Frio"
send ka4-s05 "Chiara Gallo <chiara.gallo@gallo-noleggi.test>" it Chiara "Gallo Noleggi"
send ka4-s06 "Owen Pryce <owen.pryce@pryce-coaches.test>" en Owen "Pryce Coaches"
send ka4-s07 "Femke Dijkstra <femke.dijkstra@dijkstra-bouw.test>" en Femke "Dijkstra Bouw"
send ka4-s08 "Marta Woźniak <marta.wozniak@wozniak-trans.test>" en Marta "Woźniak Trans"
send ka4-s09 "Gareth Lloyd <gareth.lloyd@pryce-coaches.test>" en Gareth "Pryce Coaches"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), a policy refusal (error transport 5.7.1), domains that do not resolve (.invalid)
send ka4-s10 "Stefan Albers <stefan.albers@reiter-entsorgung.test>" de Stefan "Reiter Entsorgung"
send ka4-s11 "Beatriz Nunes <beatriz.nunes@tavares-frio.test>" pt Beatriz "Tavares Frio"
send ka4-s12 "Officina <officina@gallo-noleggi.test>" it Officina "Gallo Noleggi"
send ka4-s13 "Fuhrpark <fuhrpark@reiter-entsorgung.test>" de Team "Reiter Entsorgung"
send ka4-s14 "Luc Perrin <luc.perrin@guillot-demenagement.test>" fr Luc "Guillot Déménagement"
send ka4-s15 "Flota <flota@robles-mudanzas.test>" es equipo "Mudanzas Robles"
send ka4-s16 "Garage Vasseur <atelier@garage-vasseur.invalid>" fr Madame "Garage Vasseur"
send ka4-s17 "Talleres Quiroga <taller@talleres-quiroga.invalid>" es equipo "Talleres Quiroga"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka4-s18 "Werkstatt <werkstatt@reiter-entsorgung.test>" de Team "Reiter Entsorgung"

# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-nl [s08]=sieve-vacation-pl
  [s09]=sieve-reject-en [s10]=postfix-unknown-user-de [s11]=postfix-unknown-user-pt [s12]=postfix-unknown-user-it
  [s13]=postfix-mailbox-disabled [s14]=postfix-relocated [s15]=postfix-policy-reject [s16]=postfix-nxdomain-fr
  [s17]=postfix-nxdomain-es)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka4-s[0-9]*' "$f" | sed 's/ka4-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
