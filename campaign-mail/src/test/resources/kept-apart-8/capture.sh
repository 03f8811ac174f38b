#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the eighth kept-apart set. Adapted from ../kept-apart-7/capture.sh (same machinery; new users,
# domains, map files, texts and campaign emails; the work directory is under /var/tmp). Run as root on a throw-away
# Debian 12 machine or container: it installs postfix, dovecot-core and dovecot-sieve if missing, rewrites
# /etc/postfix/main.cf, adds local users and starts Postfix (no SMTP listener: mail is injected with sendmail), and
# stops it at the end. Output: $OUT/*.eml, the messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/var/tmp/kept-apart-8-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=k8-tamsin
LEADS=(k8-lena k8-genevieve k8-ainhoa k8-thiago k8-chiara k8-siobhan k8-astrid k8-tereza k8-jaime)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@rotavet.test
hostname = mx.rotavet.test
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
DOMAINS="rotavet.test, tierklinik-wolfsberg.test, clinique-veterinaire-rimouski.test, \
clinica-veterinaria-tolosa.test, clinica-veterinaria-floripa.test, ambulatorio-veterinario-bra.test, corrib-vets.test, \
djurkliniken-visby.test, veterina-olomouc.test, localhost"
postconf -e "myhostname = mx.rotavet.test" "mydomain = rotavet.test" "myorigin = rotavet.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept8-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept8-virtual" \
  "relocated_maps = hash:/etc/postfix/kept8-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox and a policy refusal (error transport), a full mailbox (retry
# transport), a person who moved (relocated)
cat > /etc/postfix/kept8-virtual <<MAP
lena.hafner@tierklinik-wolfsberg.test k8-lena
genevieve.tremblay@clinique-veterinaire-rimouski.test k8-genevieve
ainhoa.etxeberria@clinica-veterinaria-tolosa.test k8-ainhoa
thiago.nunes@clinica-veterinaria-floripa.test k8-thiago
chiara.gallo@ambulatorio-veterinario-bra.test k8-chiara
siobhan.keane@corrib-vets.test k8-siobhan
astrid.lindgren@djurkliniken-visby.test k8-astrid
tereza.novakova@veterina-olomouc.test k8-tereza
jaime.urrutia@clinica-veterinaria-tolosa.test k8-jaime
tamsin@rotavet.test $SELLER
MAP
cat > /etc/postfix/kept8-transport <<MAP
urgences@clinique-veterinaire-rimouski.test error:5.2.1 mailbox disabled by the administrator
citas@clinica-veterinaria-tolosa.test error:5.7.1 delivery not authorised, message refused by recipient policy
praxis@tierklinik-wolfsberg.test retry:4.2.2 mailbox full, try again later
MAP
cat > /etc/postfix/kept8-relocated <<MAP
marcos.lima@clinica-veterinaria-floripa.test marcos.lima@hospital-vet-itajai.test
MAP
postmap /etc/postfix/kept8-virtual /etc/postfix/kept8-transport /etc/postfix/kept8-relocated
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
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept8-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation k8-lena "Urlaub bis 14. Dezember" "Grüß Gott,
ich bin bis einschließlich Montag, 14. Dezember, auf Urlaub und lese meine E-Mails erst danach.
In dringenden Fällen erreichen Sie die Ordination unter ordination@tierklinik-wolfsberg.test.
Liebe Grüße
Lena Hafner"
vacation k8-genevieve "Absente - retour le 15 décembre" "Bonjour,
Je suis en congé jusqu'au mardi 15 décembre et je n'ai pas accès à mes courriels.
Pour une urgence concernant un animal, appelez la clinique ou écrivez à accueil@clinique-veterinaire-rimouski.test.
Bonne journée,
Geneviève Tremblay"
vacation k8-ainhoa "Fuera de la oficina" "Buenas:
Estaré fuera de la clínica hasta el jueves 10 de diciembre, sin acceso al correo.
Para cualquier asunto de la consulta, escriba a recepcion@clinica-veterinaria-tolosa.test.
Un saludo,
Ainhoa Etxeberria"
vacation k8-thiago "Férias" "Olá,
Estou de férias até o dia 18 de dezembro e vou responder quando voltar.
Assuntos urgentes: atendimento@clinica-veterinaria-floripa.test.
Abraços,
Thiago Nunes"
vacation k8-chiara "Fuori ufficio fino al 9 dicembre" "Buongiorno,
sono fuori ufficio fino a mercoledì 9 dicembre e leggerò la posta al mio rientro.
Per le urgenze veterinarie chiamate il numero dell'ambulatorio; per il resto scrivete a segreteria.bra@ambulatorio-veterinario-bra.test.
Grazie,
Chiara Gallo"
vacation k8-siobhan "" "Hello,
I'm on annual leave until Wednesday 16 December with no access to email.
For anything to do with the practice, please contact practicemanager@corrib-vets.test.
Kind regards,
Siobhán Keane"
vacation k8-astrid "Semester" "Hej!
Jag har semester till och med den 13 december och läser inte min e-post.
Vid brådskande ärenden, kontakta reception@djurkliniken-visby.test.
Vänliga hälsningar
Astrid Lindgren"
vacation k8-tereza "Nepřítomnost" "Dobrý den,
do 11. prosince čerpám dovolenou a e-maily nečtu.
V naléhavých případech pište na ordinace@veterina-olomouc.test.
S pozdravem
Tereza Nováková"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
install_sieve k8-jaime 'require ["reject"];
reject text:
Jaime Urrutia ya no trabaja en la Clínica Veterinaria Tolosa y este buzón no se lee.
Por favor, escriba a recepcion@clinica-veterinaria-tolosa.test.
.
;'

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="Who covers your practice's nights this weekend?"
  [de]="Wer übernimmt am Wochenende den Nachtdienst in Ihrer Praxis?"
  [fr]="Qui assure les gardes de nuit de votre clinique ce week-end ?"
  [es]="¿Quién cubre las guardias nocturnas de su clínica este fin de semana?"
  [pt]="Quem cobre os plantões noturnos da sua clínica neste fim de semana?"
  [it]="Chi copre le reperibilità notturne del vostro ambulatorio questo fine settimana?")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/g" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f tamsin@rotavet.test -t <<MAIL
From: Tamsin Achterberg <tamsin@rotavet.test>
To: $2
Subject: $subj
Message-ID: <$1@rotavet.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka8-s01 "Lena Hafner <lena.hafner@tierklinik-wolfsberg.test>" de Lena "Tierklinik Wolfsberg"
send ka8-s02 "Geneviève Tremblay <genevieve.tremblay@clinique-veterinaire-rimouski.test>" fr Geneviève "Clinique vétérinaire de Rimouski"
send ka8-s03 "Ainhoa Etxeberria <ainhoa.etxeberria@clinica-veterinaria-tolosa.test>" es Ainhoa "Clínica Veterinaria Tolosa"
send ka8-s04 "Thiago Nunes <thiago.nunes@clinica-veterinaria-floripa.test>" pt Thiago "Clínica Veterinária Floripa"
send ka8-s05 "Chiara Gallo <chiara.gallo@ambulatorio-veterinario-bra.test>" it Chiara "Ambulatorio Veterinario Bra"
send ka8-s06 "Siobhán Keane <siobhan.keane@corrib-vets.test>" en Siobhán "Corrib Vets"
send ka8-s07 "Astrid Lindgren <astrid.lindgren@djurkliniken-visby.test>" en Astrid "Djurkliniken Visby"
send ka8-s08 "Tereza Nováková <tereza.novakova@veterina-olomouc.test>" en Tereza "Veterina Olomouc"
send ka8-s09 "Jaime Urrutia <jaime.urrutia@clinica-veterinaria-tolosa.test>" es Jaime "Clínica Veterinaria Tolosa"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), a policy refusal (error transport 5.7.1), domains that do not resolve (.invalid)
send ka8-s10 "Reception <reception@corrib-vets.test>" en team "Corrib Vets"
send ka8-s11 "Empfang <empfang@tierklinik-wolfsberg.test>" de Team "Tierklinik Wolfsberg"
send ka8-s12 "Segreteria <segreteria@ambulatorio-veterinario-bra.test>" it staff "Ambulatorio Veterinario Bra"
send ka8-s13 "Urgences <urgences@clinique-veterinaire-rimouski.test>" fr équipe "Clinique vétérinaire de Rimouski"
send ka8-s14 "Marcos Lima <marcos.lima@clinica-veterinaria-floripa.test>" pt Marcos "Clínica Veterinária Floripa"
send ka8-s15 "Citas <citas@clinica-veterinaria-tolosa.test>" es equipo "Clínica Veterinaria Tolosa"
send ka8-s16 "Cabinet <contact@cabinet-veterinaire-morlaix.invalid>" fr équipe "Cabinet vétérinaire de Morlaix"
send ka8-s17 "Clinica <info@clinica-veterinaria-nuoro.invalid>" it staff "Clinica Veterinaria Nuoro"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka8-s18 "Praxis <praxis@tierklinik-wolfsberg.test>" de Team "Tierklinik Wolfsberg"
# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-sv [s08]=sieve-vacation-cs
  [s09]=sieve-reject-es [s10]=postfix-unknown-user-en [s11]=postfix-unknown-user-de [s12]=postfix-unknown-user-it
  [s13]=postfix-mailbox-disabled [s14]=postfix-relocated [s15]=postfix-policy-reject [s16]=postfix-nxdomain-fr
  [s17]=postfix-nxdomain-it)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka8-s[0-9]*' "$f" | sed 's/ka8-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
