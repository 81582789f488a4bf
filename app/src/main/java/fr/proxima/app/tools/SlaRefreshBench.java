package fr.proxima.app.tools;

import fr.proxima.itsm.calendar.BusinessCalendar;
import fr.proxima.itsm.sla.application.SlaEvaluator;
import fr.proxima.itsm.sla.application.SlaRefreshJob;
import fr.proxima.itsm.sla.infrastructure.ClockRow;
import fr.proxima.itsm.sla.infrastructure.ClockStore;
import fr.proxima.itsm.sla.model.ClockEvent;
import fr.proxima.itsm.sla.model.Targets;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Time for the scheduled refresh ({@link SlaRefreshJob}) to re-evaluate the service level of every open ticket, with
 * a large history stored. Usage:
 *
 * <pre>
 * java -cp app/target/proxima.jar fr.proxima.app.tools.SlaRefreshBench \
 *     --server jdbc:mariadb://127.0.0.1:3306/ --database proxima_bench_sla --user root \
 *     --tickets 300000 --open 10000 --runs 5
 * </pre>
 *
 * <p>It (re)creates the database, lets the application migrate it, then writes {@code --tickets} tickets over five
 * years with their clock events and clock rows: all but {@code --open} are resolved (stopped clocks), the open ones
 * were created over the last six weeks, about 70 % taken in charge, a quarter paused now, some paused and resumed
 * before, one in ten re-targeted. Then, at {@code --now} (a Tuesday at 10:30 in Paris, so that every running clock
 * moves), it runs the job once (catch-up: every row is written) and {@code --runs} more times one minute apart (the
 * steady state: each running clock's remaining minutes changed). Baselines of the same session: the reads alone
 * (the job's page queries, no evaluation, no write) and the evaluation alone (in memory, from events read once).
 */
public final class SlaRefreshBench {
    private static final String[] PRIORITIES = {"P1", "P2", "P3", "P4"};
    private static final Targets[] TARGETS = {Targets.of(30, 240), Targets.of(60, 480), Targets.of(240, 1440),
            Targets.of(480, 2400)};

    private SlaRefreshBench() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, List.of());
        String server = args.get("server", "jdbc:mariadb://127.0.0.1:3306/");
        String database = args.get("database", "proxima_bench_sla");
        String user = args.get("user", "root");
        String password = args.get("password", "");
        int tickets = args.getInt("tickets", 300_000);
        int open = args.getInt("open", 10_000);
        int runs = args.getInt("runs", 5);
        Instant now = Instant.parse(args.get("now", "2026-11-24T09:30:00Z"));
        boolean reuse = args.flag("reuse");
        String url = server + database;

        if (!reuse) {
            try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database);
                s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
        Map<String, Object> props = Map.of(
                "datasources.default.url", url,
                "datasources.default.username", user,
                "datasources.default.password", password,
                "proxima.sla.refresh-initial-delay", "1000h",
                "proxima.tickets.auto-close.initial-delay", "1000h",
                "proxima.tickets.term-backfill.initial-delay", "1000h",
                "micronaut.security.token.jwt.signatures.secret.generator.secret",
                "bench-secret-bench-secret-bench-secret-0123456789");
        try (ApplicationContext ctx = ApplicationContext.builder().properties(props).start()) {
            if (!reuse) {
                long t0 = System.nanoTime();
                fill(url, user, password, tickets, open, now);
                System.out.printf("filled %,d tickets (%,d open) in %.1f s%n", tickets, open,
                        (System.nanoTime() - t0) / 1e9);
            }
            SlaRefreshJob job = ctx.getBean(SlaRefreshJob.class);
            SlaRefreshJob.Report first = job.run(now);
            System.out.printf("catch-up run: %,d live clocks read, %,d written, %d ms%n", first.read(),
                    first.written(), first.took().toMillis());
            List<Long> steady = new ArrayList<>();
            for (int r = 1; r <= runs; r++) {
                SlaRefreshJob.Report rep = job.run(now.plusSeconds(60L * r));
                steady.add(rep.took().toMillis());
                System.out.printf("run %d (+%d min): %,d read, %,d written, %d ms%n", r, r, rep.read(), rep.written(),
                        rep.took().toMillis());
            }
            System.out.printf("refresh, steady state: median %d ms (min %d, max %d) for %,d live clocks%n",
                    median(steady), Collections.min(steady), Collections.max(steady), first.read());

            // baselines: the reads alone, then the evaluation alone
            ClockStore store = ctx.getBean(ClockStore.class);
            SlaEvaluator evaluator = ctx.getBean(SlaEvaluator.class);
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> tx = ctx.getBean(TransactionOperations.class);
            List<Long> reads = new ArrayList<>();
            List<Long> evals = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                List<ClockRow> all = new ArrayList<>();
                Map<Long, List<ClockEvent>> events = new java.util.HashMap<>();
                tx.executeRead(status -> {
                    long after = 0;
                    while (true) {
                        List<ClockRow> page = store.liveAfter(after, 1000);
                        all.addAll(page);
                        events.putAll(store.eventsOf(page.stream().map(ClockRow::ticketId).toList()));
                        if (page.size() < 1000) {
                            return null;
                        }
                        after = page.get(page.size() - 1).ticketId();
                    }
                });
                reads.add((System.nanoTime() - t0) / 1_000_000);
                long t1 = System.nanoTime();
                long sink = 0;
                for (ClockRow row : all) {
                    sink += evaluator.evaluate(row.contractId(), events.get(row.ticketId()), now.plusSeconds(3600))
                            .resolution().consumedSeconds();
                }
                evals.add((System.nanoTime() - t1) / 1_000_000);
                if (sink == 42) {
                    System.out.print("");
                }
            }
            System.out.printf("baseline, reads only: median %d ms (min %d, max %d)%n", median(reads),
                    Collections.min(reads), Collections.max(reads));
            System.out.printf("baseline, evaluation only (in memory): median %d ms (min %d, max %d)%n", median(evals),
                    Collections.min(evals), Collections.max(evals));
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Tickets, clock events and clock rows, written with multi-row INSERTs. */
    private static void fill(String url, String user, String password, int tickets, int open, Instant now)
            throws Exception {
        Random rnd = new Random(20261126);
        BusinessCalendar calendar = BusinessCalendar.standard();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (Statement s = c.createStatement()) {
                s.execute("SET time_zone = '+00:00'");
                s.execute("SET foreign_key_checks = 0");
                s.execute("SET unique_checks = 0");
            }
            c.setAutoCommit(false);
            long contract;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM itsm_sla_contract WHERE commune_code = 'DEFAULT'")) {
                rs.next();
                contract = rs.getLong(1);
            }
            String[][] communes = {{"33522", "SUD"}, {"33318", "SUD"}, {"33039", "SUD"}, {"33063", "BORDEAUX_METROPOLE"},
                    {"33281", "OUEST_SUD"}, {"33069", "OUEST_NORD"}, {"33167", "RIVE_DROITE"}};
            long fiveYears = Duration.ofDays(5 * 365).getSeconds();
            long sixWeeks = Duration.ofDays(42).getSeconds();
            try (MultiRowInsert t = new MultiRowInsert(c, "itsm_ticket", List.of("id", "number", "type", "title",
                    "commune_code", "centre_code", "assigned_team", "impact", "urgency", "priority", "status",
                    "created_by", "created_at", "updated_at", "version"), 500);
                 MultiRowInsert e = new MultiRowInsert(c, "itsm_sla_clock_event", List.of("ticket_id", "seq", "kind",
                         "at", "actor", "reason", "priority", "take_charge_minutes", "resolution_minutes"), 1000);
                 MultiRowInsert k = new MultiRowInsert(c, "itsm_sla_clock", List.of("ticket_id", "commune_code",
                         "centre_code", "ticket_type", "contract_id", "event_count", "phase", "live", "priority",
                         "take_state", "resolution_state", "pressing", "pressing_state", "remaining_minutes",
                         "refreshed_at"), 500)) {
                for (int i = 1; i <= tickets; i++) {
                    boolean isOpen = i > tickets - open;
                    Instant created = isOpen
                            ? now.minusSeconds(1 + (long) (rnd.nextDouble() * sixWeeks))
                            : now.minusSeconds(sixWeeks + (long) ((double) (tickets - open - i) / tickets * fiveYears));
                    String[] commune = communes[rnd.nextInt(communes.length)];
                    int p = Math.min(3, (int) Math.floor(Math.abs(rnd.nextGaussian()) * 1.3) + 1);
                    p = rnd.nextInt(20) == 0 ? 0 : p;
                    List<Object[]> ev = new ArrayList<>();
                    int seq = 0;
                    ev.add(new Object[]{i, ++seq, "START", created, "agent.can", null, PRIORITIES[p],
                            TARGETS[p].takeChargeMinutes(), TARGETS[p].resolutionMinutes()});
                    Instant at = calendar.plusBusinessMinutes(created, 5 + rnd.nextInt(120));
                    String phase = "RUNNING";
                    if (!isOpen || rnd.nextInt(10) < 7) {
                        if (!isOpen || at.isBefore(now)) {
                            ev.add(new Object[]{i, ++seq, "TAKE_CHARGE", at, "tech", null, null, null, null});
                        }
                    }
                    if (rnd.nextInt(10) == 0) {
                        at = calendar.plusBusinessMinutes(at, 10 + rnd.nextInt(60));
                        int q = Math.max(0, p - 1);
                        if (!isOpen || at.isBefore(now)) {
                            ev.add(new Object[]{i, ++seq, "RETARGET", at, "resp", null, PRIORITIES[q],
                                    TARGETS[q].takeChargeMinutes(), TARGETS[q].resolutionMinutes()});
                        }
                    }
                    if (rnd.nextInt(6) == 0) {
                        Instant pause = calendar.plusBusinessMinutes(at, 30 + rnd.nextInt(240));
                        Instant resume = calendar.plusBusinessMinutes(pause, 60 + rnd.nextInt(960));
                        if (!isOpen || resume.isBefore(now)) {
                            ev.add(new Object[]{i, ++seq, "PAUSE", pause, "tech", "USER", null, null, null});
                            ev.add(new Object[]{i, ++seq, "RESUME", resume, "tech", null, null, null, null});
                            at = resume;
                        }
                    }
                    if (isOpen && seq > 1 && rnd.nextInt(4) == 0) {
                        Instant pause = calendar.plusBusinessMinutes(at, 30);
                        if (pause.isBefore(now)) {
                            ev.add(new Object[]{i, ++seq, "PAUSE", pause, "tech", "SUPPLIER", null, null, null});
                            phase = "PAUSED";
                        }
                    }
                    if (!isOpen) {
                        at = calendar.plusBusinessMinutes(at, 60 + rnd.nextInt(2400));
                        ev.add(new Object[]{i, ++seq, "STOP", at, "tech", "RESOLVED", null, null, null});
                        phase = "STOPPED";
                    }
                    t.add(i, String.format("INC-BENCH-%07d", i), "INCIDENT", "Ticket " + i, commune[0], commune[1],
                            commune[1], "MEDIUM", "MEDIUM", PRIORITIES[p], isOpen ? "IN_PROGRESS" : "CLOSED",
                            "agent.can", created, created, 0);
                    for (Object[] row : ev) {
                        e.add(row);
                    }
                    k.add(i, commune[0], commune[1], "INCIDENT", contract, seq, phase, isOpen, PRIORITIES[p],
                            "ON_TRACK", "ON_TRACK", "RESOLUTION", "ON_TRACK", 0, created);
                    if (i % 20_000 == 0) {
                        t.flush();
                        e.flush();
                        k.flush();
                        c.commit();
                    }
                }
                t.flush();
                e.flush();
                k.flush();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("SET foreign_key_checks = 1");
                s.execute("SET unique_checks = 1");
                s.execute("ANALYZE TABLE itsm_ticket, itsm_sla_clock, itsm_sla_clock_event");
            }
        }
    }
}
