package fr.proxima.organisation.commune;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/** A member entity of the Métropole: a commune, or the Métropole itself ({@link CommuneKind#METROPOLE}). */
@MappedEntity("org_commune")
public record Commune(
        @Id String code,
        String name,
        CommuneKind kind,
        @Nullable Integer population,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        boolean mutualised,
        @Version Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {
}
