package fr.proxima.inventory.ci.web;

import fr.proxima.inventory.ci.infrastructure.CiCriteria;
import fr.proxima.inventory.ci.infrastructure.CiPage;
import fr.proxima.inventory.ci.infrastructure.CiReader;
import fr.proxima.inventory.ci.infrastructure.CiSort;
import fr.proxima.inventory.ci.model.AttributeSpec;
import fr.proxima.inventory.ci.model.CiType;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.ci.web.CiResponses.AttributeLine;
import fr.proxima.inventory.ci.web.CiResponses.CiList;
import fr.proxima.inventory.ci.web.CiResponses.CiSummary;
import fr.proxima.inventory.ci.web.CiResponses.TypeLine;
import fr.proxima.inventory.internal.InvProblems;
import fr.proxima.inventory.software.SoftwareCatalogue;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/**
 * The CI lists seen from elsewhere: a person's equipment (what the CAN console suggests when a caller is picked),
 * the machines a catalogue software is installed on, and the catalogue of CI types with their attributes.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Configuration")
class CiListsController {
    private final CiReader reader;
    private final ReferenceNames names;
    private final Organisation organisation;
    private final SoftwareCatalogue catalogue;
    private final CurrentScope currentScope;

    CiListsController(CiReader reader, ReferenceNames names, Organisation organisation, SoftwareCatalogue catalogue,
                      CurrentScope currentScope) {
        this.reader = reader;
        this.names = names;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.currentScope = currentScope;
    }

    @Get("/people/{id}/cis")
    @Operation(summary = "Le matériel d'un agent (en service d'abord)",
            description = "Ce que la console du CAN propose quand l'appelant est identifié.")
    @ApiResponse(responseCode = "200", description = "Les matériels attribués à l'agent")
    @ApiResponse(responseCode = "404", description = "Agent inconnu ou hors du périmètre de l'appelant (INV-3009)")
    @Transactional(readOnly = true)
    List<CiSummary> ofPerson(@PathVariable long id) {
        AccessScope scope = currentScope.get();
        if (organisation.person(scope, id).isEmpty()) {
            throw ProblemException.notFound(InvProblems.PERSON_NOT_FOUND, "Agent");
        }
        List<ConfigurationItem> cis = reader.ofPerson(id, scope);
        ReferenceNames.Names n = names.of(scope, List.of(id), cis.stream().map(c -> c.details().siteId()).toList());
        return cis.stream().map(c -> CiResponses.summary(c, n)).toList();
    }

    @Get("/software/{id}/installations")
    @Operation(summary = "Les matériels où un logiciel du catalogue est installé (dans le périmètre de l'appelant)")
    @ApiResponse(responseCode = "200", description = "Une page de matériels")
    @ApiResponse(responseCode = "404", description = "Logiciel inconnu (INV-3030)")
    @Transactional(readOnly = true)
    CiList installations(@PathVariable long id, @Nullable @QueryValue Integer page,
                         @Nullable @QueryValue Integer size) {
        AccessScope scope = currentScope.get();
        catalogue.require(scope, id);
        SearchParameters p = SearchParameters.parse(null, null, null, null, null, null, null, null, null, id, null,
                page, size, null);
        CiPage<ConfigurationItem> result = reader.search(new CiCriteria(null, null, null, null, null, List.of(),
                List.of(), null, null, id, null), CiSort.ASSET_TAG, p.page(), p.size(), scope);
        return CiResponses.list(result, names.of(scope, result.items().stream().map(c -> c.details().personId())
                .toList(), result.items().stream().map(c -> c.details().siteId()).toList()), CiSort.ASSET_TAG.apiName());
    }

    @Get("/ci-types")
    @Operation(summary = "Les types de matériel et leurs attributs propres (clé, libellé, nature, bornes)")
    @ApiResponse(responseCode = "200", description = "Les types")
    List<TypeLine> types() {
        return Arrays.stream(CiType.values()).map(t -> new TypeLine(t, t.label(), t.category().name(),
                t.category().label(), t.attributes().values().stream().map(CiListsController::line).toList())).toList();
    }

    private static AttributeLine line(AttributeSpec a) {
        boolean bounded = switch (a.kind()) {
            case INTEGER, DECIMAL, TEXT -> true;
            default -> false;
        };
        return new AttributeLine(a.key(), a.label(), a.kind().name(), bounded ? a.min() : null,
                bounded ? a.max() : null, a.choices());
    }
}
