/**
 * The inventory module: the configuration database (CMDB) of the communes and the Métropole, and later the stock
 * per proximity centre, inventory agents and telephony costs.
 *
 * <p>Its public API for other modules is this package: {@link fr.proxima.inventory.ConfigurationItems} (find a CI
 * in the caller's scope, link tickets) and {@link fr.proxima.inventory.CiRef}. Features, one package each:
 * {@code ci} (configuration items, split {@code model} / {@code application} / {@code infrastructure} /
 * {@code web}), {@code software} (the catalogue), {@code ciimport} (CSV imports), {@code quality} (the quality
 * control report); {@code internal} holds their shared plumbing (problem codes, idempotency). See
 * {@code docs/inventory.md}.
 */
package fr.proxima.inventory;
