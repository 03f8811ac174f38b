#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the third kept-apart set. Adapted from ../kept-apart-2/capture.sh (same machinery; new users,
# domains, texts and campaign emails). Run as root on a throw-away Debian 12 machine or container: it installs
# postfix, dovecot-core and dovecot-sieve if missing, rewrites /etc/postfix/main.cf, adds local users and starts
# Postfix (no SMTP listener: mail is injected with sendmail). Output: $OUT/*.eml, the messages as they landed in the
# seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/tmp/kept-apart-3-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=jonasp
LEADS=(k3-birgit k3-yann k3-rocio k3-joana k3-elisa k3-liam k3-karin k3-jana k3-martin)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@shelfwise.test
hostname = mx.shelfwise.test
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
DOMAINS="shelfwise.test, sommer-moden.test, biocoop-legoff.test, navarro-deportes.test, correia-papelaria.test, \
fontana-casalinghi.test, doherty-hardware.test, lund-inredning.test, dvorak-obchod.test, localhost"
postconf -e "myhostname = mx.shelfwise.test" "mydomain = shelfwise.test" "myorigin = shelfwise.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept3-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept3-virtual" \
  "relocated_maps = hash:/etc/postfix/kept3-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox and a policy refusal (error transport), a full mailbox (retry
# transport), a person who moved (relocated)
cat > /etc/postfix/kept3-virtual <<MAP
birgit.sommer@sommer-moden.test k3-birgit
yann.le-goff@biocoop-legoff.test k3-yann
rocio.navarro@navarro-deportes.test k3-rocio
joana.correia@correia-papelaria.test k3-joana
elisa.fontana@fontana-casalinghi.test k3-elisa
liam.doherty@doherty-hardware.test k3-liam
karin.lund@lund-inredning.test k3-karin
jana.dvorakova@dvorak-obchod.test k3-jana
martin.keane@doherty-hardware.test k3-martin
jonas@shelfwise.test $SELLER
MAP
cat > /etc/postfix/kept3-transport <<MAP
einkauf@sommer-moden.test error:5.2.1 mailbox disabled, not accepting messages
gerencia@navarro-deportes.test error:5.7.1 recipient does not accept mail from unknown senders
lager@sommer-moden.test retry:4.2.2 mailbox full, please try again later
MAP
cat > /etc/postfix/kept3-relocated <<MAP
claire.benoit@biocoop-legoff.test claire.benoit@maison-benoit.test
MAP
postmap /etc/postfix/kept3-virtual /etc/postfix/kept3-transport /etc/postfix/kept3-relocated
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
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept3-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation k3-birgit "Abwesenheitsnotiz" "Guten Tag,
ich bin derzeit auf Messe und ab dem 10. Dezember wieder im Büro erreichbar. Ihre E-Mail lese ich nach meiner Rückkehr.
Bei Fragen zu Bestellungen hilft Ihnen in der Zwischenzeit das Team unter bestellung@sommer-moden.test weiter.
Beste Grüße
Birgit Sommer"
vacation k3-yann "Absence du bureau" "Bonjour,
Je suis en congé jusqu'au 15 décembre inclus et ne consulte pas ma messagerie.
Votre message sera traité à mon retour. Pour les commandes des magasins : magasin@biocoop-legoff.test
Merci,
Yann Le Goff"
vacation k3-rocio "Ausencia temporal" "Hola:
Estoy de baja hasta nuevo aviso y no podré atender el correo. Para cualquier gestión, escriba a tienda@navarro-deportes.test.
Gracias,
Rocío Navarro"
vacation k3-joana "Ausência" "Bom dia,
Estarei ausente até 9 de dezembro, em formação, sem acesso regular ao correio eletrónico.
Assuntos urgentes: geral@correia-papelaria.test
Obrigada,
Joana Correia"
vacation k3-elisa "Assenza" "Buongiorno,
fino al 12 dicembre sono in congedo e non leggerò la posta. La sua e-mail non verrà inoltrata: per qualsiasi necessità scriva a negozio@fontana-casalinghi.test.
Grazie,
Elisa Fontana"
vacation k3-liam "" "Thanks for your message. I'm at our supplier conference in Birmingham until Friday 11 December with very limited access to email, and will respond as soon as I can after that.
For anything urgent, please ring the store on 028 9555 0143.
Liam Doherty"
vacation k3-karin "Frånvaro" "Hej,
Jag är ledig till och med den 14 december och läser inte min e-post. Vid brådskande ärenden, kontakta butik@lund-inredning.test.
Vänliga hälsningar
Karin Lund"
vacation k3-jana "Nepřítomnost" "Dobrý den,
do 11. prosince jsem mimo kancelář. Na Váš e-mail odpovím po svém návratu.
V naléhavých případech pište na info@dvorak-obchod.test.
S pozdravem
Jana Dvořáková"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
install_sieve k3-martin 'require ["reject"];
reject text:
This address is no longer in use: Martin Keane has left Doherty Hardware.
Please send store enquiries to info@doherty-hardware.test.
.
;'

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="Knowing what will sell next week" [de]="Wissen, was nächste Woche verkauft wird"
  [fr]="Savoir ce qui se vendra la semaine prochaine" [es]="Saber qué se venderá la semana que viene"
  [pt]="Saber o que vai vender na próxima semana" [it]="Sapere cosa venderete la settimana prossima")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f jonas@shelfwise.test -t <<MAIL
From: Jonas Pereira <jonas@shelfwise.test>
To: $2
Subject: $subj
Message-ID: <$1@shelfwise.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka3-s01 "Birgit Sommer <birgit.sommer@sommer-moden.test>" de Birgit "Sommer Moden"
send ka3-s02 "Yann Le Goff <yann.le-goff@biocoop-legoff.test>" fr Yann "Biocoop Le Goff"
send ka3-s03 "Rocío Navarro <rocio.navarro@navarro-deportes.test>" es Rocío "Navarro Deportes"
send ka3-s04 "Joana Correia <joana.correia@correia-papelaria.test>" pt Joana "Papelaria Correia"
send ka3-s05 "Elisa Fontana <elisa.fontana@fontana-casalinghi.test>" it Elisa "Fontana Casalinghi"
send ka3-s06 "Liam Doherty <liam.doherty@doherty-hardware.test>" en Liam "Doherty Hardware"
send ka3-s07 "Karin Lund <karin.lund@lund-inredning.test>" en Karin "Lund Inredning"
send ka3-s08 "Jana Dvořáková <jana.dvorakova@dvorak-obchod.test>" en Jana "Dvořák Obchod"
send ka3-s09 "Martin Keane <martin.keane@doherty-hardware.test>" en Martin "Doherty Hardware"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), a policy refusal (error transport 5.7.1), domains that do not resolve (.invalid)
send ka3-s10 "Jens Krüger <jens.krueger@sommer-moden.test>" de Jens "Sommer Moden"
send ka3-s11 "André Sousa <andre.sousa@correia-papelaria.test>" pt André "Papelaria Correia"
send ka3-s12 "Ufficio acquisti <acquisti@fontana-casalinghi.test>" it Ufficio "Fontana Casalinghi"
send ka3-s13 "Einkauf <einkauf@sommer-moden.test>" de Team "Sommer Moden"
send ka3-s14 "Claire Benoît <claire.benoit@biocoop-legoff.test>" fr Claire "Biocoop Le Goff"
send ka3-s15 "Gerencia <gerencia@navarro-deportes.test>" es equipo "Navarro Deportes"
send ka3-s16 "Épicerie Marin <contact@epicerie-marin.invalid>" fr Madame "Épicerie Marin"
send ka3-s17 "Pedidos <pedidos@suministros-vidal.invalid>" es equipo "Suministros Vidal"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka3-s18 "Lager <lager@sommer-moden.test>" de Team "Sommer Moden"

# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-sv [s08]=sieve-vacation-cs
  [s09]=sieve-reject-en [s10]=postfix-unknown-user-de [s11]=postfix-unknown-user-pt [s12]=postfix-unknown-user-it
  [s13]=postfix-mailbox-disabled [s14]=postfix-relocated [s15]=postfix-policy-reject [s16]=postfix-nxdomain-fr
  [s17]=postfix-nxdomain-es)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka3-s[0-9]*' "$f" | sed 's/ka3-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
