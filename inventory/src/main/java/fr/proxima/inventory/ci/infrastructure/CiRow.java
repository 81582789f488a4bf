package fr.proxima.inventory.ci.infrastructure;

import fr.proxima.inventory.ci.model.CiStatus;
import fr.proxima.inventory.ci.model.CiType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code inv_ci} (the generated columns hostname, line_number, agent_device_id are the database's). */
@MappedEntity("inv_ci")
record CiRow(
        @Id @GeneratedValue @Nullable Long id,
        CiType type,
        String assetTag,
        @Nullable String serialNumber,
        String manufacturer,
        @Nullable String model,
        CiStatus status,
        String communeCode,
        @Nullable Long siteId,
        @Nullable Long personId,
        @Nullable LocalDate acquisitionDate,
        @Nullable LocalDate warrantyEnd,
        @Nullable String supplier,
        @Nullable String purchaseReference,
        @Nullable String notes,
        String attributes,
        @Nullable Instant lastAgentReportAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Version @Nullable Long version) {
}
