/**
 * Comments on a ticket, public (the requester and the commune may read them) or internal (staff only: never shown
 * to a commune viewer). A CRUD-like feature, so it stays flat: the record, its package-private repository, the
 * {@link fr.proxima.itsm.comment.Comments} service (every method takes the caller's scope) and the controller.
 *
 * <p>Who may read: whoever may read the ticket ({@link fr.proxima.itsm.Tickets#requireReadable}), a commune viewer
 * without the internal ones. Who may write: whoever may change the ticket, and a CAN agent on any ticket it can
 * read (a caller following up a ticket gets a public comment); never a commune viewer.
 */
package fr.proxima.itsm.comment;
