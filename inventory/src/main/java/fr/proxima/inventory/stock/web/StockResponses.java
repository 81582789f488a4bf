package fr.proxima.inventory.stock.web;

import fr.proxima.inventory.stock.application.RecordedMovement;
import fr.proxima.inventory.stock.application.StockQueries;
import fr.proxima.inventory.stock.infrastructure.StockLedger.ArticleRow;
import fr.proxima.inventory.stock.infrastructure.StockLedger.LevelRow;
import fr.proxima.inventory.stock.infrastructure.StockLedger.MovementRow;
import fr.proxima.inventory.stock.model.ArticleKind;
import fr.proxima.inventory.stock.model.MovementKind;
import fr.proxima.inventory.stock.model.ReplenishmentPolicy;
import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Response bodies of the stock API. */
final class StockResponses {
    private StockResponses() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CentreRef(String code, @Nullable String name) {
        static CentreRef of(fr.proxima.organisation.Organisation organisation, String code) {
            return new CentreRef(code, organisation.team(code).map(fr.proxima.organisation.Organisation.TeamInfo::name)
                    .orElse(null));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ArticleResponse(long id, String code, String name, ArticleKind kind, String category, String unit,
                           int leadTimeWeeks, boolean active, long version) {
        static ArticleResponse of(ArticleRow a) {
            return new ArticleResponse(a.id(), a.code(), a.name(), a.kind(), a.category(), a.unit(),
                    a.leadTimeWeeks(), a.active(), a.version());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LevelResponse(CentreRef centre, ArticleResponse article, int quantity, int minThreshold,
                         boolean belowThreshold, long version, Instant updatedAt) {
        static LevelResponse of(LevelRow l, Function<String, CentreRef> centre) {
            return new LevelResponse(centre.apply(l.centre()), ArticleResponse.of(l.article()), l.quantity(),
                    l.minThreshold(), l.quantity() < l.minThreshold(), l.version(), l.updatedAt());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LevelsResponse(List<LevelResponse> items) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UnitResponse(long ciId, CentreRef centre, ArticleResponse article, @Nullable String type,
                        @Nullable String manufacturer, @Nullable String model, @Nullable String serial,
                        @Nullable String assetTag, Instant since) {
        static UnitResponse of(StockQueries.UnitView u, Function<String, CentreRef> centre) {
            var ci = u.ci();
            return new UnitResponse(u.unit().ciId(), centre.apply(u.unit().centre()), ArticleResponse.of(u.article()),
                    ci.map(c -> c.type()).orElse(null), ci.map(c -> c.manufacturer()).orElse(null),
                    ci.map(c -> c.model()).orElse(null), ci.map(c -> c.serial()).orElse(null),
                    ci.map(c -> c.assetTag()).orElse(null), u.unit().updatedAt());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UnitsResponse(List<UnitResponse> items) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MovementResponse(long id, MovementKind kind, ArticleResponse article, @Nullable Long ciId, int quantity,
                            @Nullable CentreRef fromCentre, @Nullable CentreRef toCentre, @Nullable Long siteId,
                            @Nullable String communeCode, @Nullable String supplier, @Nullable String purchaseRef,
                            @Nullable Long ticketId, @Nullable Long interventionId, @Nullable String reason,
                            String actor, Instant occurredAt) {
        static MovementResponse of(RecordedMovement r, Function<String, CentreRef> centre) {
            MovementRow m = r.movement();
            return new MovementResponse(m.id(), m.kind(), ArticleResponse.of(r.article()), m.ciId(), m.quantity(),
                    m.fromCentre() == null ? null : centre.apply(m.fromCentre()),
                    m.toCentre() == null ? null : centre.apply(m.toCentre()), m.siteId(), m.communeCode(),
                    m.supplier(), m.purchaseRef(), m.ticketId(), m.interventionId(), m.reason(), m.actor(),
                    m.occurredAt());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MovementPageResponse(List<MovementResponse> items, int page, int size, boolean hasNext) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReplenishmentLine(CentreRef centre, int onHand, int minThreshold, int consumedLast12Weeks,
                             double weeklyConsumption, int need, int shortfall, int surplus, boolean belowThreshold) {
        static ReplenishmentLine of(ReplenishmentPolicy.Line l, Function<String, CentreRef> centre) {
            return new ReplenishmentLine(centre.apply(l.centre()), l.onHand(), l.threshold(), l.consumed(),
                    Math.round(l.weekly() * 100) / 100.0, l.need(), l.shortfall(), l.surplus(), l.belowThreshold());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TransferSuggestion(CentreRef fromCentre, CentreRef toCentre, int quantity) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OrderSuggestion(CentreRef centre, int quantity) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ArticlePlanResponse(ArticleResponse article, List<ReplenishmentLine> centres,
                               List<TransferSuggestion> transfers, List<OrderSuggestion> orders) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReplenishmentResponse(Instant asOf, Instant windowStart, int windowWeeks, int reviewWeeks, String formula,
                                 List<ArticlePlanResponse> articles) {
        static final String FORMULA = "hebdo = max(0, sorties + rebuts − retours sur 12 semaines) / 12 ; "
                + "besoin = max(seuil, ⌈hebdo × (délai fournisseur + période de revue)⌉) ; "
                + "manque = max(0, besoin − en stock) ; surplus = max(0, en stock − besoin) ; "
                + "les manques sont couverts d'abord par les surplus des autres centres (transferts), "
                + "le reste est à commander";

        static ReplenishmentResponse of(StockQueries.Replenishment r, Function<String, CentreRef> centre) {
            return new ReplenishmentResponse(r.asOf(), r.windowStart(), r.windowWeeks(), r.reviewWeeks(), FORMULA,
                    r.articles().stream().map(p -> new ArticlePlanResponse(ArticleResponse.of(p.article()),
                            p.plan().lines().stream().map(l -> ReplenishmentLine.of(l, centre)).toList(),
                            p.plan().transfers().stream().map(t -> new TransferSuggestion(centre.apply(t.fromCentre()),
                                    centre.apply(t.toCentre()), t.quantity())).toList(),
                            p.plan().orders().stream().map(o -> new OrderSuggestion(centre.apply(o.centre()),
                                    o.quantity())).toList())).toList());
        }
    }
}
