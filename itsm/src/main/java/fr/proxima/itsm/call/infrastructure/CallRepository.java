package fr.proxima.itsm.call.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of the calls. Package-private, and every read takes {@code scopeCommune} (the commune the caller's scope
 * is bound to, or null for all), so no read can forget the scope. Deliberately not a CrudRepository: no
 * unscoped {@code findById}/{@code findAll} exists to be called by mistake.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CallRepository extends GenericRepository<CallRow, Long> {

    CallRow save(CallRow row);

    @Query("UPDATE itsm_call SET ticket_id = :ticketId WHERE id = :id AND ticket_id IS NULL")
    long attachTicket(long id, long ticketId);

    @Query("""
            SELECT * FROM itsm_call
             WHERE id = :id AND (:scopeCommune IS NULL OR commune_code = :scopeCommune)""")
    Optional<CallRow> findScoped(long id, @Nullable String scopeCommune);

    @Query("""
            SELECT * FROM itsm_call
             WHERE ticket_id = :ticketId AND (:scopeCommune IS NULL OR commune_code = :scopeCommune)
             ORDER BY received_at, id""")
    List<CallRow> findByTicketScoped(long ticketId, @Nullable String scopeCommune);

    @Query("""
            SELECT * FROM itsm_call
             WHERE (:scopeCommune IS NULL OR commune_code = :scopeCommune)
               AND (:commune IS NULL OR commune_code = :commune)
               AND (:agent IS NULL OR agent_username = :agent)
               AND (:outcome IS NULL OR outcome = :outcome)
               AND (:channel IS NULL OR channel = :channel)
               AND (:ticketId IS NULL OR ticket_id = :ticketId)
               AND (:fromInstant IS NULL OR received_at >= :fromInstant)
               AND (:toInstant IS NULL OR received_at < :toInstant)
             ORDER BY received_at DESC, id DESC
             LIMIT :limit OFFSET :offset""")
    List<CallRow> search(@Nullable String scopeCommune, @Nullable String commune, @Nullable String agent,
                         @Nullable String outcome, @Nullable String channel, @Nullable Long ticketId,
                         @Nullable Instant fromInstant, @Nullable Instant toInstant, int limit, long offset);

    @Query("""
            SELECT COUNT(*) FROM itsm_call
             WHERE (:scopeCommune IS NULL OR commune_code = :scopeCommune)
               AND (:commune IS NULL OR commune_code = :commune)
               AND (:agent IS NULL OR agent_username = :agent)
               AND (:outcome IS NULL OR outcome = :outcome)
               AND (:channel IS NULL OR channel = :channel)
               AND (:ticketId IS NULL OR ticket_id = :ticketId)
               AND (:fromInstant IS NULL OR received_at >= :fromInstant)
               AND (:toInstant IS NULL OR received_at < :toInstant)""")
    long count(@Nullable String scopeCommune, @Nullable String commune, @Nullable String agent,
               @Nullable String outcome, @Nullable String channel, @Nullable Long ticketId,
               @Nullable Instant fromInstant, @Nullable Instant toInstant);
}
