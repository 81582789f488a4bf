/**
 * Calls received by the CAN (call centre): who called, from which commune, through which channel, how long it took
 * and what came of it (advice, resolution at first contact, a new incident or request, a follow-up of an existing
 * ticket, a transfer to a team).
 *
 * <p>Split like a feature with rules: {@code model} holds the call and its rules, framework-free;
 * {@code application} the use cases and their transactions (a call and the ticket it opens commit together, an
 * idempotency key guards the creation); {@code infrastructure} the storage, whose only public entry point
 * ({@code CallStore}) takes the caller's {@link fr.proxima.organisation.AccessScope} on every method; {@code web}
 * the HTTP API. A call is its own audit record: the agent who logged it and the instants it was received and
 * recorded.
 */
package fr.proxima.itsm.call;
