package fr.proxima.organisation.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** A building of a commune where its agents work and equipment stands (town hall, school, library...). */
@MappedEntity("org_site")
public record Site(
        @Id @GeneratedValue @Nullable Long id,
        String communeCode,
        String name,
        SiteKind kind,
        @Nullable String address,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        boolean active,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {
}
