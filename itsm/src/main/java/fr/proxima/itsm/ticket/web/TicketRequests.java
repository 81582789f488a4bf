package fr.proxima.itsm.ticket.web;

import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.ticket.model.PendingReason;
import fr.proxima.itsm.ticket.model.ResolutionCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The request records of the tickets API (validated at the edge; the use cases check the references). */
final class TicketRequests {
    static final String LEVEL = "^(LOW|MEDIUM|HIGH)$";

    private TicketRequests() {
    }

    /** {@code POST /api/tickets}. */
    @Serdeable
    record CreateTicket(
            @NotNull TicketType type,
            @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = 20_000) String description,
            @NotBlank @Size(max = 9) String commune,
            @NotBlank @Pattern(regexp = LEVEL, message = "LOW, MEDIUM ou HIGH") String impact,
            @NotBlank @Pattern(regexp = LEVEL, message = "LOW, MEDIUM ou HIGH") String urgency,
            @Nullable @Positive Long site,
            @Nullable @Positive Long requester,
            @Nullable @Size(max = 32) String category) {
    }

    /** {@code PATCH /api/tickets/{id}}: absent fields stay as they are. */
    @Serdeable
    record EditTicket(
            @NotNull @PositiveOrZero Long version,
            @Nullable @Size(min = 1, max = 200) String title,
            @Nullable @Size(max = 20_000) String description,
            @Nullable @Size(max = 32) String category,
            @Nullable @Positive Long site,
            @Nullable @Positive Long requester,
            @Nullable @Pattern(regexp = LEVEL, message = "LOW, MEDIUM ou HIGH") String impact,
            @Nullable @Pattern(regexp = LEVEL, message = "LOW, MEDIUM ou HIGH") String urgency) {
    }

    /** {@code take}, {@code resume}. */
    @Serdeable
    record Versioned(@NotNull @PositiveOrZero Long version) {
    }

    /** {@code assign}: a team (centre or support group) and optionally a person of that team. */
    @Serdeable
    record Assign(@NotNull @PositiveOrZero Long version, @NotBlank @Size(max = 32) String team,
                  @Nullable @Positive Long assignee) {
    }

    /** {@code hold}. */
    @Serdeable
    record Hold(@NotNull @PositiveOrZero Long version, @NotNull PendingReason reason) {
    }

    /** {@code resolve}. */
    @Serdeable
    record Resolve(@NotNull @PositiveOrZero Long version, @NotNull ResolutionCode resolutionCode,
                   @NotBlank @Size(max = 4_000) String resolutionText) {
    }

    /** {@code reopen} (reason optional) and {@code cancel} (reason required). */
    @Serdeable
    record WithReason(@NotNull @PositiveOrZero Long version, @Nullable @Size(max = 1_000) String reason) {
    }
}
