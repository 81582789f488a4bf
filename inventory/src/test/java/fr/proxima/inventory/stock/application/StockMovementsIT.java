package fr.proxima.inventory.stock.application;

import fr.proxima.inventory.stock.infrastructure.StockLedger;
import fr.proxima.inventory.stock.infrastructure.StockLedger.MovementCriteria;
import fr.proxima.inventory.stock.model.ArticleKind;
import fr.proxima.inventory.stock.model.MovementKind;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.TeamCode;
import fr.proxima.organisation.site.SiteKind;
import fr.proxima.organisation.site.Sites;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Movements against MariaDB: the stock never goes negative, every movement is kept, keys replay, thresholds lock. */
@MicronautTest(startApplication = false, transactional = false)
class StockMovementsIT extends DatabaseTest {
    static final AccessScope ADMIN = new AccessScope("admin", 1L, Role.ADMIN, null, null);
    static final AccessScope TECH_SUD = new AccessScope("tech.sud", 4L, Role.TECHNICIAN, TeamCode.of("SUD"), null);
    static final AccessScope TECH_SUD_2 = new AccessScope("tech2.sud", 6L, Role.TECHNICIAN, TeamCode.of("SUD"), null);
    static final AccessScope MANAGER_SUD = new AccessScope("resp.sud", 3L, Role.CENTRE_MANAGER, TeamCode.of("SUD"), null);
    static final AccessScope TECH_NORD = new AccessScope("tech.nord", 7L, Role.TECHNICIAN, TeamCode.of("OUEST_NORD"), null);

    @Inject
    StockService service;
    @Inject
    StockQueries queries;
    @Inject
    StockSettings settings;
    @Inject
    Sites sites;
    @Inject
    JdbcOperations jdbc;
    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx;

    long toner;
    long mouse;
    long talenceSite;

    @BeforeAll
    void catalogue() {
        toner = settings.createArticle(ADMIN, new StockSettings.ArticleDraft("TONER-HP-59A", "Toner HP 59A",
                ArticleKind.CONSUMABLE, "Toner", null, 2)).id();
        mouse = settings.createArticle(ADMIN, new StockSettings.ArticleDraft("SOURIS-USB", "Souris USB",
                ArticleKind.CONSUMABLE, "Périphérique", null, 1)).id();
        talenceSite = sites.create(ADMIN, new Sites.SiteDraft("33522", "Hôtel de ville de Talence",
                SiteKind.TOWN_HALL, null, null, null, null, null, true)).id();
    }

    private MovementCommand receipt(long article, String centre, int q) {
        return new MovementCommand(MovementKind.RECEIPT, article, null, null, q, null, centre, null, "Bureau Vallée",
                "BC-2026-114", null, null, null);
    }

    private MovementCommand issue(long article, String centre, int q, Long ticket) {
        return new MovementCommand(MovementKind.ISSUE, article, null, null, q, centre, null, talenceSite, null, null,
                ticket, null, null);
    }

    @Test
    void a_receipt_an_issue_a_return_a_transfer_and_a_scrap_move_the_stock_and_are_all_kept() {
        service.record(new MovementCommand(MovementKind.RECEIPT, null, "souris-usb", null, 10, null, "SUD", null,
                "Bureau Vallée", null, null, null, null), null, TECH_SUD);
        var issued = service.record(issue(mouse, "SUD", 3, 1234L), null, TECH_SUD).movement();
        service.record(new MovementCommand(MovementKind.RETURN, mouse, null, null, 1, null, "SUD", talenceSite, null,
                null, 1234L, null, "non utilisée"), null, TECH_SUD);
        service.record(new MovementCommand(MovementKind.TRANSFER, mouse, null, null, 2, "SUD", "OUEST_NORD", null,
                null, null, null, null, null), null, MANAGER_SUD);
        service.record(new MovementCommand(MovementKind.SCRAP, mouse, null, null, 1, "SUD", null, null, null, null,
                null, null, "câble arraché"), null, TECH_SUD);

        assertThat(level("SUD", mouse)).isEqualTo(10 - 3 + 1 - 2 - 1);
        assertThat(level("OUEST_NORD", mouse)).isEqualTo(2);
        assertThat(issued.communeCode()).isEqualTo("33522");
        assertThat(issued.ticketId()).isEqualTo(1234L);
        assertThat(issued.actor()).isEqualTo("tech.sud");
        var ledger = queries.movements(ADMIN, new MovementCriteria("SUD", mouse, null, null, null, null, null), 0, 50);
        assertThat(ledger.items()).extracting(m -> m.movement().kind()).containsExactly(MovementKind.SCRAP,
                MovementKind.TRANSFER, MovementKind.RETURN, MovementKind.ISSUE, MovementKind.RECEIPT);
        assertThat(queries.movements(ADMIN, new MovementCriteria(null, null, null, 1234L, null, null, null), 0, 50)
                .items()).hasSize(2);
    }

    @Test
    void taking_more_than_the_centre_holds_is_a_409_and_changes_nothing() {
        long article = article("CABLE-RJ45-2M", ArticleKind.CONSUMABLE);
        service.record(receipt(article, "SUD", 2), null, TECH_SUD);
        long before = count();
        ProblemException e = assertProblem(() -> service.record(issue(article, "SUD", 3, null), null, TECH_SUD));
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.code()).isEqualTo(StockProblems.INSUFFICIENT);
        assertThat(e.extra()).containsEntry("available", 2);
        assertThat(level("SUD", article)).isEqualTo(2);
        assertThat(count()).as("the refused movement is not in the ledger").isEqualTo(before);
    }

    @Test
    void the_database_refuses_a_negative_quantity_whatever_the_code_does() {
        long article = article("CHECK-NEG", ArticleKind.CONSUMABLE);
        service.record(receipt(article, "SUD", 1), null, TECH_SUD);
        assertThatThrownBy(() -> tx.executeWrite(st -> jdbc.prepareStatement(
                "UPDATE inv_stock_level SET quantity = -1 WHERE article_id = ?", ps -> {
                    ps.setLong(1, article);
                    return ps.executeUpdate();
                }))).hasStackTraceContaining("ck_inv_stock_level_quantity");
    }

    @Test
    void two_technicians_taking_the_last_units_at_once_one_succeeds_the_others_get_409() throws Exception {
        long article = article("TONER-LAST", ArticleKind.CONSUMABLE);
        service.record(receipt(article, "SUD", 1), null, TECH_SUD);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            AccessScope who = i % 2 == 0 ? TECH_SUD : TECH_SUD_2;
            results.add(pool.submit((Callable<String>) () -> {
                start.await();
                try {
                    service.record(issue(article, "SUD", 1, null), null, who);
                    return "ok";
                } catch (ProblemException e) {
                    return e.code();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(StockProblems.INSUFFICIENT::equals).hasSize(threads - 1);
        assertThat(level("SUD", article)).isZero();
    }

    @Test
    void a_retry_with_the_same_key_replays_the_first_movement_and_another_body_is_refused() {
        long article = article("TONER-IDEM", ArticleKind.CONSUMABLE);
        service.record(receipt(article, "SUD", 5), null, TECH_SUD);
        var first = service.record(issue(article, "SUD", 2, null), "sortie-42", TECH_SUD);
        var again = service.record(issue(article, "SUD", 2, null), "sortie-42", TECH_SUD);
        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.movement().id()).isEqualTo(first.movement().id());
        assertThat(level("SUD", article)).isEqualTo(3);
        ProblemException e = assertProblem(() -> service.record(issue(article, "SUD", 1, null), "sortie-42", TECH_SUD));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.code()).isEqualTo(StockProblems.KEY_REUSED);
        // keys are per principal: another technician may use the same key
        assertThat(service.record(issue(article, "SUD", 1, null), "sortie-42", TECH_SUD_2).replayed()).isFalse();
        assertThat(level("SUD", article)).isEqualTo(2);
    }

    @Test
    void concurrent_retries_with_one_key_make_one_movement() throws Exception {
        long article = article("TONER-IDEM-CONC", ArticleKind.CONSUMABLE);
        service.record(receipt(article, "SUD", 10), null, TECH_SUD);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(pool.submit(() -> {
                start.await();
                return service.record(issue(article, "SUD", 1, null), "double-clic", TECH_SUD).movement().id();
            }));
        }
        start.countDown();
        List<Long> seen = new ArrayList<>();
        for (Future<Long> f : ids) {
            seen.add(f.get());
        }
        pool.shutdown();
        assertThat(seen).containsOnly(seen.get(0));
        assertThat(level("SUD", article)).isEqualTo(9);
    }

    @Test
    void a_technician_cannot_move_another_centres_stock_and_a_commune_viewer_sees_no_stock() {
        long article = article("TONER-PERM", ArticleKind.CONSUMABLE);
        service.record(receipt(article, "SUD", 3), null, TECH_SUD);
        assertThat(assertProblem(() -> service.record(issue(article, "SUD", 1, null), null, TECH_NORD)).code())
                .isEqualTo(StockProblems.FORBIDDEN);
        AccessScope viewer = new AccessScope("viewer.talence", 5L, Role.COMMUNE_VIEWER, null,
                fr.proxima.organisation.CommuneCode.of("33522"));
        assertThat(assertProblem(() -> queries.levels(viewer, null, null, false)).status()).isEqualTo(403);
        assertThat(level("SUD", article)).isEqualTo(3);
    }

    @Test
    void unknown_centres_sites_and_articles_are_field_errors() {
        long article = article("TONER-UNKNOWN", ArticleKind.CONSUMABLE);
        assertThat(assertProblem(() -> service.record(receipt(article, "NULLE_PART", 1), null, ADMIN)).fieldErrors())
                .extracting(ProblemException.FieldError::field).containsExactly("toCentre");
        assertThat(assertProblem(() -> service.record(new MovementCommand(MovementKind.ISSUE, article, null, null, 1,
                "SUD", null, 987_654L, null, null, null, null, null), null, ADMIN)).fieldErrors())
                .extracting(ProblemException.FieldError::field).containsExactly("siteId");
        assertThat(assertProblem(() -> service.record(receipt(987_654L, "SUD", 1), null, ADMIN)).fieldErrors())
                .extracting(ProblemException.FieldError::field).containsExactly("article");
    }

    @Test
    void a_threshold_is_set_with_its_version_and_a_stale_version_is_a_409() {
        long article = article("TONER-SEUIL", ArticleKind.CONSUMABLE);
        var level = settings.setThreshold(MANAGER_SUD, "SUD", article, 4, 0);
        assertThat(level.minThreshold()).isEqualTo(4);
        assertThat(level.version()).isEqualTo(1);
        service.record(receipt(article, "SUD", 2), null, TECH_SUD); // a movement does not change the version
        assertThat(settings.setThreshold(MANAGER_SUD, "SUD", article, 6, 1).version()).isEqualTo(2);
        ProblemException stale = assertProblem(() -> settings.setThreshold(MANAGER_SUD, "SUD", article, 8, 1));
        assertThat(stale.code()).isEqualTo(StockProblems.STALE);
        assertThat(stale.extra()).containsEntry("currentVersion", 2L);
        assertThat(assertProblem(() -> settings.setThreshold(MANAGER_SUD, "OUEST_NORD", article, 1, 0)).code())
                .isEqualTo(StockProblems.FORBIDDEN);
        assertThat(assertProblem(() -> settings.setThreshold(TECH_SUD, "SUD", article, 1, 2)).code())
                .isEqualTo(StockProblems.FORBIDDEN);
        assertThat(queries.levels(TECH_SUD, "SUD", article, true)).singleElement()
                .satisfies(l -> assertThat(l.quantity()).isEqualTo(2));
    }

    @Test
    void the_replenishment_uses_the_last_twelve_weeks_and_suggests_a_transfer_before_an_order() {
        long article = article("TONER-REAPPRO", ArticleKind.CONSUMABLE);
        service.record(receipt(article, "SUD", 30), null, TECH_SUD);
        // 24 issued within the window, and 50 long before it (outside the window: not counted)
        for (int i = 0; i < 4; i++) {
            service.record(issue(article, "SUD", 6, null), null, TECH_SUD);
        }
        backdateLastMovements(article, 4, Duration.ofDays(20));
        service.record(receipt(article, "SUD", 50), null, TECH_SUD);
        service.record(issue(article, "SUD", 50, null), null, TECH_SUD);
        backdateLastMovements(article, 1, Duration.ofDays(7 * 13));
        service.record(receipt(article, "OUEST_NORD", 20), null, TECH_NORD);
        settings.setThreshold(ADMIN, "OUEST_NORD", article, 2, 0);

        var plan = queries.replenishment(ADMIN, article, List.of("OUEST_NORD", "SUD")).articles().get(0).plan();
        var sud = plan.lines().stream().filter(l -> l.centre().equals("SUD")).findFirst().orElseThrow();
        assertThat(sud.consumed()).isEqualTo(24);
        assertThat(sud.need()).isEqualTo(8); // 2 a week × (lead time 2 + review 2)
        assertThat(sud.onHand()).isEqualTo(6);
        assertThat(sud.shortfall()).isEqualTo(2);
        assertThat(plan.transfers()).singleElement().satisfies(t -> {
            assertThat(t.fromCentre()).isEqualTo("OUEST_NORD");
            assertThat(t.toCentre()).isEqualTo("SUD");
            assertThat(t.quantity()).isEqualTo(2);
        });
        assertThat(plan.orders()).isEmpty();
    }

    private void backdateLastMovements(long article, int n, Duration by) {
        tx.executeWrite(st -> jdbc.prepareStatement("UPDATE inv_stock_movement SET occurred_at = occurred_at - INTERVAL ? SECOND "
                + "WHERE article_id = ? AND kind = 'ISSUE' ORDER BY id DESC LIMIT ?", ps -> {
            ps.setLong(1, by.toSeconds());
            ps.setLong(2, article);
            ps.setInt(3, n);
            return ps.executeUpdate();
        }));
    }

    private long article(String code, ArticleKind kind) {
        return settings.createArticle(ADMIN, new StockSettings.ArticleDraft(code, code, kind, "Divers", null, 2)).id();
    }

    private int level(String centre, long article) {
        return queries.levels(ADMIN, centre, article, false).stream().mapToInt(StockLedger.LevelRow::quantity)
                .findFirst().orElse(0);
    }

    private long count() {
        return tx.executeRead(st -> jdbc.prepareStatement("SELECT COUNT(*) FROM inv_stock_movement", ps -> {
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    private static ProblemException assertProblem(Runnable r) {
        try {
            r.run();
        } catch (ProblemException e) {
            return e;
        }
        throw new AssertionError("expected a problem");
    }
}
