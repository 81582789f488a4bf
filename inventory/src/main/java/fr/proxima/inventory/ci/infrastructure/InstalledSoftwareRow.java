package fr.proxima.inventory.ci.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code inv_installed_software}. */
@MappedEntity("inv_installed_software")
record InstalledSoftwareRow(
        @Id @GeneratedValue @Nullable Long id,
        long ciId,
        @Nullable Long softwareId,
        String name,
        @Nullable String publisher,
        String version,
        String matchKey,
        @Nullable LocalDate installedOn,
        Instant foundAt) {
}
