package fr.proxima.inventory;

import java.time.Instant;

/**
 * The stock of the proximity centres as other modules and the assembly (demo data, scheduling) may use it:
 * consumables by article code. Everything runs as the system (no user scope): callers are trusted code, not users.
 * Users go through {@code /api/stock}.
 */
public interface CentreStock {

    /** The id of the consumable article with that code, created with these values if it does not exist. */
    long consumable(String code, String name, String category, String unit, int leadTimeWeeks);

    /** Records a receipt of {@code quantity} into the centre, dated {@code at}. */
    void receive(String centre, long articleId, int quantity, String supplier, Instant at);

    /** Records an issue of {@code quantity} from the centre to a site, dated {@code at}; false when not enough stock. */
    boolean issue(String centre, long articleId, int quantity, long siteId, Long ticketId, Instant at);

    /** Sets the minimum threshold of the centre for the article, whatever its version. */
    void threshold(String centre, long articleId, int minimum);

    /** Whether the centre's stock holds any article yet (demo data loads once). */
    boolean anyStock();
}
