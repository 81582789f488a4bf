package fr.proxima.itsm.comment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Package-private: reached only through {@link Comments}; every read takes the scope's commune. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CommentRepository extends GenericRepository<Comment, Long> {

    Comment save(Comment comment);

    @Query("""
            SELECT * FROM itsm_ticket_comment
             WHERE ticket_id = :ticketId
               AND (:scopeCommune IS NULL OR commune_code = :scopeCommune)
               AND (:includeInternal = TRUE OR visibility = 'PUBLIC')
             ORDER BY created_at, id""")
    List<Comment> findByTicket(long ticketId, @Nullable String scopeCommune, boolean includeInternal);
}
