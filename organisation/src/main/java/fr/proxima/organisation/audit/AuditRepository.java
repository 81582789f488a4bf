package fr.proxima.organisation.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends GenericRepository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    /** Newest first; uses ix_org_audit_entity_id, ix_org_audit_type_id or the primary key depending on the filters. */
    @Query("""
            SELECT * FROM org_audit_log
             WHERE (:entityType IS NULL OR entity_type = :entityType)
               AND (:entityId IS NULL OR entity_id = :entityId)
             ORDER BY id DESC LIMIT :limit OFFSET :offset""")
    List<AuditEntry> page(@Nullable String entityType, @Nullable String entityId, int limit, long offset);
}
