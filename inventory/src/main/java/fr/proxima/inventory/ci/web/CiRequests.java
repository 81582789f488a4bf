package fr.proxima.inventory.ci.web;

import fr.proxima.inventory.ci.model.CiDraft;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * The request records of the CI API. Values people type stay text here (dates, type, status) so that the domain
 * checks them all at once and answers {@code INV-3001} with every offending field; only the version is checked at
 * the edge.
 */
final class CiRequests {
    private CiRequests() {
    }

    /** {@code POST /api/cis}. */
    @Serdeable
    record CreateCi(@Nullable String type, @Nullable String assetTag, @Nullable String serialNumber,
                    @Nullable String manufacturer, @Nullable String model, @Nullable String status,
                    @Nullable String commune, @Nullable Long site, @Nullable Long person,
                    @Nullable String acquisitionDate, @Nullable String warrantyEnd, @Nullable String supplier,
                    @Nullable String purchaseReference, @Nullable String notes,
                    @Nullable @Size(max = 100) Map<String, Object> attributes) {
        CiDraft draft() {
            return new CiDraft(type, assetTag, serialNumber, manufacturer, model, status, commune, site, person,
                    acquisitionDate, warrantyEnd, supplier, purchaseReference, notes, attributes);
        }
    }

    /** {@code PUT /api/cis/{id}}: every field, the attributes included, with the version read. */
    @Serdeable
    record ReplaceCi(@NotNull @PositiveOrZero Long version, @Nullable String type, @Nullable String assetTag,
                     @Nullable String serialNumber, @Nullable String manufacturer, @Nullable String model,
                     @Nullable String status, @Nullable String commune, @Nullable Long site, @Nullable Long person,
                     @Nullable String acquisitionDate, @Nullable String warrantyEnd, @Nullable String supplier,
                     @Nullable String purchaseReference, @Nullable String notes,
                     @Nullable @Size(max = 100) Map<String, Object> attributes) {
        CiDraft draft() {
            return new CiDraft(type, assetTag, serialNumber, manufacturer, model, status, commune, site, person,
                    acquisitionDate, warrantyEnd, supplier, purchaseReference, notes, attributes);
        }
    }

    /**
     * {@code PATCH /api/cis/{id}}: absent fields stay, {@code clear} empties the fields it names, {@code attributes}
     * is merged key by key (a {@code null} value removes the attribute).
     */
    @Serdeable
    record PatchCi(@NotNull @PositiveOrZero Long version, @Nullable String type, @Nullable String assetTag,
                   @Nullable String serialNumber, @Nullable String manufacturer, @Nullable String model,
                   @Nullable String status, @Nullable String commune, @Nullable Long site, @Nullable Long person,
                   @Nullable String acquisitionDate, @Nullable String warrantyEnd, @Nullable String supplier,
                   @Nullable String purchaseReference, @Nullable String notes,
                   @Nullable @Size(max = 100) Map<String, Object> attributes,
                   @Nullable @Size(max = 20) List<String> clear) {
    }

    /** {@code POST /api/cis/{id}/relations}. */
    @Serdeable
    record Relate(@Nullable String type, @NotNull Long target) {
    }

    /** {@code POST /api/cis/{id}/software}. */
    @Serdeable
    record Install(@Nullable String name, @Nullable String publisher, @Nullable String version) {
    }
}
