package fr.proxima.app.web.ui.ticket;

import fr.proxima.app.web.ui.ApiClient;
import fr.proxima.app.web.ui.ApiError;
import fr.proxima.app.web.ui.Fmt;
import fr.proxima.app.web.ui.Forms;
import fr.proxima.app.web.ui.Refusal;
import fr.proxima.app.web.ui.UiPaths;
import fr.proxima.app.web.ui.session.CsrfRejected;
import fr.proxima.app.web.ui.session.Sessions;
import fr.proxima.organisation.CurrentScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import fr.proxima.app.web.ui.Pages;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ticket page ({@code /ui/tickets/{id}}): its header, history, comments, attachments and calls, the transitions
 * the API permits the user now as buttons, and reassignment. Every read and change goes through the tickets API
 * with the user's scope (the service-level panel through the itsm public API {@code ServiceLevels}, with the same
 * scope): a ticket out of scope is the same 404 page as an unknown one. A change sent with a stale
 * version (409) re-renders the page saying that someone else changed the ticket, with a link to reload it.
 */
@Controller(UiPaths.ROOT + "/tickets")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(UiPaths.EXECUTOR)
class TicketPageController {
    /** The transitions a form may ask for (the API decides whether the user may). */
    static final Set<String> ACTIONS = Set.of("assign", "take", "hold", "resume", "resolve", "reopen", "cancel");
    /** What the page says once a transition is done. */
    static final Map<String, String> DONE = Map.of("assign", "Ticket affecté.", "take", "Ticket pris en charge.",
            "hold", "Ticket mis en attente.", "resume", "Ticket repris.", "resolve", "Ticket résolu.",
            "reopen", "Ticket rouvert.", "cancel", "Ticket annulé.");

    private final ApiClient apiClient;
    private final Sessions sessions;
    private final ServiceLevelPanel serviceLevels;
    private final Pages pages;
    private final CurrentScope currentScope;

    TicketPageController(ApiClient apiClient, Sessions sessions, ServiceLevelPanel serviceLevels, Pages pages,
                         CurrentScope currentScope) {
        this.currentScope = currentScope;
        this.pages = pages;
        this.apiClient = apiClient;
        this.sessions = sessions;
        this.serviceLevels = serviceLevels;
    }

    @Get("/{id}")
    HttpResponse<String> show(HttpRequest<?> request, Authentication me, @PathVariable long id,
                                           @Nullable @QueryValue String appel, @Nullable @QueryValue String fait,
                              @Nullable @QueryValue("materiels-refuses") String materielsRefuses) {
        Map<String, Object> notices = new HashMap<>();
        if (appel != null) {
            notices.put("success", "Appel enregistré.");
        }
        if (materielsRefuses != null) {
            notices.put("error", "Un ou plusieurs matériels cochés n'ont pas pu être rattachés au ticket.");
        }
        if (fait != null && DONE.containsKey(fait)) {
            notices.put("success", DONE.get(fait));
        } else if ("commentaire".equals(fait)) {
            notices.put("success", "Commentaire ajouté.");
        } else if ("piece-jointe".equals(fait)) {
            notices.put("success", "Pièce jointe ajoutée.");
        } else if ("materiel".equals(fait)) {
            notices.put("success", "Matériel rattaché au ticket.");
        } else if ("materiel-retire".equals(fait)) {
            notices.put("success", "Matériel détaché du ticket.");
        }
        return pages.ok(request, "ticket", page(apiClient.as(me), me, id, notices, null, Map.of(), Map.of()));
    }

    @Post(value = "/{id}/transitions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> transition(HttpRequest<?> request, Authentication me, @PathVariable long id,
                               @Body Map<String, String> form) {
        checkCsrf(request, form.get("csrf"));
        String action = form.getOrDefault("action", "");
        ApiClient.User api = apiClient.as(me);
        if (!ACTIONS.contains(action)) {
            return pages.render(request, HttpStatus.BAD_REQUEST, "ticket", page(api, me, id,
                    Map.of("error", "Action inconnue."), null, Map.of(), form));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", Forms.id(form.get("version")));
        switch (action) {
            case "hold" -> body.put("reason", Forms.blankToNull(form.get("reason")));
            case "resolve" -> {
                body.put("resolutionCode", Forms.blankToNull(form.get("resolutionCode")));
                body.put("resolutionText", Forms.blankToNull(form.get("resolutionText")));
            }
            case "reopen", "cancel" -> body.put("reason", Forms.blankToNull(form.get("reason")));
            case "assign" -> {
                body.put("team", Forms.blankToNull(form.get("team")));
                body.put("assignee", Forms.id(form.get("assignee")));
            }
            default -> {
            }
        }
        try {
            api.post("/api/tickets/" + id + "/" + action, body);
        } catch (ApiError e) {
            return failed(request, api, me, id, action, e, form);
        }
        return HttpResponse.seeOther(URI.create(UiPaths.ROOT + "/tickets/" + id + "?fait=" + action));
    }

    @Post(value = "/{id}/commentaires", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> comment(HttpRequest<?> request, Authentication me, @PathVariable long id,
                            @Body Map<String, String> form) {
        checkCsrf(request, form.get("csrf"));
        ApiClient.User api = apiClient.as(me);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", form.getOrDefault("text", ""));
        body.put("visibility", "INTERNAL".equals(form.get("visibility")) ? "INTERNAL" : "PUBLIC");
        try {
            api.post("/api/tickets/" + id + "/comments", body);
        } catch (ApiError e) {
            return failed(request, api, me, id, "comment", e, form);
        }
        return HttpResponse.seeOther(URI.create(UiPaths.ROOT + "/tickets/" + id + "?fait=commentaire#commentaires"));
    }

    @Post(value = "/{id}/pieces-jointes", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, Authentication me, @PathVariable long id,
                           @Nullable @Part("file") CompletedFileUpload file, @Nullable @Part("csrf") String csrf) {
        checkCsrf(request, csrf);
        ApiClient.User api = apiClient.as(me);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
            return pages.render(request, HttpStatus.BAD_REQUEST, "ticket", page(api, me, id, Map.of(), null,
                    Map.of("attach.file", "Choisissez un fichier non vide."), Map.of()));
        }
        try {
            MultipartBody body = MultipartBody.builder().addPart("file", file.getFilename(),
                    file.getContentType().orElse(MediaType.APPLICATION_OCTET_STREAM_TYPE), file.getBytes()).build();
            api.postMultipart("/api/tickets/" + id + "/attachments", body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ApiError e) {
            return failed(request, api, me, id, "attach", e, Map.of());
        }
        return HttpResponse.seeOther(URI.create(UiPaths.ROOT + "/tickets/" + id + "?fait=piece-jointe#pieces-jointes"));
    }

    /** Names a CI on the ticket, found by its asset tag or, failing that, its serial number. */
    @Post(value = "/{id}/materiels", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> linkCi(HttpRequest<?> request, Authentication me, @PathVariable long id,
                           @Body Map<String, String> form) {
        checkCsrf(request, form.get("csrf"));
        ApiClient.User api = apiClient.as(me);
        String reference = Forms.blankToNull(form.get("reference"));
        List<Map<String, Object>> found = reference == null ? List.of() : CiReferences.find(api, reference);
        String problem = reference == null ? "Saisissez le n° d'inventaire ou le n° de série du matériel."
                : found.isEmpty() ? "Aucun matériel de votre périmètre ne porte ce n° d'inventaire ou de série."
                : found.size() > 1 ? "Plusieurs matériels portent ce n° de série : saisissez le n° d'inventaire ("
                        + String.join(", ", found.stream().map(c -> (String) c.get("assetTag")).toList()) + ")."
                : null;
        if (problem != null) {
            return pages.render(request, HttpStatus.BAD_REQUEST, "ticket", page(api, me, id,
                    Map.of("error", "Le matériel n'a pas été rattaché."), null, Map.of("ci.reference", problem), form));
        }
        try {
            api.postForList("/api/tickets/" + id + "/cis", Map.of("ciId", found.get(0).get("id")));
        } catch (ApiError e) {
            return failed(request, api, me, id, "ci", e, form);
        }
        return HttpResponse.seeOther(URI.create(UiPaths.ROOT + "/tickets/" + id + "?fait=materiel#materiels"));
    }

    @Post(value = "/{id}/materiels/retrait", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unlinkCi(HttpRequest<?> request, Authentication me, @PathVariable long id,
                             @Body Map<String, String> form) {
        checkCsrf(request, form.get("csrf"));
        ApiClient.User api = apiClient.as(me);
        Long ciId = Forms.id(form.get("ciId"));
        if (ciId == null) {
            return pages.render(request, HttpStatus.BAD_REQUEST, "ticket", page(api, me, id,
                    Map.of("error", "Matériel inconnu."), null, Map.of(), Map.of()));
        }
        try {
            api.delete("/api/cis/" + ciId + "/tickets/" + id);
        } catch (ApiError e) {
            if (e.isNotFound()) {
                api.get("/api/tickets/" + id); // the ticket itself out of scope: its 404 page
                return pages.render(request, HttpStatus.NOT_FOUND, "ticket", page(api, me, id,
                        Map.of("error", "Ce matériel n'est pas rattaché à ce ticket."), null, Map.of(), Map.of()));
            }
            return failed(request, api, me, id, "ci", e, Map.of());
        }
        return HttpResponse.seeOther(URI.create(UiPaths.ROOT + "/tickets/" + id + "?fait=materiel-retire#materiels"));
    }

    @Get(value = "/{id}/pieces-jointes/{attachmentId}", produces = MediaType.ALL)
    HttpResponse<byte[]> download(Authentication me, @PathVariable long id, @PathVariable long attachmentId) {
        HttpResponse<byte[]> file = apiClient.as(me).download("/api/tickets/" + id + "/attachments/" + attachmentId);
        var out = HttpResponse.ok(file.body())
                .contentType(file.getContentType().orElse(MediaType.APPLICATION_OCTET_STREAM_TYPE))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox");
        String disposition = file.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION);
        out.header(HttpHeaders.CONTENT_DISPOSITION, disposition == null ? "attachment" : disposition);
        return out;
    }

    // ------------------------------------------------------------------ internals

    private void checkCsrf(HttpRequest<?> request, @Nullable String token) {
        if (!sessions.csrfValid(request, token)) {
            throw new CsrfRejected();
        }
    }

    /** A refused change: the page again, with the reason where it belongs (field, stale banner, notice). */
    private HttpResponse<?> failed(HttpRequest<?> request, ApiClient.User api, Authentication me, long id, String form, ApiError e,
                                   Map<String, String> values) {
        Refusal r = Refusal.of(e, "ce ticket", form, null);
        return pages.render(request, r.status(), "ticket", page(api, me, id, r.notices(), r.stale(), r.errors(), values));
    }

    private Map<String, Object> page(ApiClient.User api, Authentication me, long id,
                                                   Map<String, Object> notices, @Nullable String stale,
                                                   Map<String, String> errors,
                                                   Map<String, String> values) {
        Map<String, Object> t = api.get("/api/tickets/" + id);
        Map<String, Object> model = new HashMap<>();
        model.put("t", t);
        model.put("title", t.get("number") + " – " + t.get("title"));
        model.put("history", api.getList("/api/tickets/" + id + "/history"));
        model.put("comments", api.getList("/api/tickets/" + id + "/comments"));
        model.put("attachments", api.getList("/api/tickets/" + id + "/attachments"));
        model.put("calls", api.getList("/api/tickets/" + id + "/calls"));
        List<Map<String, Object>> cis = optional(() -> api.getList("/api/tickets/" + id + "/cis"));
        model.put("cis", cis == null ? List.of() : cis);
        model.put("requester", optional(() -> t.get("requesterId") == null ? null
                : api.get("/api/people/" + t.get("requesterId"))));
        model.put("site", optional(() -> t.get("siteId") == null ? null : api.get("/api/sites/" + t.get("siteId"))));
        @SuppressWarnings("unchecked")
        List<String> permitted = (List<String>) t.get("permittedActions");
        model.put("can", permitted == null ? List.of() : permitted);
        String team = ref(t.get("assignedTeam"));
        String centre = ref(t.get("centre"));
        Map<String, List<Map<String, Object>>> members = new LinkedHashMap<>();
        for (String code : new String[]{team, centre}) {
            if (code != null && !members.containsKey(code)) {
                List<Map<String, Object>> list = optional(() -> api.getList("/api/teams/" + code + "/members"));
                members.put(code, list == null ? List.of() : list);
            }
        }
        model.put("assigneeName", assigneeName(t.get("assigneeId"), members));
        if (permitted != null && permitted.contains("assign")) {
            model.put("teams", api.getList("/api/teams").stream().filter(x -> Boolean.TRUE.equals(x.get("active")))
                    .toList());
            List<Map<String, Object>> groups = new ArrayList<>();
            members.forEach((code, list) -> groups.add(Map.of("team", code, "members", list)));
            model.put("memberGroups", groups);
        }
        model.put("sla", serviceLevels.panel(id, currentScope.get()));
        model.put("pendingReasons", Fmt.PENDING_REASON);
        model.put("resolutions", Fmt.RESOLUTION);
        model.put("notices", notices);
        model.put("stale", stale);
        model.put("errors", errors);
        model.put("values", values);
        model.put("canComment", !me.getRoles().contains("COMMUNE_VIEWER"));
        model.put("canLinkCis", !me.getRoles().contains("COMMUNE_VIEWER"));
        return model;
    }

    private static String assigneeName(Object id, Map<String, List<Map<String, Object>>> members) {
        if (!(id instanceof Number n)) {
            return null;
        }
        for (List<Map<String, Object>> list : members.values()) {
            for (Map<String, Object> m : list) {
                if (((Number) m.get("id")).longValue() == n.longValue()) {
                    return (String) m.get("displayName");
                }
            }
        }
        return "Intervenant n° " + n;
    }

    private static String ref(Object ref) {
        return ref instanceof Map<?, ?> m && m.get("code") != null ? m.get("code").toString() : null;
    }

    /** A secondary read that may fail (a requester out of the viewer's scope...): the page shows a dash instead. */
    private static <T> T optional(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiError e) {
            return null;
        }
    }


}
