package fr.proxima.app.demo;

import fr.proxima.inventory.CentreStock;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.site.Site;
import fr.proxima.organisation.site.Sites;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo stock of the five proximity centres: a catalogue of consumables (toners, cables, mice, keyboards,
 * headsets...), a receipt per centre, twelve weeks of issues to the sites of the communes each centre serves, and
 * minimum thresholds, so that {@code GET /api/stock} and the replenishment suggestion have something to say (some
 * centres below their threshold, one with a surplus to transfer). Deterministic and loaded once.
 */
@Singleton
@Requires(property = "proxima.demo", value = "true")
public class DemoStock {
    private static final Logger LOG = LoggerFactory.getLogger(DemoStock.class);
    private static final AccessScope DEMO = new AccessScope("demo", null, fr.proxima.organisation.Role.ADMIN, null, null);

    /** code, name, category, unit, lead time, weekly use per centre (approx.), threshold. */
    private record Item(String code, String name, String category, String unit, int lead, int weekly, int threshold) {
    }

    private static final List<Item> CATALOGUE = List.of(
            new Item("TONER-HP-59A", "Toner HP 59A noir (LaserJet M404)", "Toner", "pièce", 2, 3, 6),
            new Item("TONER-HP-415A-K", "Toner HP 415A noir (Color LaserJet M454)", "Toner", "pièce", 2, 2, 4),
            new Item("TONER-BROTHER-TN2420", "Toner Brother TN-2420", "Toner", "pièce", 2, 1, 3),
            new Item("SOURIS-USB", "Souris optique USB", "Périphérique", "pièce", 1, 4, 10),
            new Item("CLAVIER-USB-AZERTY", "Clavier USB AZERTY", "Périphérique", "pièce", 1, 2, 6),
            new Item("CASQUE-USB-BINAURAL", "Casque USB binaural (téléphonie logicielle)", "Périphérique", "pièce", 3, 1, 4),
            new Item("CABLE-RJ45-2M", "Cordon réseau RJ45 cat. 6, 2 m", "Câble", "pièce", 1, 5, 20),
            new Item("CABLE-HDMI-2M", "Câble HDMI 2 m", "Câble", "pièce", 1, 2, 8),
            new Item("CABLE-USBC-DP", "Adaptateur USB-C vers DisplayPort", "Câble", "pièce", 2, 1, 4),
            new Item("CHARGEUR-USBC-65W", "Chargeur USB-C 65 W (portables)", "Alimentation", "pièce", 2, 1, 5),
            new Item("STATION-USBC", "Station d'accueil USB-C", "Périphérique", "pièce", 4, 1, 3),
            new Item("BATTERIE-ONDULEUR-12V9", "Batterie d'onduleur 12 V 9 Ah", "Alimentation", "pièce", 3, 0, 2));

    private static final Map<String, String> SUPPLIERS = Map.of("Toner", "Bureau Vallée Mérignac",
            "Périphérique", "UGAP", "Câble", "UGAP", "Alimentation", "Econocom");

    private final CentreStock stock;
    private final Organisation organisation;
    private final Sites sites;
    private final TransactionOperations<Connection> tx;

    DemoStock(CentreStock stock, Organisation organisation, Sites sites, TransactionOperations<Connection> tx) {
        this.stock = stock;
        this.organisation = organisation;
        this.sites = sites;
        this.tx = tx;
    }

    @EventListener
    @Order(40)
    void onStartup(StartupEvent event) {
        load(Instant.now());
    }

    /** Loads the demo stock unless some stock exists; returns the number of movements recorded. */
    public int load(Instant now) {
        if (stock.anyStock()) {
            return 0;
        }
        Random random = new Random(20_261_126L);
        List<String> centres = organisation.centres().stream().map(Organisation.TeamInfo::code).sorted().toList();
        Map<String, List<Long>> served = new java.util.HashMap<>();
        centres.forEach(c -> served.put(c, sitesServedBy(c)));
        Instant start = now.minus(Duration.ofDays(7L * 13));
        int movements = 0;
        for (Item item : CATALOGUE) {
            movements += tx.executeWrite(status -> loadItem(item, centres, served, start, random));
        }
        LOG.info("Demo stock: {} articles in {} centres, {} movements", CATALOGUE.size(), centres.size(), movements);
        return movements;
    }

    private int loadItem(Item item, List<String> centres, Map<String, List<Long>> served, Instant start,
                         Random random) {
        int movements = 0;
        long article = stock.consumable(item.code(), item.name(), item.category(), item.unit(), item.lead());
        for (int c = 0; c < centres.size(); c++) {
            String centre = centres.get(c);
            List<Long> siteIds = served.get(centre);
            double factor = 0.5 + random.nextDouble(); // centres do not all use the same
            int weekly = (int) Math.round(item.weekly() * factor);
            // first receipt: ~10 weeks of use; the first centre gets far more (a surplus to transfer)
            int received = Math.max(2, weekly * (c == 0 ? 22 : 10) + random.nextInt(4));
            stock.receive(centre, article, received, SUPPLIERS.get(item.category()), start);
            movements++;
            for (int week = 0; week < 12 && !siteIds.isEmpty(); week++) {
                int n = Math.max(0, weekly + random.nextInt(3) - 1);
                if (n == 0) {
                    continue;
                }
                Instant at = start.plus(Duration.ofDays(7L * week + 1 + random.nextInt(5)))
                        .plus(Duration.ofHours(8 + random.nextInt(9)));
                long site = siteIds.get(random.nextInt(siteIds.size()));
                if (stock.issue(centre, article, n, site, null, at)) {
                    movements++;
                }
            }
            stock.threshold(centre, article, item.threshold());
        }
        return movements;
    }

    private List<Long> sitesServedBy(String centre) {
        List<Long> ids = new ArrayList<>();
        Instant now = Instant.now();
        for (String commune : List.of("243300316", "33063", "33281", "33318", "33522", "33039", "33069", "33075",
                "33167", "33003", "33056", "33200", "33519", "33096", "33376")) {
            if (!organisation.centreOf(commune, now).map(centre::equals).orElse(false)) {
                continue;
            }
            for (Site s : sites.search(DEMO, commune, null, 0, 20).items()) {
                ids.add(s.id());
            }
        }
        return ids;
    }
}
