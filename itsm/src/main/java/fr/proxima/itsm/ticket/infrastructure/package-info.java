/**
 * Storage of tickets: rows, package-private repositories, the mapping between rows and the aggregate, number
 * allocation from MariaDB sequences, and the only two public doors to the tables:
 * {@link fr.proxima.itsm.ticket.infrastructure.TicketReader} (every read, every public method takes the caller's
 * {@link fr.proxima.organisation.AccessScope} and filters on its commune) and
 * {@link fr.proxima.itsm.ticket.infrastructure.TicketStore} (writes with their history rows and their search terms,
 * {@link fr.proxima.itsm.ticket.infrastructure.TicketTermIndex}). An ArchUnit test
 * checks that nothing outside this package reaches the repositories.
 */
package fr.proxima.itsm.ticket.infrastructure;
