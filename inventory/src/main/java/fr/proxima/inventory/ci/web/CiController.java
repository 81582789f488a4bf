package fr.proxima.inventory.ci.web;

import fr.proxima.inventory.ci.application.CiCommands;
import fr.proxima.inventory.ci.application.CiPatch;
import fr.proxima.inventory.ci.infrastructure.CiPage;
import fr.proxima.inventory.ci.infrastructure.CiReader;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.ci.model.RelationType;
import fr.proxima.inventory.ci.web.CiRequests.CreateCi;
import fr.proxima.inventory.ci.web.CiRequests.Install;
import fr.proxima.inventory.ci.web.CiRequests.PatchCi;
import fr.proxima.inventory.ci.web.CiRequests.Relate;
import fr.proxima.inventory.ci.web.CiRequests.ReplaceCi;
import fr.proxima.inventory.ci.web.CiResponses.CiList;
import fr.proxima.inventory.ci.web.CiResponses.CiResponse;
import fr.proxima.inventory.ci.web.CiResponses.HistoryLine;
import fr.proxima.inventory.ci.web.CiResponses.InstalledLine;
import fr.proxima.inventory.ci.web.CiResponses.RelationLine;
import fr.proxima.inventory.internal.InvProblems;
import fr.proxima.inventory.internal.InventoryIdempotency;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.IdempotentCreations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /api/cis}: the configuration items. Search and read within the caller's scope (a commune viewer: its
 * commune; another commune's CI answers 404 {@code INV-3004} like an unknown id); create (idempotent with
 * {@code Idempotency-Key}), replace (PUT) and change (PATCH) with the {@code version} read (409 {@code INV-3002}
 * when stale); relations and installed software. Writers: administrators, and centre managers and technicians for
 * the communes their centre serves (see CiPermissions).
 * A read runs in one read-only transaction, so that the CI query and the organisation's name lookups share one
 * connection and one transaction instead of opening one each.
 */
@Controller("/api/cis")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Configuration", description = "Base de configuration : matériels, relations, logiciels installés")
class CiController {
    private static final String FORBIDDEN = "Rôle sans droit d'écriture, ou matériel d'une commune servie par un autre"
            + " centre que celui de l'appelant (INV-3003)";
    private final CiCommands commands;
    private final CiReader reader;
    private final ReferenceNames names;
    private final CurrentScope currentScope;
    private final ObjectMapper json;

    CiController(CiCommands commands, CiReader reader, ReferenceNames names, CurrentScope currentScope,
                 ObjectMapper json) {
        this.commands = commands;
        this.reader = reader;
        this.names = names;
        this.currentScope = currentScope;
        this.json = json;
    }

    @Get
    @Operation(summary = "Recherche de matériels dans le périmètre de l'appelant",
            description = "Filtres combinables : `serial` (numéro de série exact, tout fabricant), `assetTag` "
                    + "(numéro d'inventaire exact), `commune`, `site`, `person`, `type` et `status` (plusieurs "
                    + "valeurs, répétées ou séparées par des virgules ; codes ou libellés français), `manufacturer`, "
                    + "`model` (contient), `software` (identifiant au catalogue), `q` (chaque mot figure dans le numéro "
                    + "d'inventaire, le numéro de série, le nom d'hôte, le fabricant, le numéro de ligne, le modèle ou "
                    + "les notes). Pagination `page` (à partir de 0) et `size` (≤ 200, 50 par "
                    + "défaut) ; tri `sort=assetTag` (défaut), `updatedAt` ou `lastAgentReport`.")
    @ApiResponse(responseCode = "200", description = "Une page de matériels et leur nombre dans le périmètre")
    @ApiResponse(responseCode = "400", description = "Filtre invalide (INV-3001)")
    @Transactional(readOnly = true)
    CiList search(@Nullable @QueryValue String serial, @Nullable @QueryValue String assetTag,
                  @Nullable @QueryValue String commune, @Nullable @QueryValue Long site,
                  @Nullable @QueryValue Long person, @Nullable @QueryValue List<String> type,
                  @Nullable @QueryValue List<String> status, @Nullable @QueryValue String manufacturer,
                  @Nullable @QueryValue String model, @Nullable @QueryValue Long software,
                  @Nullable @QueryValue String q, @Nullable @QueryValue Integer page,
                  @Nullable @QueryValue Integer size, @Nullable @QueryValue String sort) {
        AccessScope scope = currentScope.get();
        SearchParameters p = SearchParameters.parse(serial, assetTag, commune, site, person, type, status,
                manufacturer, model, software, q, page, size, sort);
        CiPage<ConfigurationItem> result = reader.search(p.criteria(), p.sort(), p.page(), p.size(), scope);
        return CiResponses.list(result, names.of(scope, result.items().stream().map(c -> c.details().personId())
                .toList(), result.items().stream().map(c -> c.details().siteId()).toList()), p.sort().apiName());
    }

    @Post
    @Operation(summary = "Enregistre un matériel",
            description = "Attributs propres au type dans `attributes` (voir `GET /api/ci-types`). Avec un en-tête "
                    + "Idempotency-Key, une même requête rejouée rend le même matériel ; la même clé avec un autre "
                    + "corps rend 422 (INV-3090).")
    @ApiResponse(responseCode = "201", description = "Matériel créé (ou rejoué : en-tête Idempotent-Replayed)")
    @ApiResponse(responseCode = "400", description = "Champs invalides (INV-3001)")
    @ApiResponse(responseCode = "403", description = FORBIDDEN)
    @ApiResponse(responseCode = "409", description = "Numéro d'inventaire, de série ou de ligne déjà pris (INV-3005..3007)")
    HttpResponse<CiResponse> create(@Valid @Body CreateCi body,
                                    @Parameter(description = "Clé d'idempotence choisie par le client")
                                    @Nullable @Header(InventoryIdempotency.HEADER) String idempotencyKey) {
        AccessScope scope = currentScope.get();
        InventoryIdempotency.checkKey(idempotencyKey);
        IdempotentCreations.Result<ConfigurationItem> result = commands.create(body.draft(), idempotencyKey,
                InventoryIdempotency.hash(canonical(body)), scope);
        MutableHttpResponse<CiResponse> response = HttpResponse.created(full(result.value(), scope),
                URI.create("/api/cis/" + result.value().id()));
        return result.replayed() ? response.header("Idempotent-Replayed", "true") : response;
    }

    @Get("/{id}")
    @Operation(summary = "Un matériel, avec ses logiciels, ses relations, ses tickets et son historique")
    @ApiResponse(responseCode = "200", description = "Le matériel")
    @ApiResponse(responseCode = "404", description = "Inconnu ou hors du périmètre de l'appelant (INV-3004)")
    @Transactional(readOnly = true)
    CiResponse get(@PathVariable long id) {
        AccessScope scope = currentScope.get();
        return full(reader.page(id, scope).orElseThrow(InvProblems::ciNotFound), scope);
    }

    @Put("/{id}")
    @Operation(summary = "Remplace tous les champs d'un matériel (attributs compris)",
            description = "`version` obligatoire : celle lue ; 409 INV-3002 si le matériel a changé entre-temps.")
    @ApiResponse(responseCode = "200", description = "Le matériel modifié")
    @ApiResponse(responseCode = "409", description = "Version périmée, statut impossible, identifiant déjà pris")
    @ApiResponse(responseCode = "403", description = FORBIDDEN)
    CiResponse replace(@PathVariable long id, @Valid @Body ReplaceCi body) {
        AccessScope scope = currentScope.get();
        return full(commands.replace(id, body.version(), body.draft(), scope), scope);
    }

    @Patch("/{id}")
    @Operation(summary = "Modifie certains champs d'un matériel",
            description = "Les champs absents ne changent pas ; `clear` vide les champs qu'il nomme (serialNumber, "
                    + "model, site, person, acquisitionDate, warrantyEnd, supplier, purchaseReference, notes) ; "
                    + "`attributes` est fusionné clé par clé (une valeur null retire l'attribut). `version` obligatoire.")
    @ApiResponse(responseCode = "200", description = "Le matériel modifié")
    @ApiResponse(responseCode = "409", description = "Version périmée, statut impossible, identifiant déjà pris")
    @ApiResponse(responseCode = "403", description = FORBIDDEN)
    CiResponse patch(@PathVariable long id, @Valid @Body PatchCi body) {
        AccessScope scope = currentScope.get();
        Set<String> clear = body.clear() == null ? Set.of() : Set.copyOf(body.clear());
        for (String field : clear) {
            if (!CiPatch.CLEARABLE.contains(field)) {
                throw InvProblems.invalid("clear", "invalid", "Champ impossible à vider : " + cut(field));
            }
        }
        CiPatch patch = new CiPatch(body.type(), body.assetTag(), body.serialNumber(), body.manufacturer(),
                body.model(), body.status(), body.commune(), body.site(), body.person(), body.acquisitionDate(),
                body.warrantyEnd(), body.supplier(), body.purchaseReference(), body.notes(), body.attributes(), clear);
        return full(commands.patch(id, body.version(), patch, scope), scope);
    }

    @Get("/{id}/history")
    @Operation(summary = "Historique d'un matériel (qui, quand, champ, ancienne → nouvelle valeur)")
    @ApiResponse(responseCode = "200", description = "L'historique, du plus ancien au plus récent")
    @ApiResponse(responseCode = "404", description = "Inconnu ou hors du périmètre de l'appelant (INV-3004)")
    List<HistoryLine> history(@PathVariable long id) {
        return reader.history(id, currentScope.get()).orElseThrow(InvProblems::ciNotFound).stream()
                .map(HistoryLine::of).toList();
    }

    @Get("/{id}/software")
    @Operation(summary = "Logiciels installés sur un matériel, avec leur statut au catalogue")
    @ApiResponse(responseCode = "200", description = "Les logiciels, par nom")
    @ApiResponse(responseCode = "404", description = "Inconnu ou hors du périmètre de l'appelant (INV-3004)")
    List<InstalledLine> software(@PathVariable long id) {
        return reader.software(id, currentScope.get()).orElseThrow(InvProblems::ciNotFound).stream()
                .map(InstalledLine::of).toList();
    }

    @Post("/{id}/software")
    @Operation(summary = "Déclare un logiciel installé sur un matériel")
    @ApiResponse(responseCode = "200", description = "Les logiciels du matériel")
    @ApiResponse(responseCode = "403", description = FORBIDDEN)
    List<InstalledLine> install(@PathVariable long id, @Valid @Body Install body) {
        AccessScope scope = currentScope.get();
        commands.install(id, body.name(), body.publisher(), body.version(), scope);
        return software(id);
    }

    @Delete("/{id}/software/{installedId}")
    @Operation(summary = "Retire un logiciel d'un matériel")
    @ApiResponse(responseCode = "204", description = "Retiré")
    @ApiResponse(responseCode = "404", description = "Matériel ou logiciel installé inconnu (INV-3004, INV-3033)")
    @ApiResponse(responseCode = "403", description = FORBIDDEN)
    HttpResponse<Void> uninstall(@PathVariable long id, @PathVariable long installedId) {
        commands.uninstall(id, installedId, currentScope.get());
        return HttpResponse.noContent();
    }

    @Get("/{id}/relations")
    @Operation(summary = "Relations d'un matériel (connecté à, installé sur, fait partie de)",
            description = "Une relation dont l'autre matériel est hors du périmètre de l'appelant n'est pas listée.")
    @ApiResponse(responseCode = "200", description = "Les relations")
    @ApiResponse(responseCode = "404", description = "Inconnu ou hors du périmètre de l'appelant (INV-3004)")
    List<RelationLine> relations(@PathVariable long id) {
        return reader.relations(id, currentScope.get()).orElseThrow(InvProblems::ciNotFound).stream()
                .map(RelationLine::of).toList();
    }

    @Post("/{id}/relations")
    @Operation(summary = "Relie un matériel à un autre",
            description = "`type` : CONNECTED_TO (symétrique), INSTALLED_ON ou PART_OF (de la partie vers le tout). "
                    + "Refusé : vers lui-même (INV-3020), en double, dans un sens ou dans l'autre pour CONNECTED_TO "
                    + "(INV-3021), en boucle (INV-3022).")
    @ApiResponse(responseCode = "201", description = "Les relations du matériel")
    @ApiResponse(responseCode = "403", description = FORBIDDEN)
    HttpResponse<List<RelationLine>> relate(@PathVariable long id, @Valid @Body Relate body) {
        AccessScope scope = currentScope.get();
        RelationType type = parseRelation(body.type());
        commands.relate(id, type, body.target(), scope);
        return HttpResponse.created(relations(id), URI.create("/api/cis/" + id + "/relations"));
    }

    @Delete("/{id}/relations/{relationId}")
    @Operation(summary = "Supprime une relation")
    @ApiResponse(responseCode = "204", description = "Supprimée")
    @ApiResponse(responseCode = "404", description = "Matériel ou relation inconnus (INV-3004, INV-3024)")
    @ApiResponse(responseCode = "403", description = FORBIDDEN)
    HttpResponse<Void> unrelate(@PathVariable long id, @PathVariable long relationId) {
        commands.unrelate(id, relationId, currentScope.get());
        return HttpResponse.noContent();
    }

    private CiResponse full(ConfigurationItem ci, AccessScope scope) {
        return full(reader.page(ci.id(), scope).orElseThrow(InvProblems::ciNotFound), scope);
    }

    private CiResponse full(CiReader.Page page, AccessScope scope) {
        ConfigurationItem current = page.ci();
        return CiResponses.full(current, names.of(scope,
                        java.util.Collections.singletonList(current.details().personId()),
                        java.util.Collections.singletonList(current.details().siteId())),
                page.software(), page.relations(), page.tickets(), page.history(),
                commands.mayChange(current, scope));
    }

    private static RelationType parseRelation(String type) {
        if (type == null || type.isBlank()) {
            throw InvProblems.invalid("type", "required", "Type de relation obligatoire");
        }
        try {
            return RelationType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvProblems.invalid("type", "invalid", "Type attendu : CONNECTED_TO, INSTALLED_ON ou PART_OF");
        }
    }

    private byte[] canonical(CreateCi body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
