package fr.proxima.inventory.ci.infrastructure;

import fr.proxima.inventory.ci.model.RelationType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code inv_ci_relation} (symmetric types stored with the smaller id as source). */
@MappedEntity("inv_ci_relation")
record RelationRow(
        @Id @GeneratedValue @Nullable Long id,
        long sourceId,
        RelationType type,
        long targetId,
        String createdBy,
        Instant createdAt) {
}
