package fr.proxima.app.tools;

import fr.proxima.itsm.calendar.FrenchPublicHolidays;
import fr.proxima.itsm.ticket.model.SearchTerms;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fills a Proxima database with a realistic history of calls and tickets, for the benchmarks
 * ({@code docs/benchmarks.md}):
 *
 * <pre>
 * java -cp app/target/proxima.jar fr.proxima.app.tools.HistoryGenerator \
 *     --url jdbc:mariadb://127.0.0.1:3306/proxima_bench --user root --years 5
 * </pre>
 *
 * <p>The database must have been migrated and loaded with the organisation by the application (start the server
 * once on it with {@code PROXIMA_DEMO=true}, then stop it): the generator reads the mutualised communes, their
 * centres, sites and people from it and refuses to run when {@code itsm_ticket} or {@code itsm_call} already hold
 * rows. It then writes, day by day over {@code --years} years up to {@code --until} (default: today 00:00 UTC):
 * <ul>
 *   <li>the CAN's calls (about 100,000 a year; outcomes: incident or request created, follow-up of a recent ticket,
 *       advice, resolved at first contact, transferred), with callers taken from the commune's people;</li>
 *   <li>the tickets (about 45,000 incidents and 15,000 requests a year, 85% opened by a call), spread over the 15
 *       mutualised entities by population, with the categories of the seeded catalogue, impact and urgency drawn so
 *       that most tickets are P3/P4 and few P1, the priority of the matrix in the database (raised for a VIP
 *       requester), and a simulated lifecycle (assignment, take, waits, resolution, reopening, cancellation,
 *       automatic close five business days after resolution) in working hours; what would happen after
 *       {@code --until} is not applied, so old tickets are CLOSED and the last weeks hold NEW, ASSIGNED,
 *       IN_PROGRESS, PENDING and RESOLVED ones;</li>
 *   <li>one history row per changed field, like the tickets feature writes them;</li>
 *   <li>the search terms of every ticket ({@code itsm_ticket_term}, the tokenizer of the tickets feature,
 *       {@link SearchTerms}), as the ticket store writes them;</li>
 *   <li>numbers per type and Paris year in creation order ({@code INC-2024-000001}), and the number sequences of
 *       the tickets feature set past the last number used, so that tickets created afterwards continue the
 *       series.</li>
 * </ul>
 * Staff missing for a realistic distribution (8 CAN agents, 4 technicians and a manager per centre, 3 technicians
 * per support group) are added as user accounts whose password is a random secret nobody knows.
 *
 * <p>Deterministic: the same {@code --seed}, {@code --until} and organisation data give the same rows. Written
 * with multi-row INSERTs ({@code --rows-per-insert}) in large transactions ({@code --commit-every} tickets), with
 * unique and foreign-key checks off for the session (the generator guarantees them).
 */
public final class HistoryGenerator {

    // ---------------------------------------------------------------- volumes and shapes
    /** Outcomes of calls and their shares. */
    private static final String[] OUTCOMES = {"INCIDENT_CREATED", "REQUEST_CREATED", "FOLLOW_UP", "ADVICE_GIVEN",
            "RESOLVED_AT_FIRST_CONTACT", "TRANSFERRED"};
    private static final double[] OUTCOME_SHARES = {0.38, 0.128, 0.16, 0.15, 0.152, 0.03};
    private static final String[] CHANNELS = {"PHONE", "EMAIL", "PORTAL", "WALK_IN"};
    private static final double[] CHANNEL_SHARES = {0.72, 0.14, 0.09, 0.05};
    private static final String[] LEVELS = {"LOW", "MEDIUM", "HIGH"};
    private static final double[] IMPACT_SHARES = {0.46, 0.46, 0.08};
    private static final double[] URGENCY_SHARES = {0.34, 0.56, 0.10};
    /** Working minutes, medians by priority P1..P4. */
    private static final double[] ASSIGN_MEDIAN = {10, 30, 90, 180};
    private static final double[] TAKE_MEDIAN = {5, 30, 120, 240};
    private static final double[] WORK_MEDIAN = {150, 480, 1200, 2400};
    private static final double[] PENDING_PROBABILITY = {0.08, 0.15, 0.22, 0.25};
    private static final double CANCEL_PROBABILITY = 0.02;
    private static final double REOPEN_PROBABILITY = 0.03;
    /** Hours 08..17 (Paris): relative call arrival rates. */
    private static final double[] HOUR_WEIGHTS = {0.6, 1.3, 1.4, 1.2, 0.5, 0.6, 1.2, 1.1, 1.0, 0.6};
    private static final double[] MONTH_WEIGHTS = {1.05, 1.0, 1.05, 0.95, 0.9, 1.0, 0.8, 0.55, 1.15, 1.05, 1.0, 0.8};
    private static final List<String> SUPPORT_GROUPS = List.of("INFRASTRUCTURES", "APPLICATIONS", "TELEPHONIE",
            "SECURITE");

    private static final List<String> FIRST_NAMES = List.of("Camille", "Julien", "Nathalie", "Sébastien", "Isabelle",
            "Nicolas", "Sandrine", "Christophe", "Céline", "Stéphane", "Aurélie", "Frédéric", "Émilie", "Laurent",
            "Valérie", "Mathieu", "Sophie", "Olivier", "Virginie", "Jérôme", "Karine", "Guillaume", "Hélène", "David");
    private static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Dubois", "Durand", "Lefebvre",
            "Moreau", "Laurent", "Garcia", "Roux", "Fournier", "Girard", "Bonnet", "Dupuy", "Lambert", "Fontaine",
            "Rousseau", "Vincent", "Muller", "Lacoste", "Darriet", "Etcheverry", "Labat", "Dufau", "Castaing");

    private static final List<String> CANCEL_REASONS = List.of("Doublon d'un ticket existant",
            "Demande retirée par l'usager", "Le problème s'est résolu de lui-même",
            "Demande hors périmètre de la DSI mutualisée");
    private static final Map<String, List<String>> RESOLUTIONS = Map.of(
            "FIXED", List.of("Pièce remplacée et matériel testé avec l'agent.", "Configuration corrigée, test concluant.",
                    "Poste réinstallé à partir du master, données restaurées.", "Pilote mis à jour, fonctionnement rétabli."),
            "WORKAROUND", List.of("Contournement mis en place en attendant le correctif de l'éditeur.",
                    "Impression redirigée vers l'imprimante voisine en attendant la réparation."),
            "FULFILLED", List.of("Demande réalisée, l'agent a confirmé.", "Matériel livré et installé sur site.",
                    "Droits ouverts, l'agent a vérifié l'accès.", "Compte créé, identifiants remis au responsable."),
            "ADVICE_GIVEN", List.of("Explications données à l'agent, aucune intervention nécessaire.",
                    "Procédure envoyée par courriel à l'agent."),
            "NOT_REPRODUCIBLE", List.of("Problème non reproduit lors de l'intervention, clôture avec l'accord de l'agent."),
            "DUPLICATE", List.of("Doublon d'un ticket déjà traité."),
            "OUT_OF_SCOPE", List.of("Hors périmètre de la DSI mutualisée, l'agent a été orienté vers le bon service."));
    private static final List<String> REOPEN_REASONS = List.of("Le problème est réapparu",
            "L'agent signale que la solution ne tient pas", "Intervention incomplète");

    // ---------------------------------------------------------------- organisation read from the database
    record Person(long id, Long siteId, boolean vip, String name, String phone) {
    }

    record Staff(long id, String username, String role, String team) {
    }

    static final class Commune {
        final String code;
        final String name;
        final double weight;
        final String centre;
        final List<Long> siteIds = new ArrayList<>();
        final Map<Long, String> siteNames = new HashMap<>();
        final List<Person> people = new ArrayList<>();
        final ArrayDeque<long[]> recentTickets = new ArrayDeque<>();

        Commune(String code, String name, double weight, String centre) {
            this.code = code;
            this.name = name;
            this.weight = weight;
            this.centre = centre;
        }
    }

    // ---------------------------------------------------------------- state of a run
    private final Connection db;
    private final Random random;
    private final Instant until;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final int years;
    private final long callsPerYear;
    private final long incidentsPerYear;
    private final long requestsPerYear;
    private final int commitEvery;

    private final List<Commune> communes = new ArrayList<>();
    private double communeWeightTotal;
    private final Map<String, List<Staff>> technicians = new HashMap<>();
    private final Map<String, Staff> managers = new HashMap<>();
    private final List<Staff> canAgents = new ArrayList<>();
    private final Map<String, String> matrix = new HashMap<>();
    private List<TicketTexts.Category> categories;

    private final MultiRowInsert tickets;
    private final MultiRowInsert history;
    private final MultiRowInsert calls;
    private final MultiRowInsert terms;

    private long nextTicketId;
    private long nextCallId;
    private final Map<String, Long> sequences = new TreeMap<>();
    private final Map<String, Long> statusCounts = new TreeMap<>();
    private final Map<String, Long> priorityCounts = new TreeMap<>();
    private final Map<String, Long> typeCounts = new TreeMap<>();
    private final Map<String, Long> outcomeCounts = new TreeMap<>();
    private long ticketsSinceCommit;

    private HistoryGenerator(Connection db, Args args, int rowsPerInsert) throws SQLException {
        this.db = db;
        this.random = new Random(args.getLong("seed", 20261125L));
        this.years = args.getInt("years", 5);
        this.until = args.get("until", null) != null ? Instant.parse(args.get("until", null))
                : LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
        this.lastDay = until.atZone(WorkingTime.PARIS).toLocalDate();
        this.firstDay = lastDay.minusYears(years);
        this.callsPerYear = args.getLong("calls-per-year", 100_000);
        this.incidentsPerYear = args.getLong("incidents-per-year", 45_000);
        this.requestsPerYear = args.getLong("requests-per-year", 15_000);
        this.commitEvery = args.getInt("commit-every", 20_000);
        this.tickets = new MultiRowInsert(db, "itsm_ticket", List.of("id", "number", "type", "title", "description",
                "commune_code", "centre_code", "assigned_team", "assignee_id", "requester_id", "site_id",
                "category_code", "impact", "urgency", "priority", "vip", "status", "pending_reason", "resolution_code",
                "resolution_text", "cancel_reason", "call_id", "created_by", "created_at", "updated_at", "resolved_at",
                "closed_at", "version"), rowsPerInsert);
        this.history = new MultiRowInsert(db, "itsm_ticket_history", List.of("ticket_id", "at", "actor", "field",
                "old_value", "new_value"), rowsPerInsert * 4);
        this.terms = new MultiRowInsert(db, "itsm_ticket_term", List.of("term", "created_at", "ticket_id",
                "commune_code"), rowsPerInsert * 8);
        this.calls = new MultiRowInsert(db, "itsm_call", List.of("id", "received_at", "channel", "caller_person_id",
                "caller_name", "caller_phone", "commune_code", "agent_id", "agent_username", "duration_seconds",
                "notes", "outcome", "ticket_id", "transferred_to", "created_at"), rowsPerInsert);
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, List.of());
        String url = args.get("url", null);
        if (url == null) {
            System.err.println("usage: HistoryGenerator --url jdbc:mariadb://127.0.0.1:3306/proxima_bench [--user root]"
                    + " [--password ''] [--years 5] [--seed 20261125] [--until 2026-11-25T00:00:00Z]"
                    + " [--calls-per-year 100000] [--incidents-per-year 45000] [--requests-per-year 15000]"
                    + " [--rows-per-insert 500] [--commit-every 20000]");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, args.get("user", "root"), args.get("password", ""))) {
            try (Statement s = c.createStatement()) {
                s.execute("SET time_zone = '+00:00'");
                s.execute("SET foreign_key_checks = 0");
                s.execute("SET unique_checks = 0");
            }
            c.setAutoCommit(false);
            HistoryGenerator g = new HistoryGenerator(c, args, args.getInt("rows-per-insert", 500));
            g.readOrganisation();
            g.ensureStaff();
            c.commit();
            g.generate();
            g.finish();
            try (Statement s = c.createStatement()) {
                s.execute("SET foreign_key_checks = 1");
                s.execute("SET unique_checks = 1");
            }
            g.report((System.nanoTime() - t0) / 1e9);
        }
    }

    // ---------------------------------------------------------------- reading the organisation

    private void readOrganisation() throws SQLException {
        requireEmpty("itsm_ticket");
        requireEmpty("itsm_call");
        Map<String, String> centreOf = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT commune_code, centre_code FROM org_commune_centre WHERE valid_to IS NULL")) {
            while (rs.next()) {
                centreOf.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, Commune> byCode = new LinkedHashMap<>();
        Integer largestCommune = null;
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT code, name, kind, population FROM org_commune WHERE mutualised ORDER BY code")) {
            while (rs.next()) {
                Integer population = (Integer) rs.getObject(4);
                rows.add(new Object[]{rs.getString(1), rs.getString(2), rs.getString(3), population});
                if ("COMMUNE".equals(rs.getString(3)) && population != null
                        && (largestCommune == null || population > largestCommune)) {
                    largestCommune = population;
                }
            }
        }
        for (Object[] r : rows) {
            String code = (String) r[0];
            Integer population = (Integer) r[3];
            // The Métropole is an employer, not a town: its agents call the CAN like a large commune's. Its weight is
            // that of the largest commune (Bordeaux), whatever population figure the reference data carries.
            double weight = "METROPOLE".equals(r[2]) || population == null
                    ? (largestCommune == null ? 100_000 : largestCommune) : population;
            String centre = centreOf.get(code);
            if (centre == null) {
                System.err.println("warning: commune " + code + " has no centre in force; skipped");
                continue;
            }
            byCode.put(code, new Commune(code, (String) r[1], weight, centre));
        }
        if (byCode.isEmpty()) {
            throw new IllegalStateException("no mutualised commune with a centre in org_commune: start the server once"
                    + " on this database with PROXIMA_DEMO=true so that it migrates and loads the organisation");
        }
        communes.addAll(byCode.values());
        communeWeightTotal = communes.stream().mapToDouble(c -> c.weight).sum();

        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, commune_code, name FROM org_site WHERE active ORDER BY id")) {
            while (rs.next()) {
                Commune c = byCode.get(rs.getString(2));
                if (c != null) {
                    c.siteIds.add(rs.getLong(1));
                    c.siteNames.put(rs.getLong(1), rs.getString(3));
                }
            }
        }
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, commune_code, site_id, vip, first_name, last_name, phone"
                     + " FROM org_person WHERE active ORDER BY id")) {
            while (rs.next()) {
                Commune c = byCode.get(rs.getString(2));
                if (c != null) {
                    long site = rs.getLong(3);
                    c.people.add(new Person(rs.getLong(1), rs.wasNull() ? null : site, rs.getBoolean(4),
                            rs.getString(5) + " " + rs.getString(6), rs.getString(7)));
                }
            }
        }
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT code FROM itsm_category WHERE active")) {
            Set<String> known = new HashSet<>();
            while (rs.next()) {
                known.add(rs.getString(1));
            }
            categories = TicketTexts.known(known);
            if (categories.stream().noneMatch(TicketTexts.Category::request)
                    || categories.stream().allMatch(TicketTexts.Category::request)) {
                throw new IllegalStateException("the category catalogue (itsm_category) does not hold the seeded codes");
            }
        }
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT impact, urgency, priority FROM itsm_priority_matrix")) {
            while (rs.next()) {
                matrix.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
            }
        }
        if (matrix.size() != 9) {
            throw new IllegalStateException("itsm_priority_matrix must hold the 9 impact x urgency cells");
        }
        int people = communes.stream().mapToInt(c -> c.people.size()).sum();
        int sites = communes.stream().mapToInt(c -> c.siteIds.size()).sum();
        System.out.printf("organisation: %d mutualised entities, %d sites, %d people; history %s .. %s%n",
                communes.size(), sites, people, firstDay, until);
        if (people == 0) {
            System.err.println("warning: no people in org_person: tickets will have no requester");
        }
    }

    private void requireEmpty(String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException(table + " already holds " + rs.getLong(1)
                        + " rows: generate into a freshly migrated database");
            }
        }
    }

    /** Adds the staff a realistic distribution needs when the organisation has fewer. */
    private void ensureStaff() throws SQLException {
        List<Staff> all = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, username, role, team_code FROM org_user WHERE active ORDER BY id")) {
            while (rs.next()) {
                all.add(new Staff(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        Set<String> centres = new HashSet<>();
        communes.forEach(c -> centres.add(c.centre));
        String hash = null;
        int created = 0;
        List<String[]> wanted = new ArrayList<>();
        for (String centre : new java.util.TreeSet<>(centres)) {
            wanted.add(new String[]{centre, "TECHNICIAN", "4"});
            wanted.add(new String[]{centre, "CENTRE_MANAGER", "1"});
        }
        for (String group : SUPPORT_GROUPS) {
            wanted.add(new String[]{group, "TECHNICIAN", "3"});
        }
        wanted.add(new String[]{null, "CAN_AGENT", "8"});
        Random names = new Random(7);
        for (String[] w : wanted) {
            String team = w[0];
            String role = w[1];
            int target = Integer.parseInt(w[2]);
            long have = all.stream().filter(u -> u.role().equals(role) && java.util.Objects.equals(u.team(), team)).count();
            for (long n = have + 1; n <= target; n++) {
                if (hash == null) {
                    byte[] secret = new byte[32];
                    new SecureRandom().nextBytes(secret);
                    hash = Password.hash(HexFormat.of().formatHex(secret)).addRandomSalt(16)
                            .with(Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID)).getResult();
                }
                String prefix = switch (role) {
                    case "TECHNICIAN" -> "tech.";
                    case "CENTRE_MANAGER" -> "resp.";
                    default -> "agent.can";
                };
                String username = team == null ? prefix + "." + n
                        : prefix + team.toLowerCase(Locale.ROOT).replace('_', '-') + "." + n;
                String display = FIRST_NAMES.get(names.nextInt(FIRST_NAMES.size())) + " "
                        + LAST_NAMES.get(names.nextInt(LAST_NAMES.size()));
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO org_user (username, password_hash,"
                        + " display_name, email, role, team_code, commune_code) VALUES (?, ?, ?, ?, ?, ?, NULL)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, username);
                    ps.setString(2, hash);
                    ps.setString(3, display);
                    ps.setString(4, username + "@proxima.invalid");
                    ps.setString(5, role);
                    ps.setString(6, team);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        all.add(new Staff(keys.getLong(1), username, role, team));
                    }
                }
                created++;
            }
        }
        for (Staff u : all) {
            switch (u.role()) {
                case "TECHNICIAN" -> technicians.computeIfAbsent(u.team(), k -> new ArrayList<>()).add(u);
                case "CENTRE_MANAGER" -> managers.putIfAbsent(u.team(), u);
                case "CAN_AGENT" -> canAgents.add(u);
                default -> {
                }
            }
        }
        System.out.printf("staff: %d CAN agents, %d technicians, %d managers (%d accounts added)%n", canAgents.size(),
                technicians.values().stream().mapToInt(List::size).sum(), managers.size(), created);
    }

    // ---------------------------------------------------------------- generation

    private void generate() throws SQLException {
        nextTicketId = 1;
        nextCallId = 1;
        List<LocalDate> days = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double total = 0;
        for (LocalDate d = firstDay; d.isBefore(lastDay); d = d.plusDays(1)) {
            double w = dayWeight(d);
            days.add(d);
            weights.add(w);
            total += w;
        }
        double yearsExact = ChronoUnit.DAYS.between(firstDay, lastDay) / 365.2425;
        double callsTotal = callsPerYear * yearsExact;
        double directIncidents = Math.max(0, incidentsPerYear - callsPerYear * OUTCOME_SHARES[0]) * yearsExact;
        double directRequests = Math.max(0, requestsPerYear - callsPerYear * OUTCOME_SHARES[1]) * yearsExact;
        double cumulative = 0;
        long callsDone = 0;
        long incDone = 0;
        long reqDone = 0;
        long started = System.nanoTime();
        int lastYear = -1;
        for (int i = 0; i < days.size(); i++) {
            cumulative += weights.get(i) / total;
            long callsToday = Math.round(callsTotal * cumulative) - callsDone;
            long incToday = Math.round(directIncidents * cumulative) - incDone;
            long reqToday = Math.round(directRequests * cumulative) - reqDone;
            callsDone += callsToday;
            incDone += incToday;
            reqDone += reqToday;
            generateDay(days.get(i), (int) callsToday, (int) incToday, (int) reqToday);
            if (ticketsSinceCommit >= commitEvery) {
                commit();
            }
            if (days.get(i).getYear() != lastYear) {
                lastYear = days.get(i).getYear();
                System.out.printf("  %s: %,d tickets, %,d calls, %,d history rows written (%.0f s)%n", days.get(i),
                        tickets.written(), calls.written(), history.written(), (System.nanoTime() - started) / 1e9);
            }
        }
        commit();
    }

    private void commit() throws SQLException {
        tickets.flush();
        terms.flush();
        history.flush();
        calls.flush();
        db.commit();
        ticketsSinceCommit = 0;
    }

    private static double dayWeight(LocalDate d) {
        double w = switch (d.getDayOfWeek()) {
            case MONDAY -> 1.2;
            case TUESDAY -> 1.05;
            case WEDNESDAY -> 0.95;
            case THURSDAY -> 1.0;
            case FRIDAY -> 0.85;
            case SATURDAY -> 0.03;
            case SUNDAY -> 0.01;
        };
        if (FrenchPublicHolidays.isHoliday(d)) {
            w = Math.min(w, 0.02);
        }
        w *= MONTH_WEIGHTS[d.getMonthValue() - 1];
        if (d.getMonthValue() == 12 && d.getDayOfMonth() >= 24) {
            w *= 0.5;
        }
        return w;
    }

    /** One event of a day: a call (kind 0) or a ticket opened without a call (1 incident, 2 request). */
    private record Event(Instant at, int kind) {
    }

    private void generateDay(LocalDate day, int callCount, int directIncidents, int directRequests) throws SQLException {
        List<Event> events = new ArrayList<>(callCount + directIncidents + directRequests);
        boolean business = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !FrenchPublicHolidays.isHoliday(day);
        for (int i = 0; i < callCount; i++) {
            events.add(new Event(timeOfDay(day, business), 0));
        }
        for (int i = 0; i < directIncidents; i++) {
            events.add(new Event(timeOfDay(day, business), 1));
        }
        for (int i = 0; i < directRequests; i++) {
            events.add(new Event(timeOfDay(day, business), 2));
        }
        events.sort(Comparator.comparing(Event::at));
        for (Event e : events) {
            if (!e.at().isBefore(until)) {
                continue;
            }
            if (e.kind() == 0) {
                call(e.at());
            } else {
                Commune commune = pickCommune();
                Person requester = pickPerson(commune);
                List<Staff> techs = technicians.getOrDefault(commune.centre, List.of());
                String createdBy = random.nextBoolean() && !techs.isEmpty()
                        ? techs.get(random.nextInt(techs.size())).username()
                        : canAgents.get(random.nextInt(canAgents.size())).username();
                ticket(e.at(), e.kind() == 2, commune, requester, null, createdBy, null);
            }
        }
    }

    private Instant timeOfDay(LocalDate day, boolean business) {
        int hour;
        if (business) {
            hour = WorkingTime.OPEN_HOUR + pick(HOUR_WEIGHTS);
        } else {
            hour = 9 + random.nextInt(8);
        }
        return day.atTime(hour, random.nextInt(60), random.nextInt(60)).atZone(WorkingTime.PARIS).toInstant()
                .plusMillis(random.nextInt(1000));
    }

    private void call(Instant receivedAt) throws SQLException {
        Commune commune = pickCommune();
        String outcome = OUTCOMES[pick(OUTCOME_SHARES)];
        String channel = CHANNELS[pick(CHANNEL_SHARES)];
        Staff agent = canAgents.get(random.nextInt(canAgents.size()));
        Person caller = random.nextDouble() < 0.92 ? pickPerson(commune) : null;
        String callerName = caller == null ? FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " "
                + LAST_NAMES.get(random.nextInt(LAST_NAMES.size())) + " (" + commune.name + ")" : null;
        String callerPhone = caller != null ? caller.phone()
                : "05 56 " + (10 + random.nextInt(90)) + " " + (10 + random.nextInt(90)) + " " + (10 + random.nextInt(90));
        double median = switch (outcome) {
            case "ADVICE_GIVEN" -> 180;
            case "RESOLVED_AT_FIRST_CONTACT" -> 420;
            case "TRANSFERRED" -> 120;
            case "FOLLOW_UP" -> 150;
            default -> 300;
        };
        if (!channel.equals("PHONE") && !channel.equals("WALK_IN")) {
            median *= 0.5;
        }
        int duration = (int) Math.max(20, Math.min(3600, logNormal(median, 0.6)));
        Instant createdAt = receivedAt.plusSeconds(duration);
        long callId = nextCallId++;
        Long ticketId = null;
        String transferredTo = null;
        String notes;
        switch (outcome) {
            case "INCIDENT_CREATED", "REQUEST_CREATED" -> {
                if (!createdAt.isBefore(until)) {
                    outcome = "ADVICE_GIVEN";
                    notes = "Conseil donné à l'appelant.";
                } else {
                    ticketId = ticket(createdAt, outcome.equals("REQUEST_CREATED"), commune, caller, callId,
                            agent.username(), channel);
                    notes = "Ticket ouvert à la suite de l'appel.";
                }
            }
            case "FOLLOW_UP" -> {
                long[] recent = commune.recentTickets.isEmpty() ? null
                        : commune.recentTickets.toArray(new long[0][])[random.nextInt(commune.recentTickets.size())];
                if (recent == null || recent[1] > receivedAt.getEpochSecond()) {
                    outcome = "ADVICE_GIVEN";
                    notes = "Conseil donné à l'appelant.";
                } else {
                    ticketId = recent[0];
                    notes = "Relance de l'usager sur son ticket en cours.";
                }
            }
            case "TRANSFERRED" -> {
                transferredTo = SUPPORT_GROUPS.get(random.nextInt(SUPPORT_GROUPS.size()));
                notes = "Appel transféré au groupe de support.";
            }
            case "RESOLVED_AT_FIRST_CONTACT" -> {
                TicketTexts.Category c = TicketTexts.pick(random, categories, false);
                notes = "Résolu en ligne : " + TicketTexts.title(random, c) + ".";
            }
            default -> {
                TicketTexts.Category c = TicketTexts.pick(random, categories, random.nextInt(4) == 0);
                notes = "Conseil donné : " + TicketTexts.title(random, c) + ".";
            }
        }
        count(outcomeCounts, outcome);
        calls.add(callId, receivedAt, channel, caller == null ? null : caller.id(), callerName, callerPhone,
                commune.code, agent.id(), agent.username(), duration, notes, outcome, ticketId, transferredTo,
                createdAt);
    }

    /** Simulates one ticket from its creation to {@code until} and writes it with its history; returns its id. */
    private long ticket(Instant createdAt, boolean request, Commune commune, Person requester, Long callId,
                        String createdBy, String channel) throws SQLException {
        long id = nextTicketId++;
        String type = request ? "REQUEST" : "INCIDENT";
        int year = createdAt.atZone(WorkingTime.PARIS).getYear();
        String seqKey = (request ? "DEM" : "INC") + "-" + year;
        long seq = sequences.merge(seqKey, 1L, Long::sum);
        String number = String.format("%s-%04d-%06d", request ? "DEM" : "INC", year, seq);
        TicketTexts.Category category = TicketTexts.pick(random, categories, request);
        Long siteId = requester != null && requester.siteId() != null ? requester.siteId()
                : commune.siteIds.isEmpty() ? null : commune.siteIds.get(random.nextInt(commune.siteIds.size()));
        String title = TicketTexts.title(random, category);
        String description = TicketTexts.description(random, category, siteId == null ? null : commune.siteNames.get(siteId));
        String impact = LEVELS[pick(IMPACT_SHARES)];
        String urgency = LEVELS[pick(URGENCY_SHARES)];
        boolean vip = requester != null && requester.vip();
        String priority = matrix.get(impact + "/" + urgency);
        if (vip && !priority.equals("P1")) {
            priority = "P" + (priority.charAt(1) - '0' - 1);
        }
        int p = priority.charAt(1) - '1';

        Life life = new Life(id, createdAt);
        life.status = "NEW";
        life.team = commune.centre;
        life.change(createdAt, createdBy, "status", null, "NEW");
        simulate(life, category, p, commune, request);

        tickets.add(id, number, type, title, description, commune.code, commune.centre, life.team, life.assignee,
                requester == null ? null : requester.id(), siteId, category.code(), impact, urgency, priority, vip,
                life.status, life.pendingReason, life.resolutionCode, life.resolutionText, life.cancelReason, callId,
                createdBy, createdAt, life.updatedAt, life.resolvedAt, life.closedAt, life.version);
        for (String term : SearchTerms.ofTicket(title, description)) {
            terms.add(term, createdAt, id, commune.code);
        }
        count(statusCounts, life.status);
        count(priorityCounts, priority);
        count(typeCounts, type);
        commune.recentTickets.addLast(new long[]{id, createdAt.getEpochSecond()});
        if (commune.recentTickets.size() > 60) {
            commune.recentTickets.removeFirst();
        }
        ticketsSinceCommit++;
        return id;
    }

    /** The mutable state of a ticket while its life is simulated; changes after {@code until} are not applied. */
    private final class Life {
        final long id;
        String status;
        String team;
        Long assignee;
        String pendingReason;
        String resolutionCode;
        String resolutionText;
        String cancelReason;
        Instant updatedAt;
        Instant resolvedAt;
        Instant closedAt;
        long version;

        Life(long id, Instant createdAt) {
            this.id = id;
            this.updatedAt = createdAt;
        }

        void change(Instant at, String actor, String field, String oldValue, String newValue) throws SQLException {
            history.add(id, at, actor, field, oldValue, newValue);
        }

        /** Whether an action at {@code at} happens before the end of the history; if so it is one more version. */
        boolean act(Instant at) {
            if (!at.isBefore(until)) {
                return false;
            }
            updatedAt = at;
            version++;
            return true;
        }
    }

    private void simulate(Life t, TicketTexts.Category category, int p, Commune commune, boolean request)
            throws SQLException {
        Staff manager = managers.get(commune.centre);
        String managerName = manager != null ? manager.username() : "system";
        if (random.nextDouble() < CANCEL_PROBABILITY) {
            Instant at = later(t.updatedAt, (long) logNormal(120, 1.0));
            if (t.act(at)) {
                t.cancelReason = CANCEL_REASONS.get(random.nextInt(CANCEL_REASONS.size()));
                t.change(at, managerName, "cancelReason", null, t.cancelReason);
                t.change(at, managerName, "status", t.status, "CANCELLED");
                t.status = "CANCELLED";
            }
            return;
        }
        // assignment by the centre's manager, to the centre or to the category's support group
        Instant at = later(t.updatedAt, (long) logNormal(ASSIGN_MEDIAN[p], 0.9));
        if (!t.act(at)) {
            return;
        }
        String team = category.supportGroup() != null && random.nextDouble() < category.escalation()
                && technicians.containsKey(category.supportGroup()) ? category.supportGroup() : commune.centre;
        List<Staff> techs = technicians.getOrDefault(team, List.of());
        Staff tech = techs.isEmpty() ? null : techs.get(random.nextInt(techs.size()));
        if (!team.equals(t.team)) {
            t.change(at, managerName, "assignedTeam", t.team, team);
            t.team = team;
        }
        if (tech == null) {
            return;
        }
        t.change(at, managerName, "assignee", null, String.valueOf(tech.id()));
        t.change(at, managerName, "status", "NEW", "ASSIGNED");
        t.assignee = tech.id();
        t.status = "ASSIGNED";
        // taken in hand
        at = later(at, (long) logNormal(TAKE_MEDIAN[p], 0.9));
        if (!t.act(at)) {
            return;
        }
        t.change(at, tech.username(), "status", "ASSIGNED", "IN_PROGRESS");
        t.status = "IN_PROGRESS";
        double work = logNormal(WORK_MEDIAN[p], 0.9);
        if (random.nextDouble() < PENDING_PROBABILITY[p]) {
            at = later(at, (long) (work * 0.4));
            if (!t.act(at)) {
                return;
            }
            double r = random.nextDouble();
            String reason = r < 0.5 ? "USER" : r < 0.8 ? "SUPPLIER" : "PART_DELIVERY";
            t.change(at, tech.username(), "pendingReason", null, reason);
            t.change(at, tech.username(), "status", "IN_PROGRESS", "PENDING");
            t.status = "PENDING";
            t.pendingReason = reason;
            double wait = switch (reason) {
                case "USER" -> logNormal(600, 1.0);
                case "SUPPLIER" -> logNormal(1800, 1.0);
                default -> logNormal(3000, 0.8);
            };
            at = later(at, (long) wait);
            if (!t.act(at)) {
                return;
            }
            t.change(at, tech.username(), "pendingReason", reason, null);
            t.change(at, tech.username(), "status", "PENDING", "IN_PROGRESS");
            t.status = "IN_PROGRESS";
            t.pendingReason = null;
            work *= 0.6;
        }
        at = later(at, (long) work);
        if (!resolve(t, at, tech, request)) {
            return;
        }
        if (random.nextDouble() < REOPEN_PROBABILITY) {
            at = later(at, (long) logNormal(600, 0.8));
            if (!t.act(at)) {
                return;
            }
            String actor = canAgents.get(random.nextInt(canAgents.size())).username();
            t.change(at, actor, "resolutionCode", t.resolutionCode, null);
            t.change(at, actor, "resolutionText", t.resolutionText, null);
            t.change(at, actor, "resolvedAt", t.resolvedAt.toString(), null);
            t.change(at, actor, "reopenReason", null, REOPEN_REASONS.get(random.nextInt(REOPEN_REASONS.size())));
            t.change(at, actor, "status", "RESOLVED", "IN_PROGRESS");
            t.status = "IN_PROGRESS";
            t.resolutionCode = null;
            t.resolutionText = null;
            t.resolvedAt = null;
            at = later(at, (long) logNormal(WORK_MEDIAN[p] / 2, 0.8));
            if (!resolve(t, at, tech, request)) {
                return;
            }
        }
        at = WorkingTime.plusBusinessDays(t.resolvedAt, 5);
        if (!t.act(at)) {
            return;
        }
        t.change(at, "system", "closedAt", null, at.toString());
        t.change(at, "system", "status", "RESOLVED", "CLOSED");
        t.status = "CLOSED";
        t.closedAt = at;
    }

    private boolean resolve(Life t, Instant at, Staff tech, boolean request) throws SQLException {
        if (!t.act(at)) {
            return false;
        }
        String code;
        double r = random.nextDouble();
        if (request) {
            code = r < 0.9 ? "FULFILLED" : r < 0.95 ? "ADVICE_GIVEN" : "OUT_OF_SCOPE";
        } else {
            code = r < 0.58 ? "FIXED" : r < 0.73 ? "WORKAROUND" : r < 0.88 ? "ADVICE_GIVEN" : r < 0.94
                    ? "NOT_REPRODUCIBLE" : r < 0.98 ? "DUPLICATE" : "OUT_OF_SCOPE";
        }
        List<String> texts = RESOLUTIONS.get(code);
        String text = texts.get(random.nextInt(texts.size()));
        t.change(at, tech.username(), "resolutionCode", null, code);
        t.change(at, tech.username(), "resolutionText", null, text);
        t.change(at, tech.username(), "resolvedAt", null, at.toString());
        t.change(at, tech.username(), "status", t.status, "RESOLVED");
        t.status = "RESOLVED";
        t.resolutionCode = code;
        t.resolutionText = text;
        t.resolvedAt = at;
        return true;
    }

    // ---------------------------------------------------------------- helpers

    /** {@code minutes} working minutes after {@code from}, plus a few random seconds (people do not act on the minute). */
    private Instant later(Instant from, long minutes) {
        return WorkingTime.plusWorkingMinutes(from, minutes).plusSeconds(random.nextInt(60)).plusMillis(random.nextInt(1000));
    }

    private Commune pickCommune() {
        double x = random.nextDouble() * communeWeightTotal;
        for (Commune c : communes) {
            x -= c.weight;
            if (x < 0) {
                return c;
            }
        }
        return communes.get(communes.size() - 1);
    }

    private Person pickPerson(Commune c) {
        return c.people.isEmpty() ? null : c.people.get(random.nextInt(c.people.size()));
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    private static void count(Map<String, Long> counts, String key) {
        counts.merge(key, 1L, Long::sum);
    }

    // ---------------------------------------------------------------- the end

    /** Sets the number sequences of the tickets feature past the numbers used, then refreshes the statistics. */
    private void finish() throws SQLException {
        try (Statement s = db.createStatement()) {
            for (Map.Entry<String, Long> e : sequences.entrySet()) {
                String name = TicketSequences.name(e.getKey());
                s.execute(TicketSequences.createIfMissing(name));
                try (ResultSet rs = s.executeQuery("SELECT SETVAL(" + name + ", " + e.getValue() + ")")) {
                    rs.next();
                }
            }
        }
        db.commit();
        try (Statement s = db.createStatement()) {
            for (String table : List.of("itsm_ticket", "itsm_ticket_term", "itsm_ticket_history", "itsm_call")) {
                try (ResultSet rs = s.executeQuery("ANALYZE TABLE " + table)) {
                    while (rs.next()) {
                        // drain
                    }
                }
            }
        }
        db.commit();
    }

    private void report(double seconds) {
        System.out.printf("done in %.0f s: %,d tickets, %,d history rows, %,d calls, %,d search terms%n", seconds,
                tickets.written(), history.written(), calls.written(), terms.written());
        System.out.println("  types:      " + typeCounts);
        System.out.println("  priorities: " + priorityCounts);
        System.out.println("  statuses:   " + statusCounts);
        System.out.println("  calls:      " + outcomeCounts);
        System.out.println("  numbers:    " + sequences);
    }
}
