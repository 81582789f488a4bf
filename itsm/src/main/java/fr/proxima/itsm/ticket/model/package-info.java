/**
 * The ticket aggregate and its value objects, free of any framework: the lifecycle (which transition is allowed
 * from which state, and who may perform it), the priority matrix with the VIP rule, ticket numbers and the routing
 * policy. Time is always passed in. The application layer loads a {@link fr.proxima.itsm.ticket.model.Ticket},
 * calls one of its methods and stores the {@link fr.proxima.itsm.ticket.model.FieldChange}s it recorded as history.
 *
 * <h2>Lifecycle</h2>
 * <pre>
 * NEW ──assign(person)──▶ ASSIGNED ──take──▶ IN_PROGRESS ──hold(reason)──▶ PENDING ──resume──▶ IN_PROGRESS
 * NEW ──take──▶ IN_PROGRESS                     IN_PROGRESS ──resolve(code, text)──▶ RESOLVED
 * RESOLVED ──reopen──▶ IN_PROGRESS              RESOLVED ──close (job, 5 business days)──▶ CLOSED
 * NEW | ASSIGNED | IN_PROGRESS | PENDING ──cancel(reason)──▶ CANCELLED
 * </pre>
 * Reassignment ({@code assign}) is allowed in every open state: to a team alone it puts the ticket back in that
 * team's queue (ASSIGNED and IN_PROGRESS go back to NEW, the assignee is cleared); to a named person it makes the
 * ticket ASSIGNED (from NEW, ASSIGNED or IN_PROGRESS). A PENDING ticket keeps its state and reason when reassigned:
 * what it waits for has not arrived. Editing (title, description, category, classification, site, requester) is
 * allowed while the ticket is open.
 */
package fr.proxima.itsm.ticket.model;
