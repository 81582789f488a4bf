package fr.proxima.inventory.stock.application;

import fr.proxima.organisation.AccessScope;

import java.util.Optional;

/**
 * The CMDB as the stock needs it: a serialized unit is a CI, and moving it in or out of stock changes the CI's
 * status and place. Implemented over the CI feature's commands, in the movement's transaction, under the scope of
 * who moves the unit (the stock's own permission check comes first).
 */
public interface StockCis {

    /** What the stock shows of a CI. */
    record UnitCi(long id, String type, String manufacturer, String model, String serial, String assetTag,
                  String status, String communeCode) {
    }

    Optional<UnitCi> find(long ciId);

    /** Whether the scope may give CIs to the commune (its centre serves it, see CiPermissions). */
    boolean mayServe(String communeCode, AccessScope by);

    /** The CI entered a centre's stock (receipt, return, transfer): status in stock. */
    void placedInStock(long ciId, String centre, AccessScope by);

    /** The CI left stock for a site of a commune: status in service at that site. */
    void issuedTo(long ciId, long siteId, String communeCode, AccessScope by);

    /** The CI was scrapped: status retired. */
    void scrapped(long ciId, String reason, AccessScope by);
}
