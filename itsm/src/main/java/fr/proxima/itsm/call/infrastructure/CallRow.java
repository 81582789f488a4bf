package fr.proxima.itsm.call.infrastructure;

import fr.proxima.itsm.call.model.CallOutcome;
import fr.proxima.itsm.call.model.Channel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One row of {@code itsm_call}; mapped to and from {@link fr.proxima.itsm.call.model.Call} in {@link JdbcCallStore}. */
@MappedEntity("itsm_call")
record CallRow(
        @Id @GeneratedValue @Nullable Long id,
        Instant receivedAt,
        Channel channel,
        @Nullable Long callerPersonId,
        @Nullable String callerName,
        @Nullable String callerPhone,
        String communeCode,
        @Nullable Long agentId,
        String agentUsername,
        int durationSeconds,
        @Nullable String notes,
        CallOutcome outcome,
        @Nullable Long ticketId,
        @Nullable String transferredTo,
        Instant createdAt) {
}
