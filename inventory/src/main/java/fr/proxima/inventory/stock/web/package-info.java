/**
 * The HTTP API of the stock under {@code /api/stock}: levels per centre and article (with the below-threshold
 * filter), serialized units in stock, the movement ledger (with {@code Idempotency-Key} on creation), thresholds,
 * the article catalogue and the replenishment suggestion. Thin controllers: the rules are in the application layer.
 */
package fr.proxima.inventory.stock.web;
