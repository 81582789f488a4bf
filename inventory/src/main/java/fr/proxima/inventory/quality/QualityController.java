package fr.proxima.inventory.quality;

import fr.proxima.inventory.internal.CsvWriter;
import fr.proxima.organisation.CurrentScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;
import java.util.List;

/**
 * {@code /api/cis/quality}: the quality-control report of a commune's configuration data, as JSON (200 findings at
 * most per check, the counts complete) or as a CSV export (every finding).
 */
@Controller("/api/cis/quality")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Configuration")
class QualityController {
    static final int JSON_LIMIT = 200;
    static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");

    private final QualityReports reports;
    private final CurrentScope currentScope;
    private final Clock clock;

    QualityController(QualityReports reports, CurrentScope currentScope, @Nullable Clock clock) {
        this.reports = reports;
        this.currentScope = currentScope;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    @Get
    @Operation(summary = "Contrôle qualité de la base d'une entité",
            description = "Numéros de série en double, matériels en service sans site ni agent, équipements "
                    + "individuels sans agent, postes non remontés par un agent depuis 90 jours, garanties expirées, "
                    + "agents sans équipement, logiciels installés absents du catalogue. Chaque constat renvoie au "
                    + "matériel (`link`). 200 constats au plus par contrôle (`truncated`), les comptes sont complets.")
    @ApiResponse(responseCode = "200", description = "Le rapport")
    @ApiResponse(responseCode = "400", description = "Commune absente, invalide ou inconnue (INV-3001)")
    QualityReport report(@Nullable @QueryValue String commune) {
        return reports.report(commune, clock.instant(), JSON_LIMIT, currentScope.get());
    }

    @Get(value = "/export", produces = "text/csv")
    @Operation(summary = "Contrôle qualité d'une entité, export CSV complet (UTF-8 avec BOM, séparateur ;)")
    @ApiResponse(responseCode = "200", description = "Fichier CSV")
    HttpResponse<byte[]> export(@Nullable @QueryValue String commune) {
        QualityReport r = reports.report(commune, clock.instant(), null, currentScope.get());
        CsvWriter csv = new CsvWriter(List.of("Contrôle", "Numéro d'inventaire", "Objet", "Constat", "Lien"));
        for (Finding f : r.findings()) {
            csv.row(f.check().label(), f.assetTag(), f.subject(), f.detail(), f.link());
        }
        return HttpResponse.ok(csv.bytes()).contentType(CSV).header("Content-Disposition",
                "attachment; filename=\"controle-qualite-" + r.commune() + ".csv\"");
    }
}
