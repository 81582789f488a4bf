package fr.proxima.app.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Inventory-agent throughput of a running server, as documented in {@code docs/benchmarks.md}:
 *
 * <pre>
 * java -cp app/target/proxima.jar fr.proxima.app.tools.AgentLoadTest --base http://127.0.0.1:8080 \
 *     [--machines 600] [--software 150] [--clients 16] [--commune 33522] [--token pxa_…] [--seed 7]
 * </pre>
 * Each inventory is what a FusionInventory agent sends: a {@code PROLOG} then an {@code INVENTORY}, both
 * zlib-compressed XML with HTTP Basic credentials (the agent token). The inventories are realistic and all
 * different: workstations of Dell, HP and Lenovo with serials, Windows 11 or Debian, CPUs, memory modules, disks,
 * network cards and {@code --software} installed applications each, drawn from a catalogue of about 600
 * (publisher, name, version). Three phases, each with {@code --clients} concurrent agents:
 * <ol>
 *   <li>{@code prolog}: PROLOG requests alone (decompression, token check, reply; no database write): the
 *       baseline of the protocol path;</li>
 *   <li>{@code first}: the first inventory of each of {@code --machines} machines (the CI and its software are
 *       created);</li>
 *   <li>{@code again}: a second inventory of each machine, a few applications updated or removed (the CI is found
 *       and its software diffed).</li>
 * </ol>
 * Without {@code --token}, it logs in as {@code admin} (demo password) and creates a token for {@code --commune}.
 * Serial numbers carry a random run prefix, so runs on the same database do not collide. Prints inventories per
 * second (PROLOG + INVENTORY pairs), the INVENTORY latencies and its own CPU time.
 */
public final class AgentLoadTest {
    private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ACCESS = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String authorization;

    private AgentLoadTest(URI base, String token) {
        this.endpoint = base.resolve("/api/inventory/agent");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(("bench:" + token)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, List.of());
        URI base = URI.create(args.get("base", "http://127.0.0.1:8080"));
        int machines = args.getInt("machines", 600);
        int software = args.getInt("software", 150);
        int clients = args.getInt("clients", 16);
        long seed = args.getLong("seed", 7);
        String token = args.get("token", null);
        if (token == null) {
            token = createToken(base, args.get("commune", "33522"), args.get("password", "proxima"));
        }
        AgentLoadTest t = new AgentLoadTest(base, token);
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        Fleet fleet = new Fleet(new Random(seed), run, machines, software);
        long cpu0 = cpu();
        System.out.printf(Locale.ROOT, "%d machines × %d applications, %d concurrent agents, run %s%n", machines,
                software, clients, run);
        System.out.printf(Locale.ROOT, "body sizes: XML %,d bytes, zlib %,d bytes on average%n",
                fleet.averageXml(), fleet.averageCompressed());
        System.out.println("phase    inventories  seconds  per second   p50 ms   p95 ms   p99 ms   max ms  errors");
        t.phase("prolog", clients, machines, i -> t.prolog(fleet.deviceId(i)));
        t.phase("first", clients, machines, i -> t.inventory(fleet.deviceId(i), fleet.inventory(i, 0)));
        t.phase("again", clients, machines, i -> t.inventory(fleet.deviceId(i), fleet.inventory(i, 1)));
        System.out.printf(Locale.ROOT, "tool CPU time: %.1f s%n", (cpu() - cpu0) / 1e9);
    }

    @FunctionalInterface
    private interface Step {
        long run(int machine) throws Exception;
    }

    private void phase(String name, int clients, int count, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Future<Latencies>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                Latencies lat = new Latencies();
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    try {
                        lat.add(step.run(i));
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println(name + ": " + e.getMessage());
                        }
                    }
                }
                return lat;
            }));
        }
        Latencies all = new Latencies();
        for (Future<Latencies> f : futures) {
            all.addAll(f.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%-8s %11d %8.1f %11.1f %8.1f %8.1f %8.1f %8.1f %7d%n", name, all.count(),
                seconds, all.count() / seconds, all.percentileMillis(50), all.percentileMillis(95),
                all.percentileMillis(99), all.maxMillis(), errors.get());
    }

    /** A PROLOG; returns its latency. */
    private long prolog(String deviceId) throws IOException, InterruptedException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<REQUEST>\n  <DEVICEID>" + deviceId
                + "</DEVICEID>\n  <QUERY>PROLOG</QUERY>\n  <TOKEN>12345678</TOKEN>\n</REQUEST>\n";
        return post(zlib(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A PROLOG then an INVENTORY, as an agent does; returns the INVENTORY's latency. */
    private long inventory(String deviceId, byte[] compressed) throws IOException, InterruptedException {
        prolog(deviceId);
        return post(compressed);
    }

    private long post(byte[] body) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-compress-zlib").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        long t = System.nanoTime() - t0;
        if (r.statusCode() != 200 || r.body().length < 2 || (r.body()[0] & 0xFF) != 0x78) {
            throw new IOException("HTTP " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return t;
    }

    static byte[] zlib(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION))) {
            d.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static String createToken(URI base, String commune, String password) throws Exception {
        HttpClient c = HttpClient.newHttpClient();
        HttpResponse<String> login = c.send(HttpRequest.newBuilder(base.resolve("/api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = ACCESS.matcher(login.body());
        if (!m.find()) {
            throw new IllegalStateException("admin login failed: " + login.statusCode());
        }
        HttpResponse<String> token = c.send(HttpRequest.newBuilder(base.resolve("/api/inventory/agent-tokens"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + m.group(1))
                .POST(HttpRequest.BodyPublishers.ofString("{\"commune\":\"" + commune
                        + "\",\"label\":\"Banc d'essai des agents\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher s = SECRET.matcher(token.body());
        if (!s.find()) {
            throw new IllegalStateException("token creation failed: " + token.statusCode() + " " + token.body());
        }
        return s.group(1);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The machines of the run and their inventories, precomputed (compressed) so the tool measures the server. */
    static final class Fleet {
        private static final String[][] MODELS = {
                {"Dell Inc.", "OptiPlex 7010", "Desktop"}, {"Dell Inc.", "Latitude 5440", "Notebook"},
                {"HP", "EliteDesk 800 G9 SFF", "Desktop"}, {"HP", "EliteBook 840 G10", "Notebook"},
                {"LENOVO", "ThinkCentre M70q Gen 4", "Desktop"}, {"LENOVO", "ThinkPad T14 Gen 4", "Notebook"}};
        private static final String[] CPUS = {"13th Gen Intel(R) Core(TM) i5-13500", "13th Gen Intel(R) Core(TM) i5-1345U",
                "AMD Ryzen 5 PRO 7540U w/ Radeon 740M Graphics", "12th Gen Intel(R) Core(TM) i7-1265U"};
        private static final String[] PUBLISHERS = {"Microsoft Corporation", "Mozilla", "Adobe", "The Document Foundation",
                "Berger-Levrault", "Ciril GROUP", "Arpège", "Citrix Systems, Inc.", "Google LLC", "Oracle Corporation",
                "Igor Pavlov", "VideoLAN", "Notepad++ Team", "Cisco Systems, Inc.", "Sage", "Esri", "Autodesk", "Debian"};
        private static final String[] WORDS = {"Gestion", "Finances", "Paie", "État civil", "Élections", "Urbanisme",
                "Cimetières", "Marchés", "Courrier", "Scolarité", "Médiathèque", "Police municipale", "Agenda", "Viewer",
                "Runtime", "Client", "Connecteur", "Outils", "Pilote", "Update"};

        private final String run;
        private final String[] catalogue;
        private final String[] devices;
        private final byte[][][] bodies;
        private long xmlBytes;
        private long compressedBytes;

        Fleet(Random random, String run, int machines, int software) {
            this.run = run;
            this.catalogue = new String[600];
            for (int i = 0; i < catalogue.length; i++) {
                String publisher = PUBLISHERS[random.nextInt(PUBLISHERS.length)];
                String name = publisher.split("[ ,]")[0] + " " + WORDS[random.nextInt(WORDS.length)] + " "
                        + WORDS[random.nextInt(WORDS.length)] + " " + (i + 1);
                catalogue[i] = name + "\u0000" + publisher + "\u0000" + (1 + random.nextInt(12)) + "."
                        + random.nextInt(30) + "." + random.nextInt(2000);
            }
            devices = new String[machines];
            bodies = new byte[machines][2][];
            for (int m = 0; m < machines; m++) {
                String host = String.format(Locale.ROOT, "BMK-%s-%05d", run, m);
                devices[m] = host + "-2026-11-26-08-00-00";
                for (int pass = 0; pass < 2; pass++) {
                    byte[] xml = xml(m, host, software, pass)
                            .getBytes(StandardCharsets.UTF_8);
                    bodies[m][pass] = zlib(xml);
                    xmlBytes += xml.length;
                    compressedBytes += bodies[m][pass].length;
                }
            }
        }

        String deviceId(int m) {
            return devices[m];
        }

        byte[] inventory(int m, int pass) {
            return bodies[m][pass];
        }

        long averageXml() {
            return xmlBytes / Math.max(1, devices.length * 2L);
        }

        long averageCompressed() {
            return compressedBytes / Math.max(1, devices.length * 2L);
        }

        private String xml(int m, String host, int software, int pass) {
            Random stable = new Random(m * 7919L);
            String[] model = MODELS[stable.nextInt(MODELS.length)];
            boolean windows = stable.nextInt(10) < 8;
            StringBuilder b = new StringBuilder(software * 180 + 4000);
            b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<REQUEST>\n  <CONTENT>\n");
            b.append("    <BIOS>\n      <BMANUFACTURER>").append(model[0]).append("</BMANUFACTURER>\n")
                    .append("      <BVERSION>1.").append(stable.nextInt(30)).append(".0</BVERSION>\n")
                    .append("      <SMANUFACTURER>").append(model[0]).append("</SMANUFACTURER>\n")
                    .append("      <SMODEL>").append(model[1]).append("</SMODEL>\n")
                    .append("      <SSN>").append(run).append(String.format(Locale.ROOT, "%06d", m)).append("</SSN>\n")
                    .append("    </BIOS>\n");
            String cpu = CPUS[stable.nextInt(CPUS.length)];
            b.append("    <CPUS>\n      <CORE>").append(4 + 2 * stable.nextInt(4)).append("</CORE>\n      <NAME>")
                    .append(cpu).append("</NAME>\n      <SPEED>2400</SPEED>\n      <THREAD>12</THREAD>\n    </CPUS>\n");
            int modules = 1 + stable.nextInt(2);
            b.append("    <HARDWARE>\n      <CHASSIS_TYPE>").append(model[2]).append("</CHASSIS_TYPE>\n")
                    .append("      <MEMORY>").append(modules * 8192 - 300).append("</MEMORY>\n")
                    .append("      <NAME>").append(host).append("</NAME>\n")
                    .append("      <IPADDR>10.33.").append(m / 250).append('.').append(m % 250 + 2).append("</IPADDR>\n")
                    .append("    </HARDWARE>\n");
            for (int i = 0; i < modules; i++) {
                b.append("    <MEMORIES>\n      <CAPACITY>8192</CAPACITY>\n      <SPEED>3200</SPEED>\n")
                        .append("      <TYPE>DDR4</TYPE>\n    </MEMORIES>\n");
            }
            b.append("    <NETWORKS>\n      <DESCRIPTION>Ethernet</DESCRIPTION>\n      <MACADDR>")
                    .append(String.format(Locale.ROOT, "a4:c3:f0:%02x:%02x:%02x", (m >> 16) & 255, (m >> 8) & 255, m & 255))
                    .append("</MACADDR>\n      <VIRTUALDEV>0</VIRTUALDEV>\n    </NETWORKS>\n");
            b.append("    <OPERATINGSYSTEM>\n      <FULL_NAME>")
                    .append(windows ? "Microsoft Windows 11 Professionnel" : "Debian GNU/Linux 12 (bookworm)")
                    .append("</FULL_NAME>\n      <VERSION>").append(windows ? "23H2" : "12.11")
                    .append("</VERSION>\n    </OPERATINGSYSTEM>\n");
            // the same applications at each pass, a few of them updated or gone at the second
            int first = stable.nextInt(catalogue.length);
            for (int i = 0; i < software; i++) {
                String[] app = catalogue[(first + i * 7) % catalogue.length].split("\u0000");
                if (pass == 1 && i % 50 == 7) {
                    continue;
                }
                String version = pass == 1 && i % 50 == 3 ? app[2] + ".1" : app[2];
                b.append("    <SOFTWARES>\n      <NAME>").append(xmlText(app[0])).append("</NAME>\n      <PUBLISHER>")
                        .append(xmlText(app[1])).append("</PUBLISHER>\n      <VERSION>").append(version)
                        .append("</VERSION>\n      <FROM>registry</FROM>\n    </SOFTWARES>\n");
            }
            b.append("    <STORAGES>\n      <DISKSIZE>").append(256_000 * (1 + stable.nextInt(2)))
                    .append("</DISKSIZE>\n      <MODEL>NVMe SSD</MODEL>\n      <TYPE>disk</TYPE>\n    </STORAGES>\n");
            b.append("    <VERSIONCLIENT>FusionInventory-Agent_v2.6</VERSIONCLIENT>\n  </CONTENT>\n  <DEVICEID>")
                    .append(devices[m] == null ? host + "-2026-11-26-08-00-00" : devices[m])
                    .append("</DEVICEID>\n  <QUERY>INVENTORY</QUERY>\n</REQUEST>\n");
            return b.toString();
        }

        private static String xmlText(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;");
        }
    }
}
