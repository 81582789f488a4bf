package fr.proxima.inventory;

/**
 * What another module needs to know of a configuration item it refers to by id: its asset tag, type, make and
 * model, status and owning entity. Obtained only through {@link ConfigurationItems}, which applies the caller's
 * scope.
 */
public record CiRef(long id, String assetTag, String type, String manufacturer, String model, String status,
                    String communeCode) {
}
