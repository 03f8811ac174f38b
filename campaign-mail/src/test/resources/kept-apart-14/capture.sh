#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the fourteenth kept-apart set. Adapted from ../kept-apart-13/capture.sh (same machinery; new users,
# domains, map files, texts and campaign emails; the work directory is under /var/tmp). Run as root on a throw-away
# Debian 12 machine or container: it installs postfix, dovecot-core and dovecot-sieve if missing, rewrites
# /etc/postfix/main.cf, adds local users and starts Postfix (no SMTP listener: mail is injected with sendmail), and
# stops it at the end. Output: $OUT/*.eml, the messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/var/tmp/kept-apart-14-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=k14-solveig
LEADS=(k14-veronika k14-aurelien k14-xiana k14-joaquim k14-ottavia k14-morag k14-tjasa k14-sigrun k14-gianluca)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@curdcast.test
hostname = mx.curdcast.test
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
DOMAINS="curdcast.test, fellside-creamery.test, kaeserei-almrausch.test, fromagerie-val-darve.test, \
queseria-pena-roja.test, queijaria-vale-do-coa.test, caseificio-val-brembana.test, localhost"
postconf -e "myhostname = mx.curdcast.test" "mydomain = curdcast.test" "myorigin = curdcast.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept14-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept14-virtual" \
  "relocated_maps = hash:/etc/postfix/kept14-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox and a policy refusal (error transport), a full mailbox (retry
# transport), a person who moved (relocated)
cat > /etc/postfix/kept14-virtual <<MAP
veronika.gschwendtner@kaeserei-almrausch.test k14-veronika
aurelien.mollard@fromagerie-val-darve.test k14-aurelien
xiana.fernandez@queseria-pena-roja.test k14-xiana
joaquim.sarmento@queijaria-vale-do-coa.test k14-joaquim
ottavia.brambilla@caseificio-val-brembana.test k14-ottavia
morag.drummond@fellside-creamery.test k14-morag
tjasa.kranjc@caseificio-val-brembana.test k14-tjasa
sigrun.olafsdottir@fellside-creamery.test k14-sigrun
gianluca.ferrandi@caseificio-val-brembana.test k14-gianluca
solveig@curdcast.test $SELLER
MAP
cat > /etc/postfix/kept14-transport <<MAP
ventas.madrid@queseria-pena-roja.test error:5.2.1 mailbox disabled by the administrator
press@fellside-creamery.test error:5.7.1 delivery not authorised, message refused by recipient policy
boutique@fromagerie-val-darve.test retry:4.2.2 mailbox full, try again later
MAP
cat > /etc/postfix/kept14-relocated <<MAP
rosa.teixeira@queijaria-vale-do-coa.test rosa.teixeira@queijaria-teixeira.test
MAP
postmap /etc/postfix/kept14-virtual /etc/postfix/kept14-transport /etc/postfix/kept14-relocated
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
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept14-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation k14-veronika "Urlaub bis 14.12." "Servus,
ich bin bis einschließlich Montag, 14. Dezember, im Urlaub und lese meine E-Mails erst danach.
In dringenden Fällen schreiben Sie bitte an info@kaeserei-almrausch.test.
Viele Grüße
Veronika Gschwendtner"
vacation k14-aurelien "Absent jusqu'au 11 décembre" "Bonjour,
Je suis absent jusqu'au vendredi 11 décembre inclus, sans accès à mes messages.
Pour les commandes, merci d'écrire à contact@fromagerie-val-darve.test.
Cordialement,
Aurélien Mollard"
vacation k14-xiana "Ausente hasta el 10 de diciembre" "Bos días / Buenos días:
Estoy de vacaciones hasta el jueves 10 de diciembre y no leo el correo.
Para cualquier urgencia, escriba a administracion@queseria-pena-roja.test.
Un saludo,
Xiana Fernández"
vacation k14-joaquim "Ausência até 14 de dezembro" "Bom dia,
Encontro-me ausente até segunda-feira, 14 de dezembro, sem acesso ao correio eletrónico.
Para assuntos urgentes, contacte geral@queijaria-vale-do-coa.test.
Com os melhores cumprimentos,
Joaquim Sarmento"
vacation k14-ottavia "Fuori ufficio fino all'11 dicembre" "Buongiorno,
sono fuori ufficio fino a venerdì 11 dicembre e leggerò la posta al mio rientro.
Per urgenze scrivete a info@caseificio-val-brembana.test.
Cordiali saluti,
Ottavia Brambilla"
vacation k14-morag "" "Hello,
I'm on leave until Monday 14 December and not checking email.
For orders or anything urgent, please write to office@fellside-creamery.test.
All the best,
Morag Drummond"
vacation k14-tjasa "Odsotnost do 14. decembra" "Pozdravljeni,
do ponedeljka, 14. decembra, sem na dopustu in ne berem e-pošte.
Za nujne zadeve pišite na info@caseificio-val-brembana.test.
Lep pozdrav,
Tjaša Kranjc"
vacation k14-sigrun "Fjarverandi" "Góðan dag,
ég er í fríi til föstudagsins 11. desember og les ekki tölvupóst á meðan.
Ef erindið er brýnt, vinsamlegast skrifið á office@fellside-creamery.test.
Kveðja,
Sigrún Ólafsdóttir"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
REJECT=$(cat <<'SIEVE'
require ["reject"];
reject text:
Gianluca Ferrandi non lavora più presso il Caseificio Val Brembana e questa casella non viene più letta.
Vi preghiamo di scrivere a info@caseificio-val-brembana.test.
.
;
SIEVE
)
install_sieve k14-gianluca "$REJECT"

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="How was your cheese cellar last night?"
  [de]="Wie war Ihr Reifekeller letzte Nacht?"
  [fr]="Comment allait votre cave d'affinage cette nuit ?"
  [es]="¿Cómo estuvo anoche su cámara de maduración?"
  [pt]="Como esteve a sua câmara de cura esta noite?"
  [it]="Com'era stanotte la vostra cella di stagionatura?")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/g" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f solveig@curdcast.test -t <<MAIL
From: Solveig Haverkamp <solveig@curdcast.test>
To: $2
Subject: $subj
Message-ID: <$1@curdcast.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka14-s01 "Veronika Gschwendtner <veronika.gschwendtner@kaeserei-almrausch.test>" de Veronika "Käserei Almrausch"
send ka14-s02 "Aurélien Mollard <aurelien.mollard@fromagerie-val-darve.test>" fr Aurélien "Fromagerie du Val d'Arve"
send ka14-s03 "Xiana Fernández <xiana.fernandez@queseria-pena-roja.test>" es Xiana "Quesería Peña Roja"
send ka14-s04 "Joaquim Sarmento <joaquim.sarmento@queijaria-vale-do-coa.test>" pt Joaquim "Queijaria Vale do Côa"
send ka14-s05 "Ottavia Brambilla <ottavia.brambilla@caseificio-val-brembana.test>" it Ottavia "Caseificio Val Brembana"
send ka14-s06 "Morag Drummond <morag.drummond@fellside-creamery.test>" en Morag "Fellside Creamery"
send ka14-s07 "Tjaša Kranjc <tjasa.kranjc@caseificio-val-brembana.test>" it Tjaša "Caseificio Val Brembana"
send ka14-s08 "Sigrún Ólafsdóttir <sigrun.olafsdottir@fellside-creamery.test>" en Sigrún "Fellside Creamery"
send ka14-s09 "Gianluca Ferrandi <gianluca.ferrandi@caseificio-val-brembana.test>" it Gianluca "Caseificio Val Brembana"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), a policy refusal (error transport 5.7.1), domains that do not resolve (.invalid)
send ka14-s10 "Versand <versand@kaeserei-almrausch.test>" de Team "Käserei Almrausch"
send ka14-s11 "Expédition <expedition@fromagerie-val-darve.test>" fr équipe "Fromagerie du Val d'Arve"
send ka14-s12 "Spedizioni <spedizioni@caseificio-val-brembana.test>" it staff "Caseificio Val Brembana"
send ka14-s13 "Ventas Madrid <ventas.madrid@queseria-pena-roja.test>" es equipo "Quesería Peña Roja"
send ka14-s14 "Rosa Teixeira <rosa.teixeira@queijaria-vale-do-coa.test>" pt Rosa "Queijaria Vale do Côa"
send ka14-s15 "Press <press@fellside-creamery.test>" en team "Fellside Creamery"
send ka14-s16 "Quesería Los Arcos <info@queseria-los-arcos.invalid>" es equipo "Quesería Los Arcos"
send ka14-s17 "Queijos da Serra <geral@queijos-da-serra.invalid>" pt equipa "Queijos da Serra"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka14-s18 "Boutique <boutique@fromagerie-val-darve.test>" fr équipe "Fromagerie du Val d'Arve"
# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-sl [s08]=sieve-vacation-is
  [s09]=sieve-reject-it [s10]=postfix-unknown-user-de [s11]=postfix-unknown-user-fr [s12]=postfix-unknown-user-it
  [s13]=postfix-mailbox-disabled [s14]=postfix-relocated [s15]=postfix-policy-reject [s16]=postfix-nxdomain-es
  [s17]=postfix-nxdomain-pt)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka14-s[0-9]*' "$f" | sed 's/ka14-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
