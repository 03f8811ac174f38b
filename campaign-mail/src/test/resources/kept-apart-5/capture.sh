#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the fifth kept-apart set. Adapted from ../kept-apart-4/capture.sh (same machinery; new users,
# domains, texts and campaign emails). Run as root on a throw-away Debian 12 machine or container: it installs
# postfix, dovecot-core and dovecot-sieve if missing, rewrites /etc/postfix/main.cf, adds local users and starts
# Postfix (no SMTP listener: mail is injected with sendmail), and stops it at the end. Output: $OUT/*.eml, the
# messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/tmp/kept-apart-5-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=k5-elif
LEADS=(k5-lukas k5-amelie k5-pilar k5-joana k5-paolo k5-owain k5-sofia k5-petr k5-derek)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@gridwatt.test
hostname = mx.gridwatt.test
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
DOMAINS="gridwatt.test, holzwerk-steiner.test, papeterie-roux.test, ceramicas-ferrer.test, textil-moura.test, \
vetreria-conti.test, ashby-foods.test, lindqvist-verkstad.test, novak-strojirna.test, localhost"
postconf -e "myhostname = mx.gridwatt.test" "mydomain = gridwatt.test" "myorigin = gridwatt.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept5-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept5-virtual" \
  "relocated_maps = hash:/etc/postfix/kept5-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox and a policy refusal (error transport), a full mailbox (retry
# transport), a person who moved (relocated)
cat > /etc/postfix/kept5-virtual <<MAP
lukas.steiner@holzwerk-steiner.test k5-lukas
amelie.roux@papeterie-roux.test k5-amelie
pilar.ferrer@ceramicas-ferrer.test k5-pilar
joana.moura@textil-moura.test k5-joana
paolo.conti@vetreria-conti.test k5-paolo
owain.ashby@ashby-foods.test k5-owain
sofia.lindqvist@lindqvist-verkstad.test k5-sofia
petr.novak@novak-strojirna.test k5-petr
derek.mills@ashby-foods.test k5-derek
elif@gridwatt.test $SELLER
MAP
cat > /etc/postfix/kept5-transport <<MAP
technik@holzwerk-steiner.test error:5.2.1 mailbox disabled by the administrator
producao@textil-moura.test error:5.7.1 delivery not authorised, message refused by recipient policy
wartung@holzwerk-steiner.test retry:4.2.2 mailbox full, try again later
MAP
cat > /etc/postfix/kept5-relocated <<MAP
hugo.blanc@papeterie-roux.test hugo.blanc@cartonnages-blanc.test
MAP
postmap /etc/postfix/kept5-virtual /etc/postfix/kept5-transport /etc/postfix/kept5-relocated
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
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept5-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation k5-lukas "Abwesenheit bis 10.12." "Grüß Gott,
ich bin bis einschließlich 10. Dezember auf Montage in Vorarlberg und lese meine E-Mails nur unregelmäßig.
Dringendes bitte an werk@holzwerk-steiner.test.
Lukas Steiner"
vacation k5-amelie "Absence" "Bonjour,
Je suis en déplacement jusqu'au 11 décembre et n'aurai qu'un accès limité à ma messagerie.
Pour toute question urgente : production@papeterie-roux.test
Amélie Roux"
vacation k5-pilar "Ausencia hasta el 9/12" "Hola:
Estoy fuera por una feria hasta el 9 de diciembre. Leeré tu correo a la vuelta.
Para cualquier urgencia: planta@ceramicas-ferrer.test
Pilar Ferrer"
vacation k5-joana "Férias" "Bom dia,
Encontro-me de férias até 15 de dezembro. O seu e-mail não será reencaminhado.
Em caso de urgência contacte fabrica@textil-moura.test.
Joana Moura"
vacation k5-paolo "Assenza" "Buongiorno,
sono assente fino all'11 dicembre. Risponderò al mio rientro.
Per urgenze: stabilimento@vetreria-conti.test
Paolo Conti"
vacation k5-owain "" "Hi,
Thanks for your message. I'm on leave until Tuesday 15 December and won't see email until then. Urgent site matters: 01633 555 402.
Owain Ashby"
vacation k5-sofia "Frånvaro" "Hej,
Jag är ledig till och med 11 december och läser inte min e-post. Vid brådskande ärenden, kontakta verkstad@lindqvist-verkstad.test.
Med vänliga hälsningar
Sofia Lindqvist"
vacation k5-petr "Nepřítomnost" "Dobrý den,
do 10. prosince jsem mimo kancelář. Na Váš e-mail odpovím po návratu.
V naléhavých případech pište na vyroba@novak-strojirna.test.
S pozdravem
Petr Novák"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
install_sieve k5-derek 'require ["reject"];
reject text:
Derek Mills has left Ashby Foods. This mailbox is closed and messages to it are not read.
Please contact engineering@ashby-foods.test instead.
.
;'

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="Which of your machines run when nothing is being made?"
  [de]="Welche Maschinen laufen bei Ihnen, wenn nichts produziert wird?"
  [fr]="Quelles machines tournent quand rien n'est produit ?"
  [es]="¿Qué máquinas siguen consumiendo cuando no se produce nada?"
  [pt]="Que máquinas gastam energia quando nada está a ser produzido?"
  [it]="Quali macchine consumano quando non si produce niente?")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f elif@gridwatt.test -t <<MAIL
From: Elif Sandberg <elif@gridwatt.test>
To: $2
Subject: $subj
Message-ID: <$1@gridwatt.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka5-s01 "Lukas Steiner <lukas.steiner@holzwerk-steiner.test>" de Lukas "Holzwerk Steiner"
send ka5-s02 "Amélie Roux <amelie.roux@papeterie-roux.test>" fr Amélie "Papeterie Roux"
send ka5-s03 "Pilar Ferrer <pilar.ferrer@ceramicas-ferrer.test>" es Pilar "Cerámicas Ferrer"
send ka5-s04 "Joana Moura <joana.moura@textil-moura.test>" pt Joana "Têxtil Moura"
send ka5-s05 "Paolo Conti <paolo.conti@vetreria-conti.test>" it Paolo "Vetreria Conti"
send ka5-s06 "Owain Ashby <owain.ashby@ashby-foods.test>" en Owain "Ashby Foods"
send ka5-s07 "Sofia Lindqvist <sofia.lindqvist@lindqvist-verkstad.test>" en Sofia "Lindqvist Verkstad"
send ka5-s08 "Petr Novák <petr.novak@novak-strojirna.test>" en Petr "Novák Strojírna"
send ka5-s09 "Derek Mills <derek.mills@ashby-foods.test>" en Derek "Ashby Foods"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), a policy refusal (error transport 5.7.1), domains that do not resolve (.invalid)
send ka5-s10 "Nina Haller <nina.haller@holzwerk-steiner.test>" de Nina "Holzwerk Steiner"
send ka5-s11 "Compras <compras@ceramicas-ferrer.test>" es equipo "Cerámicas Ferrer"
send ka5-s12 "Energia <energia@vetreria-conti.test>" it Team "Vetreria Conti"
send ka5-s13 "Technik <technik@holzwerk-steiner.test>" de Team "Holzwerk Steiner"
send ka5-s14 "Hugo Blanc <hugo.blanc@papeterie-roux.test>" fr Hugo "Papeterie Roux"
send ka5-s15 "Produção <producao@textil-moura.test>" pt equipa "Têxtil Moura"
send ka5-s16 "Fundição Amaral <geral@fundicao-amaral.invalid>" pt equipa "Fundição Amaral"
send ka5-s17 "Stampi Rovelli <ufficio@stampi-rovelli.invalid>" it Team "Stampi Rovelli"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka5-s18 "Wartung <wartung@holzwerk-steiner.test>" de Team "Holzwerk Steiner"

# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-sv [s08]=sieve-vacation-cs
  [s09]=sieve-reject-en [s10]=postfix-unknown-user-de [s11]=postfix-unknown-user-es [s12]=postfix-unknown-user-it
  [s13]=postfix-mailbox-disabled [s14]=postfix-relocated [s15]=postfix-policy-reject [s16]=postfix-nxdomain-pt
  [s17]=postfix-nxdomain-it)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka5-s[0-9]*' "$f" | sed 's/ka5-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
