package dev.campaigncrm.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A loopback SMTP server for fault injection: a script chooses the reply to each MAIL, RCPT, DATA and end of data
 * ("."), or {@link #DROP} to close the connection without a word; it records every message that arrived in full
 * (before its reply) and every one it accepted. Shared by the mail tests and the journal's crash test.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    /** The reply that closes the connection instead of answering. */
    public static final String DROP = "DROP";

    /** Chooses replies. */
    @FunctionalInterface
    public interface Script {
        /**
         * The reply to {@code line} ({@code MAIL FROM:...}, {@code RCPT TO:...}, {@code DATA} or {@code .}) on
         * connection number {@code connection} (1-based), or null for the usual positive reply.
         */
        String reply(int connection, String line);
    }

    /**
     * A message that arrived in full.
     *
     * @param connection the connection it came on (1-based)
     * @param recipient  the RCPT TO address
     * @param messageId  its Message-ID header
     * @param content    the whole message as received
     */
    public record Received(int connection, String recipient, String messageId, String content) {
    }

    private final ServerSocket server;
    private final Script script;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Received> accepted = new CopyOnWriteArrayList<>();
    private final Map<Socket, Boolean> open = new ConcurrentHashMap<>();
    private volatile Consumer<Received> onArrival = r -> { };

    /** A server that answers as {@code script} says. */
    public ScriptedSmtpServer(Script script) throws IOException {
        this.script = script;
        this.server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "scripted-smtp");
        t.setDaemon(true);
        t.start();
    }

    /** A server that accepts everything. */
    public static ScriptedSmtpServer acceptingAll() throws IOException {
        return new ScriptedSmtpServer((n, line) -> null);
    }

    /** Runs {@code hook} on the session's thread when a message has arrived in full, before it is answered. */
    public void onArrival(Consumer<Received> hook) {
        this.onArrival = hook;
    }

    /** The port on the loopback address. */
    public int port() {
        return server.getLocalPort();
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    /** Every command line, in order. */
    public List<String> commands() {
        return commands;
    }

    /** Every message that arrived in full, whatever the reply. */
    public List<Received> received() {
        return received;
    }

    /** Every message answered with 250. */
    public List<Received> accepted() {
        return accepted;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                int n = connections.incrementAndGet();
                open.put(s, Boolean.TRUE);
                Thread t = new Thread(() -> serve(s, n), "scripted-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s, int n) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                StandardCharsets.ISO_8859_1)); PrintWriter out = new PrintWriter(s.getOutputStream(), true,
                StandardCharsets.ISO_8859_1)) {
            reply(out, "220 scripted.test ESMTP");
            String recipient = "";
            String line;
            while ((line = in.readLine()) != null) {
                commands.add(line);
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply(out, "250 scripted.test");
                    case "HELO", "RSET", "NOOP" -> reply(out, "250 ok");
                    case "MAIL" -> {
                        recipient = "";
                        if (!answer(out, n, line, "250 ok")) {
                            return;
                        }
                    }
                    case "RCPT" -> {
                        String r = script.reply(n, line);
                        if (DROP.equals(r)) {
                            return;
                        }
                        reply(out, r == null ? "250 ok" : r);
                        if (r == null || r.startsWith("2")) {
                            recipient = address(line);
                        }
                        if (r != null && r.startsWith("421")) {
                            return;
                        }
                    }
                    case "DATA" -> {
                        String r = script.reply(n, line);
                        if (DROP.equals(r)) {
                            return;
                        }
                        reply(out, r == null ? "354 go ahead" : r);
                        if ((r == null || r.startsWith("354")) && !data(in, out, n, recipient)) {
                            return;
                        }
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException e) {
            // client went away
        } finally {
            open.remove(s);
        }
    }

    /** Reads a message up to "."; false when the script drops the connection. */
    private boolean data(BufferedReader in, PrintWriter out, int n, String recipient) throws IOException {
        StringBuilder content = new StringBuilder();
        String messageId = "";
        boolean headers = true;
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            String l = line.startsWith("..") ? line.substring(1) : line;
            if (headers && l.isEmpty()) {
                headers = false;
            } else if (headers && l.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                messageId = l.substring(11).strip();
            }
            content.append(l).append('\n');
        }
        if (line == null) {
            return false;
        }
        Received r = new Received(n, recipient, messageId, content.toString());
        received.add(r);
        onArrival.accept(r);
        String reply = script.reply(n, ".");
        if (DROP.equals(reply)) {
            return false;
        }
        reply = reply == null ? "250 queued" : reply;
        if (reply.startsWith("250")) {
            accepted.add(r);
        }
        reply(out, reply);
        return true;
    }

    private boolean answer(PrintWriter out, int n, String line, String otherwise) {
        String r = script.reply(n, line);
        if (DROP.equals(r)) {
            return false;
        }
        reply(out, r == null ? otherwise : r);
        return true;
    }

    private static String address(String rcpt) {
        int lt = rcpt.indexOf('<');
        int gt = rcpt.indexOf('>', lt + 1);
        return lt >= 0 && gt > lt ? rcpt.substring(lt + 1, gt) : rcpt;
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open.keySet()) {
            try {
                s.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
