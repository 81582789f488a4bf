package fr.proxima.inventory.stock.application;

import fr.proxima.inventory.stock.model.MovementKind;

/**
 * A movement as a client asks for it: the article by id or by code (one of the two), the rest as in
 * {@link fr.proxima.inventory.stock.model.Movement}.
 */
public record MovementCommand(MovementKind kind, Long articleId, String articleCode, Long ciId, Integer quantity,
                              String fromCentre, String toCentre, Long siteId, String supplier, String purchaseRef,
                              Long ticketId, Long interventionId, String reason) {

    /** A canonical rendering, hashed to tell a retry of this request from another request with the same key. */
    String canonical() {
        return String.join("\u001f", String.valueOf(kind), String.valueOf(articleId), String.valueOf(articleCode),
                String.valueOf(ciId), String.valueOf(quantity), String.valueOf(fromCentre), String.valueOf(toCentre),
                String.valueOf(siteId), String.valueOf(supplier), String.valueOf(purchaseRef),
                String.valueOf(ticketId), String.valueOf(interventionId), String.valueOf(reason));
    }
}
