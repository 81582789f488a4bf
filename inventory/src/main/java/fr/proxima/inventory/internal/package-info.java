/**
 * Plumbing shared by the inventory's features and by nothing outside the module: the problem documents and their
 * codes ({@link fr.proxima.inventory.internal.InvProblems}) and the idempotent creations
 * ({@link fr.proxima.inventory.internal.InventoryIdempotency}).
 */
package fr.proxima.inventory.internal;
