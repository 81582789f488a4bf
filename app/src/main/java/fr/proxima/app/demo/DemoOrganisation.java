package fr.proxima.app.demo;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.commune.Commune;
import fr.proxima.organisation.commune.CommuneKind;
import fr.proxima.organisation.commune.Communes;
import fr.proxima.organisation.person.People;
import fr.proxima.organisation.site.Site;
import fr.proxima.organisation.site.SiteKind;
import fr.proxima.organisation.site.Sites;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo organisation: for each mutualised entity, a realistic set of sites (town hall, annexes, schools,
 * library, technical centre, crèches...) around the commune's centre point, and its agents (about 18,000 in all,
 * spread by population, the Métropole itself about 3,000) with French names, job titles, 05 56 phone numbers,
 * e-mails prenom.nom@domain and a few VIPs (the mayor, the DGS...).
 *
 * <p>Deterministic (one seeded {@link Random} per commune) and loaded once: only the 15 entities known here are
 * filled, and one that already has sites is left alone, so a second start adds nothing (nor does a commune an
 * administrator adds later get demo agents). Each commune loads in its own transaction, with multi-row inserts
 * for the people.
 */
@Singleton
@Requires(property = "proxima.demo", value = "true")
public class DemoOrganisation {
    private static final Logger LOG = LoggerFactory.getLogger(DemoOrganisation.class);
    private static final AccessScope DEMO = new AccessScope("demo", null, Role.ADMIN, null, null);
    static final int TOTAL_AGENTS = 18_000;
    static final int METROPOLE_AGENTS = 3_000;
    private static final long SEED = 20_261_125L;

    /** Postal code and e-mail domain of each mutualised entity. */
    private record Local(String postalCode, String domain) {
    }

    private static final Map<String, Local> LOCAL = Map.ofEntries(
            Map.entry("243300316", new Local("33045", "bordeaux-metropole.fr")),
            Map.entry("33063", new Local("33000", "mairie-bordeaux.fr")),
            Map.entry("33281", new Local("33700", "merignac.fr")),
            Map.entry("33318", new Local("33600", "mairie-pessac.fr")),
            Map.entry("33522", new Local("33400", "talence.fr")),
            Map.entry("33039", new Local("33130", "mairie-begles.fr")),
            Map.entry("33069", new Local("33110", "mairie-le-bouscat.fr")),
            Map.entry("33075", new Local("33520", "mairie-bruges.fr")),
            Map.entry("33167", new Local("33270", "ville-floirac.fr")),
            Map.entry("33003", new Local("33440", "ville-ambaresetlagrave.fr")),
            Map.entry("33056", new Local("33290", "ville-blanquefort.fr")),
            Map.entry("33200", new Local("33185", "ville-lehaillan.fr")),
            Map.entry("33519", new Local("33320", "taillan-medoc.fr")),
            Map.entry("33096", new Local("33560", "carbon-blanc.fr")),
            Map.entry("33376", new Local("33160", "saint-aubin-de-medoc.fr")));

    private final Communes communes;
    private final Sites sites;
    private final People people;
    private final TransactionOperations<Connection> tx;

    DemoOrganisation(Communes communes, Sites sites, People people, TransactionOperations<Connection> tx) {
        this.communes = communes;
        this.sites = sites;
        this.people = people;
        this.tx = tx;
    }

    @EventListener
    @Order(20)
    void onStartup(StartupEvent event) {
        load();
    }

    /** Loads the communes that have no site yet; returns the number of people inserted. */
    public int load() {
        long started = System.nanoTime();
        Map<String, double[]> centres = centrePoints();
        List<Commune> mutualised = communes.all().stream().filter(Commune::mutualised).toList();
        long communePopulation = mutualised.stream().filter(c -> c.kind() == CommuneKind.COMMUNE)
                .mapToLong(c -> c.population() == null ? 0 : c.population()).sum();
        int inserted = 0;
        int loaded = 0;
        for (Commune c : mutualised) {
            if (!LOCAL.containsKey(c.code()) || sites.countInCommune(c.code()) > 0) {
                continue;
            }
            int agents = c.kind() == CommuneKind.METROPOLE ? METROPOLE_AGENTS
                    : (int) Math.round((double) (TOTAL_AGENTS - METROPOLE_AGENTS) * (c.population() == null ? 0 : c.population())
                    / Math.max(1, communePopulation));
            double[] centre = centres.getOrDefault(c.code(), new double[]{
                    c.latitude() == null ? 44.837 : c.latitude().doubleValue(),
                    c.longitude() == null ? -0.579 : c.longitude().doubleValue()});
            inserted += tx.executeWrite(status -> loadCommune(c, agents, centre));
            loaded++;
        }
        if (loaded > 0) {
            LOG.info("Demo organisation: {} entities, {} agents loaded in {} ms", loaded, inserted,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return inserted;
    }

    private int loadCommune(Commune c, int agents, double[] centre) {
        Random random = new Random(SEED ^ c.code().hashCode());
        Local local = LOCAL.getOrDefault(c.code(), new Local(null, slug(c.name()) + ".fr"));
        boolean metropole = c.kind() == CommuneKind.METROPOLE;
        String city = metropole ? "Bordeaux" : c.name();
        List<Site> created = new ArrayList<>();
        for (SitePlan plan : sitePlan(c, random)) {
            BigDecimal lat = coordinate(centre[0] + (random.nextDouble() - 0.5) * 0.03);
            BigDecimal lon = coordinate(centre[1] + (random.nextDouble() - 0.5) * 0.04);
            String address = plan.address != null ? plan.address : address(random);
            created.add(sites.create(DEMO, new Sites.SiteDraft(c.code(), plan.name, plan.kind, address,
                    local.postalCode(), city, lat, lon, true)));
        }
        Site main = created.get(0);
        int[] weights = created.stream().mapToInt(s -> weight(s.kind())).toArray();
        int totalWeight = 0;
        for (int w : weights) {
            totalWeight += w;
        }
        Set<String> emails = new HashSet<>();
        String prefix = "05 56 " + String.format(Locale.ROOT, "%02d", 10 + Math.floorMod(c.code().hashCode(), 89));
        List<People.PersonDraft> drafts = new ArrayList<>(agents);
        String[] vips = metropole ? DemoNames.METROPOLE_VIPS : DemoNames.COMMUNE_VIPS;
        for (int i = 0; i < agents; i++) {
            String first = pick(random, DemoNames.FIRST_NAMES);
            String last = pick(random, DemoNames.LAST_NAMES);
            boolean vip = i < vips.length;
            Site site;
            String job;
            if (vip) {
                site = main;
                job = vips[i];
            } else {
                site = created.get(pickWeighted(random, weights, totalWeight));
                job = metropole ? pick(random, DemoNames.METROPOLE_JOBS) : pick(random, jobs(site.kind()));
            }
            String phone = prefix + String.format(Locale.ROOT, " %02d %02d", random.nextInt(100), random.nextInt(100));
            String mobile = vip || random.nextInt(100) < 30
                    ? String.format(Locale.ROOT, "0%d %02d %02d %02d %02d", random.nextBoolean() ? 6 : 7,
                    random.nextInt(100), random.nextInt(100), random.nextInt(100), random.nextInt(100))
                    : null;
            String email = email(first, last, local.domain(), emails);
            drafts.add(new People.PersonDraft(c.code(), site.id(), first, last, job, phone, mobile, email, vip,
                    random.nextInt(100) >= 2));
        }
        return people.importAll(DEMO, "demo:" + c.code(), drafts);
    }

    // ---- sites -------------------------------------------------------------------------------------------------

    private record SitePlan(String name, SiteKind kind, String address) {
    }

    private static List<SitePlan> sitePlan(Commune c, Random random) {
        List<SitePlan> plan = new ArrayList<>();
        if (c.kind() == CommuneKind.METROPOLE) {
            plan.add(new SitePlan("Siège de Bordeaux Métropole", SiteKind.HEADQUARTERS, "Esplanade Charles-de-Gaulle"));
            plan.add(new SitePlan("Immeuble Laure Gatet", SiteKind.HEADQUARTERS, "39-41 cours du Maréchal Juin"));
            for (String pole : new String[]{"Bordeaux", "Rive droite", "Sud", "Ouest"}) {
                plan.add(new SitePlan("Pôle territorial " + pole, SiteKind.OTHER, null));
            }
            for (String depot : new String[]{"Centre technique de la Jallère", "Centre technique de Bègles",
                    "Centre de propreté Rive droite", "Centre d'exploitation de l'eau et de l'assainissement"}) {
                plan.add(new SitePlan(depot, SiteKind.TECHNICAL_CENTRE, null));
            }
            plan.add(new SitePlan("Direction du numérique et des systèmes d'information", SiteKind.OTHER, null));
            plan.add(new SitePlan("Pôle mobilités", SiteKind.OTHER, null));
            return plan;
        }
        int population = c.population() == null ? 10_000 : c.population();
        plan.add(new SitePlan("Hôtel de ville " + of(c.name()), SiteKind.TOWN_HALL, null));
        int annexes = population > 150_000 ? 6 : population > 40_000 ? 2 : population > 20_000 ? 1 : 0;
        List<String> quarters = shuffled(DemoNames.QUARTERS, random);
        for (int i = 0; i < annexes; i++) {
            plan.add(new SitePlan("Mairie annexe " + quarters.get(i), SiteKind.TOWN_HALL_ANNEX, null));
        }
        plan.add(new SitePlan("Centre communal d'action sociale (CCAS)", SiteKind.SOCIAL_ACTION_CENTRE, null));
        plan.add(new SitePlan("Centre technique municipal", SiteKind.TECHNICAL_CENTRE, null));
        int schools = Math.max(2, Math.min(30, population / 3_500));
        List<String> namesakes = shuffled(DemoNames.SCHOOL_NAMES, random);
        for (int i = 0; i < schools; i++) {
            plan.add(new SitePlan("École maternelle " + namesakes.get(i), SiteKind.NURSERY_SCHOOL, null));
            plan.add(new SitePlan("École élémentaire " + namesakes.get((i + schools) % namesakes.size()),
                    SiteKind.PRIMARY_SCHOOL, null));
        }
        int libraries = Math.max(1, Math.min(8, population / 30_000));
        for (int i = 0; i < libraries; i++) {
            plan.add(new SitePlan(i == 0 ? "Médiathèque municipale" : "Bibliothèque de quartier " + quarters.get(
                    (annexes + i) % quarters.size()), SiteKind.LIBRARY, null));
        }
        int creches = Math.max(1, Math.min(12, population / 8_000));
        for (int i = 0; i < creches; i++) {
            plan.add(new SitePlan("Crèche " + pick(random, new String[]{"Les Petits Loups", "Les Lutins", "Les Coccinelles",
                    "Les Pitchouns", "Les Câlins", "Arc-en-ciel", "Les Diablotins", "Les Poussins"}) + " " + (i + 1),
                    SiteKind.DAY_NURSERY, null));
        }
        int gyms = Math.max(1, Math.min(10, population / 10_000));
        for (int i = 0; i < gyms; i++) {
            plan.add(new SitePlan("Gymnase " + namesakes.get((2 * schools + i) % namesakes.size()),
                    SiteKind.SPORTS_HALL, null));
        }
        if (population > 10_000) {
            plan.add(new SitePlan("Police municipale", SiteKind.MUNICIPAL_POLICE, null));
        }
        if (population > 15_000) {
            plan.add(new SitePlan("Centre social et culturel", SiteKind.COMMUNITY_CENTRE, null));
        }
        if (population > 20_000) {
            plan.add(new SitePlan("Conservatoire municipal de musique et de danse", SiteKind.MUSIC_SCHOOL, null));
            plan.add(new SitePlan("Espace culturel", SiteKind.CULTURAL_CENTRE, null));
        }
        return plan;
    }

    private static int weight(SiteKind kind) {
        return switch (kind) {
            case HEADQUARTERS -> 60;
            case TOWN_HALL -> 30;
            case TECHNICAL_CENTRE -> 15;
            case OTHER -> 12;
            case DAY_NURSERY, SOCIAL_ACTION_CENTRE -> 6;
            case LIBRARY, MUNICIPAL_POLICE, MUSIC_SCHOOL -> 5;
            case TOWN_HALL_ANNEX -> 4;
            case NURSERY_SCHOOL, PRIMARY_SCHOOL, COMMUNITY_CENTRE, CULTURAL_CENTRE -> 3;
            case SPORTS_HALL -> 1;
        };
    }

    private static String[] jobs(SiteKind kind) {
        return switch (kind) {
            case NURSERY_SCHOOL, PRIMARY_SCHOOL -> DemoNames.SCHOOL_JOBS;
            case LIBRARY -> DemoNames.LIBRARY_JOBS;
            case TECHNICAL_CENTRE -> DemoNames.TECHNICAL_JOBS;
            case DAY_NURSERY -> DemoNames.NURSERY_JOBS;
            case SPORTS_HALL -> DemoNames.SPORT_JOBS;
            case SOCIAL_ACTION_CENTRE, COMMUNITY_CENTRE -> DemoNames.SOCIAL_JOBS;
            case MUNICIPAL_POLICE -> DemoNames.POLICE_JOBS;
            case MUSIC_SCHOOL -> DemoNames.MUSIC_JOBS;
            case CULTURAL_CENTRE -> DemoNames.CULTURE_JOBS;
            default -> DemoNames.TOWN_HALL_JOBS;
        };
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static String address(Random random) {
        return (1 + random.nextInt(180)) + " " + pick(random, DemoNames.STREET_KINDS) + " " + pick(random, DemoNames.STREETS);
    }

    private static String email(String first, String last, String domain, Set<String> taken) {
        String local = slug(first) + "." + slug(last);
        String candidate = local;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = local + n;
        }
        return candidate + "@" + domain;
    }

    /** "Le Bouscat" → "du Bouscat", "Ambarès" → "d'Ambarès", "Pessac" → "de Pessac". */
    private static String of(String name) {
        if (name.startsWith("Le ")) {
            return "du " + name.substring(3);
        }
        return "AEIOUÉÈÂÎ".indexOf(name.charAt(0)) >= 0 ? "d'" + name : "de " + name;
    }

    /** Lower case, no accents, words joined by hyphens: the local part of an e-mail address. */
    private static String slug(String s) {
        String t = Normalizer.normalize(s.replace("œ", "oe").replace("æ", "ae"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static BigDecimal coordinate(double v) {
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static int pickWeighted(Random random, int[] weights, int total) {
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static List<String> shuffled(String[] values, Random random) {
        List<String> list = new ArrayList<>(List.of(values));
        java.util.Collections.shuffle(list, random);
        return list;
    }

    /** The approximate centre point of every commune (the project's copy of the shared data file). */
    private static Map<String, double[]> centrePoints() {
        Map<String, double[]> points = new HashMap<>();
        try (InputStream in = DemoOrganisation.class.getClassLoader().getResourceAsStream("reference/communes-centres.csv")) {
            if (in == null) {
                return points;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", 5);
                if (f.length >= 4) {
                    points.put(f[0], new double[]{Double.parseDouble(f[2]), Double.parseDouble(f[3])});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return points;
    }
}
