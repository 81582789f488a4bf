package fr.proxima.inventory.stock.application;

import fr.proxima.inventory.stock.infrastructure.StockLedger;
import fr.proxima.inventory.stock.infrastructure.StockLedger.ArticleRow;
import fr.proxima.inventory.stock.infrastructure.StockLedger.LevelRow;
import fr.proxima.inventory.stock.model.ArticleKind;
import fr.proxima.inventory.stock.model.StockPermissions;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Organisation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.regex.Pattern;

/**
 * What people edit besides movements: the minimum threshold of a centre for an article (centre manager of that
 * centre, admin), with optimistic locking on its version; and the article catalogue (admin).
 */
@Singleton
public class StockSettings {
    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9._-]{1,39}$");

    private final StockLedger ledger;
    private final Organisation organisation;
    private final Clock clock;

    StockSettings(StockLedger ledger, Organisation organisation, @Nullable Clock clock) {
        this.ledger = ledger;
        this.organisation = organisation;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** Sets the threshold if {@code version} is the current one (0 for a level never set); returns the level. */
    @Transactional
    public LevelRow setThreshold(AccessScope scope, String centre, long articleId, int minimum, long version) {
        StockQueries.checkRead(scope);
        if (organisation.team(centre).filter(Organisation.TeamInfo::proximityCentre).isEmpty()) {
            throw StockProblems.invalid("centre", "unknown", "Centre de proximité inconnu : " + centre);
        }
        ledger.article(articleId).orElseThrow(StockProblems::articleNotFound);
        if (!StockPermissions.maySetThreshold(scope, centre)) {
            throw StockProblems.forbidden("Seuls le responsable du centre et l'administrateur fixent ses seuils");
        }
        if (minimum < 0 || minimum > 100_000) {
            throw StockProblems.invalid("minimum", "invalid", "Le seuil doit être compris entre 0 et 100 000");
        }
        if (ledger.setThreshold(centre, articleId, minimum, version, clock.instant()).isEmpty()) {
            throw StockProblems.stale(ledger.thresholdVersion(centre, articleId));
        }
        return ledger.levels(centre, articleId, false).get(0);
    }

    /** A new article of the catalogue. */
    public record ArticleDraft(String code, String name, ArticleKind kind, String category, String unit,
                               Integer leadTimeWeeks) {
    }

    @Transactional
    public ArticleRow createArticle(AccessScope scope, ArticleDraft d) {
        StockQueries.checkRead(scope);
        if (!StockPermissions.mayEditCatalogue(scope)) {
            throw StockProblems.forbidden("Le catalogue du stock est tenu par le centre de gestion des configurations");
        }
        String code = d.code() == null ? null : d.code().trim().toUpperCase(java.util.Locale.ROOT);
        if (code == null || !CODE.matcher(code).matches()) {
            throw StockProblems.invalid("code", "invalid", "Code de 2 à 40 caractères : lettres, chiffres, . _ -");
        }
        if (d.kind() == null) {
            throw StockProblems.invalid("kind", "required", "CONSUMABLE ou SERIALIZED");
        }
        int lead = d.leadTimeWeeks() == null ? 2 : d.leadTimeWeeks();
        checkLead(lead);
        if (ledger.articleByCode(code).isPresent()) {
            throw duplicate(code);
        }
        try {
            long id = ledger.insertArticle(code, d.name().trim(), d.kind(), d.category().trim(),
                    d.unit() == null || d.unit().isBlank() ? "pièce" : d.unit().trim(), lead);
            return ledger.article(id).orElseThrow();
        } catch (DataAccessException e) {
            throw duplicate(code);
        }
    }

    /** Changes an article if {@code version} is current. */
    @Transactional
    public ArticleRow updateArticle(AccessScope scope, long id, long version, String name, String category,
                                    String unit, int leadTimeWeeks, boolean active) {
        StockQueries.checkRead(scope);
        ArticleRow current = ledger.article(id).orElseThrow(StockProblems::articleNotFound);
        if (!StockPermissions.mayEditCatalogue(scope)) {
            throw StockProblems.forbidden("Le catalogue du stock est tenu par le centre de gestion des configurations");
        }
        checkLead(leadTimeWeeks);
        if (!ledger.updateArticle(id, version, name.trim(), category.trim(),
                unit == null || unit.isBlank() ? current.unit() : unit.trim(), leadTimeWeeks, active)) {
            throw StockProblems.stale(ledger.article(id).map(ArticleRow::version).orElse(0L));
        }
        return ledger.article(id).orElseThrow();
    }

    private static void checkLead(int lead) {
        if (lead < 0 || lead > 52) {
            throw StockProblems.invalid("leadTimeWeeks", "invalid", "Délai de livraison entre 0 et 52 semaines");
        }
    }

    private static RuntimeException duplicate(String code) {
        return fr.proxima.organisation.ProblemException.conflict(StockProblems.DUPLICATE_ARTICLE,
                "Article déjà référencé", "Un article porte déjà le code " + code);
    }
}
