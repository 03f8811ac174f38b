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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** A scripted loopback SMTP server that refuses what it is told to, for the failure paths GreenMail cannot show. */
final class FakeSmtpServer implements AutoCloseable {

    private final ServerSocket server;
    private final IntFunction<String> rcptReply;
    private final String authReply;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> commands = new CopyOnWriteArrayList<>();

    /**
     * @param rcptReply the reply to every RCPT TO, e.g. {@code 550 5.1.1 mailbox unavailable}
     * @param authReply the reply to AUTH, or null to offer no AUTH
     */
    FakeSmtpServer(String rcptReply, String authReply) throws IOException {
        this(n -> rcptReply, authReply);
    }

    /**
     * @param rcptReply the reply to RCPT TO on the n-th connection (1-based); a {@code 421} reply closes it
     * @param authReply the reply to AUTH, or null to offer no AUTH
     */
    FakeSmtpServer(IntFunction<String> rcptReply, String authReply) throws IOException {
        this.rcptReply = rcptReply;
        this.authReply = authReply;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "fake-smtp");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    /** Every command line received, in order (AUTH payloads included, to check what the client sent). */
    List<String> commands() {
        return commands;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                int n = connections.incrementAndGet();
                Thread t = new Thread(() -> serve(s, rcptReply.apply(n)), "fake-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s, String rcpt) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                StandardCharsets.US_ASCII)); PrintWriter out = new PrintWriter(s.getOutputStream(), true,
                StandardCharsets.US_ASCII)) {
            reply(out, "220 fake.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                commands.add(line);
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply(out, authReply == null ? "250 fake.test"
                            : "250-fake.test\r\n250 AUTH PLAIN");
                    case "HELO", "MAIL", "RSET", "NOOP" -> reply(out, "250 ok");
                    case "RCPT" -> {
                        reply(out, rcpt);
                        if (rcpt.startsWith("421")) {
                            return;
                        }
                    }
                    case "AUTH" -> {
                        if (line.trim().split(" ").length == 2) {
                            reply(out, "334 ");
                            commands.add(in.readLine());
                        }
                        reply(out, authReply);
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // message content
                        }
                        reply(out, "250 queued");
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
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
