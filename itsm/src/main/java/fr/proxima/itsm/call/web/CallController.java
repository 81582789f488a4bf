package fr.proxima.itsm.call.web;

import fr.proxima.itsm.call.application.CallQuery;
import fr.proxima.itsm.call.application.CallService;
import fr.proxima.itsm.call.application.LoggedCall;
import fr.proxima.itsm.call.model.CallOutcome;
import fr.proxima.itsm.call.model.Channel;
import fr.proxima.itsm.call.web.CallRequests.LogCallRequest;
import fr.proxima.itsm.call.web.CallResponses.CallPageResponse;
import fr.proxima.itsm.call.web.CallResponses.CallResponse;
import fr.proxima.itsm.call.web.CallResponses.CentreResponse;
import fr.proxima.itsm.idempotency.IdempotencyKeys;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;

@Controller("/api/calls")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Appels", description = "Les appels reçus par la CAN")
class CallController {
    private final CallService calls;
    private final CurrentScope currentScope;
    private final Organisation organisation;

    CallController(CallService calls, CurrentScope currentScope, Organisation organisation) {
        this.calls = calls;
        this.currentScope = currentScope;
        this.organisation = organisation;
    }

    @Post
    @Secured({"CAN_AGENT", "ADMIN"})
    @Operation(summary = "Enregistrer un appel",
            description = "Enregistre un appel et, pour les issues INCIDENT_CREATED et REQUEST_CREATED, le ticket "
                    + "qu'il ouvre, dans une seule transaction. Avec Idempotency-Key, une nouvelle tentative avec le "
                    + "même corps rend le même appel ; la même clé avec un autre corps est refusée (422).")
    @ApiResponse(responseCode = "201", description = "Appel enregistré")
    @ApiResponse(responseCode = "400", description = "Appel invalide (ITSM-2101, erreurs par champ)")
    @ApiResponse(responseCode = "403", description = "Réservé aux agents de la CAN")
    @ApiResponse(responseCode = "404", description = "Ticket suivi introuvable")
    @ApiResponse(responseCode = "422", description = "Clé d'idempotence déjà utilisée avec un autre corps")
    HttpResponse<CallResponse> log(@Valid @Body LogCallRequest request,
                                   @Nullable @Header(IdempotencyKeys.HEADER) String idempotencyKey) {
        IdempotencyKeys.checkKey(idempotencyKey);
        LoggedCall logged = calls.log(request.toCommand(), idempotencyKey, currentScope.get());
        var response = HttpResponse.created(CallResponse.of(logged, this::centre),
                URI.create("/api/calls/" + logged.call().id()));
        return logged.replayed() ? response.header("Idempotent-Replayed", "true") : response;
    }

    @Get("/{id}")
    @Operation(summary = "Un appel", description = "404 si l'appel n'existe pas ou est hors du périmètre")
    @ApiResponse(responseCode = "200", description = "L'appel")
    @ApiResponse(responseCode = "404", description = "Appel introuvable (ITSM-2104)")
    CallResponse get(@PathVariable @Positive long id) {
        return CallResponse.of(calls.get(id, currentScope.get()), this::centre);
    }

    @Get
    @Operation(summary = "Rechercher des appels",
            description = "Filtres facultatifs, du plus récent au plus ancien (ordre stable), par pages")
    @ApiResponse(responseCode = "200", description = "Une page d'appels")
    CallPageResponse list(@Nullable @QueryValue @Pattern(regexp = "^(\\d[0-9AB]\\d{3}|\\d{9})$") String commune,
                          @Nullable @QueryValue @Size(max = 64) String agent,
                          @Nullable @QueryValue CallOutcome outcome,
                          @Nullable @QueryValue Channel channel,
                          @Nullable @QueryValue @Positive Long ticket,
                          @Nullable @QueryValue @Parameter(description = "reçus à partir de (inclus)") Instant from,
                          @Nullable @QueryValue @Parameter(description = "reçus avant (exclu)") Instant to,
                          @Nullable @QueryValue @Min(0) @Max(100_000) Integer page,
                          @Nullable @QueryValue @Min(1) @Max(CallQuery.MAX_SIZE) Integer size) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalidField("ITSM-2105", "from", "from.after-to", "from doit précéder to");
        }
        var scope = currentScope.get();
        CallQuery query = new CallQuery(commune, agent, outcome, channel, ticket, from, to,
                page == null ? 0 : page, size == null ? CallQuery.DEFAULT_SIZE : size);
        return CallPageResponse.of(calls.list(query, scope),
                c -> CallResponse.of(new LoggedCall(c), this::centre));
    }

    private CentreResponse centre(String code) {
        return new CentreResponse(code, organisation.team(code).map(Organisation.TeamInfo::name).orElse(null));
    }
}
