package fr.proxima.itsm.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.sla.model.Targets;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.ProblemException.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Controller("/api/contracts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Contrats d'engagement")
class ContractController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TargetView(String type, String priority, long takeChargeMinutes, long resolutionMinutes) {
    }

    /**
     * @param source {@code OWN} for the commune's own version, {@code DEFAULT} when it still follows the default
     *               contract (version 0)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ContractView(@Nullable Long id, String communeCode, int version, String source, String calendarId,
                        int atRiskPercent, @Nullable String note, String createdBy, Instant createdAt,
                        List<TargetView> targets) {
        static ContractView of(Contract c) {
            return new ContractView(c.id() == 0 ? null : c.id(), c.communeCode(), c.version(),
                    c.version() == 0 ? "DEFAULT" : "OWN", c.calendarId(), c.atRiskPercent(), c.note(), c.createdBy(),
                    c.createdAt(), c.targets().stream().map(t -> new TargetView(t.type().name(), t.priority(),
                    t.targets().takeChargeMinutes(), t.targets().resolutionMinutes())).toList());
        }
    }

    @Serdeable
    record TargetInput(@Nullable String type, @Nullable String priority, @Nullable Long takeChargeMinutes,
                       @Nullable Long resolutionMinutes) {
    }

    @Serdeable
    record ContractRevision(@NotNull Integer version, @Nullable String calendarId, @Nullable Integer atRiskPercent,
                            @Nullable String note, @Nullable List<TargetInput> targets) {
    }

    private final Contracts contracts;
    private final CurrentScope scope;

    ContractController(Contracts contracts, CurrentScope scope) {
        this.contracts = contracts;
        this.scope = scope;
    }

    @Get
    @Operation(summary = "Les contrats d'engagement en vigueur",
            description = "Un contrat par commune qui en a un (un lecteur communal ne voit que le sien), plus le "
                    + "contrat type `DEFAULT` copié pour chaque commune qui adhère.")
    List<ContractView> list() {
        return contracts.inForce(scope.get()).stream().map(ContractView::of).toList();
    }

    @Get("/{commune}")
    @Operation(summary = "Le contrat en vigueur d'une commune (code INSEE) ou le contrat type (`DEFAULT`)")
    @ApiResponse(responseCode = "404", description = "Commune inconnue ou hors de votre périmètre")
    ContractView current(@PathVariable String commune) {
        return ContractView.of(contracts.current(normal(commune), scope.get()).orElseThrow(ContractProblems::notFound));
    }

    @Get("/{commune}/versions")
    @Operation(summary = "Toutes les versions du contrat d'une commune, la plus récente d'abord")
    @ApiResponse(responseCode = "404", description = "Commune inconnue ou hors de votre périmètre")
    List<ContractView> versions(@PathVariable String commune) {
        String code = normal(commune);
        contracts.current(code, scope.get()).orElseThrow(ContractProblems::notFound);
        return contracts.versions(code, scope.get()).stream().map(ContractView::of).toList();
    }

    @Get("/{commune}/versions/{version}")
    @Operation(summary = "Une version du contrat d'une commune (celle qu'un ticket a gardée, par exemple)")
    @ApiResponse(responseCode = "404", description = "Version inconnue ou hors de votre périmètre")
    ContractView version(@PathVariable String commune, @PathVariable String version) {
        int v;
        try {
            v = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw ContractProblems.notFound();
        }
        return ContractView.of(contracts.version(normal(commune), v, scope.get())
                .orElseThrow(ContractProblems::notFound));
    }

    @Put("/{commune}")
    @Secured("ADMIN")
    @Operation(summary = "Révise le contrat d'une commune ou le contrat type (administrateur)",
            description = "Écrit la version suivante (le contrat entier : chaque type × priorité). `version` est la "
                    + "version lue (0 pour une commune qui suit encore le contrat type). Les tickets déjà ouverts "
                    + "gardent leur version ; seuls les nouveaux tickets suivent la nouvelle.")
    @ApiResponse(responseCode = "400", description = "Cibles manquantes ou invalides, calendrier inconnu")
    @ApiResponse(responseCode = "404", description = "Commune inconnue")
    @ApiResponse(responseCode = "409", description = "Version périmée")
    ContractView revise(@PathVariable String commune, @Valid @Body ContractRevision body) {
        List<FieldError> errors = new ArrayList<>();
        List<Contract.Target> targets = new ArrayList<>();
        List<TargetInput> input = body.targets() == null ? List.of() : body.targets();
        for (int i = 0; i < input.size(); i++) {
            TargetInput t = input.get(i);
            String at = "targets[" + i + "]";
            if (t == null) {
                errors.add(new FieldError(at, "required", "Cible vide"));
                continue;
            }
            TicketType type = null;
            try {
                type = TicketType.valueOf(String.valueOf(t.type()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(at + ".type", "invalid", "Type attendu : INCIDENT ou REQUEST"));
            }
            if (!Contract.PRIORITIES.contains(String.valueOf(t.priority()))) {
                errors.add(new FieldError(at + ".priority", "invalid", "Priorité attendue : P1, P2, P3 ou P4"));
            }
            if (t.takeChargeMinutes() == null || t.resolutionMinutes() == null) {
                errors.add(new FieldError(at, "required", "Les deux cibles (prise en charge, résolution) sont obligatoires"));
                continue;
            }
            try {
                Targets targets1 = Targets.of(t.takeChargeMinutes(), t.resolutionMinutes());
                if (type != null && Contract.PRIORITIES.contains(t.priority())) {
                    targets.add(new Contract.Target(type, t.priority(), targets1));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(at, "out_of_range", "Cibles entre 1 et " + Targets.MAX_MINUTES
                        + " minutes ouvrées, la prise en charge ne dépassant pas la résolution"));
            }
        }
        if (body.targets() == null) {
            errors.add(new FieldError("targets", "required", "Les cibles sont obligatoires"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(ContractProblems.INVALID, errors);
        }
        return ContractView.of(contracts.revise(normal(commune), body.version(), new Contracts.Revision(
                body.calendarId(), body.atRiskPercent(), body.note(), targets), scope.get()));
    }

    private static String normal(String commune) {
        return commune.equalsIgnoreCase(Contracts.DEFAULT) ? Contracts.DEFAULT : commune;
    }
}
