package fr.proxima.itsm.attachment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/**
 * Package-private: the bytes are read only by {@link Attachments#download}, after the metadata was found through
 * the scoped query, and the query joins the metadata again so that it filters on the commune itself.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AttachmentContentRepository extends GenericRepository<AttachmentContent, Long> {

    AttachmentContent save(AttachmentContent content);

    @Query("""
            SELECT c.* FROM itsm_attachment_content c JOIN itsm_attachment a ON a.id = c.attachment_id
             WHERE c.attachment_id = :attachmentId AND (:scopeCommune IS NULL OR a.commune_code = :scopeCommune)""")
    Optional<AttachmentContent> findContent(long attachmentId, @Nullable String scopeCommune);
}
