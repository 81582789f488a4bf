/**
 * The organisation module's public API and the shared kernel of every module.
 *
 * <p>Other modules use only this package: {@link fr.proxima.organisation.Organisation} (people, sites, teams,
 * users, communes and the commune → centre map, by ID, as small records), {@link fr.proxima.organisation.AccessScope}
 * and {@link fr.proxima.organisation.CurrentScope} (who may read what), {@link fr.proxima.organisation.ProblemException}
 * (errors as problem documents), {@link fr.proxima.organisation.Paged}, and the identifiers
 * {@link fr.proxima.organisation.CommuneCode} and {@link fr.proxima.organisation.TeamCode}. The audit trail
 * ({@code audit.AuditLog}) is public too, for modules that want to audit their own reference data.
 *
 * <p>Features, one package each: {@code commune} (communes, the map and its history, centres), {@code team},
 * {@code site}, {@code person} (with the caller search), {@code user}, {@code audit}, {@code reference} (the seed);
 * {@code internal} holds their shared plumbing and {@code facade} the API's implementation.
 */
package fr.proxima.organisation;
