/**
 * The ticket use cases: open (with routing, priority, numbering and idempotency), edit, the lifecycle transitions,
 * the automatic close; each in one transaction, each checking who may act ({@code TicketPermissions}) and the
 * client's version before asking the aggregate, then storing the history and publishing the events of the root
 * package ({@code TicketOpened}, {@code TicketStatusChanged}, {@code TicketReassigned},
 * {@code TicketPriorityChanged}). {@link fr.proxima.itsm.ticket.application.TicketsFacade} is the module's public
 * {@link fr.proxima.itsm.Tickets}. Communes, the commune → centre map, teams, users, people and sites are read
 * through organisation's public facade ({@link fr.proxima.organisation.Organisation}), never its tables.
 */
package fr.proxima.itsm.ticket.application;
