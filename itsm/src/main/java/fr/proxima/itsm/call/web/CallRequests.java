package fr.proxima.itsm.call.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.proxima.itsm.call.application.NewCall;
import fr.proxima.itsm.call.model.CallOutcome;
import fr.proxima.itsm.call.model.Channel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Request bodies of the call API. Unknown members are refused so that a typo is never silently ignored. */
final class CallRequests {
    private CallRequests() {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "LogCallRequest", description = "Un appel reçu par la CAN")
    record LogCallRequest(
            @NotNull @Schema(description = "Instant de réception (ISO 8601)") Instant receivedAt,
            @NotNull Channel channel,
            @NotNull @Valid CallerRequest caller,
            @NotBlank @Size(max = 9) @Schema(description = "Code INSEE de la commune") String commune,
            @NotNull @PositiveOrZero @Max(86_400) Integer durationSeconds,
            @Nullable @Size(max = 10_000) String notes,
            @NotNull CallOutcome outcome,
            @Nullable @Valid @Schema(description = "Le ticket à créer (INCIDENT_CREATED, REQUEST_CREATED)")
            TicketRequest ticket,
            @Nullable @Positive @Schema(description = "Le ticket suivi (FOLLOW_UP)") Long ticketId,
            @Nullable @Size(max = 32) @Schema(description = "L'équipe destinataire (TRANSFERRED)")
            String transferredTo) {

        NewCall toCommand() {
            return new NewCall(receivedAt, channel, caller.personId(), caller.name(), caller.phone(), commune,
                    durationSeconds, notes, outcome, ticket == null ? null : ticket.toDraft(), ticketId,
                    transferredTo);
        }
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "CallerRequest", description = "Une personne connue (personId) ou un nom saisi")
    record CallerRequest(
            @Nullable @Positive Long personId,
            @Nullable @Size(max = 160) String name,
            @Nullable @Size(max = 32) String phone) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "CallTicketRequest", description = "Le ticket ouvert par l'appel ; commune et demandeur viennent de l'appel")
    record TicketRequest(
            @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = 20_000) String description,
            @NotBlank @Pattern(regexp = "LOW|MEDIUM|HIGH") String impact,
            @NotBlank @Pattern(regexp = "LOW|MEDIUM|HIGH") String urgency,
            @Nullable @Size(max = 64) String category,
            @Nullable @Positive Long site) {

        NewCall.TicketDraft toDraft() {
            return new NewCall.TicketDraft(title, description, impact, urgency, category, site);
        }
    }
}
