package fr.proxima.app.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The plain-JDBC ceiling of the database server: {@code clients} threads, each on its own connection, commit
 * durable two-row transactions (a ticket-like row, then a history row referring to its generated id) as fast as
 * they can. It is the baseline of the ticket-creation figures in {@code docs/benchmarks.md}: the server cannot
 * create tickets faster than the database commits transactions of about that size.
 *
 * <pre>
 * java -cp app/target/proxima.jar fr.proxima.app.tools.JdbcCeiling \
 *     --url jdbc:mariadb://127.0.0.1:3306/ --user root --clients 8 --warmup 5 --seconds 20
 * </pre>
 * It works in its own database ({@code proxima_bench_ceiling} by default, created when missing; {@code --drop}
 * drops it at the end) and prints transactions per second and the p50/p99 commit latency.
 */
public final class JdbcCeiling {

    private JdbcCeiling() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, List.of("drop"));
        String url = args.get("url", "jdbc:mariadb://127.0.0.1:3306/");
        String user = args.get("user", "root");
        String password = args.get("password", "");
        String database = args.get("database", "proxima_bench_ceiling");
        int clients = args.getInt("clients", 8);
        int warmupSeconds = args.getInt("warmup", 5);
        int seconds = args.getInt("seconds", 20);
        if (!database.matches("proxima_bench[a-z0-9_]*")) {
            throw new IllegalArgumentException("--database must start with proxima_bench");
        }
        String dbUrl = url.endsWith("/") ? url + database : url;

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + database
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("USE " + database);
            s.execute("""
                    CREATE TABLE IF NOT EXISTS ceiling_ticket (
                      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                      commune_code VARCHAR(9) NOT NULL,
                      title VARCHAR(200) NOT NULL,
                      status VARCHAR(16) NOT NULL,
                      created_at TIMESTAMP(6) NOT NULL,
                      KEY ix_ceiling_commune (commune_code, status, created_at)
                    ) ENGINE = InnoDB""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS ceiling_history (
                      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                      ticket_id BIGINT NOT NULL,
                      field VARCHAR(32) NOT NULL,
                      new_value VARCHAR(200) NULL,
                      at TIMESTAMP(6) NOT NULL,
                      KEY ix_ceiling_history (ticket_id, at)
                    ) ENGINE = InnoDB""");
            try (ResultSet rs = s.executeQuery("SELECT @@innodb_flush_log_at_trx_commit, @@version")) {
                rs.next();
                System.out.printf("server %s, innodb_flush_log_at_trx_commit=%s%n", rs.getString(2), rs.getString(1));
            }
        }

        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        List<Latencies> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(clients);
        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Latencies lat = new Latencies();
            perClient.add(lat);
            int clientNo = i;
            Thread t = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(dbUrl, user, password)) {
                    c.setAutoCommit(false);
                    ready.countDown();
                    run(c, clientNo, lat, measuring, stop);
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                    ready.countDown();
                }
            }, "ceiling-" + i);
            threads.add(t);
            t.start();
        }
        ready.await();
        Thread.sleep(warmupSeconds * 1000L);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        long elapsed = System.nanoTime() - start;
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            failures.get(0).printStackTrace();
            System.exit(1);
        }
        Latencies all = new Latencies();
        perClient.forEach(all::addAll);
        double tps = all.count() / (elapsed / 1e9);
        System.out.printf("%-36s %8s %10s %9s %9s %9s%n", "JDBC ceiling (2-row durable txn)", "clients", "txn/s",
                "p50 ms", "p99 ms", "max ms");
        System.out.printf("%-36s %8d %10.0f %9.2f %9.2f %9.2f%n", "", clients, tps, all.percentileMillis(50),
                all.percentileMillis(99), all.maxMillis());

        if (args.flag("drop")) {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE " + database);
            }
        }
    }

    private static void run(Connection c, int clientNo, Latencies lat, AtomicBoolean measuring, AtomicBoolean stop)
            throws SQLException {
        String commune = clientNo % 2 == 0 ? "33522" : "33318";
        try (PreparedStatement ticket = c.prepareStatement(
                "INSERT INTO ceiling_ticket (commune_code, title, status, created_at) VALUES (?, ?, 'NEW', ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement history = c.prepareStatement(
                     "INSERT INTO ceiling_history (ticket_id, field, new_value, at) VALUES (?, 'status', 'NEW', ?)")) {
            long n = 0;
            while (!stop.get()) {
                long t0 = System.nanoTime();
                Timestamp now = Timestamp.from(Instant.now());
                ticket.setString(1, commune);
                ticket.setString(2, "Imprimante en panne au 2e étage #" + clientNo + "-" + n++);
                ticket.setTimestamp(3, now);
                ticket.executeUpdate();
                long id;
                try (ResultSet keys = ticket.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                history.setLong(1, id);
                history.setTimestamp(2, now);
                history.executeUpdate();
                c.commit();
                if (measuring.get()) {
                    lat.add(System.nanoTime() - t0);
                }
            }
        }
    }
}
