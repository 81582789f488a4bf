package fr.proxima.inventory.stock.application;

import java.time.Instant;
import java.util.Optional;

/**
 * The CMDB as the stock needs it: a serialized unit is a CI, and moving it in or out of stock changes the CI's
 * status and place. Implemented over the CI feature's public API, in the movement's transaction.
 */
public interface StockCis {

    /** What the stock shows of a CI. */
    record UnitCi(long id, String type, String manufacturer, String model, String serial, String assetTag,
                  String status) {
    }

    Optional<UnitCi> find(long ciId);

    /** The CI entered a centre's stock (receipt, return, transfer): status in stock. */
    void placedInStock(long ciId, String centre, String actor, Instant at);

    /** The CI left stock for a site of a commune: status in service at that site. */
    void issuedTo(long ciId, long siteId, String communeCode, String actor, Instant at);

    /** The CI was scrapped: status retired. */
    void scrapped(long ciId, String reason, String actor, Instant at);
}
