#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real automatic replies (Dovecot 2.3 Pigeonhole sieve "vacation" and
# "reject") for the fifteenth kept-apart set. Adapted from ../kept-apart-14/capture.sh (same machinery; new users,
# domains, map files, texts and campaign emails; the work directory is under /var/tmp). Run as root on a throw-away
# Debian 12 machine or container: it installs postfix, dovecot-core and dovecot-sieve if missing, rewrites
# /etc/postfix/main.cf, adds local users and starts Postfix (no SMTP listener: mail is injected with sendmail), and
# stops it at the end. Output: $OUT/*.eml, the messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured); generate.py must have written campaign/ first
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(realpath -m "${1:-./captured}")"
WORK=/var/tmp/kept-apart-15-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve
SELLER=k15-oonagh
LEADS=(k15-annelie k15-mathis k15-nerea k15-ines k15-michela k15-rhodri k15-joost k15-haruki k15-krzysztof)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@sapmeter.test
hostname = mx.sapmeter.test
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
DOMAINS="sapmeter.test, ashgrove-sawmills.test, saegewerk-hinterbrand.test, scierie-du-haut-doubs.test, \
aserradero-covaleda.test, serracao-do-pinhal.test, segheria-val-di-fiemme.test, localhost"
postconf -e "myhostname = mx.sapmeter.test" "mydomain = sapmeter.test" "myorigin = sapmeter.test" \
  "mydestination = $DOMAINS" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept15-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept15-virtual" \
  "relocated_maps = hash:/etc/postfix/kept15-relocated"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox and a policy refusal (error transport), a full mailbox (retry
# transport), a person who moved (relocated)
cat > /etc/postfix/kept15-virtual <<MAP
annelie.waldvogel@saegewerk-hinterbrand.test k15-annelie
mathis.girardot@scierie-du-haut-doubs.test k15-mathis
nerea.olaizola@aserradero-covaleda.test k15-nerea
ines.barroso@serracao-do-pinhal.test k15-ines
michela.deflorian@segheria-val-di-fiemme.test k15-michela
rhodri.pennant@ashgrove-sawmills.test k15-rhodri
joost.verhoeven@saegewerk-hinterbrand.test k15-joost
haruki.sato@ashgrove-sawmills.test k15-haruki
krzysztof.nowak@saegewerk-hinterbrand.test k15-krzysztof
oonagh@sapmeter.test $SELLER
MAP
cat > /etc/postfix/kept15-transport <<MAP
amministrazione@segheria-val-di-fiemme.test error:5.2.1 mailbox disabled by the administrator
achats@scierie-du-haut-doubs.test error:5.7.1 delivery not authorised, message refused by recipient policy
pedidos@aserradero-covaleda.test retry:4.2.2 mailbox full, try again later
MAP
cat > /etc/postfix/kept15-relocated <<MAP
markus.egger@saegewerk-hinterbrand.test markus.egger@holzbau-egger.test
MAP
postmap /etc/postfix/kept15-virtual /etc/postfix/kept15-transport /etc/postfix/kept15-relocated
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
  local addr subj=""; addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept15-virtual)
  [ -n "$2" ] && subj=":subject \"$2\" "
  install_sieve "$1" "$(printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] %stext:\n%s\n.\n;' "$addr" "$subj" "$3")"
}
vacation k15-annelie "Abwesend bis 11. Dezember" "Grüß Gott,
danke für Ihre Nachricht. Ich bin bis Freitag, 11. Dezember, auf Urlaub und habe keinen Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen erreichen Sie uns unter info@saegewerk-hinterbrand.test.
Schöne Grüße
Annelie Waldvogel"
vacation k15-mathis "Absence - retour le 14 décembre" "Bonjour,
Je suis en congés jusqu'au lundi 14 décembre. Votre message sera traité à mon retour.
En cas d'urgence, vous pouvez joindre l'accueil de la scierie au 03 81 39 52 10.
Bonne journée,
Mathis Girardot"
vacation k15-nerea "Vacaciones hasta el 14/12" "Kaixo / Hola:
Estoy de vacaciones hasta el lunes 14 de diciembre, sin acceso al correo.
Si el asunto es urgente, escriba a administracion@aserradero-covaleda.test.
Gracias,
Nerea Olaizola"
vacation k15-ines "Ausente até 11 de dezembro" "Olá,
Estou de férias até sexta-feira, 11 de dezembro. Responderei à sua mensagem assim que regressar.
Em caso de urgência, contacte comercial@serracao-do-pinhal.test.
Obrigada,
Inês Barroso"
vacation k15-michela "Assente fino al 14 dicembre" "Gentile mittente,
sarò assente dall'ufficio fino a lunedì 14 dicembre compreso. La sua e-mail non verrà inoltrata.
Per questioni urgenti può scrivere a ufficio@segheria-val-di-fiemme.test.
Grazie,
Michela Deflorian"
vacation k15-rhodri "" "Thanks for your message.
I'm away from the mill until Wednesday 9 December with no signal to speak of.
Anything urgent, please ring the yard on 017687 40200.
Rhodri Pennant"
vacation k15-joost "Niet aanwezig tot 14 december" "Goedendag,
Ik ben tot en met maandag 14 december niet op kantoor en lees mijn e-mail niet.
Voor dringende vragen kunt u terecht bij info@saegewerk-hinterbrand.test.
Met vriendelijke groet,
Joost Verhoeven"
vacation k15-haruki "不在のお知らせ（12月11日まで）" "お世話になっております。
誠に勝手ながら、12月11日（金）まで休暇をいただいております。
期間中はメールを確認できませんので、お急ぎの場合は office@ashgrove-sawmills.test までご連絡ください。
佐藤 晴樹"
# a mailbox kept after its owner left: sieve "reject" answers with an RFC 5429 rejection (a disposition notification)
REJECT=$(cat <<'SIEVE'
require ["reject"];
reject text:
Pan Krzysztof Nowak nie pracuje już w firmie Sägewerk Hinterbrand, a ta skrzynka nie jest odczytywana.
Prosimy kierować korespondencję na adres info@saegewerk-hinterbrand.test.
.
;
SIEVE
)
install_sieve k15-krzysztof "$REJECT"

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
declare -A SUBJECT=([en]="Is the kiln charge dry yet?"
  [de]="Ist die Kammer schon trocken?"
  [fr]="Votre séchoir a-t-il fini sa charge ?"
  [es]="¿Ya está seca la carga del secadero?"
  [pt]="A carga da estufa já está seca?"
  [it]="Il carico dell'essiccatoio è già asciutto?")
send() { # message-id "Name <address>" lang first company
  local body subj
  body=$(sed -e "s/{first}/$4/" -e "s/{company}/$5/g" -e "s/{token}/$1/" "$HERE/campaign/$3.txt")
  subj=$(python3 -c 'import sys; from email.header import Header; print(Header(sys.argv[1], "utf-8").encode())' "${SUBJECT[$3]}")
  /usr/sbin/sendmail -f oonagh@sapmeter.test -t <<MAIL
From: Oonagh Ferreday <oonagh@sapmeter.test>
To: $2
Subject: $subj
Message-ID: <$1@sapmeter.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$body
MAIL
}
send ka15-s01 "Annelie Waldvogel <annelie.waldvogel@saegewerk-hinterbrand.test>" de Annelie "Sägewerk Hinterbrand"
send ka15-s02 "Mathis Girardot <mathis.girardot@scierie-du-haut-doubs.test>" fr Mathis "Scierie du Haut-Doubs"
send ka15-s03 "Nerea Olaizola <nerea.olaizola@aserradero-covaleda.test>" es Nerea "Aserradero de Covaleda"
send ka15-s04 "Inês Barroso <ines.barroso@serracao-do-pinhal.test>" pt Inês "Serração do Pinhal"
send ka15-s05 "Michela Deflorian <michela.deflorian@segheria-val-di-fiemme.test>" it Michela "Segheria Val di Fiemme"
send ka15-s06 "Rhodri Pennant <rhodri.pennant@ashgrove-sawmills.test>" en Rhodri "Ashgrove Sawmills"
send ka15-s07 "Joost Verhoeven <joost.verhoeven@saegewerk-hinterbrand.test>" de Joost "Sägewerk Hinterbrand"
send ka15-s08 "Haruki Sato <haruki.sato@ashgrove-sawmills.test>" en Haruki "Ashgrove Sawmills"
send ka15-s09 "Krzysztof Nowak <krzysztof.nowak@saegewerk-hinterbrand.test>" de Krzysztof "Sägewerk Hinterbrand"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a person who moved (relocated
# 5.1.6), a policy refusal (error transport 5.7.1), domains that do not resolve (.invalid)
send ka15-s10 "Dispatch <dispatch@ashgrove-sawmills.test>" en team "Ashgrove Sawmills"
send ka15-s11 "Ventas <ventas@aserradero-covaleda.test>" es equipo "Aserradero de Covaleda"
send ka15-s12 "Expedição <expedicao@serracao-do-pinhal.test>" pt equipa "Serração do Pinhal"
send ka15-s13 "Amministrazione <amministrazione@segheria-val-di-fiemme.test>" it staff "Segheria Val di Fiemme"
send ka15-s14 "Markus Egger <markus.egger@saegewerk-hinterbrand.test>" de Markus "Sägewerk Hinterbrand"
send ka15-s15 "Achats <achats@scierie-du-haut-doubs.test>" fr équipe "Scierie du Haut-Doubs"
send ka15-s16 "Segheria Monte Amiata <info@segheria-monte-amiata.invalid>" it staff "Segheria Monte Amiata"
send ka15-s17 "Scierie des Crêtes <contact@scierie-des-cretes.invalid>" fr équipe "Scierie des Crêtes"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send ka15-s18 "Pedidos <pedidos@aserradero-covaleda.test>" es equipo "Aserradero de Covaleda"
# wait until the queue is empty (the full mailbox bounces after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-en [s07]=sieve-vacation-nl [s08]=sieve-vacation-ja
  [s09]=sieve-reject-pl [s10]=postfix-unknown-user-en [s11]=postfix-unknown-user-es [s12]=postfix-unknown-user-pt
  [s13]=postfix-mailbox-disabled [s14]=postfix-relocated [s15]=postfix-policy-reject [s16]=postfix-nxdomain-it
  [s17]=postfix-nxdomain-fr)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'ka15-s[0-9]*' "$f" | sed 's/ka15-//')
  if [ "$id" = s18 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
