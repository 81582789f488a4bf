package fr.proxima.app.web.ui.parc;

import fr.proxima.app.web.ui.ApiClient;
import fr.proxima.app.web.ui.ApiError;
import fr.proxima.app.web.ui.Fmt;
import fr.proxima.app.web.ui.Forms;
import fr.proxima.app.web.ui.Pages;
import fr.proxima.app.web.ui.Query;
import fr.proxima.app.web.ui.Refusal;
import fr.proxima.app.web.ui.UiPaths;
import fr.proxima.app.web.ui.session.CsrfRejected;
import fr.proxima.app.web.ui.session.Sessions;
import fr.proxima.organisation.ScopeClaims;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The equipment park ({@code /ui/parc}): the search of the configuration database (serial number, asset tag,
 * commune, site, agent, type, status, free text) and the page of one configuration item (attributes, status, owner,
 * site, agent, dates, purchase, relations, installed software, tickets, history) with its edit form (status, site,
 * agent, notes, with the version read: a stale one re-renders the page saying someone else changed it). Every read
 * and write goes through {@code /api/cis} as the user, so the scope (a commune viewer: its commune only; another
 * commune's item is the same 404 page as an unknown one) and the write permission (403) are the API's.
 */
@Controller(UiPaths.ROOT + "/parc")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(UiPaths.EXECUTOR)
class ParcController {
    static final int PAGE_SIZE = 25;
    /** The roles that change CIs (of some communes): told why a CI they read is read-only for them. */
    static final Set<String> WRITERS = Set.of("ADMIN", "CENTRE_MANAGER", "TECHNICIAN");

    private final ApiClient apiClient;
    private final Sessions sessions;
    private final Pages pages;

    ParcController(ApiClient apiClient, Sessions sessions, Pages pages) {
        this.apiClient = apiClient;
        this.sessions = sessions;
        this.pages = pages;
    }

    @Get
    @SuppressWarnings("java:S107")
    HttpResponse<String> search(HttpRequest<?> request, Authentication me, @Nullable @QueryValue String serie,
                                @Nullable @QueryValue String inventaire, @Nullable @QueryValue String commune,
                                @Nullable @QueryValue String site, @Nullable @QueryValue String agent,
                                @Nullable @QueryValue String type, @Nullable @QueryValue String statut,
                                @Nullable @QueryValue String q, @Nullable @QueryValue String page) {
        ApiClient.User api = apiClient.as(me);
        String ownCommune = viewerCommune(me);
        List<Map<String, Object>> communes = communes(api, ownCommune);
        String communeCode = ownCommune != null ? ownCommune : Forms.blankToNull(commune);
        Long siteId = Forms.id(site);
        String status = statut != null && Fmt.CI_STATUS.containsKey(statut) ? statut : null;
        int p = Forms.id(page) == null || Forms.id(page) > 4000 ? 0 : Forms.id(page).intValue();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> model = new HashMap<>();

        Long personId = null;
        if (Forms.blankToNull(agent) != null) {
            PersonLookup.Result who = PersonLookup.find(api, agent, communeCode);
            personId = who.id();
            model.put("agentChoices", choices(who.candidates(), Query.of("serie", serie, "inventaire", inventaire,
                    "commune", communeCode, "site", siteId, "type", type, "statut", status, "q", q)));
            if (who.error() != null) {
                errors.put("agent", who.error());
            }
        }
        Map<String, Object> result = null;
        if (errors.isEmpty()) {
            try {
                result = api.get(Query.of("serial", serie, "assetTag", inventaire, "commune", communeCode,
                        "site", siteId, "person", personId, "type", Forms.blankToNull(type), "status", status,
                        "q", q, "page", p, "size", PAGE_SIZE).path("/api/cis"));
            } catch (ApiError e) {
                if (e.status() != 400) {
                    throw e;
                }
                e.fieldErrors().forEach((field, message) -> errors.put(FILTER_OF.getOrDefault(field, field), message));
                if (e.fieldErrors().isEmpty()) {
                    model.put("error", e.detail());
                }
            }
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("serie", serie);
        filters.put("inventaire", inventaire);
        filters.put("commune", communeCode);
        filters.put("site", siteId);
        filters.put("agent", agent);
        filters.put("type", type);
        filters.put("statut", status);
        filters.put("q", q);
        model.put("filters", filters);
        model.put("errors", errors);
        model.put("title", "Parc");
        model.put("communes", communes);
        model.put("viewer", ownCommune != null);
        model.put("types", api.getList("/api/ci-types"));
        model.put("statuses", Fmt.CI_STATUS);
        model.put("sites", communeCode == null || !errors.isEmpty() && errors.containsKey("commune") ? List.of()
                : optionalList(() -> sites(api, communeCode)));
        model.put("cis", result == null ? List.of() : result.get("items"));
        model.put("total", result == null ? 0 : result.get("total"));
        Query here = Query.of("serie", serie, "inventaire", inventaire, "commune", communeCode, "site", siteId,
                "agent", agent, "type", type, "statut", status, "q", q);
        boolean more = result != null && Boolean.TRUE.equals(result.get("hasNext"));
        model.put("previous", p > 0 ? here.with("page", p - 1).path(UiPaths.ROOT + "/parc") : null);
        model.put("next", more ? here.with("page", p + 1).path(UiPaths.ROOT + "/parc") : null);
        model.put("pageNumber", p + 1);
        return pages.render(request, errors.isEmpty() && !model.containsKey("error") ? HttpStatus.OK
                : HttpStatus.BAD_REQUEST, "parc", model);
    }

    @Get("/{id}")
    HttpResponse<String> show(HttpRequest<?> request, Authentication me, @PathVariable long id,
                              @Nullable @QueryValue String fait) {
        Map<String, Object> notices = new HashMap<>();
        if ("modification".equals(fait)) {
            notices.put("success", "Matériel modifié.");
        } else if ("rien".equals(fait)) {
            notices.put("success", "Aucun changement à enregistrer.");
        }
        return pages.ok(request, "materiel", page(apiClient.as(me), me, id, notices, null, Map.of(), Map.of()));
    }

    @Post(value = "/{id}/modification", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> edit(HttpRequest<?> request, Authentication me, @PathVariable long id,
                         @Body Map<String, String> form) {
        if (!sessions.csrfValid(request, form.get("csrf"))) {
            throw new CsrfRejected();
        }
        ApiClient.User api = apiClient.as(me);
        Map<String, Object> ci = api.get("/api/cis/" + id);
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> clear = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Long version = Forms.id(form.get("version"));
        if (version == null && !"0".equals(form.get("version"))) {
            errors.put("edit.version", "Version manquante : rechargez la page.");
        }
        body.put("version", version == null ? 0L : version);

        String status = Forms.blankToNull(form.get("status"));
        if (status != null && !status.equals(ci.get("status"))) {
            body.put("status", status);
        }
        String site = Forms.blankToNull(form.get("site"));
        Object currentSite = refId(ci.get("site"));
        if (site == null && currentSite != null) {
            clear.add("site");
        } else if (site != null && !site.equals(currentSite)) {
            if (Forms.id(site) == null) {
                errors.put("edit.site", "Site inconnu.");
            } else {
                body.put("site", Forms.id(site));
            }
        }
        String person = Forms.blankToNull(form.get("person"));
        String shown = Objects.requireNonNullElse(form.get("personShown"), "").strip();
        if (person == null && refId(ci.get("person")) != null) {
            clear.add("person");
        } else if (person != null && !person.equals(shown)) {
            PersonLookup.Result who = PersonLookup.find(api, person,
                    (String) ((Map<?, ?>) ci.get("commune")).get("id"));
            if (who.found()) {
                if (!who.id().toString().equals(refId(ci.get("person")))) {
                    body.put("person", who.id());
                }
            } else {
                errors.put("edit.person", who.error());
            }
        }
        String notes = Forms.blankToNull(form.get("notes"));
        if (notes == null && ci.get("notes") != null) {
            clear.add("notes");
        } else if (notes != null && !notes.equals(ci.get("notes"))) {
            body.put("notes", notes);
        }
        if (!errors.isEmpty()) {
            return pages.render(request, HttpStatus.BAD_REQUEST, "materiel", page(api, me, id,
                    Map.of("error", "La modification n'a pas été enregistrée : corrigez le champ signalé."), null,
                    errors, form));
        }
        if (body.size() == 1 && clear.isEmpty()) {
            return HttpResponse.seeOther(URI.create(UiPaths.ROOT + "/parc/" + id + "?fait=rien"));
        }
        if (!clear.isEmpty()) {
            body.put("clear", clear);
        }
        try {
            api.patch("/api/cis/" + id, body);
        } catch (ApiError e) {
            return failed(request, api, me, id, e, form);
        }
        return HttpResponse.seeOther(URI.create(UiPaths.ROOT + "/parc/" + id + "?fait=modification"));
    }

    // ------------------------------------------------------------------ internals

    /** The API's search parameters → the page's filter names (for the field errors of a 400). */
    private static final Map<String, String> FILTER_OF = Map.of("serial", "serie", "assetTag", "inventaire",
            "commune", "commune", "site", "site", "person", "agent", "type", "type", "status", "statut", "q", "q",
            "page", "page");

    private HttpResponse<?> failed(HttpRequest<?> request, ApiClient.User api, Authentication me, long id, ApiError e,
                                   Map<String, String> values) {
        Refusal r = Refusal.of(e, "ce matériel", "edit", "Vous n'êtes pas autorisé à modifier ce matériel");
        return pages.render(request, r.status(), "materiel", page(api, me, id, r.notices(), r.stale(), r.errors(),
                values));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> page(ApiClient.User api, Authentication me, long id, Map<String, Object> notices,
                                     @Nullable String stale, Map<String, String> errors, Map<String, String> values) {
        Map<String, Object> ci = api.get("/api/cis/" + id);
        Map<String, Object> model = new HashMap<>();
        model.put("ci", ci);
        model.put("title", ci.get("assetTag") + " – " + ci.get("typeLabel"));
        model.put("tickets", optionalList(() -> api.getList("/api/cis/" + id + "/tickets")));
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map<String, Object> t : api.getList("/api/ci-types")) {
            if (t.get("type").equals(ci.get("type"))) {
                for (Map<String, Object> a : (List<Map<String, Object>>) t.get("attributes")) {
                    labels.put((String) a.get("key"), (String) a.get("label"));
                }
            }
        }
        List<Map<String, Object>> attributes = new ArrayList<>();
        ((Map<String, Object>) ci.get("attributes")).forEach((key, value) -> attributes.add(Map.of(
                "label", labels.getOrDefault(key, key), "value", attributeValue(value))));
        model.put("attributes", attributes);
        // the API says whether this user may change this CI (role, and for a proximity centre its communes)
        boolean canEdit = Boolean.TRUE.equals(ci.get("mayChange"));
        model.put("canEdit", canEdit);
        model.put("readOnlyReason", !canEdit && me.getRoles().stream().anyMatch(WRITERS::contains)
                ? "Ce matériel appartient à " + ((Map<?, ?>) ci.get("commune")).get("name") + ", qu'un autre centre"
                + " que le vôtre sert : vous le consultez, sans le modifier." : null);
        Map<String, Object> person = (Map<String, Object>) ci.get("person");
        model.put("personShown", person == null ? "" : PersonLookup.shown(person.get("name"), person.get("id")));
        if (canEdit) {
            String commune = (String) ((Map<?, ?>) ci.get("commune")).get("id");
            model.put("sites", optionalList(() -> sites(api, commune)));
            List<String> statuses = new ArrayList<>();
            statuses.add((String) ci.get("status"));
            statuses.addAll((List<String>) ci.get("allowedStatuses"));
            model.put("editStatuses", statuses);
        }
        model.put("notices", notices);
        model.put("stale", stale);
        model.put("errors", errors);
        model.put("values", values);
        return model;
    }

    private static String attributeValue(Object value) {
        if (value instanceof Boolean b) {
            return b ? "oui" : "non";
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> sites(ApiClient.User api, String commune) {
        return (List<Map<String, Object>>) api.get(Query.of("commune", commune, "size", 200).path("/api/sites"))
                .get("items");
    }

    /** The communes of the filter: a commune viewer's own only (the API would show it nothing else anyway). */
    static List<Map<String, Object>> communes(ApiClient.User api, @Nullable String ownCommune) {
        return api.getList("/api/communes").stream().filter(c -> ownCommune == null || ownCommune.equals(c.get("code")))
                .toList();
    }

    static @Nullable String viewerCommune(Authentication me) {
        if (!me.getRoles().contains("COMMUNE_VIEWER")) {
            return null;
        }
        Object c = me.getAttributes().get(ScopeClaims.COMMUNE);
        return c == null ? null : c.toString();
    }

    private static List<Map<String, Object>> choices(List<Map<String, Object>> people, Query rest) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> p : people) {
            Map<String, Object> c = new HashMap<>(p);
            c.put("href", rest.with("agent", PersonLookup.shown(p.get("displayName"), p.get("id")))
                    .path(UiPaths.ROOT + "/parc"));
            out.add(c);
        }
        return out;
    }

    private static @Nullable String refId(@Nullable Object ref) {
        return ref instanceof Map<?, ?> m && m.get("id") != null ? m.get("id").toString() : null;
    }

    /** A secondary read that may fail (out of scope...): the page shows nothing there instead. */
    private static List<Map<String, Object>> optionalList(java.util.function.Supplier<List<Map<String, Object>>> read) {
        try {
            return read.get();
        } catch (ApiError e) {
            return List.of();
        }
    }
}
