#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the eleventh kept-apart set. Adapted from ../kept-apart-10/capture.sh (same machinery; new users,
# domains, map files, texts and campaign emails; the work directory is under /var/tmp). Run as root on a throw-away
# Debian 12 machine or container: it installs postfix, dovecot-core and dovecot-sieve if missing, rewrites
# /etc/postfix/main.cf, adds local users and starts Postfix (no SMTP listener: mail is injected with sendmail), and
# stops it at the end. Output: $OUT/*.eml, the messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/var/tmp/kept-apart-11-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=k11-rhea
LEADS=(k11-wiebke k11-clemence k11-montse k11-conceicao k11-benedetta k11-ailsa k11-sigrid k11-zdenka k11-ottavio)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@chairgap.test
hostname = mx.chairgap.test
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
DOMAINS="chairgap.test, brightwater-dental.test, zahnzentrum-lindenau.test, cabinets-dentaires-valmont.test, \
clinicas-dentales-oliva.test, clinicas-sorriso-atlantico.test, studi-dentistici-ferraro.test, localhost"
postconf -e "myhostname = mx.chairgap.test" "mydomain = chairgap.test" "myorigin = chairgap.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept11-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept11-virtual" \
  "relocated_maps = hash:/etc/postfix/kept11-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox and a policy refusal (error transport), a full mailbox (retry
# transport), a person who moved (relocated)
cat > /etc/postfix/kept11-virtual <<MAP
wiebke.janssen@zahnzentrum-lindenau.test k11-wiebke
clemence.girard@cabinets-dentaires-valmont.test k11-clemence
montse.vidal@clinicas-dentales-oliva.test k11-montse
conceicao.rocha@clinicas-sorriso-atlantico.test k11-conceicao
benedetta.galli@studi-dentistici-ferraro.test k11-benedetta
ailsa.mackay@brightwater-dental.test k11-ailsa
sigrid.lund@brightwater-dental.test k11-sigrid
zdenka.novotna@zahnzentrum-lindenau.test k11-zdenka
ottavio.serra@studi-dentistici-ferraro.test k11-ottavio
rhea@chairgap.test $SELLER
MAP
cat > /etc/postfix/kept11-transport <<MAP
igiene.bari@studi-dentistici-ferraro.test error:5.2.1 mailbox disabled by the administrator
marketing@brightwater-dental.test error:5.7.1 delivery not authorised, message refused by recipient policy
recepcion@clinicas-dentales-oliva.test retry:4.2.2 mailbox full, try again later
MAP
cat > /etc/postfix/kept11-relocated <<MAP
jan.koenig@zahnzentrum-lindenau.test jan.koenig@zahnarztpraxis-koenig.test
MAP
postmap /etc/postfix/kept11-virtual /etc/postfix/kept11-transport /etc/postfix/kept11-relocated
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
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept11-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation k11-wiebke "Nicht im Büro bis 14.12." "Moin,
ich bin bis Montag, 14. Dezember, nicht im Büro und lese meine E-Mails danach.
In dringenden Fällen schreiben Sie bitte an empfang@zahnzentrum-lindenau.test.
Viele Grüße
Wiebke Janssen"
vacation k11-clemence "Absente jusqu'au 11 décembre" "Bonjour,
Je suis absente jusqu'au vendredi 11 décembre inclus, sans accès à ma messagerie.
Pour toute demande concernant un rendez-vous, écrivez à accueil@cabinets-dentaires-valmont.test.
Bonne journée,
Clémence Girard"
vacation k11-montse "Fuera de la oficina" "Hola,
Estaré fuera de la oficina hasta el lunes 14 de diciembre y no podré leer el correo.
Para cualquier cuestión de la clínica, escriba a recepcion.bcn@clinicas-dentales-oliva.test.
Gracias,
Montse Vidal"
vacation k11-conceicao "Ausente até 10 de dezembro" "Bom dia,
Estou ausente até quinta-feira, 10 de dezembro, e sem acesso ao email.
Para assuntos urgentes, contacte geral@clinicas-sorriso-atlantico.test.
Cumprimentos,
Conceição Rocha"
vacation k11-benedetta "Assente" "Gentile mittente,
sono assente fino a lunedì 14 dicembre e non leggo la posta.
Per urgenze può scrivere a segreteria@studi-dentistici-ferraro.test.
Cordialmente,
Benedetta Galli"
vacation k11-ailsa "" "Hello,
I'm away from the practice until Tuesday 15 December and won't be checking email.
For anything urgent, please contact reception@brightwater-dental.test.
Many thanks,
Ailsa Mackay"
vacation k11-sigrid "Semester" "Hej,
Jag har semester till och med den 13 december och läser inte min e-post.
Vid brådskande ärenden, kontakta reception@brightwater-dental.test.
Vänliga hälsningar
Sigrid Lund"
vacation k11-zdenka "Dovolená" "Dobrý den,
do 11. prosince čerpám dovolenou a e-maily nečtu.
V naléhavých případech pište na empfang@zahnzentrum-lindenau.test.
S pozdravem
Zdenka Novotná"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
REJECT=$(cat <<'SIEVE'
require ["reject"];
reject text:
Ottavio Serra non lavora più presso gli Studi Dentistici Ferraro; questa casella non viene più letta.
Si prega di scrivere a direzione@studi-dentistici-ferraro.test.
.
;
SIEVE
)
install_sieve k11-ottavio "$REJECT"

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="What happens to a chair when a patient cancels?"
  [de]="Was passiert mit dem Behandlungsstuhl, wenn ein Patient absagt?"
  [fr]="Que devient le fauteuil quand un patient annule ?"
  [es]="¿Qué pasa con el sillón cuando un paciente cancela?"
  [pt]="O que acontece à cadeira quando um paciente desmarca?"
  [it]="Che fine fa la poltrona quando un paziente disdice?")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/g" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f rhea@chairgap.test -t <<MAIL
From: Rhea Kowalczyk <rhea@chairgap.test>
To: $2
Subject: $subj
Message-ID: <$1@chairgap.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka11-s01 "Wiebke Janssen <wiebke.janssen@zahnzentrum-lindenau.test>" de Wiebke "Zahnzentren Lindenau"
send ka11-s02 "Clémence Girard <clemence.girard@cabinets-dentaires-valmont.test>" fr Clémence "Cabinets dentaires Valmont"
send ka11-s03 "Montse Vidal <montse.vidal@clinicas-dentales-oliva.test>" es Montse "Clínicas Dentales Oliva"
send ka11-s04 "Conceição Rocha <conceicao.rocha@clinicas-sorriso-atlantico.test>" pt Conceição "Clínicas Sorriso Atlântico"
send ka11-s05 "Benedetta Galli <benedetta.galli@studi-dentistici-ferraro.test>" it Benedetta "Studi Dentistici Ferraro"
send ka11-s06 "Ailsa Mackay <ailsa.mackay@brightwater-dental.test>" en Ailsa "Brightwater Dental"
send ka11-s07 "Sigrid Lund <sigrid.lund@brightwater-dental.test>" en Sigrid "Brightwater Dental"
send ka11-s08 "Zdenka Novotná <zdenka.novotna@zahnzentrum-lindenau.test>" de Zdenka "Zahnzentren Lindenau"
send ka11-s09 "Ottavio Serra <ottavio.serra@studi-dentistici-ferraro.test>" it Ottavio "Studi Dentistici Ferraro"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), a policy refusal (error transport 5.7.1), domains that do not resolve (.invalid)
send ka11-s10 "Rendez-vous <rendezvous@cabinets-dentaires-valmont.test>" fr équipe "Cabinets dentaires Valmont"
send ka11-s11 "Citas <citas@clinicas-dentales-oliva.test>" es equipo "Clínicas Dentales Oliva"
send ka11-s12 "Marcações <marcacoes@clinicas-sorriso-atlantico.test>" pt equipa "Clínicas Sorriso Atlântico"
send ka11-s13 "Igiene Bari <igiene.bari@studi-dentistici-ferraro.test>" it staff "Studi Dentistici Ferraro"
send ka11-s14 "Jan König <jan.koenig@zahnzentrum-lindenau.test>" de Jan "Zahnzentren Lindenau"
send ka11-s15 "Marketing <marketing@brightwater-dental.test>" en team "Brightwater Dental"
send ka11-s16 "Zahnarztpraxis am Ring <praxis@zahnarzt-am-ring.invalid>" de Team "Zahnarztpraxis am Ring"
send ka11-s17 "Studio Dentistico Sole <info@studio-dentistico-sole.invalid>" it staff "Studio Dentistico Sole"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka11-s18 "Recepción <recepcion@clinicas-dentales-oliva.test>" es equipo "Clínicas Dentales Oliva"
# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-sv [s08]=sieve-vacation-cs
  [s09]=sieve-reject-it [s10]=postfix-unknown-user-fr [s11]=postfix-unknown-user-es [s12]=postfix-unknown-user-pt
  [s13]=postfix-mailbox-disabled [s14]=postfix-relocated [s15]=postfix-policy-reject [s16]=postfix-nxdomain-de
  [s17]=postfix-nxdomain-it)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka11-s[0-9]*' "$f" | sed 's/ka11-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
