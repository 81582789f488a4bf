package fr.proxima.inventory.ci.application;

import fr.proxima.inventory.ci.model.CiDraft;

import java.util.Map;
import java.util.Set;

/**
 * A partial change of a CI: the fields given replace the current ones, absent ({@code null}) fields stay, the
 * fields named in {@code clear} are emptied, and {@code attributes} is merged key by key (a key with a
 * {@code null} value removes the attribute).
 */
public record CiPatch(String type, String assetTag, String serialNumber, String manufacturer, String model,
                      String status, String commune, Long site, Long person, String acquisitionDate,
                      String warrantyEnd, String supplier, String purchaseReference, String notes,
                      Map<String, Object> attributes, Set<String> clear) {
    /** The fields {@code clear} may name. */
    public static final Set<String> CLEARABLE = Set.of("serialNumber", "model", "site", "person", "acquisitionDate",
            "warrantyEnd", "supplier", "purchaseReference", "notes");

    public CiPatch {
        clear = clear == null ? Set.of() : Set.copyOf(clear);
    }

    /** A patch that moves a CI to another status, site and person (stock movements, loans). */
    public static CiPatch move(String status, Long site, Long person, Set<String> clear) {
        return new CiPatch(null, null, null, null, null, status, null, site, person, null, null, null, null, null,
                null, clear);
    }

    /** The draft of the patched CI: {@code current} overridden by this patch. */
    public CiDraft over(CiDraft current) {
        return new CiDraft(pick(type, current.type()), pick(assetTag, current.assetTag()),
                cleared("serialNumber") ? null : pick(serialNumber, current.serialNumber()),
                pick(manufacturer, current.manufacturer()),
                cleared("model") ? null : pick(model, current.model()),
                pick(status, current.status()), pick(commune, current.communeCode()),
                cleared("site") ? null : pick(site, current.siteId()),
                cleared("person") ? null : pick(person, current.personId()),
                cleared("acquisitionDate") ? null : pick(acquisitionDate, current.acquisitionDate()),
                cleared("warrantyEnd") ? null : pick(warrantyEnd, current.warrantyEnd()),
                cleared("supplier") ? null : pick(supplier, current.supplier()),
                cleared("purchaseReference") ? null : pick(purchaseReference, current.purchaseReference()),
                cleared("notes") ? null : pick(notes, current.notes()),
                attributes);
    }

    private boolean cleared(String field) {
        return clear.contains(field);
    }

    private static <T> T pick(T value, T current) {
        return value != null ? value : current;
    }
}
