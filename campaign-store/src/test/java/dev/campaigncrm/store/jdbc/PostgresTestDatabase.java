package dev.campaigncrm.store.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema in the PostgreSQL test server for one test class, dropped on {@link #close()}. The server is
 * {@code PGURL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}) as {@code PGUSER} (default
 * {@code postgres}) with {@code PGPASSWORD}. When no server answers, the test is skipped with a message naming the
 * URL — unless {@code CI=true}, where a missing server fails it.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    /** The default server. */
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String baseUrl;
    private final String user;
    private final String password;
    private final String schema;

    private PostgresTestDatabase(String baseUrl, String user, String password, String schema) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    /** A new schema in the server the environment names; skips (or fails on CI) when no server answers. */
    public static PostgresTestDatabase create() {
        return create(System.getenv());
    }

    /** As {@link #create()}, reading {@code PGURL}, {@code PGUSER}, {@code PGPASSWORD} and {@code CI} from env. */
    public static PostgresTestDatabase create(Map<String, String> env) {
        String url = env.getOrDefault("PGURL", DEFAULT_URL);
        String user = env.getOrDefault("PGUSER", "postgres");
        String password = env.getOrDefault("PGPASSWORD", "");
        String schema = "campaign_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(url, properties(user, password));
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            boolean noServer = e.getSQLState() != null && e.getSQLState().startsWith("08");
            String message = "PostgreSQL at " + JdbcUrls.withoutSecrets(url) + " (user " + user + "): "
                    + e.getMessage();
            if (!noServer) {
                fail("PostgreSQL answered but the test schema could not be created: " + message, e);
            }
            if ("true".equals(env.getOrDefault("CI", "").toLowerCase(Locale.ROOT))) {
                fail("CI=true and no PostgreSQL answers: " + message, e);
            }
            Assumptions.abort("skipped, no PostgreSQL answers: " + message + " (set PGURL/PGUSER/PGPASSWORD)");
        }
        return new PostgresTestDatabase(url, user, password, schema);
    }

    /** The server's URL with {@code currentSchema} set to this schema. */
    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The user. */
    public String user() {
        return user;
    }

    /** The password (empty with trust auth). */
    public String password() {
        return password;
    }

    /** The schema's name. */
    public String schema() {
        return schema;
    }

    /** A store in this schema. */
    public JdbcCampaignStore openStore() {
        JdbcCampaignStore.Builder b = JdbcCampaignStore.builder().url(url()).user(user);
        if (!password.isEmpty()) {
            b.password(password);
        }
        return b.build();
    }

    /** Drops the schema and everything in it. */
    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(baseUrl, properties(user, password));
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private static Properties properties(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (!password.isEmpty()) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "3");
        return p;
    }
}
