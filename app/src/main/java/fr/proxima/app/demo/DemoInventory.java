package fr.proxima.app.demo;

import fr.proxima.inventory.ci.infrastructure.CiStore;
import fr.proxima.inventory.ci.model.CiAttributes;
import fr.proxima.inventory.ci.model.CiDetails;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.ci.model.InstalledSoftware;
import fr.proxima.inventory.ci.model.RelationRules;
import fr.proxima.inventory.ci.model.RelationType;
import fr.proxima.inventory.software.SoftwareCatalogue;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.commune.Commune;
import fr.proxima.organisation.commune.CommuneKind;
import fr.proxima.organisation.commune.Communes;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The demo configuration database: a software catalogue of about 400 applications, and for each mutualised entity a
 * park drawn by {@link ParkPlan} ({@link ParkPlan.Density#DEMO}: one workstation for 2.5 agents, about 14,000 CIs
 * and 60,000 installed software in all). Loaded once, in the background after the start (the server answers
 * meanwhile; the log says when it is done), with multi-row inserts, one transaction per entity; an entity that
 * already has CIs is left alone. Not at start with {@code proxima.demo-park=false} (the HTTP tests do that; a test
 * may still call {@link #load()}).
 */
@Singleton
@Requires(property = "proxima.demo", value = "true")
public class DemoInventory {
    private static final Logger LOG = LoggerFactory.getLogger(DemoInventory.class);
    private static final AccessScope DEMO = new AccessScope("demo", null, Role.ADMIN, null, null);
    private static final long SEED = 20_261_126L;

    /** Asset-tag prefix of each mutualised entity. */
    public static final Map<String, String> PREFIX = Map.ofEntries(
            Map.entry("243300316", "BM"), Map.entry("33063", "BDX"), Map.entry("33281", "MER"),
            Map.entry("33318", "PES"), Map.entry("33522", "TAL"), Map.entry("33039", "BEG"),
            Map.entry("33069", "LBO"), Map.entry("33075", "BRU"), Map.entry("33167", "FLO"),
            Map.entry("33003", "AMB"), Map.entry("33056", "BLA"), Map.entry("33200", "LHA"),
            Map.entry("33519", "LTA"), Map.entry("33096", "CBL"), Map.entry("33376", "SAM"));

    private final Communes communes;
    private final Organisation organisation;
    private final SoftwareCatalogue catalogue;
    private final CiStore store;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final boolean atStart;

    DemoInventory(Communes communes, Organisation organisation, SoftwareCatalogue catalogue, CiStore store,
                  JdbcOperations jdbc, TransactionOperations<Connection> tx,
                  @Value("${proxima.demo-park:true}") boolean atStart) {
        this.communes = communes;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.store = store;
        this.jdbc = jdbc;
        this.tx = tx;
        this.atStart = atStart;
    }

    @EventListener
    @Order(30)
    void onStartup(StartupEvent event) {
        if (!atStart) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                load();
            } catch (RuntimeException e) {
                LOG.warn("demo park not loaded", e);
            }
        }, "demo-park");
        loader.setDaemon(true);
        loader.start();
    }

    /** Loads the catalogue if empty and the park of every entity without CIs; returns the number of CIs created. */
    public int load() {
        long started = System.nanoTime();
        Map<String, Long> software = loadCatalogue();
        Instant now = Instant.now();
        int created = 0;
        int index = 0;
        for (Commune c : communes.all()) {
            if (!c.mutualised() || !PREFIX.containsKey(c.code())) {
                continue;
            }
            index++;
            if (count("SELECT COUNT(*) FROM inv_ci WHERE commune_code = ?", c.code()) > 0) {
                continue;
            }
            int communeIndex = index;
            created += tx.executeWrite(status -> loadCommune(c, communeIndex, software, now));
        }
        if (created > 0) {
            LOG.info("Demo park: {} configuration items loaded in {} ms", created, (System.nanoTime() - started) / 1_000_000);
        }
        return created;
    }

    private Map<String, Long> loadCatalogue() {
        if (count("SELECT COUNT(*) FROM inv_software", null) == 0) {
            tx.executeWrite(status -> {
                java.util.Set<String> keys = new java.util.HashSet<>();
                for (DemoSoftware.Entry e : DemoSoftware.catalogue()) {
                    if (keys.add(fr.proxima.inventory.software.SoftwareNames.matchKey(e.name()))) {
                        catalogue.create(DEMO, new SoftwareCatalogue.Draft(e.name(), e.publisher(), e.status(),
                                e.licences(), null, e.versions()));
                    }
                }
                return null;
            });
        }
        Map<String, Long> ids = new HashMap<>();
        tx.executeRead(status -> jdbc.prepareStatement("SELECT match_key, id FROM inv_software", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
            return null;
        }));
        return ids;
    }

    private int loadCommune(Commune c, int index, Map<String, Long> software, Instant now) {
        List<ParkPlan.Person> people = new ArrayList<>();
        LinkedHashSet<Long> sites = new LinkedHashSet<>();
        List<Organisation.PersonInfo> agents = organisation.activePeople(DEMO, c.code());
        // the VIPs (mayor, DGS...) work at the main site: the park's stock and servers go there
        agents.stream().filter(Organisation.PersonInfo::vip).map(Organisation.PersonInfo::siteId)
                .filter(java.util.Objects::nonNull).findFirst().ifPresent(sites::add);
        for (Organisation.PersonInfo p : agents) {
            people.add(new ParkPlan.Person(p.id(), p.siteId(), p.vip()));
            if (p.siteId() != null) {
                sites.add(p.siteId());
            }
        }
        List<ParkPlan.Item> plan = ParkPlan.of(PREFIX.get(c.code()), index, c.kind() == CommuneKind.METROPOLE, people,
                new ArrayList<>(sites), ParkPlan.Density.DEMO, now, SEED ^ c.code().hashCode());
        List<ConfigurationItem> cis = new ArrayList<>(plan.size());
        for (ParkPlan.Item i : plan) {
            CiDetails d = new CiDetails(i.type(), i.assetTag(), i.serialNumber(), i.manufacturer(), i.model(),
                    i.status(), c.code(), i.siteId(), i.personId(), i.acquisitionDate(), i.warrantyEnd(), i.supplier(),
                    i.purchaseReference(), null, CiAttributes.of(i.type(), i.attributes(), new ArrayList<>()));
            ConfigurationItem ci = ConfigurationItem.create(d, DEMO.username(), now);
            if (i.lastAgentReport() != null) {
                ci.reportedByAgent(i.lastAgentReport());
            }
            cis.add(ci);
        }
        long t0 = System.nanoTime();
        List<Long> ids = store.insertAll(cis, DEMO.username());
        long t1 = System.nanoTime();
        Map<Long, List<InstalledSoftware>> installed = new HashMap<>();
        List<RelationRules.Link> links = new ArrayList<>();
        for (int k = 0; k < plan.size(); k++) {
            ParkPlan.Item i = plan.get(k);
            if (!i.software().isEmpty()) {
                List<InstalledSoftware> list = new ArrayList<>();
                for (String[] s : i.software()) {
                    list.add(InstalledSoftware.of(s[0], s[1], s[2], null));
                }
                installed.put(ids.get(k), list);
            }
            if (i.connectedTo() >= 0) {
                links.add(RelationRules.Link.of(ids.get(k), RelationType.CONNECTED_TO, ids.get(i.connectedTo())));
            }
        }
        int rows = store.installAll(installed, software, now);
        long t2 = System.nanoTime();
        store.insertRelations(links, DEMO.username(), now);
        LOG.debug("demo park of {}: CIs {} ms ({}), software {} ms ({}), relations {} ms", c.code(),
                (t1 - t0) / 1_000_000, cis.size(), (t2 - t1) / 1_000_000, rows, (System.nanoTime() - t2) / 1_000_000);
        return cis.size();
    }

    private long count(String sql, String param) {
        return tx.executeRead(status -> jdbc.prepareStatement(sql, ps -> {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }
}
