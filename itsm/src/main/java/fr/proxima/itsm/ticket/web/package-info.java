/**
 * The tickets HTTP API ({@code /api/tickets}): thin controllers that resolve the caller's scope once, hand it to
 * the use cases ({@code TicketCommands}) or the scoped reader ({@code TicketReader}), and render request and
 * response records that are kept apart from the domain types. Never a repository here.
 */
package fr.proxima.itsm.ticket.web;
