/**
 * Storage of the CIs: rows and package-private repositories, {@code CiStore} (writes, history lines, relations,
 * installed software, ticket links, in the caller's transaction) and {@code CiReader} (the only way to read CIs:
 * every public method takes the caller's {@code AccessScope} and filters on its commune in SQL).
 */
package fr.proxima.inventory.ci.infrastructure;
