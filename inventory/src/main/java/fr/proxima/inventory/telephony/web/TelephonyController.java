package fr.proxima.inventory.telephony.web;

import fr.proxima.inventory.telephony.application.TelephonyCosts;
import fr.proxima.inventory.telephony.infrastructure.PhoneCostStore;
import fr.proxima.inventory.telephony.model.OperatorCsv;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.Organisation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Controller("/api/telephony")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Téléphonie mobile", description = "Coûts mensuels des lignes mobiles")
class TelephonyController {
    static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";
    static final String COMMUNE = "^(\\d[0-9AB]\\d{3}|\\d{9})$";

    private final TelephonyCosts costs;
    private final CurrentScope currentScope;
    private final Organisation organisation;

    TelephonyController(TelephonyCosts costs, CurrentScope currentScope, Organisation organisation) {
        this.costs = costs;
        this.currentScope = currentScope;
        this.organisation = organisation;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ImportResponse(long id, String operator, String period, int lines, int matched, int unknownCount,
                          BigDecimal totalAmount, boolean replacedPrevious, String importedBy, Instant importedAt,
                          List<UnknownLineResponse> unknownLines, List<RejectedResponse> rejected) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UnknownLineResponse(int line, String lineNumber, BigDecimal amount) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RejectedResponse(int line, String reason, String message) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ImportSummary(long id, String operator, String period, @Nullable String fileName, int lines,
                         int unknownCount, BigDecimal totalAmount, String importedBy, Instant importedAt) {
        static ImportSummary of(PhoneCostStore.ImportRow i) {
            return new ImportSummary(i.id(), i.operator(), i.period(), i.fileName(), i.lines(), i.unknown(),
                    i.total(), i.importedBy(), i.importedAt());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LineCostResponse(String period, String lineNumber, @Nullable Long ciId, @Nullable String commune,
                            @Nullable String communeName, BigDecimal amount, int rows) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TotalResponse(@Nullable String commune, @Nullable String communeName, String period, BigDecimal amount,
                         int lines) {
    }

    @Post("/imports")
    @Consumes(MediaType.ALL)
    @Secured({"ADMIN"})
    @Operation(summary = "Importer la facture mensuelle d'un opérateur (CSV)",
            description = "Corps : le fichier CSV brut, quel que soit son Content-Type (text/csv de préférence ; séparateur « ; », virgule décimale, en-têtes « Numéro de ligne », "
                    + "« Montant », « Période »). Réimporter le même mois du même opérateur le remplace. Les lignes "
                    + "sans équipement connu sont importées et listées (unknownLines) ; les lignes illisibles sont "
                    + "rejetées avec leur numéro de ligne.")
    @ApiResponse(responseCode = "200", description = "Le compte rendu de l'import")
    @ApiResponse(responseCode = "400", description = "Fichier illisible (INV-3303) ou opérateur invalide (INV-3301)")
    ImportResponse importMonth(@QueryValue @Size(min = 1, max = 60) String operator,
                               @Nullable @QueryValue @Size(max = 200) String fileName, @Body byte[] file) {
        TelephonyCosts.Report r = costs.importMonth(currentScope.get(), operator, fileName, file);
        return new ImportResponse(r.imported().id(), r.imported().operator(), r.imported().period(),
                r.imported().lines(), r.matched(), r.unknown().size(), r.imported().total(), r.replaced(),
                r.imported().importedBy(), r.imported().importedAt(),
                r.unknown().stream().map(u -> new UnknownLineResponse(u.csvLine(), u.lineNumber(), u.amount())).toList(),
                r.rejected().stream().map((OperatorCsv.Rejected x) -> new RejectedResponse(x.csvLine(), x.reason(),
                        x.message())).toList());
    }

    @Get("/imports")
    @Secured({"ADMIN"})
    @Operation(summary = "Les imports de factures, du mois le plus récent au plus ancien")
    @ApiResponse(responseCode = "200", description = "Les imports")
    List<ImportSummary> imports() {
        return costs.imports(currentScope.get()).stream().map(ImportSummary::of).toList();
    }

    @Get("/costs/lines")
    @Operation(summary = "Coût par ligne pour un mois",
            description = "unknownOnly=true : les lignes sans équipement connu. Un lecteur de commune ne voit que "
                    + "les lignes de sa commune.")
    @ApiResponse(responseCode = "200", description = "Les lignes et leur coût")
    List<LineCostResponse> lines(@QueryValue @Pattern(regexp = MONTH) String period,
                                 @Nullable @QueryValue @Pattern(regexp = COMMUNE) String commune,
                                 @Nullable @QueryValue Boolean unknownOnly) {
        return costs.lines(currentScope.get(), period, commune, Boolean.TRUE.equals(unknownOnly)).stream()
                .map(l -> new LineCostResponse(l.period(), l.lineNumber(), l.ciId(), l.communeCode(),
                        l.communeCode() == null ? null : organisation.communeName(l.communeCode()), l.amount(), l.rows()))
                .toList();
    }

    @Get("/costs")
    @Operation(summary = "Coût par commune et par mois",
            description = "De from à to (mois AAAA-MM inclus) ; commune facultative. Une ligne sans commune regroupe "
                    + "les lignes sans équipement connu (visible des seuls profils qui lisent toutes les communes).")
    @ApiResponse(responseCode = "200", description = "Les totaux")
    List<TotalResponse> totals(@QueryValue @Pattern(regexp = MONTH) String from,
                               @QueryValue @Pattern(regexp = MONTH) String to,
                               @Nullable @QueryValue @Pattern(regexp = COMMUNE) String commune) {
        return costs.totals(currentScope.get(), from, to, commune).stream()
                .map(t -> new TotalResponse(t.communeCode(), t.communeCode() == null ? null
                        : organisation.communeName(t.communeCode()), t.period(), t.amount(), t.lines()))
                .toList();
    }
}
