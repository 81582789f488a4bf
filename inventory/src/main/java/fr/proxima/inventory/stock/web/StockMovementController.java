package fr.proxima.inventory.stock.web;

import fr.proxima.inventory.stock.application.RecordedMovement;
import fr.proxima.inventory.stock.application.StockQueries;
import fr.proxima.inventory.stock.application.StockService;
import fr.proxima.inventory.stock.infrastructure.StockLedger.MovementCriteria;
import fr.proxima.inventory.stock.model.MovementKind;
import fr.proxima.inventory.stock.web.StockRequests.MovementRequest;
import fr.proxima.inventory.stock.web.StockResponses.CentreRef;
import fr.proxima.inventory.stock.web.StockResponses.MovementPageResponse;
import fr.proxima.inventory.stock.web.StockResponses.MovementResponse;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.Paged;
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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import java.net.URI;
import java.time.Instant;

@Controller("/api/stock/movements")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Stock", description = "Le stock délocalisé des centres de proximité")
class StockMovementController {
    private final StockService service;
    private final StockQueries queries;
    private final CurrentScope currentScope;
    private final Organisation organisation;

    StockMovementController(StockService service, StockQueries queries, CurrentScope currentScope,
                            Organisation organisation) {
        this.service = service;
        this.queries = queries;
        this.currentScope = currentScope;
        this.organisation = organisation;
    }

    @Post
    @Secured({"TECHNICIAN", "CENTRE_MANAGER", "ADMIN"})
    @Operation(summary = "Enregistrer un mouvement de stock",
            description = "RECEIPT (fournisseur → toCentre), TRANSFER (fromCentre → toCentre), ISSUE (fromCentre → "
                    + "siteId, ticketId / interventionId facultatifs), RETURN (→ toCentre, reason), SCRAP "
                    + "(fromCentre, reason). Un consommable se compte (quantity), un article sérialisé se déplace "
                    + "par équipement (ciId). Le stock ne devient jamais négatif : s'il manque, 409 INV-3102 "
                    + "(ou INV-3103 pour un équipement déjà pris). Avec Idempotency-Key, une nouvelle tentative rend "
                    + "le même mouvement ; la même clé avec un autre corps est refusée (422).")
    @ApiResponse(responseCode = "201", description = "Mouvement enregistré")
    @ApiResponse(responseCode = "400", description = "Mouvement invalide (INV-3101, erreurs par champ)")
    @ApiResponse(responseCode = "403", description = "Pas le stock de votre centre (INV-3107)")
    @ApiResponse(responseCode = "409", description = "Stock insuffisant (INV-3102) ou équipement indisponible (INV-3103)")
    @ApiResponse(responseCode = "422", description = "Clé d'idempotence déjà utilisée avec un autre corps (INV-3108)")
    HttpResponse<MovementResponse> record(@Valid @Body MovementRequest request,
                                          @Nullable @Header(StockService.IDEMPOTENCY_HEADER) String idempotencyKey) {
        StockService.checkKey(idempotencyKey);
        RecordedMovement recorded = service.record(request.toCommand(), idempotencyKey, currentScope.get());
        var response = HttpResponse.created(MovementResponse.of(recorded, this::centre),
                URI.create("/api/stock/movements/" + recorded.movement().id()));
        return recorded.replayed() ? response.header("Idempotent-Replayed", "true") : response;
    }

    @Get("/{id}")
    @Operation(summary = "Un mouvement de stock")
    @ApiResponse(responseCode = "200", description = "Le mouvement")
    @ApiResponse(responseCode = "404", description = "Mouvement introuvable (INV-3105)")
    MovementResponse get(@PathVariable @Positive long id) {
        return MovementResponse.of(queries.movement(currentScope.get(), id), this::centre);
    }

    @Get
    @Operation(summary = "Le journal des mouvements",
            description = "Du plus récent au plus ancien, par pages. centre : au départ ou à l'arrivée.")
    @ApiResponse(responseCode = "200", description = "Une page de mouvements")
    MovementPageResponse list(@Nullable @QueryValue @Pattern(regexp = StockController.CENTRE) String centre,
                              @Nullable @QueryValue @Positive Long article,
                              @Nullable @QueryValue MovementKind kind,
                              @Nullable @QueryValue @Positive Long ticket,
                              @Nullable @QueryValue @Positive Long ci,
                              @Nullable @QueryValue Instant from,
                              @Nullable @QueryValue Instant to,
                              @Nullable @QueryValue @Min(0) @Max(100_000) Integer page,
                              @Nullable @QueryValue @Min(1) @Max(StockQueries.MAX_PAGE) Integer size) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalidField("INV-3101", "from", "from.after-to", "from doit précéder to");
        }
        Paged<RecordedMovement> p = queries.movements(currentScope.get(),
                new MovementCriteria(centre, article, kind, ticket, ci, from, to), page == null ? 0 : page,
                size == null ? 50 : size);
        return new MovementPageResponse(p.items().stream().map(m -> MovementResponse.of(m, this::centre)).toList(),
                p.page(), p.size(), p.hasNext());
    }

    private CentreRef centre(String code) {
        return CentreRef.of(organisation, code);
    }
}
