package fr.proxima.inventory.stock.application;

import fr.proxima.inventory.stock.infrastructure.StockLedger;
import fr.proxima.inventory.stock.infrastructure.StockLedger.ArticleRow;
import fr.proxima.inventory.stock.infrastructure.StockLedger.LevelRow;
import fr.proxima.inventory.stock.infrastructure.StockLedger.MovementCriteria;
import fr.proxima.inventory.stock.infrastructure.StockLedger.MovementRow;
import fr.proxima.inventory.stock.infrastructure.StockLedger.UnitRow;
import fr.proxima.inventory.stock.model.ReplenishmentPolicy;
import fr.proxima.inventory.stock.model.StockPermissions;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Paged;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reads of the stock. Every method takes the caller's scope: stock is not a commune's record, so a commune
 * viewer is refused (403) rather than filtered; every other role reads every centre.
 */
@Singleton
public class StockQueries {
    public static final int MAX_PAGE = 200;

    private final StockLedger ledger;
    private final StockCis cis;
    private final ReplenishmentPolicy policy;
    private final Clock clock;

    StockQueries(StockLedger ledger, StockCis cis, @Value("${proxima.stock.review-weeks:2}") int reviewWeeks,
                 @Nullable Clock clock) {
        this.ledger = ledger;
        this.cis = cis;
        this.policy = new ReplenishmentPolicy(reviewWeeks);
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    static void checkRead(AccessScope scope) {
        if (!StockPermissions.mayRead(scope)) {
            throw StockProblems.forbidden("Le stock des centres n'est pas accessible à ce profil");
        }
    }

    @ReadOnly
    public List<LevelRow> levels(AccessScope scope, @Nullable String centre, @Nullable Long articleId,
                                 boolean belowThreshold) {
        checkRead(scope);
        return ledger.levels(centre, articleId, belowThreshold);
    }

    /** A unit in stock with what the CMDB says of it (empty CI when the CMDB no longer knows it). */
    public record UnitView(UnitRow unit, ArticleRow article, Optional<StockCis.UnitCi> ci) {
    }

    @ReadOnly
    public List<UnitView> units(AccessScope scope, @Nullable String centre, @Nullable Long articleId) {
        checkRead(scope);
        Map<Long, ArticleRow> articles = new HashMap<>();
        List<UnitView> out = new ArrayList<>();
        for (UnitRow u : ledger.unitsInStock(centre, articleId, 1_000)) {
            ArticleRow a = articles.computeIfAbsent(u.articleId(), id -> ledger.article(id).orElseThrow());
            out.add(new UnitView(u, a, cis.find(u.ciId())));
        }
        return out;
    }

    @ReadOnly
    public Paged<RecordedMovement> movements(AccessScope scope, MovementCriteria criteria, int page, int size) {
        checkRead(scope);
        Map<Long, ArticleRow> articles = new HashMap<>();
        List<RecordedMovement> rows = new ArrayList<>();
        for (MovementRow m : ledger.movements(criteria, page, size)) {
            rows.add(new RecordedMovement(m, articles.computeIfAbsent(m.articleId(),
                    id -> ledger.article(id).orElseThrow()), false));
        }
        return Paged.of(rows, page, size);
    }

    @ReadOnly
    public RecordedMovement movement(AccessScope scope, long id) {
        checkRead(scope);
        MovementRow m = ledger.movement(id).orElseThrow(StockProblems::movementNotFound);
        return new RecordedMovement(m, ledger.article(m.articleId()).orElseThrow(), false);
    }

    @ReadOnly
    public List<ArticleRow> articles(AccessScope scope) {
        checkRead(scope);
        return ledger.articles();
    }

    @ReadOnly
    public ArticleRow article(AccessScope scope, long id) {
        checkRead(scope);
        return ledger.article(id).orElseThrow(StockProblems::articleNotFound);
    }

    /** The suggestion for one article: its lines, transfers and orders. */
    public record ArticlePlan(ArticleRow article, ReplenishmentPolicy.Plan plan) {
    }

    /** The replenishment suggestion (see {@link ReplenishmentPolicy}), for every article held or thresholded. */
    public record Replenishment(Instant asOf, Instant windowStart, int windowWeeks, int reviewWeeks,
                                List<ArticlePlan> articles) {
    }

    @ReadOnly
    public Replenishment replenishment(AccessScope scope, @Nullable Long articleId, List<String> centres) {
        checkRead(scope);
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(7L * ReplenishmentPolicy.WINDOW_WEEKS));
        Map<String, Integer> consumed = new HashMap<>();
        for (StockLedger.Consumption c : ledger.consumptionSince(since, articleId)) {
            consumed.put(c.centre() + "|" + c.articleId(), c.quantity());
        }
        Map<Long, Map<String, LevelRow>> byArticle = new LinkedHashMap<>();
        Map<Long, ArticleRow> articles = new HashMap<>();
        for (LevelRow l : ledger.levels(null, articleId, false)) {
            byArticle.computeIfAbsent(l.article().id(), k -> new HashMap<>()).put(l.centre(), l);
            articles.put(l.article().id(), l.article());
        }
        List<ArticlePlan> plans = new ArrayList<>();
        for (var e : byArticle.entrySet()) {
            ArticleRow article = articles.get(e.getKey());
            if (!article.active()) {
                continue;
            }
            List<ReplenishmentPolicy.Position> positions = new ArrayList<>();
            for (String centre : centres) {
                LevelRow l = e.getValue().get(centre);
                positions.add(new ReplenishmentPolicy.Position(centre, l == null ? 0 : l.quantity(),
                        l == null ? 0 : l.minThreshold(), consumed.getOrDefault(centre + "|" + e.getKey(), 0)));
            }
            plans.add(new ArticlePlan(article, policy.plan(positions, article.leadTimeWeeks())));
        }
        return new Replenishment(now, since, ReplenishmentPolicy.WINDOW_WEEKS, policy.reviewWeeks(), plans);
    }
}
