package fr.proxima.inventory.software;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** An application of the catalogue (a row of {@code inv_software}); its known versions are listed apart. */
@MappedEntity("inv_software")
public record Software(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable String publisher,
        String matchKey,
        SoftwareStatus status,
        @Nullable Integer licences,
        @Nullable String notes,
        Instant createdAt,
        Instant updatedAt,
        @Version @Nullable Long version) {
}
