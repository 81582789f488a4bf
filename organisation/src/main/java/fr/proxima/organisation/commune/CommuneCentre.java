package fr.proxima.organisation.commune;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One period during which a commune was served by a proximity centre: from {@code validFrom} (included) to
 * {@code validTo} (excluded); {@code validTo == null} is the period in force.
 */
@MappedEntity("org_commune_centre")
public record CommuneCentre(
        @Id @GeneratedValue @Nullable Long id,
        String communeCode,
        String centreCode,
        Instant validFrom,
        @Nullable Instant validTo,
        String changedBy,
        @Nullable String reason) {

    CommuneCentre close(Instant at) {
        return new CommuneCentre(id, communeCode, centreCode, validFrom, at, changedBy, reason);
    }

    /** Whether this period covers the instant. */
    public boolean covers(Instant at) {
        return !validFrom.isAfter(at) && (validTo == null || validTo.isAfter(at));
    }
}
