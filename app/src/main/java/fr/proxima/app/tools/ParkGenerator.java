package fr.proxima.app.tools;

import fr.proxima.app.demo.DemoInventory;
import fr.proxima.app.demo.DemoSoftware;
import fr.proxima.app.demo.ParkPlan;
import fr.proxima.inventory.ci.model.CiAttributes;
import fr.proxima.inventory.ci.model.InstalledSoftware;
import fr.proxima.inventory.ci.model.RelationType;
import fr.proxima.inventory.software.SoftwareNames;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills a Proxima database with a realistic configuration database for the benchmarks ({@code docs/benchmarks.md}
 * §9): the demo catalogue of about 400 applications, and for each mutualised entity the park {@link ParkPlan} draws
 * at {@link ParkPlan.Density#BENCHMARK} (about 20,000 workstations, 3,500 copiers, desk and mobile phones, network
 * devices and servers for 18,000 agents, ~220,000 installed software):
 *
 * <pre>
 * java -cp app/target/proxima.jar fr.proxima.app.tools.ParkGenerator \
 *     --url jdbc:mariadb://127.0.0.1:3306/proxima_bench [--user root] [--seed 20261126] [--replace]
 * </pre>
 *
 * <p>The database must hold the organisation (start the server once on it with {@code PROXIMA_DEMO=true} and
 * {@code PROXIMA_DEMO_PARK=false}, then stop it). The generator refuses to run when {@code inv_ci} holds rows,
 * unless {@code --replace}, which first empties the CI tables and the catalogue. It writes what the application
 * would (the attributes normalised by the CI model, one creation line of history per CI, software matched to the
 * catalogue by match key, screens connected to their desktops) with multi-row INSERTs, ids chosen by itself, one
 * transaction per entity, unique and foreign-key checks off for the session (it guarantees them). Deterministic:
 * the same seed and organisation give the same rows.
 */
public final class ParkGenerator {
    private static final List<String> CI_COLUMNS = List.of("id", "type", "asset_tag", "serial_number", "manufacturer",
            "model", "status", "commune_code", "site_id", "person_id", "acquisition_date", "warranty_end", "supplier",
            "purchase_reference", "notes", "attributes", "last_agent_report_at", "created_by", "created_at",
            "updated_at", "version");
    private static final String ACTOR = "generator";

    private final Connection db;
    private final int rowsPerInsert;

    private ParkGenerator(Connection db, int rowsPerInsert) {
        this.db = db;
        this.rowsPerInsert = rowsPerInsert;
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, List.of("replace"));
        String url = args.get("url", null);
        if (url == null) {
            System.err.println("usage: ParkGenerator --url jdbc:mariadb://127.0.0.1:3306/proxima_bench [--user root]"
                    + " [--password ''] [--seed 20261126] [--now 2026-11-26T00:00:00Z] [--replace]");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Instant now = Instant.parse(args.get("now", Instant.now().truncatedTo(ChronoUnit.DAYS).toString()));
        try (Connection c = DriverManager.getConnection(url, args.get("user", "root"), args.get("password", ""))) {
            try (Statement s = c.createStatement()) {
                s.execute("SET time_zone = '+00:00'");
                s.execute("SET foreign_key_checks = 0");
                s.execute("SET unique_checks = 0");
            }
            c.setAutoCommit(false);
            ParkGenerator g = new ParkGenerator(c, args.getInt("rows-per-insert", 500));
            g.prepare(args.flag("replace"));
            Map<String, Long> catalogue = g.catalogue(now);
            c.commit();
            long[] totals = g.park(catalogue, now, args.getLong("seed", 20_261_126L));
            try (Statement s = c.createStatement()) {
                s.execute("SET foreign_key_checks = 1");
                s.execute("SET unique_checks = 1");
            }
            System.out.printf("park generated: %d CIs, %d installed software, %d relations, catalogue %d entries,"
                    + " in %.1f s%n", totals[0], totals[1], totals[2], catalogue.size(), (System.nanoTime() - t0) / 1e9);
        }
    }

    private void prepare(boolean replace) throws SQLException {
        long cis = count("SELECT COUNT(*) FROM inv_ci");
        if (cis > 0 && !replace) {
            throw new IllegalStateException("inv_ci already holds " + cis + " rows; run with --replace to regenerate");
        }
        if (replace) {
            try (Statement s = db.createStatement()) {
                for (String table : List.of("inv_ci_ticket", "inv_installed_software", "inv_ci_relation",
                        "inv_ci_history", "inv_ci", "inv_software_version", "inv_software")) {
                    s.execute("DELETE FROM " + table);
                }
            }
            db.commit();
        }
    }

    /** The demo catalogue (about 400 entries); returns match key → id. */
    private Map<String, Long> catalogue(Instant now) throws SQLException {
        Map<String, Long> ids = new LinkedHashMap<>();
        long id = count("SELECT COALESCE(MAX(id), 0) FROM inv_software");
        try (MultiRowInsert sw = new MultiRowInsert(db, "inv_software", List.of("id", "name", "publisher", "match_key",
                "status", "licences", "created_at", "updated_at", "version"), rowsPerInsert);
             MultiRowInsert versions = new MultiRowInsert(db, "inv_software_version", List.of("software_id", "version"),
                     rowsPerInsert)) {
            for (DemoSoftware.Entry e : DemoSoftware.catalogue()) {
                String key = SoftwareNames.matchKey(e.name());
                if (ids.containsKey(key)) {
                    continue;
                }
                ids.put(key, ++id);
                sw.add(id, e.name(), e.publisher(), key, e.status(), e.licences(), now, now, 0L);
                for (String v : e.versions()) {
                    versions.add(id, v);
                }
            }
            sw.flush();
            versions.flush();
        }
        return ids;
    }

    private record Entity(String code, boolean metropole, List<ParkPlan.Person> people, List<Long> sites) {
    }

    private long[] park(Map<String, Long> catalogue, Instant now, long seed) throws SQLException {
        List<Entity> entities = entities();
        long nextId = count("SELECT COALESCE(MAX(id), 0) FROM inv_ci") + 1;
        long cis = 0;
        long installedRows = 0;
        long relations = 0;
        int index = 0;
        try (MultiRowInsert ci = new MultiRowInsert(db, "inv_ci", CI_COLUMNS, rowsPerInsert);
             MultiRowInsert history = new MultiRowInsert(db, "inv_ci_history", List.of("ci_id", "at", "actor", "field",
                     "new_value"), rowsPerInsert * 2);
             MultiRowInsert installed = new MultiRowInsert(db, "inv_installed_software", List.of("ci_id",
                     "software_id", "name", "publisher", "version", "match_key", "found_at"), rowsPerInsert * 2);
             MultiRowInsert links = new MultiRowInsert(db, "inv_ci_relation", List.of("source_id", "type",
                     "target_id", "created_by", "created_at"), rowsPerInsert)) {
            for (Entity e : entities) {
                index++;
                List<ParkPlan.Item> plan = ParkPlan.of(DemoInventory.PREFIX.get(e.code()), index, e.metropole(),
                        e.people(), e.sites(), ParkPlan.Density.BENCHMARK, now, seed ^ e.code().hashCode());
                long first = nextId;
                for (ParkPlan.Item i : plan) {
                    long id = nextId++;
                    String attributes = json(CiAttributes.of(i.type(), i.attributes(), new ArrayList<>()).asMap());
                    ci.add(id, i.type().name(), i.assetTag(), i.serialNumber(), i.manufacturer(), i.model(),
                            i.status().name(), e.code(), i.siteId(), i.personId(), i.acquisitionDate(),
                            i.warrantyEnd(), i.supplier(), i.purchaseReference(), null, attributes,
                            i.lastAgentReport(), ACTOR, now, now, 0L);
                    history.add(id, now, ACTOR, "created", i.type() + " " + i.assetTag());
                    Set<String> seen = new HashSet<>();
                    for (String[] s : i.software()) {
                        InstalledSoftware sw = InstalledSoftware.of(s[0], s[1], s[2], (LocalDate) null);
                        if (seen.add(sw.identity())) {
                            installed.add(id, catalogue.get(sw.matchKey()), sw.name(), sw.publisher(), sw.version(),
                                    sw.matchKey(), now);
                            installedRows++;
                        }
                    }
                    if (i.connectedTo() >= 0) {
                        long other = first + i.connectedTo();
                        links.add(Math.min(id, other), RelationType.CONNECTED_TO.name(), Math.max(id, other), ACTOR,
                                now);
                        relations++;
                    }
                }
                ci.flush();
                history.flush();
                installed.flush();
                links.flush();
                db.commit();
                cis += plan.size();
                System.out.printf("  %-10s %6d CIs (%d agents, %d sites)%n", e.code(), plan.size(), e.people().size(),
                        e.sites().size());
            }
        }
        return new long[]{cis, installedRows, relations};
    }

    /** The mutualised entities with a demo prefix, their active agents and their sites (main site first). */
    private List<Entity> entities() throws SQLException {
        Map<String, Boolean> metropole = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT code, kind FROM org_commune WHERE mutualised ORDER BY code")) {
            while (rs.next()) {
                if (DemoInventory.PREFIX.containsKey(rs.getString(1))) {
                    metropole.put(rs.getString(1), "METROPOLE".equals(rs.getString(2)));
                }
            }
        }
        Map<String, List<ParkPlan.Person>> people = new HashMap<>();
        Map<String, LinkedHashSet<Long>> sites = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT commune_code, id, site_id, vip FROM org_person"
                + " WHERE active ORDER BY vip DESC, id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long site = rs.getLong(3);
                    Long siteId = rs.wasNull() ? null : site;
                    people.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ParkPlan.Person(rs.getLong(2), siteId, rs.getBoolean(4)));
                    if (siteId != null) {
                        sites.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(siteId);
                    }
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        metropole.forEach((code, m) -> out.add(new Entity(code, m, people.getOrDefault(code, List.of()),
                new ArrayList<>(sites.getOrDefault(code, new LinkedHashSet<>())))));
        return out;
    }

    /** The attributes as the application stores them: a JSON object, keys sorted, numbers and booleans bare. */
    static String json(Map<String, Object> values) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(quote(e.getKey())).append(':');
            Object v = e.getValue();
            if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
                sb.append(v);
            } else if (v instanceof BigDecimal d) {
                sb.append(d.toPlainString());
            } else {
                sb.append(quote(v.toString()));
            }
        }
        return sb.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private long count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
