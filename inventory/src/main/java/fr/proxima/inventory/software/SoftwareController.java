package fr.proxima.inventory.software;

import fr.proxima.inventory.internal.InvProblems;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.Paged;
import fr.proxima.organisation.ProblemException;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/software}: the catalogue of applications (name, publisher, known versions, licences, status), read by
 * every role, edited by administrators and centre managers. Installation counts are counted in the caller's scope.
 */
@Controller("/api/software")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Catalogue logiciel", description = "Applications de la DSI, versions, licences, statut")
class SoftwareController {
    static final int MAX_SIZE = 200;

    private final SoftwareCatalogue catalogue;
    private final CurrentScope currentScope;

    SoftwareController(SoftwareCatalogue catalogue, CurrentScope currentScope) {
        this.catalogue = catalogue;
        this.currentScope = currentScope;
    }

    /** {@code POST} body. */
    @Serdeable
    record SoftwareBody(@Nullable String name, @Nullable String publisher,
                        @Nullable String status, @Nullable Integer licences, @Nullable String notes,
                        @Nullable @Size(max = 200) List<String> versions) {
        SoftwareCatalogue.Draft draft() {
            return new SoftwareCatalogue.Draft(name, publisher, status, licences, notes, versions);
        }
    }

    @Serdeable
    record VersionedSoftwareBody(@NotNull @PositiveOrZero Long version, @Nullable String name,
                                 @Nullable String publisher, @Nullable String status, @Nullable Integer licences,
                                 @Nullable String notes, @Nullable @Size(max = 200) List<String> versions) {
    }

    @Get
    @Operation(summary = "Le catalogue, par nom",
            description = "`q` : contenu dans le nom ou l'éditeur ; `status` : APPROVED, TOLERATED, TO_RETIRE, "
                    + "FORBIDDEN ; `installations` compte les postes dans le périmètre de l'appelant.")
    @ApiResponse(responseCode = "200", description = "Une page du catalogue")
    Paged<SoftwareCatalogue.Entry> search(@Nullable @QueryValue String q, @Nullable @QueryValue String status,
                                          @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        AccessScope scope = currentScope.get();
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        List<ProblemException.FieldError> errors = new java.util.ArrayList<>();
        if (p < 0 || (long) p * s > 100_000) {
            errors.add(new ProblemException.FieldError("page", "invalid", "Page à partir de 0"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new ProblemException.FieldError("size", "invalid", "Taille de page entre 1 et " + MAX_SIZE));
        }
        if (q != null && q.length() > 160) {
            errors.add(new ProblemException.FieldError("q", "too_long", "160 caractères au plus"));
        }
        SoftwareStatus st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = SoftwareStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new ProblemException.FieldError("status", "invalid",
                        "Statut attendu : APPROVED, TOLERATED, TO_RETIRE ou FORBIDDEN"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(InvProblems.INVALID, errors);
        }
        return catalogue.search(scope, q, st, p, s);
    }

    @Post
    @Operation(summary = "Ajoute une application au catalogue",
            description = "Les logiciels déjà installés de même nom (clé de rapprochement) y sont rattachés aussitôt.")
    @ApiResponse(responseCode = "201", description = "L'entrée créée")
    @ApiResponse(responseCode = "403", description = "Ni administrateur ni responsable de centre (INV-3003)")
    @ApiResponse(responseCode = "409", description = "Déjà au catalogue (INV-3031)")
    HttpResponse<SoftwareCatalogue.Entry> create(@Valid @Body SoftwareBody body) {
        SoftwareCatalogue.Entry e = catalogue.create(currentScope.get(), body.draft());
        return HttpResponse.created(e, URI.create("/api/software/" + e.id()));
    }

    @Get("/{id}")
    @Operation(summary = "Une application du catalogue")
    @ApiResponse(responseCode = "200", description = "L'entrée")
    @ApiResponse(responseCode = "404", description = "Inconnue (INV-3030)")
    SoftwareCatalogue.Entry get(@PathVariable long id) {
        return catalogue.require(currentScope.get(), id);
    }

    @Put("/{id}")
    @Operation(summary = "Remplace une entrée du catalogue (nom, éditeur, statut, licences, notes, versions)",
            description = "`version` obligatoire ; 409 INV-3002 si l'entrée a changé entre-temps.")
    @ApiResponse(responseCode = "200", description = "L'entrée modifiée")
    SoftwareCatalogue.Entry replace(@PathVariable long id, @Valid @Body VersionedSoftwareBody body) {
        return catalogue.update(currentScope.get(), id, body.version(), new SoftwareCatalogue.Draft(body.name(),
                body.publisher(), body.status(), body.licences(), body.notes(), body.versions()));
    }
}
