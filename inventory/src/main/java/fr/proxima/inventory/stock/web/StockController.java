package fr.proxima.inventory.stock.web;

import fr.proxima.inventory.stock.application.StockQueries;
import fr.proxima.inventory.stock.application.StockSettings;
import fr.proxima.inventory.stock.web.StockRequests.ThresholdRequest;
import fr.proxima.inventory.stock.web.StockResponses.CentreRef;
import fr.proxima.inventory.stock.web.StockResponses.LevelResponse;
import fr.proxima.inventory.stock.web.StockResponses.LevelsResponse;
import fr.proxima.inventory.stock.web.StockResponses.ReplenishmentResponse;
import fr.proxima.inventory.stock.web.StockResponses.UnitResponse;
import fr.proxima.inventory.stock.web.StockResponses.UnitsResponse;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.Organisation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import java.util.List;

@Controller("/api/stock")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Stock", description = "Le stock délocalisé des centres de proximité")
class StockController {
    static final String CENTRE = "^[A-Z][A-Z0-9_]{1,31}$";

    private final StockQueries queries;
    private final StockSettings settings;
    private final CurrentScope currentScope;
    private final Organisation organisation;

    StockController(StockQueries queries, StockSettings settings, CurrentScope currentScope,
                    Organisation organisation) {
        this.queries = queries;
        this.settings = settings;
        this.currentScope = currentScope;
        this.organisation = organisation;
    }

    @Get
    @Operation(summary = "Stock par centre et article",
            description = "Quantités en stock et seuils minimaux, par centre puis article. Filtres : centre, article, "
                    + "belowThreshold=true (sous le seuil). Refusé aux lecteurs d'une commune (403).")
    @ApiResponse(responseCode = "200", description = "Les niveaux de stock")
    @ApiResponse(responseCode = "403", description = "Profil sans accès au stock (INV-3107)")
    LevelsResponse levels(@Nullable @QueryValue @Pattern(regexp = CENTRE) String centre,
                          @Nullable @QueryValue @Positive Long article,
                          @Nullable @QueryValue @Parameter(description = "seulement sous le seuil") Boolean belowThreshold) {
        return new LevelsResponse(queries.levels(currentScope.get(), centre, article,
                        Boolean.TRUE.equals(belowThreshold)).stream()
                .map(l -> LevelResponse.of(l, this::centre)).toList());
    }

    @Get("/units")
    @Operation(summary = "Équipements sérialisés en stock",
            description = "Les CI en stock (statut « en stock ») par centre et article, 1 000 au plus")
    @ApiResponse(responseCode = "200", description = "Les unités en stock")
    UnitsResponse units(@Nullable @QueryValue @Pattern(regexp = CENTRE) String centre,
                        @Nullable @QueryValue @Positive Long article) {
        return new UnitsResponse(queries.units(currentScope.get(), centre, article).stream()
                .map(u -> UnitResponse.of(u, this::centre)).toList());
    }

    @Put("/thresholds/{centre}/{articleId}")
    @Secured({"CENTRE_MANAGER", "ADMIN"})
    @Operation(summary = "Fixer le seuil minimal d'un centre pour un article",
            description = "Responsable du centre ou administrateur. Envoyer la version lue (0 si jamais fixé) ; "
                    + "une version périmée répond 409 (INV-3106) avec la version courante.")
    @ApiResponse(responseCode = "200", description = "Le niveau avec son nouveau seuil")
    @ApiResponse(responseCode = "403", description = "Pas le responsable de ce centre (INV-3107)")
    @ApiResponse(responseCode = "409", description = "Version périmée (INV-3106)")
    LevelResponse threshold(@PathVariable @Pattern(regexp = CENTRE) String centre,
                            @PathVariable @Positive long articleId, @Valid @Body ThresholdRequest request) {
        return LevelResponse.of(settings.setThreshold(currentScope.get(), centre, articleId, request.minimum(),
                request.version()), this::centre);
    }

    @Get("/replenishment")
    @Operation(summary = "Que commander, que transférer",
            description = "Pour chaque article : consommation des 12 dernières semaines par centre, besoin, manque "
                    + "et surplus, transferts suggérés d'un centre en surplus vers un centre en manque, puis "
                    + "commandes pour le reste. La formule est rendue dans la réponse.")
    @ApiResponse(responseCode = "200", description = "La suggestion de réapprovisionnement")
    ReplenishmentResponse replenishment(@Nullable @QueryValue @Positive Long article) {
        List<String> centres = organisation.centres().stream().filter(Organisation.TeamInfo::active)
                .map(Organisation.TeamInfo::code).toList();
        return ReplenishmentResponse.of(queries.replenishment(currentScope.get(), article, centres), this::centre);
    }

    CentreRef centre(String code) {
        return CentreRef.of(organisation, code);
    }
}
