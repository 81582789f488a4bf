package fr.proxima.inventory.stock.application;

import fr.proxima.inventory.stock.infrastructure.StockLedger;
import fr.proxima.inventory.stock.infrastructure.StockLedger.ArticleRow;
import fr.proxima.inventory.stock.infrastructure.StockLedger.MovementRow;
import fr.proxima.inventory.stock.model.ArticleKind;
import fr.proxima.inventory.stock.model.Movement;
import fr.proxima.inventory.stock.model.MovementKind;
import fr.proxima.inventory.stock.model.StockPermissions;
import fr.proxima.inventory.stock.model.StockRuleViolation;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.IdempotentCreations;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records stock movements. One transaction per movement: the ledger row (carrying the idempotency key) is
 * inserted first, then the stock is taken with a conditional update (nothing taken → 409, the transaction rolls
 * back), then put, then the CI's status follows for a serialized unit. A retry with the same key waits on the
 * unique key for the first transaction and then replays its movement. A deadlock between two crossing transfers
 * is retried.
 */
@Singleton
public class StockService {
    /** Header name, as for tickets and calls. */
    public static final String IDEMPOTENCY_HEADER = IdempotentCreations.HEADER;
    private static final int DEADLOCK_RETRIES = 5;

    private final StockLedger ledger;
    private final Organisation organisation;
    private final StockCis cis;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    StockService(StockLedger ledger, Organisation organisation, StockCis cis, TransactionOperations<Connection> tx,
                 @Nullable Clock clock) {
        this.ledger = ledger;
        this.organisation = organisation;
        this.cis = cis;
        this.tx = tx;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** A 400 problem when a key is present but malformed (1 to 255 visible ASCII characters). */
    public static void checkKey(String key) {
        IdempotentCreations.checkKey(key, StockProblems.KEY_INVALID);
    }

    /** Records the movement (once per idempotency key and principal). */
    public RecordedMovement record(MovementCommand command, @Nullable String idempotencyKey, AccessScope scope) {
        checkKey(idempotencyKey);
        if (!StockPermissions.mayRead(scope)) {
            throw StockProblems.forbidden("Le stock des centres n'est pas accessible à ce profil");
        }
        String hash = IdempotentCreations.hash(command.canonical().getBytes(StandardCharsets.UTF_8));
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.executeWrite(status -> recordOnce(command, idempotencyKey, hash, scope));
            } catch (RuntimeException e) {
                if (idempotencyKey != null && causedBy(e, SQLIntegrityConstraintViolationException.class)
                        && String.valueOf(rootMessage(e)).contains("uk_inv_stock_movement_idem")) {
                    // a concurrent request with the same key committed first: answer with its movement
                    return tx.executeRead(status -> replay(idempotencyKey, hash, scope))
                            .orElseThrow(() -> e);
                }
                if (attempt < DEADLOCK_RETRIES && (causedBy(e, SQLTransactionRollbackException.class)
                        || String.valueOf(rootMessage(e)).contains("Deadlock found"))) {
                    continue;
                }
                throw e;
            }
        }
    }

    private RecordedMovement recordOnce(MovementCommand c, String key, String hash, AccessScope scope) {
        if (key != null) {
            Optional<RecordedMovement> earlier = replay(key, hash, scope);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        ArticleRow article = resolveArticle(c);
        if (c.kind() == null) {
            throw StockProblems.invalid("kind", "required", "Indiquez le type de mouvement");
        }
        Movement m;
        try {
            m = new Movement(c.kind(), article.id(), c.ciId(), c.quantity() == null
                    ? (article.kind() == ArticleKind.SERIALIZED ? 1 : 0) : c.quantity(),
                    trim(c.fromCentre()), trim(c.toCentre()), c.siteId(), trim(c.supplier()), trim(c.purchaseRef()),
                    c.ticketId(), c.interventionId(), trim(c.reason())).check(article.kind());
        } catch (StockRuleViolation v) {
            throw StockProblems.of(v);
        }
        checkCentre("fromCentre", m.fromCentre());
        checkCentre("toCentre", m.toCentre());
        if (!StockPermissions.mayMove(scope, m)) {
            throw StockProblems.forbidden("Un intervenant ne déplace que le stock de son centre");
        }
        if (!article.active() && (m.kind() == MovementKind.RECEIPT)) {
            throw StockProblems.invalid("article", "inactive", "Cet article n'est plus référencé : pas de réception");
        }
        String commune = null;
        if (m.siteId() != null) {
            commune = organisation.site(m.siteId()).filter(Organisation.SiteInfo::active)
                    .map(Organisation.SiteInfo::communeCode)
                    .orElseThrow(() -> StockProblems.invalid("siteId", "unknown", "Site inconnu ou fermé"));
        }
        if (article.kind() == ArticleKind.SERIALIZED) {
            StockCis.UnitCi unit = cis.find(m.ciId()).orElseThrow(() -> StockProblems.invalid("ciId", "unknown",
                    "Équipement inconnu dans la base de configuration"));
            if (m.kind().putsIntoCentre() && m.kind() != MovementKind.TRANSFER && !mayTakeIn(unit, scope)) {
                throw StockProblems.forbidden("Cet équipement appartient à une commune qu'un autre centre sert et"
                        + " n'est jamais passé par le stock du vôtre : c'est à ce centre de le reprendre");
            }
        }
        if (m.kind() == MovementKind.ISSUE && commune != null && !cis.mayServe(commune, scope)) {
            throw StockProblems.forbidden("Un centre ne sort du stock que vers les sites des communes qu'il sert ("
                    + organisation.communeName(commune) + " relève d'un autre centre)");
        }
        Instant now = clock.instant();
        long id = ledger.insertMovement(m, commune, scope.username(), now, scope.username(), key, hash);
        apply(m, article, commune, scope, now);
        MovementRow row = ledger.movement(id).orElseThrow();
        return new RecordedMovement(row, article, false);
    }

    /**
     * Whether a receipt or return may bring the unit into the mover's stock: a unit the mover's centre held before
     * (it comes back), a new unit no centre ever held (registered in stock, often owned by the Métropole), or a CI
     * the mover may change anyway (its centre serves the CI's commune; administrators, central groups).
     */
    private boolean mayTakeIn(StockCis.UnitCi unit, AccessScope scope) {
        String own = scope.team() == null ? null : scope.team().value();
        Optional<String> held = ledger.unitCentre(unit.id());
        if (own != null && held.filter(own::equals).isPresent()) {
            return true;
        }
        if (held.isEmpty() && "IN_STOCK".equals(unit.status())) {
            return true;
        }
        return cis.mayServe(unit.communeCode(), scope);
    }

    private void apply(Movement m, ArticleRow article, String commune, AccessScope actor, Instant now) {
        if (article.kind() == ArticleKind.CONSUMABLE) {
            if (m.kind().takesFromCentre() && !ledger.take(m.fromCentre(), article.id(), m.quantity(), now)) {
                throw StockProblems.insufficient(m.fromCentre(), article.name(),
                        ledger.quantity(m.fromCentre(), article.id()), m.quantity());
            }
            if (m.kind().putsIntoCentre()) {
                ledger.put(m.toCentre(), article.id(), m.quantity(), now);
            }
            return;
        }
        long ci = m.ciId();
        switch (m.kind()) {
            case RECEIPT, RETURN -> {
                if (!ledger.putUnit(ci, article.id(), m.toCentre(), now)) {
                    throw StockProblems.alreadyInStock(ci);
                }
                ledger.put(m.toCentre(), article.id(), 1, now);
                cis.placedInStock(ci, m.toCentre(), actor);
            }
            case TRANSFER -> {
                takeUnit(m, article, "IN_STOCK", m.toCentre(), now);
                ledger.put(m.toCentre(), article.id(), 1, now);
                cis.placedInStock(ci, m.toCentre(), actor);
            }
            case ISSUE -> {
                takeUnit(m, article, "ISSUED", null, now);
                cis.issuedTo(ci, m.siteId(), commune, actor);
            }
            case SCRAP -> {
                takeUnit(m, article, "SCRAPPED", null, now);
                cis.scrapped(ci, m.reason(), actor);
            }
        }
    }

    private void takeUnit(Movement m, ArticleRow article, String newState, String toCentre, Instant now) {
        if (!ledger.takeUnit(m.ciId(), article.id(), m.fromCentre(), newState, toCentre, now)
                || !ledger.take(m.fromCentre(), article.id(), 1, now)) {
            throw StockProblems.unitUnavailable(m.ciId(), m.fromCentre());
        }
    }

    private Optional<RecordedMovement> replay(String key, String hash, AccessScope scope) {
        return ledger.movementByKey(scope.username(), key).map(row -> {
            if (!hash.equals(row.requestHash())) {
                throw StockProblems.keyReused(key);
            }
            return new RecordedMovement(row, ledger.article(row.articleId()).orElseThrow(), true);
        });
    }

    private ArticleRow resolveArticle(MovementCommand c) {
        Optional<ArticleRow> article;
        if (c.articleId() != null) {
            article = ledger.article(c.articleId());
        } else if (c.articleCode() != null && !c.articleCode().isBlank()) {
            article = ledger.articleByCode(c.articleCode().trim());
        } else {
            throw StockProblems.invalid("article", "required", "Indiquez l'article (article ou articleId)");
        }
        return article.orElseThrow(() -> StockProblems.invalid("article", "unknown", "Article inconnu"));
    }

    private void checkCentre(String field, String code) {
        if (code != null && organisation.team(code).filter(t -> t.proximityCentre() && t.active()).isEmpty()) {
            throw StockProblems.invalid(field, "unknown", "Centre de proximité inconnu : " + code);
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
