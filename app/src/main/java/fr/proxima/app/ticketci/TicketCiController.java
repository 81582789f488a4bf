package fr.proxima.app.ticketci;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.proxima.inventory.CiRef;
import fr.proxima.inventory.ConfigurationItems;
import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.Tickets;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CurrentScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/cis/{id}/tickets} and {@code /api/tickets/{id}/cis}: which tickets name which CIs. Both ends are
 * checked in the caller's scope (an out-of-scope CI answers 404 {@code INV-3004}, an out-of-scope ticket 404
 * {@code ITSM-2004}); linking is open to the CAN and the CI writers, not to commune viewers (403
 * {@code INV-3003}).
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Configuration")
class TicketCiController {
    private final ConfigurationItems cis;
    private final Tickets tickets;
    private final CurrentScope currentScope;

    TicketCiController(ConfigurationItems cis, Tickets tickets, CurrentScope currentScope) {
        this.cis = cis;
        this.tickets = tickets;
        this.currentScope = currentScope;
    }

    @Serdeable
    record LinkTicket(@NotNull Long ticketId) {
    }

    @Serdeable
    record LinkCi(@NotNull Long ciId) {
    }

    /** A ticket naming a CI: as linked, with its current state when the caller reads it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TicketLine(long ticketId, String number, String commune, @Nullable String type, @Nullable String status,
                      @Nullable String priority, String linkedBy, Instant linkedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CiLine(long id, String assetTag, String type, String manufacturer, @Nullable String model, String status,
                  String commune) {
        static CiLine of(CiRef c) {
            return new CiLine(c.id(), c.assetTag(), c.type(), c.manufacturer(), c.model(), c.status(),
                    c.communeCode());
        }
    }

    @Get("/cis/{id}/tickets")
    @Operation(summary = "Les tickets qui concernent un matériel (les plus récents d'abord)",
            description = "Seuls les tickets des communes que l'appelant lit sont listés.")
    @ApiResponse(responseCode = "200", description = "Les tickets")
    @ApiResponse(responseCode = "404", description = "Matériel inconnu ou hors périmètre (INV-3004)")
    List<TicketLine> ticketsOfCi(@PathVariable long id) {
        AccessScope scope = currentScope.get();
        List<TicketLine> out = new ArrayList<>();
        for (ConfigurationItems.LinkedTicket t : cis.ticketsOf(id, scope)) {
            Optional<TicketRef> ref = tickets.findReadable(t.ticketId(), scope);
            out.add(new TicketLine(t.ticketId(), t.ticketNumber(), t.ticketCommune(),
                    ref.map(r -> r.type().name()).orElse(null), ref.map(r -> r.status().name()).orElse(null),
                    ref.map(TicketRef::priority).orElse(null), t.linkedBy(), t.linkedAt()));
        }
        return out;
    }

    @Post("/cis/{id}/tickets")
    @Operation(summary = "Indique qu'un ticket concerne ce matériel",
            description = "CAN, intervenants, responsables de centre et administrateurs.")
    @ApiResponse(responseCode = "201", description = "Rattaché (200 s'il l'était déjà) ; les tickets du matériel")
    @ApiResponse(responseCode = "403", description = "Compte en lecture seule (INV-3003)")
    @ApiResponse(responseCode = "404", description = "Matériel (INV-3004) ou ticket (ITSM-2004) introuvable")
    HttpResponse<List<TicketLine>> linkTicket(@PathVariable long id, @Valid @Body LinkTicket body) {
        boolean created = link(id, body.ticketId());
        List<TicketLine> lines = ticketsOfCi(id);
        return created ? HttpResponse.created(lines, URI.create("/api/cis/" + id + "/tickets")) : HttpResponse.ok(lines);
    }

    @Delete("/cis/{id}/tickets/{ticketId}")
    @Operation(summary = "Le ticket ne concerne plus ce matériel")
    @ApiResponse(responseCode = "204", description = "Détaché")
    @ApiResponse(responseCode = "404", description = "Matériel inconnu (INV-3004) ou ticket non rattaché (INV-3064)")
    HttpResponse<Void> unlinkTicket(@PathVariable long id, @PathVariable long ticketId) {
        cis.unlinkTicket(id, ticketId, currentScope.get());
        return HttpResponse.noContent();
    }

    @Get("/tickets/{id}/cis")
    @Operation(summary = "Les matériels concernés par un ticket (dans le périmètre de l'appelant)")
    @ApiResponse(responseCode = "200", description = "Les matériels")
    @ApiResponse(responseCode = "404", description = "Ticket inconnu ou hors périmètre (ITSM-2004)")
    List<CiLine> cisOfTicket(@PathVariable long id) {
        AccessScope scope = currentScope.get();
        tickets.requireReadable(id, scope);
        return cis.namedByTicket(id, scope).stream().map(CiLine::of).toList();
    }

    @Post("/tickets/{id}/cis")
    @Operation(summary = "Nomme un matériel concerné par ce ticket")
    @ApiResponse(responseCode = "201", description = "Rattaché (200 s'il l'était déjà) ; les matériels du ticket")
    @ApiResponse(responseCode = "403", description = "Compte en lecture seule (INV-3003)")
    @ApiResponse(responseCode = "404", description = "Ticket (ITSM-2004) ou matériel (INV-3004) introuvable")
    HttpResponse<List<CiLine>> linkCi(@PathVariable long id, @Valid @Body LinkCi body) {
        AccessScope scope = currentScope.get();
        tickets.requireReadable(id, scope);
        boolean created = link(body.ciId(), id);
        List<CiLine> lines = cisOfTicket(id);
        return created ? HttpResponse.created(lines, URI.create("/api/tickets/" + id + "/cis")) : HttpResponse.ok(lines);
    }

    private boolean link(long ciId, long ticketId) {
        AccessScope scope = currentScope.get();
        cis.requireReadable(ciId, scope);
        TicketRef ticket = tickets.requireReadable(ticketId, scope);
        return cis.linkTicket(ciId, ticket.id(), ticket.number(), ticket.communeCode(), scope);
    }
}
