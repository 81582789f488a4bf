package fr.proxima.inventory.ci.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code inv_ci_history}: one changed field of one write. */
@MappedEntity("inv_ci_history")
record CiHistoryRow(
        @Id @GeneratedValue @Nullable Long id,
        long ciId,
        Instant at,
        String actor,
        String field,
        @Nullable String oldValue,
        @Nullable String newValue) {
}
