package fr.proxima.itsm.ticket.infrastructure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Package-private: history is read through {@link TicketReader#history} (scoped by its ticket). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TicketHistoryRepository extends CrudRepository<TicketHistoryRow, Long> {
    @Query("SELECT * FROM itsm_ticket_history WHERE ticket_id = :ticketId ORDER BY at, id")
    List<TicketHistoryRow> findHistory(long ticketId);
}
