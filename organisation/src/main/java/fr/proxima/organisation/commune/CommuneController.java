package fr.proxima.organisation.commune;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.internal.OrgProblems;
import fr.proxima.organisation.team.Teams;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import java.time.Instant;
import java.util.List;

/** The communes, their description and the centre serving each (reads for everyone, writes for admins). */
@Controller("/api/communes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Communes")
class CommuneController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CentreRef(String code, String name) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CommuneView(String code, String name, CommuneKind kind, @Nullable Integer population, boolean mutualised,
                       @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable CentreRef centre,
                       long version) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CreateCommune(
            @NotBlank @Pattern(regexp = "\\d[0-9AB]\\d{3}", message = "code INSEE à 5 caractères") String code,
            @NotBlank @Size(max = 120) String name,
            @Nullable @Min(0) @Max(10_000_000) Integer population,
            boolean mutualised,
            @Nullable @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @Nullable @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @Nullable @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String centre) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UpdateCommune(
            @NotBlank @Size(max = 120) String name,
            @Nullable @Min(0) @Max(10_000_000) Integer population,
            boolean mutualised,
            @Nullable @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @Nullable @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @NotNull @Min(0) Long version) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MoveCommune(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String centre,
                       @NotBlank @Size(max = 500) String reason) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PeriodView(CentreRef centre, Instant validFrom, @Nullable Instant validTo, String changedBy,
                      @Nullable String reason) {
    }

    private final Communes communes;
    private final Teams teams;
    private final CurrentScope scope;

    CommuneController(Communes communes, Teams teams, CurrentScope scope) {
        this.communes = communes;
        this.teams = teams;
        this.scope = scope;
    }

    @Get
    @Operation(summary = "La Métropole et ses communes, avec le centre de proximité qui sert chacune")
    @ApiResponse(responseCode = "200", description = "Les communes par nom")
    List<CommuneView> list() {
        return communes.all().stream().map(this::view).toList();
    }

    @Get("/{code}")
    @Operation(summary = "Une commune (code INSEE, ou SIREN pour la Métropole)")
    @ApiResponse(responseCode = "200", description = "La commune")
    @ApiResponse(responseCode = "404", description = "Commune inconnue (ORG-1001)")
    CommuneView get(@PathVariable @Size(max = 9) String code) {
        return communes.find(code).map(this::view).orElseThrow(OrgProblems::communeNotFound);
    }

    @Post
    @Secured("ADMIN")
    @Operation(summary = "Adhésion d'une nouvelle commune (administrateurs)")
    @ApiResponse(responseCode = "201", description = "La commune créée")
    @ApiResponse(responseCode = "400", description = "Champs invalides (ORG-1004)")
    @ApiResponse(responseCode = "409", description = "Code ou nom déjà pris (ORG-1005)")
    HttpResponse<CommuneView> create(@Valid @Body CreateCommune body) {
        Commune c = communes.create(scope.get(), new Communes.NewCommune(body.code(), body.name(), body.population(),
                body.mutualised(), body.latitude(), body.longitude(), body.centre()));
        return HttpResponse.created(view(c), URI.create("/api/communes/" + c.code()));
    }

    @Put("/{code}")
    @Secured("ADMIN")
    @Operation(summary = "Modifier une commune (administrateurs), avec la version lue")
    @ApiResponse(responseCode = "200", description = "La commune modifiée")
    @ApiResponse(responseCode = "404", description = "Commune inconnue (ORG-1001)")
    @ApiResponse(responseCode = "409", description = "Version périmée (ORG-1006) ou nom déjà pris (ORG-1005)")
    CommuneView update(@PathVariable @Size(max = 9) String code, @Valid @Body UpdateCommune body) {
        Commune c = communes.update(scope.get(), code, body.version(), new Communes.CommuneChanges(body.name(),
                body.population(), body.mutualised(), body.latitude(), body.longitude()));
        return view(c);
    }

    @Put("/{code}/centre")
    @Secured("ADMIN")
    @Operation(summary = "Rattacher la commune à un autre centre de proximité, pour les nouveaux tickets dès maintenant")
    @ApiResponse(responseCode = "200", description = "La période désormais en vigueur")
    @ApiResponse(responseCode = "400", description = "Centre inconnu ou motif absent (ORG-1004)")
    @ApiResponse(responseCode = "404", description = "Commune inconnue (ORG-1001)")
    PeriodView move(@PathVariable @Size(max = 9) String code, @Valid @Body MoveCommune body) {
        return period(communes.moveToCentre(scope.get(), code, body.centre(), body.reason()));
    }

    @Get("/{code}/centre-history")
    @Operation(summary = "Historique des centres qui ont servi la commune, du plus récent au plus ancien")
    @ApiResponse(responseCode = "200", description = "Les périodes")
    @ApiResponse(responseCode = "404", description = "Commune inconnue (ORG-1001)")
    List<PeriodView> history(@PathVariable @Size(max = 9) String code) {
        if (!communes.exists(code)) {
            throw OrgProblems.communeNotFound();
        }
        return communes.history(code).stream().map(this::period).toList();
    }

    private CommuneView view(Commune c) {
        CentreRef centre = communes.centreOf(c.code(), Instant.now()).map(this::centre).orElse(null);
        return new CommuneView(c.code(), c.name(), c.kind(), c.population(), c.mutualised(), c.latitude(),
                c.longitude(), centre, c.version());
    }

    private PeriodView period(CommuneCentre p) {
        return new PeriodView(centre(p.centreCode()), p.validFrom(), p.validTo(), p.changedBy(), p.reason());
    }

    private CentreRef centre(String code) {
        return new CentreRef(code, teams.find(code).map(t -> t.name()).orElse(code));
    }
}
