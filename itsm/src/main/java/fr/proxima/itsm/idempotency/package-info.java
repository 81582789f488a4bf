/**
 * Idempotent creations ({@code Idempotency-Key} header) for tickets, calls and any later creation endpoint.
 *
 * <p>The key row is inserted <em>first</em> in the creating transaction ({@code INSERT IGNORE} on the unique
 * (principal, key)); the creation follows and the row is completed with the created resource's id in the same
 * transaction, so both commit or neither does. A concurrent retry with the same key blocks on the unique key until
 * the first transaction ends: if it committed, the retry finds the row (read with a locking read, which sees the
 * latest committed version) and answers with the first resource; if it rolled back, the retry's insert goes
 * through and it creates the resource itself. The same key with another request body (other hash) or for another
 * kind of resource is refused (422, {@code ITSM-2090}). The protocol itself is the shared kernel's
 * {@code fr.proxima.organisation.IdempotentCreations}; {@code IdempotencyKeys} gives it itsm's table and codes.
 * Keys are per principal (the username), so two users never collide. Old keys can be purged by date
 * ({@code created_at}); nothing purges them yet.
 */
package fr.proxima.itsm.idempotency;
