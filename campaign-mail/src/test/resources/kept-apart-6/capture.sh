#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the sixth kept-apart set. Adapted from ../kept-apart-5/capture.sh (same machinery; new users,
# domains, texts and campaign emails). Run as root on a throw-away Debian 12 machine or container: it installs
# postfix, dovecot-core and dovecot-sieve if missing, rewrites /etc/postfix/main.cf, adds local users and starts
# Postfix (no SMTP listener: mail is injected with sendmail), and stops it at the end. Output: $OUT/*.eml, the
# messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/tmp/kept-apart-6-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=k6-marit
LEADS=(k6-katharina k6-genevieve k6-ximena k6-thiago k6-giulia k6-fergus k6-sanne k6-tomasz k6-rainer)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@benchslot.test
hostname = mx.benchslot.test
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
DOMAINS="benchslot.test, biozentrum-kessling.test, irq-lavaliere.test, ciencias-tlaloc.test, ufsertao.test, \
istituto-ferraris-bio.test, glenrock-institute.test, lab-dijkstra.test, instytut-wolski.test, localhost"
postconf -e "myhostname = mx.benchslot.test" "mydomain = benchslot.test" "myorigin = benchslot.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept6-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept6-virtual" \
  "relocated_maps = hash:/etc/postfix/kept6-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox and a policy refusal (error transport), a full mailbox (retry
# transport), a person who moved (relocated)
cat > /etc/postfix/kept6-virtual <<MAP
katharina.lenz@biozentrum-kessling.test k6-katharina
genevieve.tremblay@irq-lavaliere.test k6-genevieve
ximena.ortiz@ciencias-tlaloc.test k6-ximena
thiago.barros@ufsertao.test k6-thiago
giulia.sarti@istituto-ferraris-bio.test k6-giulia
fergus.mccall@glenrock-institute.test k6-fergus
sanne.devries@lab-dijkstra.test k6-sanne
tomasz.nowak@instytut-wolski.test k6-tomasz
rainer.vogt@biozentrum-kessling.test k6-rainer
marit@benchslot.test $SELLER
MAP
cat > /etc/postfix/kept6-transport <<MAP
geraete@biozentrum-kessling.test error:5.2.1 mailbox disabled by the administrator
plataformas@ufsertao.test error:5.7.1 delivery not authorised, message refused by recipient policy
facility@glenrock-institute.test retry:4.2.2 mailbox full, try again later
MAP
cat > /etc/postfix/kept6-relocated <<MAP
luc.bergeron@irq-lavaliere.test luc.bergeron@cegep-riviere.test
MAP
postmap /etc/postfix/kept6-virtual /etc/postfix/kept6-transport /etc/postfix/kept6-relocated
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
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept6-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation k6-katharina "Nicht im Büro bis 14.12." "Servus,
ich bin bis inklusive 14. Dezember auf einer Tagung in Graz und habe nur eingeschränkt Zugriff auf meine E-Mails.
In dringenden Fällen wenden Sie sich bitte an sekretariat@biozentrum-kessling.test.
Katharina Lenz"
vacation k6-genevieve "Absente du bureau" "Bonjour,
Je suis en congé jusqu'au lundi 14 décembre. Je répondrai à votre courriel à mon retour.
Pour une urgence concernant la plateforme, écrivez à plateforme@irq-lavaliere.test.
Geneviève Tremblay"
vacation k6-ximena "Fuera de la oficina" "Buen día:
Estaré fuera de la oficina hasta el 11 de diciembre por un congreso. Responderé su correo a mi regreso.
Para asuntos urgentes, escriba a laboratorio@ciencias-tlaloc.test.
Ximena Ortiz"
vacation k6-thiago "Ausente até 15/12" "Olá,
Estou em campo até o dia 15 de dezembro, com acesso muito limitado ao e-mail. Responderei assim que voltar.
Assuntos urgentes: secretaria@ufsertao.test
Thiago Barros"
vacation k6-giulia "Fuori sede" "Buongiorno,
sono fuori sede fino al 10 dicembre compreso e leggo la posta solo saltuariamente.
Per urgenze scrivere a segreteria@istituto-ferraris-bio.test.
Giulia Sarti"
vacation k6-fergus "" "Hello,
Thank you for your email. I am away on fieldwork until Wednesday 16 December with no reliable internet. For anything urgent please contact labmanager@glenrock-institute.test.
Fergus McCall"
vacation k6-sanne "Afwezig" "Beste afzender,
Ik ben afwezig tot en met 11 december en lees mijn e-mail niet. Voor dringende zaken kunt u mailen naar secretariaat@lab-dijkstra.test.
Met vriendelijke groet,
Sanne de Vries"
vacation k6-tomasz "Nieobecność" "Dzień dobry,
do 9 grudnia jestem na urlopie. Odpowiem na Państwa wiadomość po powrocie.
W pilnych sprawach proszę pisać na sekretariat@instytut-wolski.test.
Tomasz Nowak"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
install_sieve k6-rainer 'require ["reject"];
reject text:
Herr Dr. Vogt ist nicht mehr am Biozentrum Kessling beschäftigt. Dieses Postfach wird nicht mehr gelesen.
Bitte wenden Sie sich an sekretariat@biozentrum-kessling.test.
.
;'

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="Who booked the confocal last Tuesday?"
  [de]="Wer hat das Konfokalmikroskop letzten Dienstag gebucht?"
  [fr]="Qui a réservé le confocal mardi dernier ?"
  [es]="¿Quién reservó el confocal el martes pasado?"
  [pt]="Quem reservou o confocal na terça passada?"
  [it]="Chi ha prenotato il confocale martedì scorso?")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f marit@benchslot.test -t <<MAIL
From: Marit Okafor <marit@benchslot.test>
To: $2
Subject: $subj
Message-ID: <$1@benchslot.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka6-s01 "Katharina Lenz <katharina.lenz@biozentrum-kessling.test>" de Katharina "Biozentrum Kessling"
send ka6-s02 "Geneviève Tremblay <genevieve.tremblay@irq-lavaliere.test>" fr Geneviève "IRQ Lavalière"
send ka6-s03 "Ximena Ortiz <ximena.ortiz@ciencias-tlaloc.test>" es Ximena "Instituto Tláloc"
send ka6-s04 "Thiago Barros <thiago.barros@ufsertao.test>" pt Thiago "UF Sertão"
send ka6-s05 "Giulia Sarti <giulia.sarti@istituto-ferraris-bio.test>" it Giulia "Istituto Ferraris"
send ka6-s06 "Fergus McCall <fergus.mccall@glenrock-institute.test>" en Fergus "Glenrock Institute"
send ka6-s07 "Sanne de Vries <sanne.devries@lab-dijkstra.test>" en Sanne "Lab Dijkstra"
send ka6-s08 "Tomasz Nowak <tomasz.nowak@instytut-wolski.test>" en Tomasz "Instytut Wolski"
send ka6-s09 "Rainer Vogt <rainer.vogt@biozentrum-kessling.test>" de Rainer "Biozentrum Kessling"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), a policy refusal (error transport 5.7.1), domains that do not resolve (.invalid)
send ka6-s10 "Lab Office <laboffice@glenrock-institute.test>" en team "Glenrock Institute"
send ka6-s11 "Plateforme <plateforme-imagerie@irq-lavaliere.test>" fr équipe "IRQ Lavalière"
send ka6-s12 "Compras <compras@ufsertao.test>" pt equipe "UF Sertão"
send ka6-s13 "Geräte <geraete@biozentrum-kessling.test>" de Team "Biozentrum Kessling"
send ka6-s14 "Luc Bergeron <luc.bergeron@irq-lavaliere.test>" fr Luc "IRQ Lavalière"
send ka6-s15 "Plataformas <plataformas@ufsertao.test>" pt equipe "UF Sertão"
send ka6-s16 "Servicios Técnicos <sct@univ-ribagorza.invalid>" es equipo "Universidad de Ribagorza"
send ka6-s17 "Laboratori <laboratori@polo-sannio.invalid>" it Team "Polo Sannio"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka6-s18 "Facility <facility@glenrock-institute.test>" en team "Glenrock Institute"

# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-nl [s08]=sieve-vacation-pl
  [s09]=sieve-reject-de [s10]=postfix-unknown-user-en [s11]=postfix-unknown-user-fr [s12]=postfix-unknown-user-pt
  [s13]=postfix-mailbox-disabled [s14]=postfix-relocated [s15]=postfix-policy-reject [s16]=postfix-nxdomain-es
  [s17]=postfix-nxdomain-it)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka6-s[0-9]*' "$f" | sed 's/ka6-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
