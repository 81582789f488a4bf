package fr.proxima.app.tools;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the configuration database of a running server over HTTP (loopback only) and, as the baseline, the same
 * work in plain JDBC on the same MariaDB ({@code docs/benchmarks.md} §9):
 *
 * <pre>
 * java -cp app/target/proxima.jar fr.proxima.app.tools.CmdbBench --base http://127.0.0.1:18080 \
 *     --url jdbc:mariadb://127.0.0.1:3306/proxima_bench [--scenarios lookup,list,search,import] [--lookups 1000]
 *     [--pages 400] [--searches 100] [--lines 100000] [--runs 3]
 * </pre>
 * <ul>
 *   <li>{@code lookup}: first {@code GET /api/me} as many times (the HTTP floor: authentication, routing, JSON),
 *       then {@code GET /api/cis?serial=…} and {@code ?assetTag=…} of random existing CIs, sequential,
 *       as {@code agent.can}; baseline: the same indexed SELECTs by JDBC;</li>
 *   <li>{@code list}: a page of 50 of a random mutualised entity's CIs ({@code GET /api/cis?commune=…&page=…},
 *       pages 0 to 9), as {@code agent.can}, and Talence's first pages as {@code viewer.talence}; baseline: the
 *       page and count queries by JDBC;</li>
 *   <li>{@code search}: the free-text search {@code GET /api/cis?q=…} (first page of 50 and the total) with words
 *       taken from random existing CIs — a model word, a fragment of a host name, five characters of a serial,
 *       maker + model word — as {@code agent.can} (every commune) and, on Talence's CIs, as
 *       {@code viewer.talence} ({@code --searches}, 100 by default); baseline: the same page query then a separate
 *       count query by JDBC (two scans, as the server did before it counted in the page query);</li>
 *   <li>{@code import}: a CSV of {@code --lines} new CIs (desktops, laptops, screens, phones of Talence and Bordeaux,
 *       with sites, agents, dates and attributes) imported for real ({@code POST /api/cis/imports}, then its job
 *       polled until DONE), then the same file again (every line unchanged), timed from the upload to the end of
 *       the job; baseline: the same rows inserted by multi-row INSERTs into a copy of {@code inv_ci}. The imported
 *       CIs are deleted after each run.</li>
 * </ul>
 * Each scenario runs {@code --runs} times; the tool prints every run and the median.
 */
public final class CmdbBench {
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern COUNTS = Pattern.compile("\"(created|updated|unchanged|rejected)\"\\s*:\\s*(\\d+)");
    private static final String[] COMMUNES = {"243300316", "33063", "33281", "33318", "33522", "33039", "33069",
            "33075", "33167", "33003", "33056", "33200", "33519", "33096", "33376"};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final Connection db;
    private final Random random = new Random(7);
    private final List<String> rows = new ArrayList<>();

    private CmdbBench(URI base, Connection db) {
        this.base = base;
        this.db = db;
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, List.of());
        URI base = URI.create(args.get("base", "http://127.0.0.1:8080"));
        LoadTest.requireLoopback(base);
        String url = args.get("url", null);
        if (url == null) {
            System.err.println("usage: CmdbBench --base http://127.0.0.1:8080 --url jdbc:mariadb://127.0.0.1:3306/"
                    + "proxima_bench [--scenarios lookup,list,import] [--lookups 1000] [--pages 400] [--lines 100000]"
                    + " [--runs 3]");
            System.exit(2);
        }
        Set<String> scenarios = Set.of(args.get("scenarios", "lookup,list,import").split(","));
        int runs = args.getInt("runs", 3);
        try (Connection c = DriverManager.getConnection(url, args.get("user", "root"), args.get("password", ""))) {
            CmdbBench b = new CmdbBench(base, c);
            String agent = b.login("agent.can");
            long cpu0 = LoadTest.processCpuNanos();
            for (int run = 1; run <= runs; run++) {
                if (scenarios.contains("lookup")) {
                    b.lookups(agent, args.getInt("lookups", 1000), run);
                }
                if (scenarios.contains("list")) {
                    b.lists(agent, b.login("viewer.talence"), args.getInt("pages", 400), run);
                }
                if (scenarios.contains("search")) {
                    b.searches(agent, b.login("viewer.talence"), args.getInt("searches", 100), run);
                }
                if (scenarios.contains("import")) {
                    b.imports(b.login("admin"), args.getInt("lines", 100_000), run);
                }
            }
            System.out.println();
            System.out.printf("%-4s %-52s %8s %9s %9s %9s %9s  %s%n", "run", "scenario", "count", "p50 ms", "p95 ms",
                    "p99 ms", "max ms", "notes");
            b.rows.forEach(System.out::println);
            System.out.printf("load generator CPU time: %.1f s%n", (LoadTest.processCpuNanos() - cpu0) / 1e9);
        }
    }

    // ---------------------------------------------------------------- lookups

    private void lookups(String token, int count, int run) throws Exception {
        List<String[]> sample = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT asset_tag, serial_number FROM"
                + " inv_ci WHERE serial_number IS NOT NULL ORDER BY RAND(" + run + ") LIMIT " + count)) {
            while (rs.next()) {
                sample.add(new String[]{rs.getString(1), rs.getString(2)});
            }
        }
        List<String> bySerial = sample.stream().map(x -> "/api/cis?serial=" + enc(x[1])).toList();
        List<String> byTag = sample.stream().map(x -> "/api/cis?assetTag=" + enc(x[0])).toList();
        http("HTTP floor: GET /api/me (same requests count)", token,
                sample.stream().map(x -> "/api/me").toList(), run);
        http("lookup by serial (HTTP)", token, bySerial, run);
        http("lookup by asset tag (HTTP)", token, byTag, run);
        jdbc("lookup by serial (JDBC baseline)", "SELECT * FROM inv_ci WHERE serial_number = ?",
                sample.stream().map(x -> new Object[]{x[1]}).toList(), run);
        jdbc("lookup by asset tag (JDBC baseline)", "SELECT * FROM inv_ci WHERE asset_tag = ?",
                sample.stream().map(x -> new Object[]{x[0]}).toList(), run);
    }

    // ---------------------------------------------------------------- list pages

    private void lists(String agent, String viewer, int count, int run) throws Exception {
        List<String> paths = new ArrayList<>();
        List<Object[]> params = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String commune = COMMUNES[random.nextInt(COMMUNES.length)];
            int page = random.nextInt(10);
            paths.add("/api/cis?commune=" + commune + "&page=" + page + "&size=50");
            params.add(new Object[]{commune, page * 50});
        }
        http("commune list page, 50 CIs (HTTP, agent.can)", agent, paths, run);
        List<String> talence = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            talence.add("/api/cis?page=" + random.nextInt(10) + "&size=50");
        }
        http("Talence list page, 50 CIs (HTTP, viewer.talence)", viewer, talence, run);
        Latencies lat = new Latencies();
        try (PreparedStatement page = db.prepareStatement("SELECT * FROM inv_ci WHERE commune_code = ?"
                + " ORDER BY asset_tag, id LIMIT 51 OFFSET ?");
             PreparedStatement total = db.prepareStatement("SELECT COUNT(*) FROM inv_ci WHERE commune_code = ?")) {
            for (int i = -count / 4; i < count; i++) {
                Object[] p = params.get(Math.floorMod(i, count));
                long t0 = System.nanoTime();
                page.setString(1, (String) p[0]);
                page.setInt(2, (Integer) p[1]);
                drain(page.executeQuery());
                total.setString(1, (String) p[0]);
                drain(total.executeQuery());
                if (i >= 0) {
                    lat.add(System.nanoTime() - t0);
                }
            }
        }
        row(run, "commune list page + count (JDBC baseline)", lat, "");
    }

    // ---------------------------------------------------------------- free-text search

    private static final String Q_WORD = "(c.asset_tag LIKE ? OR c.serial_number LIKE ? OR c.hostname LIKE ?"
            + " OR c.manufacturer LIKE ? OR c.line_number LIKE ? OR c.model LIKE ? OR c.notes LIKE ?)";

    private void searches(String agent, String viewer, int count, int run) throws Exception {
        List<String> all = queries(null, count, run);
        List<String> talence = queries("33522", count, run);
        http("search q=…, first page (HTTP, agent.can)", agent,
                all.stream().map(q -> "/api/cis?q=" + enc(q) + "&size=50").toList(), run);
        http("search q=…, Talence (HTTP, viewer.talence)", viewer,
                talence.stream().map(q -> "/api/cis?q=" + enc(q) + "&size=50").toList(), run);
        Latencies lat = new Latencies();
        for (int i = -count / 4; i < count; i++) {
            List<String> words = List.of(all.get(Math.floorMod(i, count)).toLowerCase(Locale.ROOT).split(" "));
            String where = String.join(" AND ", java.util.Collections.nCopies(words.size(), Q_WORD));
            long t0 = System.nanoTime();
            try (PreparedStatement page = db.prepareStatement("SELECT * FROM inv_ci c WHERE " + where
                    + " ORDER BY c.asset_tag, c.id LIMIT 51");
                 PreparedStatement total = db.prepareStatement("SELECT COUNT(*) FROM inv_ci c WHERE " + where)) {
                for (PreparedStatement ps : List.of(page, total)) {
                    int k = 1;
                    for (String w : words) {
                        for (int c = 0; c < 7; c++) {
                            ps.setString(k++, "%" + w + "%");
                        }
                    }
                    drain(ps.executeQuery());
                }
            }
            if (i >= 0) {
                lat.add(System.nanoTime() - t0);
            }
        }
        row(run, "search page, then count apart (JDBC, two scans)", lat, "");
    }

    /** {@code count} search texts from random CIs (of one commune, or all): four kinds in turn. */
    private List<String> queries(String commune, int count, int run) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT manufacturer, model, hostname,"
                + " serial_number FROM inv_ci WHERE model IS NOT NULL AND hostname IS NOT NULL"
                + " AND serial_number IS NOT NULL" + (commune == null ? "" : " AND commune_code = '" + commune + "'")
                + " ORDER BY RAND(" + (100 + run) + ") LIMIT " + count)) {
            while (rs.next()) {
                String[] model = rs.getString(2).split("\\s+");
                String word = model[model.length - 1];
                for (String m : model) {
                    if (m.length() > word.length() && m.chars().allMatch(Character::isLetter)) {
                        word = m;
                    }
                }
                String host = rs.getString(3);
                String serial = rs.getString(4);
                out.add(switch (out.size() % 4) {
                    case 0 -> word;
                    case 1 -> host.substring(Math.max(0, host.length() - 6));
                    case 2 -> serial.substring(Math.max(0, serial.length() - 5));
                    default -> rs.getString(1).split("\\s+")[0] + " " + word;
                });
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- import

    private void imports(String admin, int lines, int run) throws Exception {
        String prefix = "BNC" + run;
        cleanup(prefix);
        byte[] csv = csv(prefix, lines);
        long t0 = System.nanoTime();
        String first = importFile(admin, csv);
        double seconds = (System.nanoTime() - t0) / 1e9;
        rows.add(String.format(Locale.ROOT, "%-4d %-52s %8d %9s %9s %9s %9s  %.1f s, %.0f lines/s, %s, %.1f MB", run,
                "CSV import, new CIs (HTTP upload → job DONE)", lines, "", "", "", "", seconds, lines / seconds, first,
                csv.length / 1e6));
        t0 = System.nanoTime();
        String again = importFile(admin, csv);
        seconds = (System.nanoTime() - t0) / 1e9;
        rows.add(String.format(Locale.ROOT, "%-4d %-52s %8d %9s %9s %9s %9s  %.1f s, %.0f lines/s, %s", run,
                "CSV import, same file again (all unchanged)", lines, "", "", "", "", seconds, lines / seconds, again));
        cleanup(prefix);
        ceiling(prefix, lines, run);
    }

    private String importFile(String admin, byte[] csv) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/cis/imports?dryRun=false"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IllegalStateException("import refused: " + r.statusCode() + " " + r.body());
        }
        URI job = base.resolve(r.headers().firstValue("Location").orElseThrow());
        while (true) {
            Thread.sleep(200);
            HttpResponse<String> j = http.send(HttpRequest.newBuilder(job).header("Authorization", "Bearer " + admin)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = STATUS.matcher(j.body());
            if (m.find() && (m.group(1).equals("DONE") || m.group(1).equals("FAILED"))) {
                StringBuilder counts = new StringBuilder(m.group(1));
                Matcher c = COUNTS.matcher(j.body());
                while (c.find()) {
                    counts.append(' ').append(c.group(1)).append('=').append(c.group(2));
                }
                return counts.toString();
            }
        }
    }

    /** The same rows by multi-row INSERTs into a copy of inv_ci (its indexes, its JSON check), in 1,000-row commits. */
    private void ceiling(String prefix, int lines, int run) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS inv_ci_ceiling");
            s.execute("CREATE TABLE inv_ci_ceiling LIKE inv_ci");
        }
        List<long[]> people = people();
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        long t0 = System.nanoTime();
        try (MultiRowInsert insert = new MultiRowInsert(db, "inv_ci_ceiling", List.of("type", "asset_tag",
                "serial_number", "manufacturer", "model", "status", "commune_code", "site_id", "person_id",
                "acquisition_date", "attributes", "created_by", "created_at", "updated_at"), 500)) {
            java.time.Instant now = java.time.Instant.now();
            for (int i = 0; i < lines; i++) {
                long[] p = people.get(i % people.size());
                insert.add("DESKTOP", tag(prefix, i), "S" + tag(prefix, i), "Dell", "OptiPlex 7010", "IN_SERVICE",
                        p[2] == 0 ? "33522" : "33063", p[1], p[0], java.time.LocalDate.of(2024, 3, 15),
                        "{\"hostname\":\"" + tag(prefix, i).toLowerCase(Locale.ROOT) + "\",\"ramMb\":16384}", "admin",
                        now, now);
                if (i % 1000 == 999) {
                    insert.flush();
                    db.commit();
                }
            }
            insert.flush();
            db.commit();
        } finally {
            db.setAutoCommit(auto);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE inv_ci_ceiling");
        }
        rows.add(String.format(Locale.ROOT, "%-4d %-52s %8d %9s %9s %9s %9s  %.1f s, %.0f rows/s", run,
                "multi-row INSERT of the same rows (JDBC baseline)", lines, "", "", "", "", seconds, lines / seconds));
    }

    /** {@code lines} new CIs of Talence and Bordeaux: ~95 bytes a line, so 100,000 lines fit the 12 MB limit. */
    private byte[] csv(String prefix, int lines) throws SQLException {
        List<long[]> people = people();
        StringBuilder sb = new StringBuilder(lines * 100);
        sb.append("Numéro d'inventaire;Type;Numéro de série;Fabricant;Modèle;Statut;Entité;Site;Agent;"
                + "Date d'acquisition;Attributs\r\n");
        String[][] kinds = {{"Poste fixe", "Dell", "OptiPlex 7010"}, {"Ordinateur portable", "Lenovo", "ThinkPad T14"},
                {"Écran", "iiyama", "ProLite"}, {"Téléphone fixe", "Yealink", "T46U"}};
        for (int i = 0; i < lines; i++) {
            long[] p = people.get(i % people.size());
            String[] k = kinds[i % kinds.length];
            String tag = tag(prefix, i);
            sb.append(tag).append(';').append(k[0]).append(";S").append(tag).append(';').append(k[1]).append(';')
                    .append(k[2]).append(";En service;").append(p[2] == 0 ? "33522" : "33063").append(';')
                    .append(p[1]).append(';').append(p[0]).append(";15/03/2024;")
                    .append(i % 4 < 2 ? "hostname=" + tag.toLowerCase(Locale.ROOT) : "").append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Active agents of Talence (flag 0) and Bordeaux (flag 1) with a site: {id, site, flag}. */
    private List<long[]> people() throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, site_id, commune_code"
                + " FROM org_person WHERE active AND site_id IS NOT NULL AND commune_code IN ('33522', '33063')"
                + " ORDER BY id")) {
            while (rs.next()) {
                out.add(new long[]{rs.getLong(1), rs.getLong(2), rs.getString(3).equals("33522") ? 0 : 1});
            }
        }
        return out;
    }

    private static String tag(String prefix, int i) {
        return String.format(Locale.ROOT, "%s-%06d", prefix, i);
    }

    private void cleanup(String prefix) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM inv_ci WHERE asset_tag LIKE '" + prefix + "-%'");
            s.execute("DELETE FROM inv_import_job");
        }
    }

    // ---------------------------------------------------------------- measuring

    private void http(String name, String token, List<String> paths, int run) throws Exception {
        Latencies lat = new Latencies();
        int errors = 0;
        int n = paths.size();
        for (int i = -n / 4; i < n; i++) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(paths.get(Math.floorMod(i, n))))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET()
                    .timeout(Duration.ofSeconds(30)).build();
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            long dt = System.nanoTime() - t0;
            if (i >= 0) {
                if (r.statusCode() == 200 && (r.body().contains("\"items\":[{") || path(request).equals("/api/me"))) {
                    lat.add(dt);
                } else {
                    errors++;
                }
            }
        }
        row(run, name, lat, errors == 0 ? "" : errors + " errors or empty answers");
    }

    private static String path(HttpRequest request) {
        return request.uri().getPath();
    }

    private void jdbc(String name, String sql, List<Object[]> params, int run) throws SQLException {
        Latencies lat = new Latencies();
        int n = params.size();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = -n / 4; i < n; i++) {
                Object[] p = params.get(Math.floorMod(i, n));
                long t0 = System.nanoTime();
                for (int k = 0; k < p.length; k++) {
                    ps.setObject(k + 1, p[k]);
                }
                drain(ps.executeQuery());
                if (i >= 0) {
                    lat.add(System.nanoTime() - t0);
                }
            }
        }
        row(run, name, lat, "");
    }

    private static void drain(ResultSet rs) throws SQLException {
        try (rs) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
            }
        }
    }

    private void row(int run, String name, Latencies lat, String notes) {
        rows.add(String.format(Locale.ROOT, "%-4d %-52s %8d %9.2f %9.2f %9.2f %9.2f  %s", run, name, lat.count(),
                lat.percentileMillis(50), lat.percentileMillis(95), lat.percentileMillis(99), lat.maxMillis(), notes));
    }

    private String login(String user) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"proxima\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("login of " + user + " failed: " + r.statusCode());
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
