package fr.proxima.app.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a running Proxima server over HTTP (loopback only), as documented in {@code docs/benchmarks.md}:
 *
 * <pre>
 * java -cp app/target/proxima.jar fr.proxima.app.tools.LoadTest --base http://127.0.0.1:8080 \
 *     [--scenarios create,list,search] [--clients 1,8] [--warmup 10] [--seconds 30] [--reads 400]
 *     [--search-reads 60] [--q imprimante] [--commune 33522]
 * </pre>
 * <ul>
 *   <li>{@code create}: ticket creation ({@code POST /api/tickets}, realistic bodies drawn like the history
 *       generator's, each with its own {@code Idempotency-Key}) by 1 and 8 closed-loop clients logged in as
 *       {@code agent.can}: {@code --warmup} seconds not measured, then {@code --seconds} measured; throughput counts
 *       the requests that started and ended inside the measured window;</li>
 *   <li>{@code list}: the first page (25) of Talence's open tickets, as {@code agent.can} with
 *       {@code commune=33522} and as {@code viewer.talence} (scope-filtered), {@code --reads} sequential requests
 *       after {@code --reads}/4 unmeasured ones;</li>
 *   <li>{@code search}: the first page of a full-text search ({@code q=imprimante}) across all communes, and within
 *       Talence ({@code --search-reads} sequential requests after a quarter as many unmeasured ones).</li>
 * </ul>
 * Every phase is bounded by its duration or its request count ({@code --max-requests} for creations). The tool
 * prints one table (latencies in milliseconds, nearest-rank percentiles) and the CPU time it used itself, since
 * it shares the machine with the server.
 */
public final class LoadTest {
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");
    /** One person of {@code GET /api/people}: id, site id if any, and whether active (inactive ones are refused). */
    private static final Pattern PERSON = Pattern.compile(
            "\\{\"id\":(\\d+),\"commune\":\\{[^}]*\\}(?:,\"site\":\\{\"id\":(\\d+)[^}]*\\})?[^{}]*?\"active\":(true|false)");
    private static final String[] LEVELS = {"LOW", "MEDIUM", "HIGH"};
    private static final String OPEN = "status=NEW&status=ASSIGNED&status=IN_PROGRESS&status=PENDING";

    private final HttpClient http;
    private final URI base;
    private final List<String> rows = new ArrayList<>();

    /** A mutualised commune, its weight (population), and a few of its people (id, site id or 0) for requesters. */
    private record Commune(String code, double weight, List<long[]> people) {
    }

    private List<Commune> communes;
    private double weightTotal;
    private boolean useRequesters = true;

    private LoadTest(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, List.of());
        URI base = URI.create(args.get("base", "http://127.0.0.1:8080"));
        requireLoopback(base);
        Set<String> scenarios = Set.of(args.get("scenarios", "list,search,create").split(","));
        int warmup = args.getInt("warmup", 10);
        int seconds = args.getInt("seconds", 30);
        int reads = args.getInt("reads", 400);
        int searchReads = args.getInt("search-reads", 60);
        long maxRequests = args.getLong("max-requests", 200_000);
        String q = args.get("q", "imprimante");
        String commune = args.get("commune", "33522");
        String password = args.get("password", "proxima");
        LoadTest t = new LoadTest(base);
        String agent = t.login(args.get("user", "agent.can"), password);
        long cpu0 = processCpuNanos();
        if (scenarios.contains("list")) {
            t.reads("list open, agent.can commune=" + commune, agent,
                    "/api/tickets?commune=" + commune + "&" + OPEN + "&page=0&size=25", reads);
            String viewer = t.login(args.get("viewer", "viewer.talence"), password);
            t.reads("list open, " + args.get("viewer", "viewer.talence") + " (scope)", viewer,
                    "/api/tickets?" + OPEN + "&page=0&size=25", reads);
        }
        if (scenarios.contains("search")) {
            String enc = URLEncoder.encode(q, StandardCharsets.UTF_8);
            t.reads("search q=" + q + ", all communes", agent, "/api/tickets?q=" + enc + "&page=0&size=25",
                    searchReads);
            t.reads("search q=" + q + ", commune=" + commune, agent,
                    "/api/tickets?q=" + enc + "&commune=" + commune + "&page=0&size=25", searchReads);
        }
        if (scenarios.contains("create")) {
            t.loadCommunes(agent);
            for (String c : args.get("clients", "1,8").split(",")) {
                t.creations(agent, Integer.parseInt(c.trim()), warmup, seconds, maxRequests,
                        args.getLong("seed", 1) * 1000 + Integer.parseInt(c.trim()));
            }
        }
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        System.out.println();
        System.out.printf("%-44s %7s %8s %6s %8s %8s %8s %8s %8s  %s%n", "scenario", "clients", "requests", "errors",
                "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "notes");
        t.rows.forEach(System.out::println);
        System.out.printf("load generator CPU time: %.1f s%n", cpu);
    }

    static void requireLoopback(URI base) throws IOException {
        String host = base.getHost();
        if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
            throw new IllegalArgumentException("--base must be a loopback address (127.0.0.1, localhost, [::1]): " + base);
        }
    }

    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    private String login(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("login of " + user + " failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    // ---------------------------------------------------------------- reads

    private void reads(String name, String token, String path, int count) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().timeout(Duration.ofSeconds(30)).build();
        Latencies lat = new Latencies();
        Map<Integer, Integer> errors = new TreeMap<>();
        String total = "?";
        long start = 0;
        for (int i = -count / 4; i < count; i++) {
            if (i == 0) {
                start = System.nanoTime();
            }
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            long dt = System.nanoTime() - t0;
            if (i >= 0) {
                if (r.statusCode() == 200) {
                    lat.add(dt);
                } else {
                    errors.merge(r.statusCode(), 1, Integer::sum);
                }
            }
            if (i == 0) {
                Matcher m = TOTAL.matcher(r.body());
                total = m.find() ? m.group(1) : "status " + r.statusCode();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        row(name, 1, lat, errors, lat.count() / elapsed, "totalItems=" + total);
    }

    // ---------------------------------------------------------------- creations

    private void loadCommunes(String token) throws IOException, InterruptedException {
        Map<String, Double> population = new TreeMap<>();
        try (InputStream in = LoadTest.class.getResourceAsStream("/reference/communes.csv")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                r.readLine();
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split(",", 4);
                    population.put(f[0], Double.parseDouble(f[2]));
                }
            }
        }
        List<String> codes = new ArrayList<>();
        try (InputStream in = LoadTest.class.getResourceAsStream("/reference/centres.csv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", 3);
                codes.addAll(Arrays.asList(f[2].trim().split(";")));
            }
        }
        double largest = population.values().stream().mapToDouble(Double::doubleValue).max().orElse(100_000);
        communes = new ArrayList<>();
        int withPeople = 0;
        for (String code : codes) {
            List<long[]> people = new ArrayList<>();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/people?commune=" + code
                            + "&size=100")).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                Matcher m = PERSON.matcher(r.body());
                while (m.find()) {
                    if (!"true".equals(m.group(3))) {
                        continue;
                    }
                    people.add(new long[]{Long.parseLong(m.group(1)), m.group(2) == null ? 0 : Long.parseLong(m.group(2))});
                }
            }
            withPeople += people.isEmpty() ? 0 : 1;
            // the Métropole (not a town) weighs like the largest commune, as in the history generator
            communes.add(new Commune(code, population.getOrDefault(code, largest), people));
        }
        weightTotal = communes.stream().mapToDouble(Commune::weight).sum();
        // Probe: does the server accept a requester and a site (the tickets feature checks them against the
        // organisation)? If not, the bodies go without, and the table says so.
        useRequesters = withPeople > 0;
        if (useRequesters) {
            String probe = null;
            Random random = new Random(0);
            for (int i = 0; i < 50 && (probe == null || !probe.contains("\"requester\"")); i++) {
                probe = body(random);
            }
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/tickets"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(probe)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                useRequesters = false;
                System.out.println("the server refuses requesters/sites (" + r.statusCode() + " " + r.body()
                        + "): bodies without requester and site");
            }
        }
        System.out.printf("creation bodies: %d communes, %d with people from /api/people, requesters %s%n",
                communes.size(), withPeople, useRequesters ? "on" : "off");
    }

    private String body(Random random) {
        boolean request = random.nextInt(4) == 0;
        TicketTexts.Category category = TicketTexts.pick(random, TicketTexts.CATEGORIES, request);
        double x = random.nextDouble() * weightTotal;
        Commune commune = communes.get(communes.size() - 1);
        for (Commune c : communes) {
            x -= c.weight();
            if (x < 0) {
                commune = c;
                break;
            }
        }
        StringBuilder sb = new StringBuilder(512);
        sb.append("{\"type\":\"").append(request ? "REQUEST" : "INCIDENT").append('"');
        sb.append(",\"title\":").append(json(TicketTexts.title(random, category)));
        sb.append(",\"description\":").append(json(TicketTexts.description(random, category, null)));
        sb.append(",\"commune\":\"").append(commune.code()).append('"');
        sb.append(",\"impact\":\"").append(level(random, 0.46, 0.92)).append('"');
        sb.append(",\"urgency\":\"").append(level(random, 0.34, 0.90)).append('"');
        sb.append(",\"category\":\"").append(category.code()).append('"');
        if (useRequesters && !commune.people().isEmpty() && random.nextInt(10) < 9) {
            long[] p = commune.people().get(random.nextInt(commune.people().size()));
            sb.append(",\"requester\":").append(p[0]);
            if (p[1] > 0) {
                sb.append(",\"site\":").append(p[1]);
            }
        }
        return sb.append('}').toString();
    }

    private static String level(Random random, double low, double medium) {
        double x = random.nextDouble();
        return x < low ? LEVELS[0] : x < medium ? LEVELS[1] : LEVELS[2];
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private void creations(String token, int clients, int warmupSeconds, int seconds, long maxRequests, long seed)
            throws InterruptedException {
        long runId = System.currentTimeMillis();
        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long measureEnd = warmupEnd + seconds * 1_000_000_000L;
        AtomicLong sent = new AtomicLong();
        List<Latencies> latencies = new ArrayList<>();
        Map<Integer, Integer> errors = new TreeMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Latencies lat = new Latencies();
            latencies.add(lat);
            int client = i;
            Thread thread = new Thread(() -> {
                Random random = new Random(seed * 31 + client);
                long n = 0;
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= measureEnd || sent.incrementAndGet() > maxRequests) {
                        return;
                    }
                    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/tickets"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", "bench-" + runId + "-" + clients + "-" + client + "-" + n++)
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body(random))).build();
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= warmupEnd && t1 <= measureEnd) {
                        if (status == 201) {
                            lat.add(t1 - t0);
                        } else {
                            synchronized (errors) {
                                errors.merge(status, 1, Integer::sum);
                            }
                        }
                    }
                }
            }, "load-" + clients + "-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Latencies all = new Latencies();
        latencies.forEach(all::addAll);
        row("create (POST /api/tickets)", clients, all, errors, all.count() / (double) seconds,
                "warm-up " + warmupSeconds + " s, measured " + seconds + " s");
    }

    private void row(String name, int clients, Latencies lat, Map<Integer, Integer> errors, double rate, String notes) {
        int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
        String line = String.format("%-44s %7d %8d %6d %8.0f %8.2f %8.2f %8.2f %8.2f  %s%s", name, clients,
                lat.count(), errorCount, rate, lat.percentileMillis(50), lat.percentileMillis(95),
                lat.percentileMillis(99), lat.maxMillis(), notes, errors.isEmpty() ? "" : " errors=" + errors);
        rows.add(line);
        System.out.println(line);
    }
}
