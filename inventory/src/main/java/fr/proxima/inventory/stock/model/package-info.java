/**
 * The stock rules, free of any framework: what each kind of movement takes from and puts into which centre
 * ({@link fr.proxima.inventory.stock.model.MovementKind}), what a valid movement carries
 * ({@link fr.proxima.inventory.stock.model.Movement}), who may move and see stock
 * ({@link fr.proxima.inventory.stock.model.StockPermissions}) and the replenishment suggestion
 * ({@link fr.proxima.inventory.stock.model.ReplenishmentPolicy}). Time is always passed in.
 */
package fr.proxima.inventory.stock.model;
