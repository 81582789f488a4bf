/**
 * The call use cases: log a call (with the ticket it opens, in one transaction, guarded by an idempotency key),
 * read one, list them, list a ticket's calls. Every public method takes the caller's
 * {@link fr.proxima.organisation.AccessScope}; storage and the organisation directory are ports
 * ({@link fr.proxima.itsm.call.application.CallStore}, {@link fr.proxima.itsm.call.application.CallerDirectory})
 * implemented in {@code infrastructure}.
 */
package fr.proxima.itsm.call.application;
