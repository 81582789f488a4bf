/**
 * The stock's use cases: record a movement (its validation, the permission, the stock it takes and puts, the CI it
 * moves and its idempotency key, in one transaction), set a threshold, read levels, units and movements, and
 * suggest what to order or transfer. Every read takes the caller's {@link fr.proxima.organisation.AccessScope}.
 */
package fr.proxima.inventory.stock.application;
