package fr.proxima.inventory.stock.application;

import fr.proxima.inventory.CentreStock;
import fr.proxima.inventory.stock.infrastructure.StockLedger;
import fr.proxima.inventory.stock.model.ArticleKind;
import fr.proxima.inventory.stock.model.Movement;
import fr.proxima.inventory.stock.model.MovementKind;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Organisation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;

/** {@link CentreStock} over the ledger, as the system: the same conditional updates as the users' movements. */
@Singleton
class StockFacade implements CentreStock {
    private final StockLedger ledger;
    private final Organisation organisation;

    StockFacade(StockLedger ledger, Organisation organisation) {
        this.ledger = ledger;
        this.organisation = organisation;
    }

    @Override
    @Transactional
    public long consumable(String code, String name, String category, String unit, int leadTimeWeeks) {
        return ledger.articleByCode(code).map(StockLedger.ArticleRow::id)
                .orElseGet(() -> ledger.insertArticle(code, name, ArticleKind.CONSUMABLE, category, unit, leadTimeWeeks));
    }

    @Override
    @Transactional
    public void receive(String centre, long articleId, int quantity, String supplier, Instant at) {
        Movement m = new Movement(MovementKind.RECEIPT, articleId, null, quantity, null, centre, null, supplier, null,
                null, null, null).check(ArticleKind.CONSUMABLE);
        ledger.insertMovement(m, null, AccessScope.SYSTEM, at, null, null, null);
        ledger.put(centre, articleId, quantity, at);
    }

    @Override
    @Transactional
    public boolean issue(String centre, long articleId, int quantity, long siteId, Long ticketId, Instant at) {
        String commune = organisation.site(siteId).map(Organisation.SiteInfo::communeCode).orElse(null);
        Movement m = new Movement(MovementKind.ISSUE, articleId, null, quantity, centre, null, siteId, null, null,
                ticketId, null, null).check(ArticleKind.CONSUMABLE);
        if (!ledger.take(centre, articleId, quantity, at)) {
            return false;
        }
        ledger.insertMovement(m, commune, AccessScope.SYSTEM, at, null, null, null);
        return true;
    }

    @Override
    @Transactional
    public void threshold(String centre, long articleId, int minimum) {
        long version = ledger.thresholdVersion(centre, articleId);
        ledger.setThreshold(centre, articleId, minimum, version, Instant.now());
    }

    @Override
    @Transactional
    public boolean anyStock() {
        return !ledger.levels(null, null, false).isEmpty();
    }
}
