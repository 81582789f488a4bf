package fr.proxima.app.demo;

import fr.proxima.inventory.ci.model.CiStatus;
import fr.proxima.inventory.ci.model.CiType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A realistic equipment park for one entity, drawn from its agents and sites: workstations (desktops and laptops,
 * mostly assigned to an agent), screens connected to desktops, printers and multifunction copiers per site, desk
 * and mobile phones (with their lines), switches, Wi-Fi access points, routers and servers, with the software of
 * each workstation, acquisition dates and warranties over seven years, agent reports (mostly this week, some
 * stale, some never) and the defects a quality control should find (stale reports, expired warranties, a few
 * unlisted applications, a serial entered twice under two maker names).
 *
 * <p>Framework-free and deterministic (the seed): the demo data feeds it to the application's services, the park
 * generator of the benchmarks writes it with plain JDBC. {@link Density} sets the volumes.
 */
public final class ParkPlan {

    /** An agent of the entity. */
    public record Person(long id, Long siteId, boolean vip) {
    }

    /** How much equipment per agent, per site. */
    public record Density(double workstationsPerAgent, double monitorsPerDesktop, double copiersPerAgent,
                          double printersPerAgent, double deskPhonesPerAgent, double mobilesPerAgent,
                          double switchesPerSite, double accessPointsPerSite, int metropoleServers) {
        /** The demo: one workstation for 2.5 agents, a modest park that loads in seconds. */
        public static final Density DEMO = new Density(0.4, 0.3, 1.0 / 40, 1.0 / 50, 0.15, 0.08, 1, 0.5, 20);
        /**
         * The benchmark: about 20,000 workstations and 3,500 copiers for 18,000 agents, a desk phone for most,
         * a mobile for a third, two switches and a Wi-Fi access point and a half per site.
         */
        public static final Density BENCHMARK = new Density(1.1, 0.3, 0.195, 1.0 / 25, 0.8, 0.3, 2, 1.5, 150);
    }

    /** One CI to create; {@code connectedTo} is the index (in the plan) of the CI it is connected to, or -1. */
    public record Item(CiType type, String assetTag, String serialNumber, String manufacturer, String model,
                       CiStatus status, Long siteId, Long personId, LocalDate acquisitionDate, LocalDate warrantyEnd,
                       String supplier, String purchaseReference, Map<String, Object> attributes,
                       Instant lastAgentReport, List<String[]> software, int connectedTo) {
    }

    private static final String[][] DESKTOPS = {{"HP", "EliteDesk 800 G6 SFF", "CZC"}, {"HP", "ProDesk 400 G7", "CZC"},
            {"Dell", "OptiPlex 7010", "D"}, {"Lenovo", "ThinkCentre M70q Gen 3", "MJ0"}};
    private static final String[][] LAPTOPS = {{"HP", "EliteBook 840 G8", "5CG"}, {"Dell", "Latitude 5440", "D"},
            {"Lenovo", "ThinkPad T14 Gen 3", "PF"}};
    private static final String[][] MONITORS = {{"iiyama", "ProLite XUB2493HS", "1140"}, {"Dell", "P2422H", "CN0"},
            {"HP", "E24 G5", "CNK"}, {"Philips", "243V7QDAB", "UK0"}};
    private static final String[][] COPIERS = {{"Ricoh", "IM C3000", "3100R"}, {"Ricoh", "IM C4500", "3120R"},
            {"Canon", "imageRUNNER ADVANCE DX C3826i", "3CB"}, {"Konica Minolta", "bizhub C300i", "AA2J"},
            {"Xerox", "VersaLink C7025", "XRX"}};
    private static final String[][] PRINTERS = {{"HP", "LaserJet Pro M404dn", "PHB"}, {"Brother", "HL-L6250DN", "E7"},
            {"Lexmark", "MS521dn", "4601"}};
    private static final String[][] DESK_PHONES = {{"Alcatel-Lucent", "8028s Premium DeskPhone", "ALE"},
            {"Yealink", "SIP-T46U", "YL"}};
    private static final String[][] MOBILES = {{"Samsung", "Galaxy A54 5G", "R58"}, {"Apple", "iPhone 13", "F2L"},
            {"Apple", "iPhone SE (2022)", "G6T"}, {"Samsung", "Galaxy XCover 6 Pro", "R5C"}};
    private static final String[][] SWITCHES = {{"Cisco", "Catalyst 9200L-48P-4G", "JAE"}, {"Aruba", "2930F 48G PoE+", "SG"},
            {"Aruba", "CX 6100 24G", "CN"}};
    private static final String[][] ACCESS_POINTS = {{"Aruba", "AP-505", "CNR"}, {"Cisco", "Catalyst 9120AXI", "FJC"},
            {"Ubiquiti", "UniFi U6 Pro", "UB"}};
    private static final String[][] ROUTERS = {{"Cisco", "ISR 4331", "FDO"}, {"Fortinet", "FortiGate 60F", "FGT60F"}};
    private static final String[][] SERVERS = {{"Dell", "PowerEdge R750", "D"}, {"HPE", "ProLiant DL380 Gen10 Plus", "CZJ"}};
    private static final String[] SUPPLIERS = {"UGAP", "Bechtle", "Inmac Wstore", "SCC France", "Econocom",
            "Computacenter"};
    private static final String[] OPERATORS = {"Orange", "SFR", "Bouygues Telecom"};
    private static final String[] PLANS = {"Pro 20 Go", "Pro 50 Go", "Pro illimité", "Voix seule"};

    private final String prefix;
    private final int communeIndex;
    private final boolean metropole;
    private final Instant now;
    private final Random random;
    private final List<Item> items = new ArrayList<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();

    private ParkPlan(String prefix, int communeIndex, boolean metropole, Instant now, long seed) {
        this.prefix = prefix;
        this.communeIndex = communeIndex;
        this.metropole = metropole;
        this.now = now;
        this.random = new Random(seed);
    }

    /**
     * The park of one entity.
     *
     * @param prefix       the entity's asset-tag prefix ({@code TAL}, {@code BM})
     * @param communeIndex a small number unique per entity (in line numbers and IP addresses)
     * @param sites        the entity's sites, the first being its main one (town hall, headquarters)
     */
    public static List<Item> of(String prefix, int communeIndex, boolean metropole, List<Person> people,
                                List<Long> sites, Density density, Instant now, long seed) {
        ParkPlan plan = new ParkPlan(prefix, communeIndex, metropole, now, seed);
        plan.build(people, sites, density);
        return plan.items;
    }

    private void build(List<Person> people, List<Long> sites, Density d) {
        if (sites.isEmpty()) {
            return;
        }
        long main = sites.get(0);
        List<Person> shuffled = new ArrayList<>(people);
        java.util.Collections.shuffle(shuffled, random);
        int workstations = (int) Math.round(people.size() * d.workstationsPerAgent());
        for (int i = 0; i < workstations; i++) {
            Person p = shuffled.isEmpty() ? null : shuffled.get(i % shuffled.size());
            boolean assigned = p != null && i < shuffled.size();
            boolean laptop = random.nextDouble() < (p != null && p.vip() ? 0.9 : 0.3);
            CiStatus status = workstationStatus(laptop, assigned);
            boolean withPerson = assigned && status != CiStatus.IN_STOCK && status != CiStatus.RETIRED;
            Long site = withPerson ? p.siteId() : status == CiStatus.IN_STOCK ? main
                    : assigned ? p.siteId() : pick(sites);
            int index = items.size();
            String[] model = pick(laptop ? LAPTOPS : DESKTOPS);
            String tag = tag("PC");
            Map<String, Object> attrs = new LinkedHashMap<>();
            attrs.put("hostname", tag.toLowerCase(Locale.ROOT));
            attrs.put("os", "Microsoft Windows 11 Professionnel");
            attrs.put("osVersion", random.nextDouble() < 0.8 ? "10.0.22631" : "10.0.19045");
            attrs.put("cpu", pickOne("Intel(R) Core(TM) i5-10500", "Intel(R) Core(TM) i5-1245U",
                    "Intel(R) Core(TM) i7-1265U", "AMD Ryzen 5 PRO 5650G"));
            attrs.put("ramMb", random.nextDouble() < 0.7 ? 16384 : 8192);
            attrs.put("diskGb", random.nextDouble() < 0.8 ? 476 : 238);
            attrs.put("macAddress", mac());
            attrs.put("ipAddress", ip(site));
            boolean computerInService = status == CiStatus.IN_SERVICE || status == CiStatus.LENT;
            Instant report = computerInService ? lastReport() : null;
            if (report != null) {
                attrs.put("agentDeviceId", tag.toLowerCase(Locale.ROOT) + "-" + report.atZone(ZoneOffset.UTC)
                        .toLocalDate().withDayOfYear(1));
            }
            add(laptop ? CiType.LAPTOP : CiType.DESKTOP, tag, serial(model), model, status, site,
                    withPerson ? p.id() : null, attrs, report, status == CiStatus.RETIRED ? List.of() : software(), -1);
            if (!laptop && random.nextDouble() < d.monitorsPerDesktop() && status != CiStatus.RETIRED) {
                String[] screen = pick(MONITORS);
                boolean sameAsDesktop = random.nextDouble() < 0.004;
                String serial = sameAsDesktop ? items.get(index).serialNumber() : serial(screen);
                add(CiType.MONITOR, tag("ECR"), serial, sameAsDesktop ? new String[]{"HPE", screen[1], screen[2]}
                                : screen, status == CiStatus.IN_STOCK ? CiStatus.IN_STOCK : CiStatus.IN_SERVICE, site,
                        withPerson ? p.id() : null, Map.of("screenInches", random.nextBoolean() ? "23.8" : "27"), null,
                        List.of(), index);
            }
        }
        int copiers = Math.max(1, (int) Math.round(people.size() * d.copiersPerAgent()));
        for (int i = 0; i < copiers; i++) {
            long site = i < sites.size() ? sites.get(i) : pick(sites);
            add(CiType.COPIER, tag("COP"), null, pick(COPIERS), CiStatus.IN_SERVICE, site, null,
                    Map.of("color", random.nextDouble() < 0.7, "pageCounter", 5_000 + random.nextInt(400_000),
                            "ipAddress", ip(site), "speedPpm", 30 + 5 * random.nextInt(6),
                            "leaseContract", "LOC-" + prefix + "-" + (1000 + i)), null, List.of(), -1);
        }
        int printers = (int) Math.round(people.size() * d.printersPerAgent());
        for (int i = 0; i < printers; i++) {
            long site = pick(sites);
            add(CiType.PRINTER, tag("IMP"), null, pick(PRINTERS), random.nextDouble() < 0.95 ? CiStatus.IN_SERVICE
                    : CiStatus.UNDER_REPAIR, site, null, Map.of("color", false, "ipAddress", ip(site)), null,
                    List.of(), -1);
        }
        int deskPhones = (int) Math.round(people.size() * d.deskPhonesPerAgent());
        for (int i = 0; i < deskPhones && !shuffled.isEmpty(); i++) {
            Person p = shuffled.get((i * 7) % shuffled.size());
            add(CiType.DESK_PHONE, tag("TEL"), null, pick(DESK_PHONES), CiStatus.IN_SERVICE, p.siteId(), p.id(),
                    Map.of("extension", String.valueOf(1000 + i % 9000), "macAddress", mac()), null, List.of(), -1);
        }
        int mobiles = (int) Math.round(people.size() * d.mobilesPerAgent());
        int line = 0;
        for (Person p : shuffled) {
            if (!p.vip() && line >= mobiles) {
                continue;
            }
            boolean stock = random.nextDouble() < 0.05;
            Map<String, Object> attrs = new LinkedHashMap<>();
            attrs.put("lineNumber", String.format(Locale.ROOT, "06%02d%06d", communeIndex, line++));
            attrs.put("operator", pick(OPERATORS));
            attrs.put("plan", pick(PLANS));
            attrs.put("os", "Android 14");
            add(CiType.MOBILE_PHONE, tag("MOB"), null, pick(MOBILES), stock ? CiStatus.IN_STOCK : CiStatus.IN_SERVICE,
                    stock ? main : p.siteId(), stock ? null : p.id(), attrs, null, List.of(), -1);
        }
        for (int s = 0; s < sites.size(); s++) {
            long site = sites.get(s);
            int switches = (int) Math.max(1, Math.round(d.switchesPerSite()));
            for (int k = 0; k < switches; k++) {
                add(CiType.SWITCH, tag("SW"), null, pick(SWITCHES), CiStatus.IN_SERVICE, site, null,
                        Map.of("hostname", (prefix + "-sw-" + s + "-" + k).toLowerCase(Locale.ROOT),
                                "ipAddress", ip(site), "ports", random.nextBoolean() ? 48 : 24, "poe", true),
                        null, List.of(), -1);
            }
            double aps = d.accessPointsPerSite();
            int count = (int) aps + (random.nextDouble() < aps % 1 ? 1 : 0);
            for (int k = 0; k < count; k++) {
                add(CiType.WIFI_ACCESS_POINT, tag("WIFI"), null, pick(ACCESS_POINTS), CiStatus.IN_SERVICE, site, null,
                        Map.of("ipAddress", ip(site), "ssids", "Agents, Public"), null, List.of(), -1);
            }
            if (s == 0 || s % 10 == 0) {
                add(CiType.ROUTER, tag("RTR"), null, pick(ROUTERS), CiStatus.IN_SERVICE, site, null,
                        Map.of("ipAddress", ip(site), "wanLink", "Fibre 1 Gb/s (réseau métropolitain)"), null,
                        List.of(), -1);
            }
        }
        int servers = metropole ? d.metropoleServers() : people.size() > 1500 ? 2 : 0;
        for (int i = 0; i < servers; i++) {
            String tag = tag("SRV");
            Map<String, Object> attrs = new LinkedHashMap<>();
            attrs.put("hostname", tag.toLowerCase(Locale.ROOT));
            attrs.put("os", random.nextBoolean() ? "Debian GNU/Linux" : "Microsoft Windows Server 2022 Standard");
            attrs.put("ramMb", 65536 * (1 + random.nextInt(4)));
            attrs.put("diskGb", 2000 * (1 + random.nextInt(5)));
            attrs.put("virtual", false);
            attrs.put("rackLocation", "Baie " + (1 + i / 10) + " U" + (1 + (i % 10) * 4));
            attrs.put("ipAddress", ip(main));
            Instant report = lastReport();
            if (report != null) {
                attrs.put("agentDeviceId", tag.toLowerCase(Locale.ROOT) + "-agent");
            }
            add(CiType.SERVER, tag, null, pick(SERVERS), CiStatus.IN_SERVICE, main, null, attrs, report, List.of(), -1);
        }
    }

    private CiStatus workstationStatus(boolean laptop, boolean assigned) {
        double r = random.nextDouble();
        if (!assigned || r < 0.04) {
            return CiStatus.IN_STOCK;
        }
        if (r < 0.06) {
            return CiStatus.UNDER_REPAIR;
        }
        if (laptop && r < 0.08) {
            return CiStatus.LENT;
        }
        return r < 0.09 ? CiStatus.RETIRED : CiStatus.IN_SERVICE;
    }

    private Instant lastReport() {
        double r = random.nextDouble();
        if (r < 0.85) {
            return now.minus(random.nextInt(7 * 24 * 60), ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        }
        if (r < 0.93) {
            return now.minus(91 + random.nextInt(210), ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        }
        return null;
    }

    private List<String[]> software() {
        List<String[]> out = new ArrayList<>();
        for (String[] s : DemoSoftware.BASE) {
            if (random.nextDouble() < 0.8) {
                out.add(s);
            }
        }
        out.add(DemoSoftware.OFFICE[metropole || random.nextDouble() < 0.4 ? 0 : 1]);
        int business = 1 + random.nextInt(3);
        for (int i = 0; i < business; i++) {
            String[] b = pick(DemoSoftware.BUSINESS);
            out.add(new String[]{b[0], b[1], "" + (1 + random.nextInt(9)) + "." + random.nextInt(10)});
        }
        if (random.nextDouble() < 0.3) {
            DemoSoftware.Entry tail = DemoSoftware.LONG_TAIL.get(random.nextInt(DemoSoftware.LONG_TAIL.size()));
            out.add(new String[]{tail.name(), tail.publisher(), "1." + random.nextInt(10)});
        }
        if (random.nextDouble() < 0.03) {
            out.add(pick(DemoSoftware.UNLISTED));
        }
        return out;
    }

    private void add(CiType type, String tag, String serial, String[] model, CiStatus status, Long site, Long person,
                     Map<String, Object> attributes, Instant report, List<String[]> software, int connectedTo) {
        LocalDate acquired = now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(random.nextInt(7 * 365));
        LocalDate warranty = acquired.plusYears(type == CiType.COPIER || type == CiType.SERVER ? 5
                : random.nextDouble() < 0.6 ? 3 : 5).minusDays(1);
        items.add(new Item(type, tag, serial != null ? serial : serial(model), model[0], model[1], status, site, person,
                acquired, warranty, pick(SUPPLIERS), "BC-" + acquired.getYear() + "-" + (100 + random.nextInt(900)),
                attributes, report, software, connectedTo));
    }

    private String tag(String kind) {
        int n = counters.merge(kind, 1, Integer::sum);
        return String.format(Locale.ROOT, "%s-%s-%05d", prefix, kind, n);
    }

    private String serial(String[] model) {
        int n = counters.merge("serial:" + model[0], 1, Integer::sum);
        return String.format(Locale.ROOT, "%s%02d%s%05d", model[2], communeIndex,
                Integer.toString(model[1].hashCode() & 0xFFF, 36).toUpperCase(Locale.ROOT), n);
    }

    private String mac() {
        return String.format(Locale.ROOT, "%012X", random.nextLong() & 0xFEFFFFFFFFFFL);
    }

    private String ip(Long site) {
        long s = site == null ? 0 : site;
        return "10." + communeIndex + "." + (s % 250) + "." + (2 + random.nextInt(250));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private long pick(List<Long> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    private <T> T pickOne(T... values) {
        return values[random.nextInt(values.length)];
    }
}
