package fr.proxima.inventory.stock.web;

import fr.proxima.inventory.stock.application.MovementCommand;
import fr.proxima.inventory.stock.model.ArticleKind;
import fr.proxima.inventory.stock.model.MovementKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the stock API. */
final class StockRequests {
    private StockRequests() {
    }

    /** A movement: see docs/inventory-stock-agents.md for which fields each kind takes. */
    @Serdeable
    record MovementRequest(@NotNull MovementKind kind,
                           @Nullable @Positive Long articleId,
                           @Nullable @Size(max = 40) String article,
                           @Nullable @Positive Long ciId,
                           @Nullable @Min(1) @Max(100_000) Integer quantity,
                           @Nullable @Size(max = 32) String fromCentre,
                           @Nullable @Size(max = 32) String toCentre,
                           @Nullable @Positive Long siteId,
                           @Nullable @Size(max = 120) String supplier,
                           @Nullable @Size(max = 80) String purchaseRef,
                           @Nullable @Positive Long ticketId,
                           @Nullable @Positive Long interventionId,
                           @Nullable @Size(max = 500) String reason) {
        MovementCommand toCommand() {
            return new MovementCommand(kind, articleId, article, ciId, quantity, fromCentre, toCentre, siteId,
                    supplier, purchaseRef, ticketId, interventionId, reason);
        }
    }

    /** A threshold, with the version read (0 when the level was never set). */
    @Serdeable
    record ThresholdRequest(@NotNull @Min(0) @Max(100_000) Integer minimum, @NotNull @PositiveOrZero Long version) {
    }

    @Serdeable
    record NewArticleRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 160) String name,
                             @NotNull ArticleKind kind, @NotBlank @Size(max = 40) String category,
                             @Nullable @Size(max = 16) String unit,
                             @Nullable @Min(0) @Max(52) Integer leadTimeWeeks) {
    }

    @Serdeable
    record ArticleUpdateRequest(@NotBlank @Size(max = 160) String name, @NotBlank @Size(max = 40) String category,
                                @Nullable @Size(max = 16) String unit, @NotNull @Min(0) @Max(52) Integer leadTimeWeeks,
                                @NotNull Boolean active, @NotNull @PositiveOrZero Long version) {
    }
}
