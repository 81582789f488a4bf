package fr.proxima.inventory.stock.application;

import fr.proxima.inventory.ci.application.CiCommands;
import fr.proxima.inventory.ci.infrastructure.CiReader;
import fr.proxima.inventory.ci.model.CiDraft;
import fr.proxima.inventory.ci.model.CiStatus;
import fr.proxima.inventory.stock.model.ArticleKind;
import fr.proxima.inventory.stock.model.MovementKind;
import fr.proxima.inventory.support.OrgFixtures;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.TeamCode;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Serialized units against MariaDB: a CI in stock at a centre, taken once, its status following the movements. */
@MicronautTest(startApplication = false, transactional = false)
class SerializedUnitsIT extends DatabaseTest {
    static final AccessScope ADMIN = OrgFixtures.ADMIN;
    static final AccessScope TECH_SUD = new AccessScope("tech.sud", 4L, Role.TECHNICIAN, TeamCode.of("SUD"), null);
    static final AccessScope TECH_SUD_2 = new AccessScope("tech2.sud", 6L, Role.TECHNICIAN, TeamCode.of("SUD"), null);
    static final AccessScope TECH_NORD = new AccessScope("tech.nord", 7L, Role.TECHNICIAN, TeamCode.of("OUEST_NORD"), null);
    private static final AtomicInteger TAGS = new AtomicInteger();

    @Inject
    StockService service;
    @Inject
    StockQueries queries;
    @Inject
    StockSettings settings;
    @Inject
    CiCommands cis;
    @Inject
    CiReader reader;
    @Inject
    OrgFixtures org;

    long laptops;
    long site;

    @BeforeAll
    void catalogue() {
        laptops = settings.createArticle(ADMIN, new StockSettings.ArticleDraft("PORTABLE-LAT-5440",
                "Portable Dell Latitude 5440", ArticleKind.SERIALIZED, "Poste", null, 4)).id();
        site = org.site(OrgFixtures.TALENCE, "Médiathèque Castagnéra");
    }

    private long laptop() {
        int n = TAGS.incrementAndGet();
        return cis.create(new CiDraft("LAPTOP", "STK-" + n, "8H2KQ" + (100 + n), "Dell", "Latitude 5440", "IN_STOCK",
                "243300316", null, null, null, null, "UGAP", null, null, Map.of()), ADMIN).id();
    }

    private MovementCommand receipt(long ci) {
        return new MovementCommand(MovementKind.RECEIPT, laptops, null, ci, null, null, "SUD", null, "UGAP",
                "BL-7781", null, null, null);
    }

    private MovementCommand issue(long ci) {
        return new MovementCommand(MovementKind.ISSUE, laptops, null, ci, null, "SUD", null, site, null, null, 991L,
                null, null);
    }

    @Test
    void a_received_unit_is_in_stock_at_the_centre_then_in_service_at_the_site_it_is_issued_to() {
        long ci = laptop();
        service.record(receipt(ci), null, TECH_SUD);
        assertThat(queries.units(TECH_SUD, "SUD", laptops)).extracting(u -> u.unit().ciId()).contains(ci);
        assertThat(queries.units(TECH_SUD, "SUD", laptops)).filteredOn(u -> u.unit().ciId() == ci).singleElement()
                .satisfies(u -> assertThat(u.ci()).hasValueSatisfying(c -> assertThat(c.serial()).startsWith("8H2KQ")));
        assertThat(reader.find(ci, ADMIN).orElseThrow().details().status()).isEqualTo(CiStatus.IN_STOCK);

        service.record(issue(ci), null, TECH_SUD);
        var details = reader.find(ci, ADMIN).orElseThrow().details();
        assertThat(details.status()).isEqualTo(CiStatus.IN_SERVICE);
        assertThat(details.siteId()).isEqualTo(site);
        assertThat(details.communeCode()).isEqualTo(OrgFixtures.TALENCE);
        assertThat(queries.units(TECH_SUD, "SUD", laptops)).extracting(u -> u.unit().ciId()).doesNotContain(ci);
        assertThat(reader.history(ci, ADMIN).orElseThrow()).anySatisfy(h -> assertThat(h.actor()).isEqualTo("tech.sud"));
    }

    @Test
    void two_technicians_issuing_the_same_unit_at_once_one_succeeds_the_other_gets_409() throws Exception {
        long ci = laptop();
        service.record(receipt(ci), null, TECH_SUD);
        int before = level();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (AccessScope who : List.of(TECH_SUD, TECH_SUD_2)) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    service.record(issue(ci), null, who);
                    return "ok";
                } catch (ProblemException e) {
                    return e.code();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (var f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("ok", StockProblems.UNIT_UNAVAILABLE);
        assertThat(level()).isEqualTo(before - 1);
    }

    @Test
    void a_unit_is_transferred_then_scrapped_and_cannot_be_received_twice() {
        long ci = laptop();
        service.record(receipt(ci), null, TECH_SUD);
        assertThat(assertProblem(() -> service.record(receipt(ci), null, TECH_SUD)).code())
                .isEqualTo(StockProblems.UNIT_ALREADY_IN_STOCK);
        service.record(new MovementCommand(MovementKind.TRANSFER, laptops, null, ci, 1, "SUD", "OUEST_NORD", null,
                null, null, null, null, null), null, TECH_SUD);
        assertThat(queries.units(ADMIN, "OUEST_NORD", laptops)).extracting(u -> u.unit().ciId()).contains(ci);
        assertThat(assertProblem(() -> service.record(issue(ci), null, TECH_SUD)).code())
                .as("no longer at SUD").isEqualTo(StockProblems.UNIT_UNAVAILABLE);
        service.record(new MovementCommand(MovementKind.SCRAP, laptops, null, ci, 1, "OUEST_NORD", null, null, null,
                null, null, null, "écran cassé, irréparable"), null, TECH_NORD);
        assertThat(reader.find(ci, ADMIN).orElseThrow().details().status()).isEqualTo(CiStatus.RETIRED);
        assertThat(queries.units(ADMIN, null, laptops)).extracting(u -> u.unit().ciId()).doesNotContain(ci);
    }

    @Test
    void an_unknown_ci_is_a_field_error() {
        assertThat(assertProblem(() -> service.record(receipt(987_654_321L), null, TECH_SUD)).fieldErrors())
                .extracting(ProblemException.FieldError::field).containsExactly("ciId");
    }

    private int level() {
        return queries.levels(ADMIN, "SUD", laptops, false).stream().mapToInt(l -> l.quantity()).findFirst().orElse(0);
    }

    private static ProblemException assertProblem(Runnable r) {
        try {
            r.run();
        } catch (ProblemException e) {
            return e;
        }
        throw new AssertionError("expected a problem");
    }

    private MovementCommand move(MovementKind kind, long ci, String from, String to, Long toSite) {
        return new MovementCommand(kind, laptops, null, ci, null, from, to, toSite, kind == MovementKind.RECEIPT
                ? "UGAP" : null, null, null, null, kind == MovementKind.RETURN ? "Rendu par l'agent" : null);
    }

    private static String code(Executable e) {
        return assertThrows(ProblemException.class, e).code();
    }

    @Test
    void a_centre_takes_in_only_its_own_units_or_its_communes_cis_and_issues_only_to_its_communes() {
        long blanquefortSite = org.site("33056", "Mairie de Blanquefort");
        // a new unit no centre ever held: Ouest-Nord receives it, but cannot issue it to a Talence site (centre Sud)
        long fresh = laptop();
        service.record(move(MovementKind.RECEIPT, fresh, null, "OUEST_NORD", null), null, TECH_NORD);
        assertThat(code(() -> service.record(move(MovementKind.ISSUE, fresh, "OUEST_NORD", null, site), null,
                TECH_NORD))).isEqualTo("INV-3107");
        assertThat(queries.units(ADMIN, "OUEST_NORD", laptops)).extracting(u -> u.unit().ciId()).contains(fresh);
        service.record(move(MovementKind.ISSUE, fresh, "OUEST_NORD", null, blanquefortSite), null, TECH_NORD);
        assertThat(reader.find(fresh, ADMIN).orElseThrow().communeCode()).isEqualTo("33056");

        // a unit Sud issued to Talence: Ouest-Nord may not take it back into its stock, Sud may
        long issued = laptop();
        service.record(receipt(issued), null, TECH_SUD);
        service.record(issue(issued), null, TECH_SUD);
        assertThat(code(() -> service.record(move(MovementKind.RETURN, issued, null, "OUEST_NORD", null), null,
                TECH_NORD))).isEqualTo("INV-3107");
        assertThat(reader.find(issued, ADMIN).orElseThrow().details().status()).isEqualTo(CiStatus.IN_SERVICE);
        service.record(move(MovementKind.RETURN, issued, null, "SUD", null), null, TECH_SUD);

        // a Talence workstation that was never in stock: only the centre serving Talence (or an admin) takes it in
        long talencePc = cis.create(new CiDraft("LAPTOP", "STK-T" + TAGS.incrementAndGet(), null, "Dell",
                "Latitude 5440", "IN_SERVICE", OrgFixtures.TALENCE, site, null, null, null, null, null, null,
                Map.of()), ADMIN).id();
        assertThat(code(() -> service.record(move(MovementKind.RETURN, talencePc, null, "OUEST_NORD", null), null,
                TECH_NORD))).isEqualTo("INV-3107");
        service.record(move(MovementKind.RETURN, talencePc, null, "SUD", null), null, TECH_SUD);
        assertThat(reader.find(talencePc, ADMIN).orElseThrow().details().status()).isEqualTo(CiStatus.IN_STOCK);
    }
}
