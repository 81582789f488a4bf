package fr.proxima.itsm.call.web;

import fr.proxima.itsm.call.application.CallService;
import fr.proxima.itsm.call.application.LoggedCall;
import fr.proxima.itsm.call.web.CallResponses.CallResponse;
import fr.proxima.organisation.CurrentScope;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Positive;

import java.util.List;

/** A ticket lists its calls: the one that opened it and those that followed it up. */
@Controller("/api/tickets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Appels")
class TicketCallsController {
    private final CallService calls;
    private final CurrentScope currentScope;

    TicketCallsController(CallService calls, CurrentScope currentScope) {
        this.calls = calls;
        this.currentScope = currentScope;
    }

    @Get("/{id}/calls")
    @Operation(summary = "Les appels d'un ticket", description = "Du plus ancien au plus récent")
    @ApiResponse(responseCode = "200", description = "Les appels")
    @ApiResponse(responseCode = "404", description = "Ticket introuvable ou hors périmètre")
    List<CallResponse> calls(@PathVariable @Positive long id) {
        return calls.ofTicket(id, currentScope.get()).stream()
                .map(c -> CallResponse.of(new LoggedCall(c), code -> null))
                .toList();
    }
}
