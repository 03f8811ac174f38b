#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the ninth kept-apart set. Adapted from ../kept-apart-8/capture.sh (same machinery; new users,
# domains, map files, texts and campaign emails; the work directory is under /var/tmp). Run as root on a throw-away
# Debian 12 machine or container: it installs postfix, dovecot-core and dovecot-sieve if missing, rewrites
# /etc/postfix/main.cf, adds local users and starts Postfix (no SMTP listener: mail is injected with sendmail), and
# stops it at the end. Output: $OUT/*.eml, the messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/var/tmp/kept-apart-9-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=k9-maren
LEADS=(k9-urs k9-aurelie k9-camila k9-tiago k9-ilaria k9-ewan k9-aino k9-zsofia k9-stefan)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@frostlog.test
hostname = mx.frostlog.test
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
DOMAINS="frostlog.test, harrowgate-kitchens.test, metzgerei-brunnhuber.test, traiteur-delorme.test, \
obrador-valdivieso.test, cozinhas-aurora.test, gastronomia-ferrante.test, localhost"
postconf -e "myhostname = mx.frostlog.test" "mydomain = frostlog.test" "myorigin = frostlog.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept9-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept9-virtual" \
  "relocated_maps = hash:/etc/postfix/kept9-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox and a policy refusal (error transport), a full mailbox (retry
# transport), a person who moved (relocated)
cat > /etc/postfix/kept9-virtual <<MAP
urs.kaelin@metzgerei-brunnhuber.test k9-urs
aurelie.wauters@traiteur-delorme.test k9-aurelie
camila.herrera@obrador-valdivieso.test k9-camila
tiago.meireles@cozinhas-aurora.test k9-tiago
ilaria.fumagalli@gastronomia-ferrante.test k9-ilaria
ewan.macrae@harrowgate-kitchens.test k9-ewan
aino.virtanen@harrowgate-kitchens.test k9-aino
zsofia.kovacs@metzgerei-brunnhuber.test k9-zsofia
stefan.huber@metzgerei-brunnhuber.test k9-stefan
maren@frostlog.test $SELLER
MAP
cat > /etc/postfix/kept9-transport <<MAP
kitchen.york@harrowgate-kitchens.test error:5.2.1 mailbox disabled by the administrator
filiale.rosenheim@metzgerei-brunnhuber.test error:5.7.1 delivery not authorised, message refused by recipient policy
laboratorio@gastronomia-ferrante.test retry:4.2.2 mailbox full, try again later
MAP
cat > /etc/postfix/kept9-relocated <<MAP
lorenzo.deluca@gastronomia-ferrante.test lorenzo.deluca@salumeria-deluca.test
MAP
postmap /etc/postfix/kept9-virtual /etc/postfix/kept9-transport /etc/postfix/kept9-relocated
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
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept9-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation k9-urs "Abwesend bis 14. Dezember" "Grüezi
Ich bin bis und mit Montag, 14. Dezember, in den Ferien und lese meine E-Mails erst danach.
In dringenden Fällen wenden Sie sich bitte an verkauf@metzgerei-brunnhuber.test.
Freundliche Grüsse
Urs Kälin"
vacation k9-aurelie "Absente jusqu'au 11 décembre" "Bonjour,
Je suis absente jusqu'au vendredi 11 décembre inclus et je n'ai pas accès à ma messagerie.
Pour toute commande ou question urgente, écrivez à accueil@traiteur-delorme.test.
Bien à vous,
Aurélie Wauters"
vacation k9-camila "Ausente hasta el 16 de diciembre" "Hola,
estoy de viaje hasta el miércoles 16 de diciembre y no voy a poder leer el correo.
Si necesitás algo del obrador, escribí a produccion@obrador-valdivieso.test.
Saludos,
Camila Herrera"
vacation k9-tiago "Ausente" "Bom dia,
Encontro-me de férias até dia 15 de dezembro, sem acesso regular ao email.
Para assuntos urgentes, contacte geral@cozinhas-aurora.test.
Com os melhores cumprimentos,
Tiago Meireles"
vacation k9-ilaria "Assente fino al 10 dicembre" "Buongiorno,
sono assente fino a giovedì 10 dicembre e leggerò la posta al mio rientro.
Per ordini e urgenze scrivete a ufficio@gastronomia-ferrante.test.
Grazie,
Ilaria Fumagalli"
vacation k9-ewan "" "Hello,
I'm away from the kitchen until Thursday 17 December and won't be checking email.
For anything urgent please contact kitchen.glasgow@harrowgate-kitchens.test.
All the best,
Ewan MacRae"
vacation k9-aino "Lomalla" "Hei,
Olen lomalla 14. joulukuuta asti enkä lue sähköpostia.
Kiireellisissä asioissa ota yhteyttä osoitteeseen info@harrowgate-kitchens.test.
Ystävällisin terveisin
Aino Virtanen"
vacation k9-zsofia "Szabadság" "Jó napot!
December 11-ig szabadságon vagyok, és nem olvasom az e-mailjeimet.
Sürgős ügyben kérem, írjon az info@metzgerei-brunnhuber.test címre.
Üdvözlettel
Kovács Zsófia"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
install_sieve k9-stefan 'require ["reject"];
reject text:
Stefan Huber ist nicht mehr bei der Metzgerei Brunnhuber beschäftigt, dieses Postfach wird nicht gelesen.
Bitte schreiben Sie an info@metzgerei-brunnhuber.test.
.
;'

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="Would you know if a cold room warmed up overnight?"
  [de]="Würden Sie merken, wenn ein Kühlraum über Nacht warm wird?"
  [fr]="Sauriez-vous si une chambre froide s'est réchauffée cette nuit ?"
  [es]="¿Se enteraría si una cámara frigorífica se calienta de noche?"
  [pt]="Saberia se uma câmara frigorífica aquecesse durante a noite?"
  [it]="Ve ne accorgereste se una cella frigorifera si scaldasse di notte?")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/g" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f maren@frostlog.test -t <<MAIL
From: Maren Castellano <maren@frostlog.test>
To: $2
Subject: $subj
Message-ID: <$1@frostlog.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka9-s01 "Urs Kälin <urs.kaelin@metzgerei-brunnhuber.test>" de Urs "Metzgerei Brunnhuber"
send ka9-s02 "Aurélie Wauters <aurelie.wauters@traiteur-delorme.test>" fr Aurélie "Traiteur Delorme"
send ka9-s03 "Camila Herrera <camila.herrera@obrador-valdivieso.test>" es Camila "Obrador Valdivieso"
send ka9-s04 "Tiago Meireles <tiago.meireles@cozinhas-aurora.test>" pt Tiago "Cozinhas Aurora"
send ka9-s05 "Ilaria Fumagalli <ilaria.fumagalli@gastronomia-ferrante.test>" it Ilaria "Gastronomia Ferrante"
send ka9-s06 "Ewan MacRae <ewan.macrae@harrowgate-kitchens.test>" en Ewan "Harrowgate Kitchens"
send ka9-s07 "Aino Virtanen <aino.virtanen@harrowgate-kitchens.test>" en Aino "Harrowgate Kitchens"
send ka9-s08 "Zsófia Kovács <zsofia.kovacs@metzgerei-brunnhuber.test>" de Zsófia "Metzgerei Brunnhuber"
send ka9-s09 "Stefan Huber <stefan.huber@metzgerei-brunnhuber.test>" de Stefan "Metzgerei Brunnhuber"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), a policy refusal (error transport 5.7.1), domains that do not resolve (.invalid)
send ka9-s10 "Contact <contact@traiteur-delorme.test>" fr équipe "Traiteur Delorme"
send ka9-s11 "Pedidos <pedidos@obrador-valdivieso.test>" es equipo "Obrador Valdivieso"
send ka9-s12 "Encomendas <encomendas@cozinhas-aurora.test>" pt equipa "Cozinhas Aurora"
send ka9-s13 "Kitchen York <kitchen.york@harrowgate-kitchens.test>" en team "Harrowgate Kitchens"
send ka9-s14 "Lorenzo De Luca <lorenzo.deluca@gastronomia-ferrante.test>" it Lorenzo "Gastronomia Ferrante"
send ka9-s15 "Filiale Rosenheim <filiale.rosenheim@metzgerei-brunnhuber.test>" de Team "Metzgerei Brunnhuber"
send ka9-s16 "Fleischerei <info@fleischerei-goertz.invalid>" de Team "Fleischerei Görtz"
send ka9-s17 "Pastelería <hola@pasteleria-zaragoza.invalid>" es equipo "Pastelería Zaragoza"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka9-s18 "Laboratorio <laboratorio@gastronomia-ferrante.test>" it staff "Gastronomia Ferrante"
# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-fi [s08]=sieve-vacation-hu
  [s09]=sieve-reject-de [s10]=postfix-unknown-user-fr [s11]=postfix-unknown-user-es [s12]=postfix-unknown-user-pt
  [s13]=postfix-mailbox-disabled [s14]=postfix-relocated [s15]=postfix-policy-reject [s16]=postfix-nxdomain-de
  [s17]=postfix-nxdomain-es)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka9-s[0-9]*' "$f" | sed 's/ka9-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
