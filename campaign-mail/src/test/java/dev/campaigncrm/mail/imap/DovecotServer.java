package dev.campaigncrm.mail.imap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Dovecot IMAP server, started as a child process for a test: a generated configuration in a temporary
 * folder, IMAP on 127.0.0.1 at a free port without TLS, one user from a passwd-file, Maildir in the folder, its log in
 * {@code dovecot.log} there (no syslog). Run as the current user; as root, Dovecot's own {@code dovenull} and
 * {@code dovecot} users run its login and mail processes (Dovecot refuses to run them as root).
 */
final class DovecotServer implements AutoCloseable {

    private static final List<Path> KNOWN = List.of(Path.of("/usr/sbin/dovecot"), Path.of("/usr/local/sbin/dovecot"));

    private final Process process;
    private final int port;
    private final Path dir;

    private DovecotServer(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** The dovecot binary, when Dovecot is installed (Debian: {@code dovecot-imapd}). */
    static Optional<Path> binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "dovecot"))) {
                return Optional.of(Path.of(dir, "dovecot"));
            }
        }
        return KNOWN.stream().filter(Files::isExecutable).findFirst();
    }

    /** Starts Dovecot in {@code dir} with one user and waits (at most 20 s) for its IMAP greeting. */
    static DovecotServer start(Path binary, Path dir, String user, String password) throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(dir.resolve("passwd"), user + ":{PLAIN}" + password + "\n");
        boolean root = "0".equals(run("id", "-u"));
        // as root, the mail processes run as Dovecot's internal user, who must reach the home folder
        String mailUser = root ? "dovecot" : System.getProperty("user.name");
        if (root) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        int port = freePort();
        Path conf = dir.resolve("dovecot.conf");
        Files.writeString(conf, config(dir, home, port, root, run("id", "-u", mailUser), run("id", "-g", mailUser)));
        Process p = new ProcessBuilder(binary.toString(), "-F", "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("dovecot.out").toFile()).start();
        DovecotServer server = new DovecotServer(p, port, dir);
        server.awaitGreeting(dir, Duration.ofSeconds(20));
        return server;
    }

    /** The end of Dovecot's output and log, to explain a failure. */
    String logTail() {
        return logTail(dir);
    }

    /** The IMAP port on 127.0.0.1. */
    int port() {
        return port;
    }

    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static String config(Path dir, Path home, int port, boolean root, String uid, String gid) {
        String loginUser = root ? "dovenull" : System.getProperty("user.name");
        String internalUser = root ? "dovecot" : System.getProperty("user.name");
        return """
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                protocols = imap
                listen = 127.0.0.1
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                mail_location = maildir:~/Maildir
                first_valid_uid = 1
                default_login_user = %3$s
                default_internal_user = %4$s
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%n %1$s/passwd
                }
                userdb {
                  driver = static
                  args = uid=%5$s gid=%6$s home=%2$s/%%n
                }
                service imap-login {
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %7$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                  chroot =
                }
                service anvil {
                  chroot =
                }
                service stats {
                  unix_listener stats-writer {
                    group =
                    mode = 0666
                  }
                }
                service imap-hibernate {
                  unix_listener imap-hibernate {
                    group =
                  }
                }
                service dict {
                  unix_listener dict {
                    group =
                  }
                }
                service dict-async {
                  unix_listener dict-async {
                    group =
                  }
                }
                """.formatted(dir, home, loginUser, internalUser, uid, gid, port);
    }

    private void awaitGreeting(Path dir, Duration limit) throws IOException {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IOException("Dovecot stopped at start (exit " + process.exitValue() + "): " + logTail(dir));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                s.setSoTimeout(2_000);
                byte[] greeting = s.getInputStream().readNBytes(4);
                if (new String(greeting, StandardCharsets.US_ASCII).equals("* OK")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IOException("Dovecot did not greet on 127.0.0.1:" + port + " within " + limit.toSeconds() + " s: "
                + logTail(dir));
    }

    private static String logTail(Path dir) {
        StringBuilder b = new StringBuilder();
        for (String name : List.of("dovecot.out", "dovecot.log")) {
            try {
                String text = Files.exists(dir.resolve(name)) ? Files.readString(dir.resolve(name)) : "";
                b.append(name).append(": ").append(text.length() > 2_000 ? text.substring(text.length() - 2_000)
                        : text).append('\n');
            } catch (IOException e) {
                b.append(name).append(": unreadable\n");
            }
        }
        return b.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor() != 0) {
                    throw new IOException(String.join(" ", command) + " failed: " + out);
                }
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
