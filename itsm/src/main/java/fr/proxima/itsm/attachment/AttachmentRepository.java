package fr.proxima.itsm.attachment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Package-private: reached only through {@link Attachments}; every read takes the scope's commune. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AttachmentRepository extends GenericRepository<Attachment, Long> {

    Attachment save(Attachment attachment);

    @Query("""
            SELECT * FROM itsm_attachment
             WHERE ticket_id = :ticketId AND (:scopeCommune IS NULL OR commune_code = :scopeCommune)
             ORDER BY uploaded_at, id""")
    List<Attachment> findByTicket(long ticketId, @Nullable String scopeCommune);

    @Query("""
            SELECT * FROM itsm_attachment
             WHERE id = :id AND ticket_id = :ticketId AND (:scopeCommune IS NULL OR commune_code = :scopeCommune)""")
    Optional<Attachment> findOne(long id, long ticketId, @Nullable String scopeCommune);
}
