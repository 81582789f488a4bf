package fr.proxima.inventory.ciimport.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.proxima.inventory.ciimport.application.CiImports;
import fr.proxima.inventory.ciimport.infrastructure.ImportJob;
import fr.proxima.inventory.ciimport.infrastructure.ReportLine;
import fr.proxima.inventory.internal.InvProblems;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.Paged;
import fr.proxima.organisation.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/cis/imports}: CSV imports of CIs. Send the file (raw {@code text/csv} body, or a multipart
 * {@code file} part to {@code /upload}) with {@code dryRun=true} to see what would be created, updated, left unchanged or rejected,
 * then apply that dry run; or import directly with {@code dryRun=false}. The answer is a job (202): follow its
 * progress at its {@code Location}, read its report at {@code /lines}.
 */
@Controller("/api/cis/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Import de matériels", description = "Import CSV de la base de configuration (simulation puis application)")
class ImportController {
    static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");
    private static final Set<String> OUTCOMES = Set.of("CREATED", "UPDATED", "REJECTED");

    private final CiImports imports;
    private final CurrentScope currentScope;

    ImportController(CiImports imports, CurrentScope currentScope) {
        this.imports = imports;
        this.currentScope = currentScope;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record JobResponse(long id, String status, boolean dryRun, @Nullable String fileName, String encoding,
                       int totalLines, int processedLines, int progressPercent, int created, int updated,
                       int unchanged, int rejected, String createdBy, Instant createdAt, @Nullable Instant startedAt,
                       @Nullable Instant finishedAt, @Nullable String failure, @Nullable Long sourceJobId,
                       @Nullable Long appliedById, String lines) {
        static JobResponse of(ImportJob j) {
            int percent = j.totalLines() == 0 ? 100 : (int) (100L * j.processedLines() / j.totalLines());
            return new JobResponse(j.id(), j.status().name(), j.dryRun(), j.fileName(), j.encoding(), j.totalLines(),
                    j.processedLines(), percent, j.created(), j.updated(), j.unchanged(), j.rejected(), j.createdBy(),
                    j.createdAt(), j.startedAt(), j.finishedAt(), j.failure(), j.sourceJobId(), j.appliedById(),
                    "/api/cis/imports/" + j.id() + "/lines");
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LineResponse(long line, String outcome, @Nullable String assetTag, @Nullable Long ciId,
                        @Nullable String message) {
        static LineResponse of(ReportLine l) {
            return new LineResponse(l.line(), l.outcome(), l.assetTag(), l.ciId(), l.message());
        }
    }

    @Post
    @Consumes({"text/csv", "text/plain", "application/octet-stream", "application/vnd.ms-excel",
            MediaType.APPLICATION_JSON})
    @Operation(summary = "Importe un fichier CSV de matériels (corps brut)",
            description = "Modèle : `GET /api/cis/imports/template` (en-têtes français, séparateur `;`, UTF-8 avec "
                    + "ou sans BOM, Windows-1252 accepté). `dryRun=true` : simulation (rien n'est écrit). Mise à jour "
                    + "par numéro d'inventaire, sinon par fabricant + numéro de série ; une colonne absente ne change "
                    + "pas le champ, une cellule vide le vide ; réimporter le même fichier ne change rien. Au plus "
                    + "200 000 lignes et 12 Mo. Réponse 202 : le travail d'import, à suivre à son adresse.")
    @ApiResponse(responseCode = "202", description = "Import accepté, en file d'attente")
    @ApiResponse(responseCode = "400", description = "Fichier illisible : encodage, en-tête, taille (INV-3050)")
    @ApiResponse(responseCode = "403", description = "Rôle sans droit d'écriture (INV-3003)")
    HttpResponse<JobResponse> submit(@Body byte[] content,
                                     @Parameter(description = "Simulation (rien n'est écrit)")
                                     @Nullable @QueryValue Boolean dryRun,
                                     @Parameter(description = "Nom du fichier, pour le rapport")
                                     @Nullable @Header("X-File-Name") String fileName) {
        return accepted(imports.submit(content, fileName, dryRun != null && dryRun, currentScope.get()));
    }

    @Post("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Importe un fichier CSV de matériels (formulaire, partie `file`)",
            description = "Comme `POST /api/cis/imports`, pour un formulaire HTML (10 Mo au plus).")
    @ApiResponse(responseCode = "202", description = "Import accepté, en file d'attente")
    @ApiResponse(responseCode = "400", description = "Fichier illisible (INV-3050)")
    HttpResponse<JobResponse> upload(@Nullable CompletedFileUpload file, @Nullable @QueryValue Boolean dryRun) {
        if (file == null) {
            throw ProblemException.invalidField(InvProblems.IMPORT_FILE_INVALID, "file", "required",
                    "Joignez le fichier dans la partie « file »");
        }
        try {
            return accepted(imports.submit(file.getBytes(), file.getFilename(), dryRun != null && dryRun,
                    currentScope.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get
    @Operation(summary = "Mes derniers imports (tous pour un administrateur), du plus récent au plus ancien")
    @ApiResponse(responseCode = "200", description = "Les imports")
    List<JobResponse> list() {
        return imports.list(currentScope.get()).stream().map(JobResponse::of).toList();
    }

    @Get(value = "/template", produces = "text/csv")
    @Operation(summary = "Le modèle de fichier d'import (en-têtes et trois exemples)")
    @ApiResponse(responseCode = "200", description = "Fichier CSV")
    HttpResponse<byte[]> template() {
        return HttpResponse.ok(ImportTemplate.bytes()).contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"modele-import-materiels.csv\"");
    }

    @Get("/{id}")
    @Operation(summary = "Un import : état, progression et comptes (créés, modifiés, inchangés, rejetés)")
    @ApiResponse(responseCode = "200", description = "L'import")
    @ApiResponse(responseCode = "404", description = "Inconnu, ou import d'un autre utilisateur (INV-3054)")
    JobResponse get(@PathVariable long id) {
        return JobResponse.of(imports.require(id, currentScope.get()));
    }

    @Get("/{id}/lines")
    @Operation(summary = "Le rapport d'un import : lignes créées, modifiées (champs changés) ou rejetées (motif)",
            description = "`outcome` : CREATED, UPDATED ou REJECTED ; par numéro de ligne (l'en-tête est la ligne 1).")
    @ApiResponse(responseCode = "200", description = "Une page du rapport")
    @ApiResponse(responseCode = "404", description = "Inconnu, ou import d'un autre utilisateur (INV-3054)")
    Paged<LineResponse> lines(@PathVariable long id, @Nullable @QueryValue String outcome,
                              @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 100 : size;
        String o = outcome == null || outcome.isBlank() ? null : outcome.strip().toUpperCase(Locale.ROOT);
        if (p < 0 || s < 1 || s > 1000 || (long) p * s > 1_000_000 || (o != null && !OUTCOMES.contains(o))) {
            throw InvProblems.invalid(o != null && !OUTCOMES.contains(o) ? "outcome" : "page", "invalid",
                    "outcome : CREATED, UPDATED ou REJECTED ; page ≥ 0 ; size entre 1 et 1000");
        }
        return imports.lines(id, o, p, s, currentScope.get()).map(LineResponse::of);
    }

    @Post("/{id}/apply")
    @Operation(summary = "Applique une simulation terminée (le même fichier, sans le renvoyer)")
    @ApiResponse(responseCode = "202", description = "Import accepté, en file d'attente")
    @ApiResponse(responseCode = "409", description = "Pas une simulation terminée, ou déjà appliquée (INV-3055)")
    HttpResponse<JobResponse> apply(@PathVariable long id,
                                    @Parameter(description = "Aucun champ n'est attendu") @Nullable @Body Map<String, Object> none) {
        return accepted(imports.apply(id, currentScope.get()));
    }

    private static HttpResponse<JobResponse> accepted(ImportJob job) {
        return HttpResponse.accepted(URI.create("/api/cis/imports/" + job.id())).body(JobResponse.of(job));
    }
}
