package fr.proxima.inventory.ci.model;

import java.util.Map;

/**
 * The fields of a CI as a client, a CSV line or an agent gives them, before any check: text where people type
 * text, the type-specific attributes as a map (a key with a {@code null} value removes the attribute when the draft
 * is applied over existing attributes). {@link CiDetails#from} checks it.
 */
public record CiDraft(String type, String assetTag, String serialNumber, String manufacturer, String model,
                      String status, String communeCode, Long siteId, Long personId, String acquisitionDate,
                      String warrantyEnd, String supplier, String purchaseReference, String notes,
                      Map<String, ?> attributes) {
}
