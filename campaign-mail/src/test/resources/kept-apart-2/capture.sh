#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the second kept-apart set. Adapted from ../kept-apart/capture.sh (same machinery, new users, domains,
# texts and campaign emails). Run as root on a throw-away Debian 12 machine or container: it installs postfix,
# dovecot-core and dovecot-sieve, rewrites /etc/postfix/main.cf, adds local users and starts Postfix (no SMTP
# listener: mail is injected with sendmail). Output: $OUT/*.eml, the messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/tmp/kept-apart-2-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=noral
LEADS=(kb-anja kb-julien kb-marta kb-rafael kb-chiara kb-owen kb-sanne kb-piotr kb-lena)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@routewise.test
hostname = mx.routewise.test
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
DOMAINS="routewise.test, spedition-wagner.test, transports-morel.test, logistica-vega.test, cargas-ribeiro.test, \
trasporti-marino.test, fleetway-north.test, visser-transport.test, nowak-trans.test, localhost"
postconf -e "myhostname = mx.routewise.test" "mydomain = routewise.test" "myorigin = routewise.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept2-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept2-virtual" \
  "relocated_maps = hash:/etc/postfix/kept2-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox (error transport), a full one (retry transport), a person who moved
cat > /etc/postfix/kept2-virtual <<MAP
anja.wagner@spedition-wagner.test kb-anja
julien.morel@transports-morel.test kb-julien
marta.vega@logistica-vega.test kb-marta
rafael.ribeiro@cargas-ribeiro.test kb-rafael
chiara.marino@trasporti-marino.test kb-chiara
owen.price@fleetway-north.test kb-owen
sanne.visser@visser-transport.test kb-sanne
piotr.nowak@nowak-trans.test kb-piotr
lena.hartmann@spedition-wagner.test kb-lena
nora@routewise.test $SELLER
MAP
cat > /etc/postfix/kept2-transport <<MAP
buchhaltung@spedition-wagner.test error:5.2.1 mailbox disabled, not accepting messages
frachtbriefe@spedition-wagner.test retry:4.2.2 mailbox full, please try again later
MAP
cat > /etc/postfix/kept2-relocated <<MAP
tobias.krause@spedition-wagner.test t.krause@krause-beratung.test
MAP
postmap /etc/postfix/kept2-virtual /etc/postfix/kept2-transport /etc/postfix/kept2-relocated
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
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept2-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation kb-anja "Bin nicht im Büro" "Hallo,
vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16. Dezember im Urlaub und habe keinen Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht weitergeleitet. In dringenden Angelegenheiten wenden Sie sich bitte an dispo@spedition-wagner.test.
Freundliche Grüße
Anja Wagner"
vacation kb-julien "Message d'absence" "Bonjour,
Merci pour votre message. Je suis actuellement absent, de retour le lundi 14 décembre.
Je traiterai votre demande dès mon retour. En cas d'urgence, contactez exploitation@transports-morel.test.
Cordialement,
Julien Morel"
vacation kb-marta "Fuera de la oficina" "Buenos días:
Me encuentro de viaje hasta el 11 de diciembre y revisaré el correo con poca frecuencia.
Si su consulta es urgente, escriba a operaciones@logistica-vega.test.
Un saludo,
Marta Vega"
vacation kb-rafael "Resposta automática" "Olá,
Estou fora do escritório até o dia 15 de dezembro, com acesso restrito ao e-mail.
Responderei assim que possível após o meu retorno. Em caso de urgência, fale com comercial@cargas-ribeiro.test.
Abraços,
Rafael Ribeiro"
vacation kb-chiara "Fuori sede" "Gentile mittente,
sarò fuori sede fino a venerdì 18 dicembre senza possibilità di leggere la posta.
Per questioni urgenti può rivolgersi a logistica@trasporti-marino.test.
Distinti saluti
Chiara Marino"
vacation kb-owen "" "Hello, I'm on annual leave and back in the office on Wednesday 16 December. I won't be checking email while I'm away.
If it can't wait, the team can help at dispatch@fleetway-north.test.
Owen"
vacation kb-sanne "Afwezigheidsbericht" "Goedendag,
Tot en met 13 december ben ik niet op kantoor. Uw e-mail wordt na mijn terugkomst behandeld.
Met vriendelijke groet,
Sanne Visser"
vacation kb-piotr "Nieobecność" "Dzień dobry,
do 17 grudnia przebywam na urlopie. Odpowiem na wiadomość po powrocie.
W pilnych sprawach proszę pisać na biuro@nowak-trans.test.
Pozdrawiam,
Piotr Nowak"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
install_sieve kb-lena 'require ["reject"];
reject text:
Dieses Postfach wird nicht mehr betreut: Frau Hartmann ist nicht mehr bei der Spedition Wagner.
Bitte wenden Sie sich an info@spedition-wagner.test.
.
;'

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="Where is my delivery?" [de]="Wo ist meine Lieferung?" [fr]="Où est ma livraison ?"
  [es]="¿Dónde está mi pedido?" [pt]="Onde está a minha entrega?" [it]="Dov'è la mia consegna?")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f nora@routewise.test -t <<MAIL
From: Nora Lindqvist <nora@routewise.test>
To: $2
Subject: $subj
Message-ID: <$1@routewise.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka2-s01 "Anja Wagner <anja.wagner@spedition-wagner.test>" de Anja "Spedition Wagner"
send ka2-s02 "Julien Morel <julien.morel@transports-morel.test>" fr Julien "Transports Morel"
send ka2-s03 "Marta Vega <marta.vega@logistica-vega.test>" es Marta "Logística Vega"
send ka2-s04 "Rafael Ribeiro <rafael.ribeiro@cargas-ribeiro.test>" pt Rafael "Cargas Ribeiro"
send ka2-s05 "Chiara Marino <chiara.marino@trasporti-marino.test>" it Chiara "Trasporti Marino"
send ka2-s06 "Owen Price <owen.price@fleetway-north.test>" en Owen "Fleetway North"
send ka2-s07 "Sanne Visser <sanne.visser@visser-transport.test>" en Sanne "Visser Transport"
send ka2-s08 "Piotr Nowak <piotr.nowak@nowak-trans.test>" en Piotr "Nowak Trans"
send ka2-s09 "Lena Hartmann <lena.hartmann@spedition-wagner.test>" de Lena "Spedition Wagner"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), domains that do not resolve (.invalid)
send ka2-s10 "Kurt Fischer <kurt.fischer@spedition-wagner.test>" de Kurt "Spedition Wagner"
send ka2-s11 "Rémi Noël <remi.noel@transports-morel.test>" fr Rémi "Transports Morel"
send ka2-s12 "Inés Pardo <ines.pardo@logistica-vega.test>" es Inés "Logística Vega"
send ka2-s13 "Bruno Sala <bruno.sala@trasporti-marino.test>" it Bruno "Trasporti Marino"
send ka2-s14 "Buchhaltung <buchhaltung@spedition-wagner.test>" de Team "Spedition Wagner"
send ka2-s15 "Tobias Krause <tobias.krause@spedition-wagner.test>" de Tobias "Spedition Wagner"
send ka2-s16 "Vitor Lima <vitor.lima@cargas-lima.invalid>" pt Vitor "Cargas Lima"
send ka2-s17 "Dispatch <dispatch@northroads.invalid>" en team "Northroads"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka2-s18 "Frachtbriefe <frachtbriefe@spedition-wagner.test>" de Team "Spedition Wagner"

# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-nl [s08]=sieve-vacation-pl
  [s09]=sieve-reject-de [s10]=postfix-unknown-user-de [s11]=postfix-unknown-user-fr [s12]=postfix-unknown-user-es
  [s13]=postfix-unknown-user-it [s14]=postfix-mailbox-disabled [s15]=postfix-relocated [s16]=postfix-nxdomain-pt
  [s17]=postfix-nxdomain-en)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka2-s[0-9]*' "$f" | sed 's/ka2-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
