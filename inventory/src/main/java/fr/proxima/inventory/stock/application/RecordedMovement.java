package fr.proxima.inventory.stock.application;

import fr.proxima.inventory.stock.infrastructure.StockLedger.ArticleRow;
import fr.proxima.inventory.stock.infrastructure.StockLedger.MovementRow;

/** A movement of the ledger with its article; {@code replayed} when an earlier request with the same key made it. */
public record RecordedMovement(MovementRow movement, ArticleRow article, boolean replayed) {
}
