#!/usr/bin/env bash
# Captures real bounces (Postfix 3.7) and real out-of-office replies (Dovecot 2.3 Pigeonhole sieve "vacation")
# for the kept-apart set. Run as root on a throw-away Debian 12 machine or container: it installs postfix,
# dovecot-core and dovecot-sieve, rewrites /etc/postfix/main.cf, adds local users and starts Postfix (no SMTP
# listener: mail is injected with sendmail). Output: $OUT/*.eml, the messages as they landed in the seller's Maildir.
#   usage: sudo ./capture.sh [out-dir]      (default ./captured)
set -euo pipefail
OUT="$(realpath -m "${1:-./captured}")"
WORK=/tmp/kept-apart-capture
export DEBIAN_FRONTEND=noninteractive
command -v postfix >/dev/null && command -v dovecot >/dev/null && [ -x /usr/lib/dovecot/modules/lib90_sieve_plugin.so ] \
  || apt-get install -y -qq postfix dovecot-core dovecot-sieve >/dev/null
mkdir -p "$OUT" "$WORK"

# --- users: the seller (receives bounces and auto-replies) and the leads whose mailboxes answer by sieve vacation
SELLER=alexm
LEADS=(ka-mara ka-jens ka-claire ka-lucia ka-joao ka-giulia ka-bram ka-tom ka-heike ka-ines)
for u in "$SELLER" "${LEADS[@]}"; do id "$u" >/dev/null 2>&1 || useradd -m -s /usr/sbin/nologin "$u"; done

# --- Dovecot LDA with the sieve plugin, delivering to ~/Maildir
cat > "$WORK/dovecot.conf" <<CONF
protocols =
mail_location = maildir:~/Maildir
postmaster_address = postmaster@seller.test
hostname = mx.seller.test
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
}
CONF

# --- Postfix: local delivery through dovecot-lda for the test domains, nothing listens on a port
postconf -e "myhostname = mx.seller.test" "mydomain = seller.test" "myorigin = seller.test" \
  "mydestination = seller.test, kunde.test, client.test, cliente.test, klant.test, localhost" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" "relayhost =" \
  "mailbox_command = /usr/lib/dovecot/dovecot-lda -c $WORK/dovecot.conf -f \"\$SENDER\" -a \"\$RECIPIENT\"" \
  "local_recipient_maps = proxy:unix:passwd.byname \$alias_maps" "recipient_delimiter =" \
  "delay_warning_time = 1s" "queue_run_delay = 5s" "minimal_backoff_time = 5s" "maximal_backoff_time = 10s" \
  "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s" "smtp_host_lookup = dns" \
  "transport_maps = hash:/etc/postfix/kept-transport" "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" "virtual_alias_maps = hash:/etc/postfix/kept-virtual"
postconf -F '*/*/chroot = n'
postconf -M# smtp/inet || true
# lead addresses -> local users; a disabled mailbox answered by the error transport
cat > /etc/postfix/kept-virtual <<MAP
mara.keller@kunde.test ka-mara
jens.vogt@kunde.test ka-jens
claire.dumont@client.test ka-claire
lucia.serrano@cliente.test ka-lucia
joao.alves@cliente.test ka-joao
giulia.conti@cliente.test ka-giulia
bram.dekker@klant.test ka-bram
tom.hughes@client.test ka-tom
heike.brandt@kunde.test ka-heike
ines.ferreira@cliente.test ka-ines
alex@seller.test $SELLER
MAP
cat > /etc/postfix/kept-transport <<MAP
archiv@kunde.test error:5.2.1 mailbox disabled, not accepting messages
rechnung@kunde.test retry:4.2.2 mailbox full, please try again later
MAP
postmap /etc/postfix/kept-virtual /etc/postfix/kept-transport
newaliases
postfix status >/dev/null 2>&1 && postfix reload || postfix start
postsuper -d ALL >/dev/null 2>&1 || true   # a clean queue and clean mailboxes: every run starts afresh
for u in "$SELLER" "${LEADS[@]}"; do h=$(getent passwd "$u" | cut -d: -f6); rm -rf "$h/Maildir" "$h/sieve" "$h/.dovecot.sieve.svbin" "$h/.dovecot.lda-dupes"; done

# --- vacation scripts, one language each (RFC 3834 auto-replies: Auto-Submitted: auto-replied)
vacation() { # user subject text   (:addresses: the lead's address, which Postfix rewrote to the local user)
  local home addr; home=$(getent passwd "$1" | cut -d: -f6); addr=$(awk -v u="$1" '$2==u{print $1}' /etc/postfix/kept-virtual)
  mkdir -p "$home/sieve"
  printf 'require ["vacation"];\nvacation :days 1 :addresses ["%s"] :subject "%s" text:\n%s\n.\n;\n' "$addr" "$2" "$3" > "$home/sieve/vacation.sieve"
  ln -sf sieve/vacation.sieve "$home/.dovecot.sieve"
  chown -R "$1:" "$home/sieve" "$home/.dovecot.sieve"
}
vacation ka-mara  "Abwesenheitsnotiz" "Guten Tag,
vom 7. bis 18. Dezember bin ich auf Dienstreise und lese meine Nachrichten nur unregelmäßig.
In dringenden Fällen erreichen Sie meine Kollegin unter vertrieb@kunde.test.
Beste Grüße, Mara Keller"
vacation ka-claire "Absence" "Bonjour,
Je suis en congé jusqu'au 21 décembre inclus, sans accès à ma messagerie.
Pour toute urgence, merci d'écrire à accueil@client.test.
Claire Dumont"
vacation ka-lucia "Respuesta automática: fuera de la oficina" "Hola:
Estaré fuera de la oficina hasta el lunes 14 de diciembre con acceso limitado al correo.
Le responderé a mi regreso.
Lucía Serrano"
vacation ka-joao "Ausência temporária" "Olá,
Estou de férias até 2 de janeiro. A sua mensagem será lida quando eu voltar.
Para assuntos urgentes contacte geral@cliente.test.
João Alves"
vacation ka-giulia "Risposta automatica" "Buongiorno,
sono assente dall'ufficio fino al 15 dicembre. Al mio rientro risponderò alla sua email.
Cordiali saluti, Giulia Conti"
vacation ka-bram "Afwezig" "Beste afzender,
Ik ben afwezig tot en met 11 december en heb beperkt toegang tot mijn e-mail.
Met vriendelijke groet, Bram Dekker"
vacation ka-tom "" "Thanks for your email. I'm away from my desk until Monday 14 December and will reply when I'm back.
For anything urgent please contact support@client.test.
Tom"
vacation ka-heike "Nicht im Haus" "Ich bin derzeit nicht im Haus. Ihre E-Mail wird nicht weitergeleitet.
Ab dem 4. Januar bin ich wieder für Sie da."
vacation ka-ines "Férias" "Bom dia,
Obrigada pela sua mensagem. Encontro-me ausente do escritório até dia 8 de janeiro, sem acesso regular ao correio eletrónico.
Inês Ferreira"

# --- the campaign emails, as the campaign sends them (its own Message-ID, footer and opt-out line)
send() { # message-id to subject greeting
  /usr/sbin/sendmail -f alex@seller.test -t <<MAIL
From: Alex Morgan <alex@seller.test>
To: $2
Subject: $3
Message-ID: <$1@seller.test>
Date: $(date -R)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

$4

Month-end close takes your finance team days of spreadsheet work. Ledgerly matches invoices,
payments and bank lines for you, so the books close on day two.

Could we show it to you in 20 minutes next week?

Alex Morgan
Ledgerly | Seller Inc., 1 Main Street, Springfield, IL 62701
You receive this email because of your role. Reply "unsubscribe" or opt out: https://seller.test/u/$1
MAIL
}
send kept-s01 "Mara Keller <mara.keller@kunde.test>" "Monatsabschluss in zwei Tagen" "Hallo Frau Keller,"
send kept-s02 "Claire Dumont <claire.dumont@client.test>" "Clôture mensuelle en deux jours" "Bonjour Madame Dumont,"
send kept-s03 "Lucia Serrano <lucia.serrano@cliente.test>" "Cierre mensual en dos días" "Hola Lucía,"
send kept-s04 "Joao Alves <joao.alves@cliente.test>" "Fecho do mês em dois dias" "Olá João,"
send kept-s05 "Giulia Conti <giulia.conti@cliente.test>" "Chiusura mensile in due giorni" "Ciao Giulia,"
send kept-s06 "Bram Dekker <bram.dekker@klant.test>" "Maandafsluiting in twee dagen" "Hallo Bram,"
send kept-s07 "Tom Hughes <tom.hughes@client.test>" "Month-end close in two days" "Hi Tom,"
send kept-s08 "Heike Brandt <heike.brandt@kunde.test>" "Buchhaltung ohne Tabellen" "Guten Tag Frau Brandt,"
send kept-s09 "Ines Ferreira <ines.ferreira@cliente.test>" "Contabilidade sem folhas de cálculo" "Bom dia Inês,"
# bounces: unknown local users (5.1.1), a disabled mailbox (error transport 5.2.1), a domain that does not
# resolve (NXDOMAIN: bounced at once)
send kept-s10 "Ole Brand <ole.brand@kunde.test>" "Monatsabschluss in zwei Tagen" "Hallo Herr Brand,"
send kept-s11 "Paul Girard <paul.girard@client.test>" "Clôture mensuelle en deux jours" "Bonjour Monsieur Girard,"
send kept-s12 "Sara Lima <sara.lima@cliente.test>" "Fecho do mês em dois dias" "Olá Sara,"
send kept-s13 "Archiv <archiv@kunde.test>" "Monatsabschluss in zwei Tagen" "Guten Tag,"
send kept-s14 "Nina Rossi <nina.rossi@gone.invalid>" "Chiusura mensile in due giorni" "Ciao Nina,"
send kept-s15 "Ruth Baker <ruth.baker@client.test>" "Month-end close in two days" "Hi Ruth,"
send kept-s16 "Pieter Smit <p.smit@nergens.invalid>" "Maandafsluiting in twee dagen" "Hallo Pieter,"
# a full mailbox (retry transport, 4.2.2): a delay warning after 1 s, then a bounce when the 30 s lifetime ends
send kept-s17 "Rechnungseingang <rechnung@kunde.test>" "Buchhaltung ohne Tabellen" "Guten Tag,"

# wait until the queue is empty (bounces of the .invalid domains come after the queue lifetime)
for i in $(seq 1 40); do
  sleep 5; postqueue -f
  if postqueue -p | grep -q 'Mail queue is empty'; then break; fi
done
sleep 3
# name each message after the campaign email it answers (its Message-ID is in In-Reply-To or the returned headers)
declare -A NAME=([s01]=sieve-vacation-de [s02]=sieve-vacation-fr [s03]=sieve-vacation-es [s04]=sieve-vacation-pt
  [s05]=sieve-vacation-it [s06]=sieve-vacation-nl [s07]=sieve-vacation-en [s08]=sieve-vacation-de-short
  [s09]=sieve-vacation-pt-pt [s10]=postfix-unknown-user-de [s11]=postfix-unknown-user-fr [s12]=postfix-unknown-user-pt
  [s13]=postfix-mailbox-disabled [s14]=postfix-nxdomain-it [s15]=postfix-unknown-user-en [s16]=postfix-nxdomain-nl)
home=$(getent passwd "$SELLER" | cut -d: -f6)
for f in "$home"/Maildir/new/* "$home"/Maildir/cur/*; do
  [ -f "$f" ] || continue
  id=$(grep -m1 -o 'kept-s[0-9]*' "$f" | sed 's/kept-//')
  if [ "$id" = s17 ]; then
    if grep -q '^Subject: Delayed Mail' "$f"; then n=postfix-delayed-mailbox-full; else n=postfix-expired-mailbox-full; fi
  else n=${NAME[$id]}; fi
  cp "$f" "$OUT/$n.eml"
done
postfix stop
ls -l "$OUT"
