package fr.proxima.itsm.category;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A node of the category tree; {@code parentCode == null} for a top-level category. */
@MappedEntity("itsm_category")
public record Category(
        @Id String code,
        @Nullable String parentCode,
        String name,
        boolean active,
        int position,
        String updatedBy,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    Category renamed(String newName) {
        return new Category(code, parentCode, newName, active, position, updatedBy, version, createdAt, updatedAt);
    }

    Category withActive(boolean newActive) {
        return new Category(code, parentCode, name, newActive, position, updatedBy, version, createdAt, updatedAt);
    }

    Category changedBy(String by) {
        return new Category(code, parentCode, name, active, position, by, version, createdAt, updatedAt);
    }
}
