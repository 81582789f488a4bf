package fr.proxima.organisation.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One audited write: who ({@code actor}, a username), when, what ({@code action} on an entity) and the details. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@MappedEntity("org_audit_log")
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityId,
        @Nullable String details) {
}
