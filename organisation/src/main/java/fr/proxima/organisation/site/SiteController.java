package fr.proxima.organisation.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.Paged;
import fr.proxima.organisation.commune.Communes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.net.URI;

/** The sites of the communes; a commune viewer sees its commune's only (the scope is applied by {@link Sites}). */
@Controller("/api/sites")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Sites")
class SiteController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CommuneRef(String code, String name) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SiteView(long id, CommuneRef commune, String name, SiteKind kind, String kindLabel,
                    @Nullable String address, @Nullable String postalCode, @Nullable String city,
                    @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, boolean active, long version) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SiteRequest(
            @NotBlank @Pattern(regexp = "\\d[0-9AB]\\d{3}|\\d{9}") String commune,
            @NotBlank @Size(max = 160) String name,
            @NotNull SiteKind kind,
            @Nullable @Size(max = 255) String address,
            @Nullable @Pattern(regexp = "\\d{5}") String postalCode,
            @Nullable @Size(max = 120) String city,
            @Nullable @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @Nullable @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @Nullable Boolean active,
            @Nullable @Min(0) Long version) {

        Sites.SiteDraft draft() {
            return new Sites.SiteDraft(commune, name, kind, address, postalCode, city, latitude, longitude,
                    active == null || active);
        }
    }

    private final Sites sites;
    private final Communes communes;
    private final CurrentScope scope;

    SiteController(Sites sites, Communes communes, CurrentScope scope) {
        this.sites = sites;
        this.communes = communes;
        this.scope = scope;
    }

    @Get
    @Operation(summary = "Rechercher des sites (par commune, par nom)")
    @ApiResponse(responseCode = "200", description = "Une page de sites par nom")
    Paged<SiteView> search(@Nullable @QueryValue @Size(max = 9) String commune,
                           @Nullable @QueryValue @Size(max = 100) String q,
                           @QueryValue(defaultValue = "0") @Min(0) @Max(10000) int page,
                           @QueryValue(defaultValue = "20") @Min(1) @Max(200) int size) {
        return sites.search(scope.get(), commune, q, page, size).map(this::view);
    }

    @Get("/{id}")
    @Operation(summary = "Un site")
    @ApiResponse(responseCode = "200", description = "Le site")
    @ApiResponse(responseCode = "404", description = "Site inconnu ou hors de votre périmètre (ORG-1007)")
    SiteView get(@PathVariable long id) {
        return view(sites.require(scope.get(), id));
    }

    @Post
    @Secured("ADMIN")
    @Operation(summary = "Créer un site (administrateurs)")
    @ApiResponse(responseCode = "201", description = "Le site créé")
    @ApiResponse(responseCode = "400", description = "Champs invalides (ORG-1004)")
    HttpResponse<SiteView> create(@Valid @Body SiteRequest body) {
        Site s = sites.create(scope.get(), body.draft());
        return HttpResponse.created(view(s), URI.create("/api/sites/" + s.id()));
    }

    @Put("/{id}")
    @Secured("ADMIN")
    @Operation(summary = "Modifier un site (administrateurs), avec la version lue")
    @ApiResponse(responseCode = "200", description = "Le site modifié")
    @ApiResponse(responseCode = "404", description = "Site inconnu (ORG-1007)")
    @ApiResponse(responseCode = "409", description = "Version périmée (ORG-1006)")
    SiteView update(@PathVariable long id, @Valid @Body SiteRequest body) {
        if (body.version() == null) {
            throw fr.proxima.organisation.internal.OrgProblems.invalid("version", "required", "Version obligatoire");
        }
        return view(sites.update(scope.get(), id, body.version(), body.draft()));
    }

    private SiteView view(Site s) {
        String communeName = communes.find(s.communeCode()).map(c -> c.name()).orElse(s.communeCode());
        return new SiteView(s.id(), new CommuneRef(s.communeCode(), communeName), s.name(), s.kind(), s.kind().label(),
                s.address(), s.postalCode(), s.city(), s.latitude(), s.longitude(), s.active(),
                s.version() == null ? 0 : s.version());
    }
}
