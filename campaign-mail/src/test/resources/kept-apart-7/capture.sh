#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the seventh kept-apart set. Adapted from ../kept-apart-6/capture.sh (same machinery; new users,
# domains, texts and campaign emails). Run as root on a throw-away Debian 12 machine or container: it installs
# postfix, dovecot-core and dovecot-sieve if missing, rewrites /etc/postfix/main.cf, adds local users and starts
# Postfix (no SMTP listener: mail is injected with sendmail), and stops it at the end. Output: $OUT/*.eml, the
# messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/tmp/kept-apart-7-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=k7-ines
LEADS=(k7-ursina k7-amelie k7-facundo k7-leonor k7-ettore k7-callum k7-mette k7-ivana k7-yannick)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@quaylist.test
hostname = mx.quaylist.test
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
DOMAINS="quaylist.test, hafen-brienzersee.test, port-nieuport.test, puerto-olivos.test, marina-peniche.test, \
darsena-lerici.test, oban-moorings.test, havn-svendborg.test, marina-rovinj.test, localhost"
postconf -e "myhostname = mx.quaylist.test" "mydomain = quaylist.test" "myorigin = quaylist.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept7-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept7-virtual" \
  "relocated_maps = hash:/etc/postfix/kept7-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox and a policy refusal (error transport), a full mailbox (retry
# transport), a person who moved (relocated)
cat > /etc/postfix/kept7-virtual <<MAP
ursina.caduff@hafen-brienzersee.test k7-ursina
amelie.dumont@port-nieuport.test k7-amelie
facundo.ibarra@puerto-olivos.test k7-facundo
leonor.pestana@marina-peniche.test k7-leonor
ettore.bianchi@darsena-lerici.test k7-ettore
callum.fraser@oban-moorings.test k7-callum
mette.lund@havn-svendborg.test k7-mette
ivana.horvat@marina-rovinj.test k7-ivana
yannick.morel@port-nieuport.test k7-yannick
ines@quaylist.test $SELLER
MAP
cat > /etc/postfix/kept7-transport <<MAP
werft@hafen-brienzersee.test error:5.2.1 mailbox disabled by the administrator
ormeggi@darsena-lerici.test error:5.7.1 delivery not authorised, message refused by recipient policy
office@oban-moorings.test retry:4.2.2 mailbox full, try again later
MAP
cat > /etc/postfix/kept7-relocated <<MAP
davide.conti@darsena-lerici.test davide.conti@porto-tellaro.test
MAP
postmap /etc/postfix/kept7-virtual /etc/postfix/kept7-transport /etc/postfix/kept7-relocated
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
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept7-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation k7-ursina "Abwesenheit bis 18.12." "Grüezi
Ich bin bis und mit 18. Dezember in den Ferien und lese meine E-Mails nicht.
Für Anliegen zum Hafen wenden Sie sich bitte an hafenmeister@hafen-brienzersee.test.
Freundliche Grüsse
Ursina Caduff"
vacation k7-amelie "Absence - capitainerie" "Bonjour,
Je suis absente jusqu'au mercredi 16 décembre inclus. Votre message ne sera pas transféré.
Pour toute question urgente (places visiteurs, électricité, badges d’accès), contactez capitainerie.accueil@port-nieuport.test.
Amélie Dumont"
vacation k7-facundo "Fuera de la guardería náutica" "Hola, ¿qué tal?
Estoy de licencia hasta el lunes 14 de diciembre y no reviso el correo.
Por temas de amarras o cuotas, escribile a administracion@puerto-olivos.test.
Saludos,
Facundo Ibarra"
vacation k7-leonor "Ausência" "Bom dia,
Encontro-me ausente até dia 15 de dezembro, sem acesso ao correio eletrónico.
Para assuntos urgentes, queira contactar a receção da marina: rececao@marina-peniche.test.
Com os melhores cumprimentos,
Leonor Pestana"
vacation k7-ettore "Assente fino al 13/12" "Gentile mittente,
sarò assente dall'ufficio fino a domenica 13 dicembre, senza accesso regolare alla posta.
Per le pratiche di ormeggio rivolgersi a direzione@darsena-lerici.test.
Cordiali saluti
Ettore Bianchi"
vacation k7-callum "" "Hi there,
I'm off until Monday 14 December and won't be checking mail. The harbour office is staffed as usual; for berthing enquiries please email harbour@oban-moorings.test.
Cheers,
Callum Fraser"
vacation k7-mette "Fravær" "Hej,
Jeg holder fri til og med 11. december og læser ikke min mail. Ved hastende sager kan du skrive til havnekontor@havn-svendborg.test.
Venlig hilsen
Mette Lund"
vacation k7-ivana "Odsutnost" "Poštovani,
do 12. prosinca sam na godišnjem odmoru. Na Vašu poruku odgovorit ću po povratku.
Za hitne upite pišite na recepcija@marina-rovinj.test.
Ivana Horvat"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
install_sieve k7-yannick 'require ["reject"];
reject text:
Monsieur Morel a quitté la capitainerie du port de Nieuport. Cette adresse n’est plus consultée.
Merci d’écrire à capitainerie.accueil@port-nieuport.test.
.
;'

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="How many berths stood empty last night?"
  [de]="Wie viele Liegeplätze standen letzte Nacht leer?"
  [fr]="Combien d'anneaux sont restés vides cette nuit ?"
  [es]="¿Cuántos amarres quedaron vacíos anoche?"
  [pt]="Quantos lugares de amarração ficaram vazios ontem à noite?"
  [it]="Quanti posti barca sono rimasti vuoti stanotte?")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/g" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f ines@quaylist.test -t <<MAIL
From: Ines Halvorsen <ines@quaylist.test>
To: $2
Subject: $subj
Message-ID: <$1@quaylist.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka7-s01 "Ursina Caduff <ursina.caduff@hafen-brienzersee.test>" de Ursina "Hafen Brienzersee"
send ka7-s02 "Amélie Dumont <amelie.dumont@port-nieuport.test>" fr Amélie "Port de Nieuport"
send ka7-s03 "Facundo Ibarra <facundo.ibarra@puerto-olivos.test>" es Facundo "Puerto Olivos"
send ka7-s04 "Leonor Pestana <leonor.pestana@marina-peniche.test>" pt Leonor "Marina de Peniche"
send ka7-s05 "Ettore Bianchi <ettore.bianchi@darsena-lerici.test>" it Ettore "Darsena Lerici"
send ka7-s06 "Callum Fraser <callum.fraser@oban-moorings.test>" en Callum "Oban Moorings"
send ka7-s07 "Mette Lund <mette.lund@havn-svendborg.test>" en Mette "Svendborg Havn"
send ka7-s08 "Ivana Horvat <ivana.horvat@marina-rovinj.test>" en Ivana "Marina Rovinj"
send ka7-s09 "Yannick Morel <yannick.morel@port-nieuport.test>" fr Yannick "Port de Nieuport"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), a policy refusal (error transport 5.7.1), domains that do not resolve (.invalid)
send ka7-s10 "Bookings <bookings@oban-moorings.test>" en team "Oban Moorings"
send ka7-s11 "Capitainerie <capitainerie@port-nieuport.test>" fr équipe "Port de Nieuport"
send ka7-s12 "Reservas <reservas@marina-peniche.test>" pt equipa "Marina de Peniche"
send ka7-s13 "Werft <werft@hafen-brienzersee.test>" de Team "Hafen Brienzersee"
send ka7-s14 "Davide Conti <davide.conti@darsena-lerici.test>" it Davide "Darsena Lerici"
send ka7-s15 "Ormeggi <ormeggi@darsena-lerici.test>" it staff "Darsena Lerici"
send ka7-s16 "Amarras <amarras@club-nautico-tandil.invalid>" es equipo "Club Náutico Tandil"
send ka7-s17 "Hafenmeister <hafenmeister@seeclub-ammerland.invalid>" de Team "Seeclub Ammerland"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka7-s18 "Office <office@oban-moorings.test>" en team "Oban Moorings"

# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-da [s08]=sieve-vacation-hr
  [s09]=sieve-reject-fr [s10]=postfix-unknown-user-en [s11]=postfix-unknown-user-fr [s12]=postfix-unknown-user-pt
  [s13]=postfix-mailbox-disabled [s14]=postfix-relocated [s15]=postfix-policy-reject [s16]=postfix-nxdomain-es
  [s17]=postfix-nxdomain-de)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka7-s[0-9]*' "$f" | sed 's/ka7-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
