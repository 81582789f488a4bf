package fr.proxima.organisation.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A team tickets can be assigned to: a proximity centre or a central support group. */
@MappedEntity("org_team")
public record Team(
        @Id String code,
        String name,
        TeamKind kind,
        boolean active,
        @Version Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {
}
