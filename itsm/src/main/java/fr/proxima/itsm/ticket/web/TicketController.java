package fr.proxima.itsm.ticket.web;

import fr.proxima.itsm.OpenTicket;
import fr.proxima.itsm.category.Categories;
import fr.proxima.itsm.idempotency.IdempotencyKeys;
import fr.proxima.itsm.idempotency.IdempotentResult;
import fr.proxima.itsm.idempotency.RequestHash;
import fr.proxima.itsm.ticket.application.TicketCommands;
import fr.proxima.itsm.ticket.application.TicketEdit;
import fr.proxima.itsm.ticket.application.TicketProblems;
import fr.proxima.itsm.ticket.infrastructure.TicketPage;
import fr.proxima.itsm.ticket.infrastructure.TicketReader;
import fr.proxima.itsm.ticket.model.Ticket;
import fr.proxima.itsm.ticket.web.TicketRequests.Assign;
import fr.proxima.itsm.ticket.web.TicketRequests.CreateTicket;
import fr.proxima.itsm.ticket.web.TicketRequests.EditTicket;
import fr.proxima.itsm.ticket.web.TicketRequests.Hold;
import fr.proxima.itsm.ticket.web.TicketRequests.Resolve;
import fr.proxima.itsm.ticket.web.TicketRequests.Versioned;
import fr.proxima.itsm.ticket.web.TicketRequests.WithReason;
import fr.proxima.itsm.ticket.web.TicketResponses.HistoryLine;
import fr.proxima.itsm.ticket.web.TicketResponses.PageInfo;
import fr.proxima.itsm.ticket.web.TicketResponses.TicketList;
import fr.proxima.itsm.ticket.web.TicketResponses.TicketResponse;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CurrentScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

/**
 * {@code /api/tickets}: create (idempotent with {@code Idempotency-Key}), search and export within the caller's
 * scope, read one ticket and its history, edit, and the lifecycle transitions. Every transition body carries the
 * {@code version} the client saw (409 {@code ITSM-2002} when stale); an illegal transition is a 409
 * {@code ITSM-2010} problem listing {@code allowedTransitions}.
 */
@Controller("/api/tickets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Tickets", description = "Incidents et demandes de service")
class TicketController {
    static final int EXPORT_MAX_ROWS = 50_000;
    static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");

    private final TicketCommands commands;
    private final TicketReader reader;
    private final Categories categories;
    private final ReferenceNames names;
    private final CurrentScope currentScope;
    private final ObjectMapper json;

    TicketController(TicketCommands commands, TicketReader reader, Categories categories, ReferenceNames names,
                     CurrentScope currentScope, ObjectMapper json) {
        this.commands = commands;
        this.reader = reader;
        this.categories = categories;
        this.names = names;
        this.currentScope = currentScope;
        this.json = json;
    }

    @Post
    @Operation(summary = "Ouvre un incident ou une demande",
            description = "Routé vers le centre de proximité de la commune (carte en vigueur) ; priorité calculée "
                    + "par la matrice impact × urgence (relevée d'un niveau pour un demandeur VIP). Avec un en-tête "
                    + "Idempotency-Key, une même requête rejouée rend le même ticket, jamais un second ; la même clé "
                    + "avec un autre corps rend 422.")
    @ApiResponse(responseCode = "201", description = "Ticket créé (ou rejoué : en-tête Idempotent-Replayed)")
    @ApiResponse(responseCode = "400", description = "Champs invalides, commune / catégorie / site / demandeur inconnus")
    @ApiResponse(responseCode = "403", description = "Compte en lecture seule")
    @ApiResponse(responseCode = "422", description = "Clé d'idempotence déjà utilisée pour une autre requête")
    HttpResponse<TicketResponse> create(@Valid @Body CreateTicket body,
                                        @Parameter(description = "Clé d'idempotence choisie par le client")
                                        @Nullable @Header(IdempotencyKeys.HEADER) String idempotencyKey) {
        AccessScope scope = currentScope.get();
        IdempotencyKeys.checkKey(idempotencyKey);
        OpenTicket command = new OpenTicket(body.type(), body.title(), body.description(), body.commune(),
                body.site(), body.requester(), body.category(), body.impact(), body.urgency(), null);
        IdempotentResult<Ticket> result = commands.open(command, idempotencyKey, hash(body), scope);
        Ticket t = result.value();
        HttpResponse<TicketResponse> response = HttpResponse.created(TicketResponses.full(t, names, scope),
                URI.create("/api/tickets/" + t.id()));
        if (result.replayed()) {
            return ((io.micronaut.http.MutableHttpResponse<TicketResponse>) response)
                    .header("Idempotent-Replayed", "true");
        }
        return response;
    }

    @Get
    @Operation(summary = "Recherche de tickets dans le périmètre de l'appelant",
            description = "Filtres combinables ; `status` et `priority` acceptent plusieurs valeurs (répétées ou "
                    + "séparées par des virgules, `status=OPEN` pour les états ouverts) ; `q` en texte intégral sur "
                    + "le titre et la description (mots sans accents ni pluriel, le dernier mot de 4 lettres ou plus "
                    + "pris comme préfixe ; tri par date de création, total compté jusqu'à 1 000 puis "
                    + "`totalIsLowerBound`) ; pagination `page` (à partir de 0) et `size` (≤ 200) ; tri stable "
                    + "`sort=createdAt,desc` (défaut), `updatedAt`, `priority`, `number`, `status`, `timeLeft` (temps restant sur le contrat d'engagement, le plus urgent d'abord), départagé par "
                    + "l'identifiant.")
    @ApiResponse(responseCode = "200", description = "Une page de tickets et le total dans le périmètre")
    @ApiResponse(responseCode = "400", description = "Filtre invalide")
    TicketList search(@Nullable @QueryValue String commune, @Nullable @QueryValue String centre,
                      @Nullable @QueryValue String team, @Nullable @QueryValue Long assignee,
                      @Nullable @QueryValue List<String> status, @Nullable @QueryValue List<String> priority,
                      @Nullable @QueryValue Long requester, @Nullable @QueryValue String category,
                      @Nullable @QueryValue String type, @Nullable @QueryValue String createdFrom,
                      @Nullable @QueryValue String createdTo, @Nullable @QueryValue String q,
                      @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                      @Nullable @QueryValue String sort) {
        AccessScope scope = currentScope.get();
        SearchParameters p = SearchParameters.parse(commune, centre, team, assignee, status, priority, requester,
                category, type, createdFrom, createdTo, q, page, size, sort, categories, true);
        TicketPage<Ticket> result = reader.search(p.criteria(), p.sort(), p.page(), p.size(), scope);
        return new TicketList(result.items().stream().map(t -> TicketResponses.summary(t, names)).toList(),
                new PageInfo(result.page(), result.size(), result.totalItems(), result.totalPages(),
                        result.sort().apiText(), result.totalIsLowerBound()));
    }

    @Get(value = "/export", produces = "text/csv")
    @Operation(summary = "Export CSV de la recherche (mêmes filtres)",
            description = "UTF-8 avec BOM, séparateur `;`, en-têtes en français, au plus 50 000 lignes ; même "
                    + "périmètre que la recherche.")
    @ApiResponse(responseCode = "200", description = "Fichier CSV")
    HttpResponse<byte[]> export(@Nullable @QueryValue String commune, @Nullable @QueryValue String centre,
                                @Nullable @QueryValue String team, @Nullable @QueryValue Long assignee,
                                @Nullable @QueryValue List<String> status,
                                @Nullable @QueryValue List<String> priority, @Nullable @QueryValue Long requester,
                                @Nullable @QueryValue String category, @Nullable @QueryValue String type,
                                @Nullable @QueryValue String createdFrom, @Nullable @QueryValue String createdTo,
                                @Nullable @QueryValue String q, @Nullable @QueryValue String sort) {
        AccessScope scope = currentScope.get();
        SearchParameters p = SearchParameters.parse(commune, centre, team, assignee, status, priority, requester,
                category, type, createdFrom, createdTo, q, null, null, sort, categories, false);
        TicketCsv csv = new TicketCsv(names);
        int rows = reader.forEach(p.criteria(), p.sort(), EXPORT_MAX_ROWS, scope, csv::add);
        return HttpResponse.ok(csv.bytes()).contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"tickets.csv\"")
                .header("X-Export-Rows", Integer.toString(rows))
                .header("X-Export-Truncated", Boolean.toString(rows >= EXPORT_MAX_ROWS));
    }

    @Get("/{id}")
    @Operation(summary = "Un ticket")
    @ApiResponse(responseCode = "200", description = "Le ticket")
    @ApiResponse(responseCode = "404", description = "Inconnu ou hors du périmètre de l'appelant")
    TicketResponse get(@PathVariable long id) {
        AccessScope scope = currentScope.get();
        return TicketResponses.full(reader.find(id, scope).orElseThrow(TicketProblems::notFound), names, scope);
    }

    @Get("/{id}/history")
    @Operation(summary = "Historique d'un ticket (qui, quand, champ, ancienne → nouvelle valeur)")
    @ApiResponse(responseCode = "200", description = "L'historique, du plus ancien au plus récent")
    @ApiResponse(responseCode = "404", description = "Inconnu ou hors du périmètre de l'appelant")
    List<HistoryLine> history(@PathVariable long id) {
        return reader.history(id, currentScope.get()).orElseThrow(TicketProblems::notFound)
                .stream().map(HistoryLine::of).toList();
    }

    @Patch("/{id}")
    @Operation(summary = "Modifie titre, description, catégorie, impact, urgence, site ou demandeur",
            description = "Les champs absents ne changent pas ; la priorité est recalculée ; `version` obligatoire.")
    @ApiResponse(responseCode = "200", description = "Le ticket modifié")
    @ApiResponse(responseCode = "409", description = "Version périmée ou ticket fermé")
    TicketResponse edit(@PathVariable long id, @Valid @Body EditTicket body) {
        return respond(commands.edit(id, body.version(), new TicketEdit(body.title(), body.description(),
                body.category(), body.site(), body.requester(), body.impact(), body.urgency()), currentScope.get()));
    }

    @Post("/{id}/assign")
    @Operation(summary = "Affecte à une équipe (centre ou groupe de support) et éventuellement à une personne")
    @ApiResponse(responseCode = "200", description = "Le ticket affecté")
    @ApiResponse(responseCode = "409", description = "Transition impossible ou version périmée")
    TicketResponse assign(@PathVariable long id, @Valid @Body Assign body) {
        return respond(commands.assign(id, body.version(), body.team(), body.assignee(), currentScope.get()));
    }

    @Post("/{id}/take")
    @Operation(summary = "Prise en charge par l'appelant (EN COURS)")
    @ApiResponse(responseCode = "200", description = "Le ticket pris en charge")
    @ApiResponse(responseCode = "409", description = "Transition impossible ou version périmée")
    TicketResponse take(@PathVariable long id, @Valid @Body Versioned body) {
        return respond(commands.take(id, body.version(), currentScope.get()));
    }

    @Post("/{id}/hold")
    @Operation(summary = "Mise en attente (utilisateur, fournisseur, livraison de pièce)")
    @ApiResponse(responseCode = "200", description = "Le ticket en attente")
    @ApiResponse(responseCode = "409", description = "Transition impossible ou version périmée")
    TicketResponse hold(@PathVariable long id, @Valid @Body Hold body) {
        return respond(commands.hold(id, body.version(), body.reason(), currentScope.get()));
    }

    @Post("/{id}/resume")
    @Operation(summary = "Reprise après attente")
    @ApiResponse(responseCode = "200", description = "Le ticket en cours")
    @ApiResponse(responseCode = "409", description = "Transition impossible ou version périmée")
    TicketResponse resume(@PathVariable long id, @Valid @Body Versioned body) {
        return respond(commands.resume(id, body.version(), currentScope.get()));
    }

    @Post("/{id}/resolve")
    @Operation(summary = "Résolution (code et texte) ; clôture automatique après 5 jours ouvrés")
    @ApiResponse(responseCode = "200", description = "Le ticket résolu")
    @ApiResponse(responseCode = "409", description = "Transition impossible ou version périmée")
    TicketResponse resolve(@PathVariable long id, @Valid @Body Resolve body) {
        return respond(commands.resolve(id, body.version(), body.resolutionCode(), body.resolutionText(),
                currentScope.get()));
    }

    @Post("/{id}/reopen")
    @Operation(summary = "Réouverture d'un ticket résolu (CAN, administrateur ou équipe affectée)")
    @ApiResponse(responseCode = "200", description = "Le ticket rouvert")
    @ApiResponse(responseCode = "409", description = "Transition impossible ou version périmée")
    TicketResponse reopen(@PathVariable long id, @Valid @Body WithReason body) {
        return respond(commands.reopen(id, body.version(), body.reason(), currentScope.get()));
    }

    @Post("/{id}/cancel")
    @Operation(summary = "Annulation d'un ticket ouvert, avec un motif")
    @ApiResponse(responseCode = "200", description = "Le ticket annulé")
    @ApiResponse(responseCode = "409", description = "Transition impossible ou version périmée")
    TicketResponse cancel(@PathVariable long id, @Valid @Body WithReason body) {
        return respond(commands.cancel(id, body.version(), body.reason(), currentScope.get()));
    }

    private TicketResponse respond(Ticket t) {
        return TicketResponses.full(t, names, currentScope.get());
    }

    /** The request as the server understood it, so that a retry with reordered JSON members is "the same". */
    private String hash(CreateTicket body) {
        try {
            return RequestHash.of(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
