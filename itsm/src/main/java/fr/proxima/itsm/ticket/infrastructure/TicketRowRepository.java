package fr.proxima.itsm.ticket.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Package-private: reached only through {@link TicketReader} (scoped) and {@link TicketStore}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TicketRowRepository extends CrudRepository<TicketRow, Long> {

    @Query("SELECT * FROM itsm_ticket WHERE id = :id AND (:commune IS NULL OR commune_code = :commune)")
    Optional<TicketRow> findScoped(long id, @Nullable String commune);

    @Query("SELECT * FROM itsm_ticket WHERE number = :number AND (:commune IS NULL OR commune_code = :commune)")
    Optional<TicketRow> findScopedByNumber(String number, @Nullable String commune);

    @Query("""
            SELECT * FROM itsm_ticket
             WHERE status = 'RESOLVED' AND resolved_at <= :resolvedNoLaterThan
               AND (resolved_at > :afterResolvedAt OR (resolved_at = :afterResolvedAt AND id > :afterId))
               AND (:commune IS NULL OR commune_code = :commune)
             ORDER BY resolved_at, id LIMIT :limit""")
    List<TicketRow> findResolved(Instant resolvedNoLaterThan, Instant afterResolvedAt, long afterId,
                               @Nullable String commune, int limit);
}
