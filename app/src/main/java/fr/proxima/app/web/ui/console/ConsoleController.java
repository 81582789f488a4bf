package fr.proxima.app.web.ui.console;

import fr.proxima.app.web.ui.ApiClient;
import fr.proxima.app.web.ui.ApiError;
import fr.proxima.app.web.ui.Fmt;
import fr.proxima.app.web.ui.Forms;
import fr.proxima.app.web.ui.Query;
import fr.proxima.app.web.ui.UiPaths;
import fr.proxima.app.web.ui.session.CsrfRejected;
import fr.proxima.app.web.ui.session.Sessions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import fr.proxima.app.web.ui.Pages;
import io.swagger.v3.oas.annotations.Hidden;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CAN console ({@code /ui/console}): find the caller while typing (name, phone or e-mail, through the people
 * search of the API), see the caller's recent tickets, and log the call with its outcome, creating the incident or
 * request in the same form (category, impact, urgency; the priority shown live from the priority matrix). From the
 * ringing phone to the ticket number in three screens: search, caller, ticket.
 */
@Controller(UiPaths.ROOT + "/console")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured({"CAN_AGENT", "ADMIN"})
@ExecuteOn(UiPaths.EXECUTOR)
class ConsoleController {
    static final int RESULTS = 8;
    static final int RECENT_TICKETS = 5;
    static final List<String> LEVELS = List.of("LOW", "MEDIUM", "HIGH");
    /** The caller's equipment ticked on the caller screen: one checkbox per CI, named {@code ci-<id>}. */
    static final String EQUIPMENT_FIELD = "ci-";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleController.class);

    private final ApiClient apiClient;
    private final Sessions sessions;
    private final JsonMapper json;
    private final Pages pages;

    ConsoleController(ApiClient apiClient, Sessions sessions, JsonMapper json, Pages pages) {
        this.pages = pages;
        this.apiClient = apiClient;
        this.sessions = sessions;
        this.json = json;
    }

    @Get
    HttpResponse<String> console(HttpRequest<?> request, Authentication me, @Nullable @QueryValue String q,
                                              @Nullable @QueryValue String appelant,
                                              @Nullable @QueryValue String inconnu,
                                              @Nullable @QueryValue String enregistre) {
        ApiClient.User api = apiClient.as(me);
        Map<String, Object> model = new HashMap<>();
        model.put("q", q == null ? "" : q);
        model.put("saved", enregistre);
        if (q != null && q.trim().length() >= 2) {
            model.put("results", search(api, q));
        }
        Long personId = Forms.id(appelant);
        if (personId != null || inconnu != null) {
            Map<String, String> values = new HashMap<>();
            values.put("personId", personId == null ? "" : personId.toString());
            return pages.ok(request, "console", callForm(api, model, values, Map.of(), null));
        }
        model.put("title", "Console CAN");
        return pages.ok(request, "console", model);
    }

    /** The results list alone, for the search-as-you-type script. */
    @Get("/appelants")
    HttpResponse<String> callers(HttpRequest<?> request, Authentication me, @Nullable @QueryValue String q) {
        Map<String, Object> model = new HashMap<>();
        model.put("q", q == null ? "" : q);
        model.put("results", q == null || q.trim().length() < 2 ? List.of() : search(apiClient.as(me), q));
        return pages.ok(request, "console-results", model);
    }

    @Post(value = "/appels", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> logCall(HttpRequest<?> request, Authentication me, @Body Map<String, String> form) {
        if (!sessions.csrfValid(request, form.get("csrf"))) {
            throw new CsrfRejected();
        }
        ApiClient.User api = apiClient.as(me);
        Map<String, Object> body;
        Map<String, String> localErrors = new LinkedHashMap<>();
        body = callBody(api, form, localErrors);
        if (!localErrors.isEmpty()) {
            return pages.render(request, HttpStatus.BAD_REQUEST, "console",
                    callForm(api, new HashMap<>(), form, localErrors, "Le formulaire contient des erreurs."));
        }
        Map<String, Object> call;
        try {
            call = api.post("/api/calls", body);
        } catch (ApiError e) {
            if (e.status() != 400 && e.status() != 409 && e.status() != 422) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>(e.fieldErrors());
            return pages.render(request, HttpStatus.BAD_REQUEST, "console", callForm(api, new HashMap<>(), form, errors,
                    e.detail() == null ? "L'appel n'a pas été enregistré." : e.detail()));
        }
        long callId = ((Number) call.get("id")).longValue();
        Object ticketId = call.get("ticketId");
        if (ticketId != null) {
            String outcome = form.getOrDefault("outcome", "");
            int refused = outcome.equals("INCIDENT_CREATED") || outcome.equals("REQUEST_CREATED")
                    ? linkTickedEquipment(api, ticketId, form) : 0;
            return HttpResponse.seeOther(URI.create(UiPaths.ROOT + "/tickets/" + ticketId + "?appel=" + callId
                    + (refused > 0 ? "&materiels-refuses=" + refused : "")));
        }
        return HttpResponse.seeOther(URI.create(UiPaths.ROOT + "/console?enregistre=" + callId));
    }

    // ------------------------------------------------------------------ internals

    /** At most this many ticked items are linked to the new ticket (the caller screen lists a person's equipment). */
    static final int MAX_TICKED = 20;

    /**
     * Names the equipment ticked on the caller screen ({@code ci-<id>} fields) on the ticket the call created. The
     * call and its ticket are logged already: a link the API refuses is counted and said on the ticket page.
     */
    private static int linkTickedEquipment(ApiClient.User api, Object ticketId, Map<String, String> form) {
        int refused = 0;
        int linked = 0;
        for (String key : form.keySet()) {
            Long ciId = key.startsWith(EQUIPMENT_FIELD) ? Forms.id(key.substring(EQUIPMENT_FIELD.length())) : null;
            if (ciId == null) {
                continue;
            }
            if (++linked > MAX_TICKED) {
                // more than a caller's equipment list shows: not a form this screen made, not linked
                refused++;
                continue;
            }
            try {
                api.postForList("/api/tickets/" + ticketId + "/cis", Map.of("ciId", ciId));
            } catch (ApiError e) {
                LOG.warn("CI {} not linked to ticket {}: {} {}", ciId, ticketId, e.code(), e.detail());
                refused++;
            }
        }
        return refused;
    }

    private List<Map<String, Object>> search(ApiClient.User api, String q) {
        Map<String, Object> page = api.get(Query.of("q", q.trim(), "size", RESULTS).path("/api/people"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        return items;
    }

    /** The caller screen: who calls, their recent tickets, and the call form (with the values and errors of a retry). */
    private Map<String, Object> callForm(ApiClient.User api, Map<String, Object> model,
                                                      Map<String, String> values, Map<String, String> errors,
                                                      @Nullable String error) {
        Long personId = Forms.id(values.get("personId"));
        Map<String, Object> person = null;
        if (personId != null) {
            person = api.get("/api/people/" + personId);
            Map<String, Object> recent = api.get(Query.of("requester", personId, "size", RECENT_TICKETS,
                    "sort", "createdAt,desc").path("/api/tickets"));
            model.put("recent", recent.get("items"));
            model.put("equipment", equipment(api, personId));
        } else {
            model.put("equipment", List.of());
            model.put("recent", List.of());
            model.put("communes", api.getList("/api/communes"));
        }
        Map<String, String> v = new HashMap<>(values);
        v.putIfAbsent("outcome", "INCIDENT_CREATED");
        v.putIfAbsent("channel", "PHONE");
        v.putIfAbsent("impact", "MEDIUM");
        v.putIfAbsent("urgency", "MEDIUM");
        v.putIfAbsent("startedAt", Long.toString(Instant.now().toEpochMilli()));
        Map<String, String> matrix = matrix(api);
        boolean vip = person != null && Boolean.TRUE.equals(person.get("vip"));
        model.put("person", person);
        model.put("vip", vip);
        model.put("values", v);
        model.put("errors", errors);
        model.put("error", error);
        model.put("categories", categories(api.getList("/api/categories")));
        model.put("teams", api.getList("/api/teams"));
        model.put("levels", LEVELS);
        model.put("outcomes", Fmt.OUTCOME);
        model.put("channels", Fmt.CHANNEL);
        model.put("matrixJson", write(matrix));
        model.put("priority", priority(matrix, v.get("impact"), v.get("urgency"), vip));
        model.put("title", person == null ? "Appel d'un appelant non référencé" : "Appel de " + person.get("displayName"));
        return model;
    }

    /** The caller's equipment (in service first), or nothing when the API does not give it. */
    private static List<Map<String, Object>> equipment(ApiClient.User api, long personId) {
        try {
            return api.getList("/api/people/" + personId + "/cis");
        } catch (ApiError e) {
            return List.of();
        }
    }

    /** The JSON body of {@code POST /api/calls} from the form; obvious omissions are reported without a round trip. */
    private Map<String, Object> callBody(ApiClient.User api, Map<String, String> f, Map<String, String> errors) {
        Map<String, Object> caller = new LinkedHashMap<>();
        Long personId = Forms.id(f.get("personId"));
        String commune;
        if (personId != null) {
            caller.put("personId", personId);
            Map<String, Object> person = api.get("/api/people/" + personId);
            commune = (String) ((Map<?, ?>) person.get("commune")).get("code");
        } else {
            caller.put("name", Forms.blankToNull(f.get("name")));
            caller.put("phone", Forms.blankToNull(f.get("phone")));
            commune = Forms.blankToNull(f.get("commune"));
            if (caller.get("name") == null) {
                errors.put("name", "Le nom de l'appelant est obligatoire");
            }
            if (commune == null) {
                errors.put("commune", "La commune est obligatoire");
            }
        }
        String outcome = f.getOrDefault("outcome", "");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receivedAt", receivedAt(f.get("startedAt")).toString());
        body.put("channel", f.getOrDefault("channel", "PHONE"));
        body.put("caller", caller);
        body.put("commune", commune);
        body.put("durationSeconds", duration(f.get("startedAt")));
        body.put("notes", Forms.blankToNull(f.get("notes")));
        body.put("outcome", outcome);
        if (outcome.equals("INCIDENT_CREATED") || outcome.equals("REQUEST_CREATED")) {
            Map<String, Object> ticket = new LinkedHashMap<>();
            ticket.put("title", Forms.blankToNull(f.get("title")));
            ticket.put("description", Forms.blankToNull(f.get("description")));
            ticket.put("impact", f.getOrDefault("impact", "MEDIUM"));
            ticket.put("urgency", f.getOrDefault("urgency", "MEDIUM"));
            ticket.put("category", Forms.blankToNull(f.get("category")));
            ticket.put("site", Forms.id(f.get("site")));
            if (ticket.get("title") == null) {
                errors.put("title", "Le titre est obligatoire");
            }
            body.put("ticket", ticket);
        } else if (outcome.equals("FOLLOW_UP")) {
            body.put("ticketId", Forms.id(f.get("ticketId")));
            if (body.get("ticketId") == null) {
                errors.put("ticketId", "Choisissez le ticket suivi");
            }
        } else if (outcome.equals("TRANSFERRED")) {
            body.put("transferredTo", Forms.blankToNull(f.get("transferredTo")));
            if (body.get("transferredTo") == null) {
                errors.put("transferredTo", "Choisissez l'équipe destinataire");
            }
        }
        return body;
    }

    /** The call started when the caller's screen opened (never in the future, never more than a day ago). */
    private static Instant receivedAt(@Nullable String startedAt) {
        Instant now = Instant.now();
        try {
            Instant started = Instant.ofEpochMilli(Long.parseLong(startedAt));
            return started.isAfter(now) || started.isBefore(now.minus(Duration.ofDays(1))) ? now : started;
        } catch (NumberFormatException e) {
            return now;
        }
    }

    private static long duration(@Nullable String startedAt) {
        return Math.min(86_400, Math.max(0, Duration.between(receivedAt(startedAt), Instant.now()).toSeconds()));
    }

    /** The priority matrix in force: {@code "HIGH|MEDIUM" → "P2"}. */
    private static Map<String, String> matrix(ApiClient.User api) {
        Map<String, String> m = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cells = (List<Map<String, Object>>) api.get("/api/priority-matrix").get("cells");
        for (Map<String, Object> c : cells) {
            m.put(c.get("impact") + "|" + c.get("urgency"), (String) c.get("priority"));
        }
        return m;
    }

    /** What the server will compute: the matrix cell, raised one level for a VIP requester (P1 stays P1). */
    static String priority(Map<String, String> matrix, String impact, String urgency, boolean vip) {
        String p = matrix.get(impact + "|" + urgency);
        if (p == null) {
            return null;
        }
        if (vip && !p.equals("P1")) {
            return "P" + (Integer.parseInt(p.substring(1)) - 1);
        }
        return p;
    }

    /** The category tree as indented options (active categories only). */
    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> categories(List<Map<String, Object>> tree) {
        List<Map<String, String>> out = new ArrayList<>();
        flatten(tree, 0, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(List<Map<String, Object>> nodes, int depth, List<Map<String, String>> out) {
        for (Map<String, Object> n : nodes) {
            if (!Boolean.TRUE.equals(n.get("active"))) {
                continue;
            }
            out.add(Map.of("code", (String) n.get("code"), "label", "\u00a0\u00a0".repeat(depth * 2) + n.get("name")));
            Object children = n.get("children");
            if (children instanceof List<?> list) {
                flatten((List<Map<String, Object>>) list, depth + 1, out);
            }
        }
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


}
