package fr.proxima.app.web.ui.queue;

import fr.proxima.app.web.ui.ApiClient;
import fr.proxima.app.web.ui.ApiError;
import fr.proxima.app.web.ui.Query;
import fr.proxima.app.web.ui.UiPaths;
import fr.proxima.itsm.ServiceLevels;
import fr.proxima.organisation.CurrentScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import fr.proxima.app.web.ui.Forms;
import fr.proxima.app.web.ui.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The centre's queue ({@code /ui/file}): a centre's open tickets with filters (commune, status, priority, assignee),
 * sorted (by default on the time left on the service level) and paged by the tickets API, each with its
 * service-level state in colour and a countdown to its due instant; and the manager's view of the centre's load by technician
 * ({@code /ui/charge}). A commune viewer gets the same list, narrowed to its commune by the API.
 */
@Controller(UiPaths.ROOT)
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(UiPaths.EXECUTOR)
class QueueController {
    static final int PAGE_SIZE = 25;
    /** Sorts offered in the queue: the API's spelling → the French label. */
    static final Map<String, String> SORTS = sorts();
    /** How many open tickets the load view reads at most (the API's largest page, five times). */
    static final int LOAD_MAX_PAGES = 5;
    private static final Set<String> STATUSES = Set.of("OPEN", "NEW", "ASSIGNED", "IN_PROGRESS", "PENDING",
            "RESOLVED", "CLOSED", "CANCELLED");
    private static final Set<String> PRIORITIES = Set.of("P1", "P2", "P3", "P4");

    private final ApiClient apiClient;
    private final Pages pages;
    private final ServiceLevels serviceLevels;
    private final CurrentScope currentScope;

    QueueController(ApiClient apiClient, Pages pages, ServiceLevels serviceLevels, CurrentScope currentScope) {
        this.apiClient = apiClient;
        this.pages = pages;
        this.serviceLevels = serviceLevels;
        this.currentScope = currentScope;
    }

    @Get("/file")
    HttpResponse<String> queue(HttpRequest<?> request, Authentication me, @Nullable @QueryValue String centre,
                                            @Nullable @QueryValue String commune,
                                            @Nullable @QueryValue String statut,
                                            @Nullable @QueryValue String priorite,
                                            @Nullable @QueryValue String intervenant,
                                            @Nullable @QueryValue String tri,
                                            @Nullable @QueryValue Integer page) {
        ApiClient.User api = apiClient.as(me);
        boolean viewer = me.getRoles().contains("COMMUNE_VIEWER");
        List<Map<String, Object>> centres = viewer ? List.of() : api.getList("/api/centres");
        String centreCode = viewer ? null : chosenCentre(centre, me, centres);
        Map<String, Object> centreInfo = centres.stream().filter(c -> c.get("code").equals(centreCode)).findFirst()
                .orElse(null);
        List<Map<String, Object>> members = centreCode == null ? List.of()
                : api.getList("/api/teams/" + centreCode + "/members");
        String status = statut != null && STATUSES.contains(statut) ? statut : "OPEN";
        String priority = priorite != null && PRIORITIES.contains(priorite) ? priorite : null;
        String sort = tri != null && SORTS.containsKey(tri) ? tri : defaultSort();
        Long assignee = Forms.id(intervenant);
        String communeCode = commune != null && commune.matches("\\d[0-9AB]\\d{3}") ? commune : null;
        int p = page == null || page < 0 || page > 4000 ? 0 : page;

        Map<String, Object> model = new HashMap<>();
        Query q = Query.of("centre", centreCode, "commune", communeCode, "status", status, "priority", priority,
                "assignee", assignee, "sort", sort, "page", p, "size", PAGE_SIZE);
        Map<String, Object> result;
        try {
            result = api.get(q.path("/api/tickets"));
        } catch (ApiError e) {
            if (e.status() != 400) {
                throw e;
            }
            model.put("error", e.detail());
            result = Map.of("items", List.of(), "page", Map.of("number", 0, "totalItems", 0, "totalPages", 0));
        }
        Map<Long, String> names = new HashMap<>();
        members.forEach(m -> names.put(((Number) m.get("id")).longValue(), (String) m.get("displayName")));
        model.put("title", centreInfo == null ? "File des tickets" : "File – " + centreInfo.get("name"));
        model.put("tickets", withServiceLevels(result.get("items")));
        model.put("slaEnabled", true);
        model.put("pageInfo", result.get("page"));
        model.put("assigneeNames", names);
        model.put("centres", centres);
        model.put("centre", centreInfo);
        model.put("communes", centreInfo == null ? List.of() : centreInfo.get("communes"));
        model.put("members", members);
        model.put("statuses", statusOptions());
        model.put("sorts", SORTS);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("centre", centreCode);
        filters.put("commune", communeCode);
        filters.put("statut", status);
        filters.put("priorite", priority);
        filters.put("intervenant", assignee);
        filters.put("tri", sort);
        model.put("filters", filters);
        Query here = Query.of("centre", centreCode, "commune", communeCode, "statut", status, "priorite", priority,
                "intervenant", assignee, "tri", sort);
        model.put("previous", p > 0 ? here.with("page", p - 1).path(UiPaths.ROOT + "/file") : null);
        Map<?, ?> info = (Map<?, ?>) result.get("page");
        int totalPages = info.get("totalPages") instanceof Number n ? n.intValue() : 0;
        model.put("next", p + 1 < totalPages ? here.with("page", p + 1).path(UiPaths.ROOT + "/file") : null);
        model.put("pageNumber", p + 1);
        model.put("totalPages", Math.max(totalPages, 1));
        return pages.ok(request, "file", model);
    }

    @Get("/charge")
    @Secured({"CENTRE_MANAGER", "ADMIN"})
    HttpResponse<String> load(HttpRequest<?> request, Authentication me, @Nullable @QueryValue String centre) {
        ApiClient.User api = apiClient.as(me);
        List<Map<String, Object>> centres = api.getList("/api/centres");
        String centreCode = chosenCentre(centre, me, centres);
        if (centreCode == null && !centres.isEmpty()) {
            centreCode = (String) centres.get(0).get("code");
        }
        String code = centreCode;
        Map<String, Object> centreInfo = centres.stream().filter(c -> c.get("code").equals(code)).findFirst()
                .orElseThrow(() -> new ApiError(404, "HTTP_404", null, Map.of()));
        List<Map<String, Object>> members = api.getList("/api/teams/" + code + "/members");
        Map<Long, Load> byAssignee = new LinkedHashMap<>();
        for (Map<String, Object> m : members) {
            byAssignee.put(((Number) m.get("id")).longValue(), new Load((String) m.get("displayName")));
        }
        Load unassigned = new Load("Non attribués");
        int read = 0;
        boolean more = false;
        for (int p = 0; p < LOAD_MAX_PAGES; p++) {
            Map<String, Object> page = api.get(Query.of("centre", code, "status", "OPEN", "size", 200, "page", p,
                    "sort", "createdAt,asc").path("/api/tickets"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            for (Map<String, Object> t : items) {
                Long id = t.get("assigneeId") instanceof Number n ? n.longValue() : null;
                Load l = id == null ? unassigned : byAssignee.computeIfAbsent(id, k -> new Load("Intervenant n° " + k));
                l.add((String) t.get("status"), (String) t.get("priority"));
                read++;
            }
            int totalPages = ((Number) ((Map<?, ?>) page.get("page")).get("totalPages")).intValue();
            more = p + 1 < totalPages;
            if (!more) {
                break;
            }
        }
        List<Load> rows = new ArrayList<>(byAssignee.values());
        rows.sort(Comparator.comparingInt(Load::getOpen).reversed().thenComparing(Load::getName));
        rows.add(unassigned);
        int max = rows.stream().mapToInt(Load::getOpen).max().orElse(0);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Charge – " + centreInfo.get("name"));
        model.put("centre", centreInfo);
        model.put("centres", centres);
        model.put("rows", rows);
        model.put("max", Math.max(max, 1));
        model.put("total", read);
        model.put("truncated", more);
        return pages.ok(request, "charge", model);
    }

    /** One line of the load view: a technician's open tickets by state and the urgent ones. */
    public static final class Load {
        private final String name;
        private int open;
        private int assigned;
        private int inProgress;
        private int pending;
        private int urgent;

        Load(String name) {
            this.name = name;
        }

        void add(String status, String priority) {
            open++;
            switch (status) {
                case "NEW", "ASSIGNED" -> assigned++;
                case "IN_PROGRESS" -> inProgress++;
                case "PENDING" -> pending++;
                default -> {
                }
            }
            if ("P1".equals(priority) || "P2".equals(priority)) {
                urgent++;
            }
        }

        public String getName() {
            return name;
        }

        public int getOpen() {
            return open;
        }

        public int getAssigned() {
            return assigned;
        }

        public int getInProgress() {
            return inProgress;
        }

        public int getPending() {
            return pending;
        }

        public int getUrgent() {
            return urgent;
        }
    }

    /**
     * Each ticket of the page with its service-level summary ({@code sla}: the most pressing target, its state, the
     * business minutes left, the due instant), read in one call from the itsm public API with the user's scope.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> withServiceLevels(Object items) {
        List<Map<String, Object>> tickets = (List<Map<String, Object>>) items;
        List<Long> ids = tickets.stream().map(t -> ((Number) t.get("id")).longValue()).toList();
        Map<Long, ServiceLevels.SlaSummary> summaries = ids.isEmpty() ? Map.of()
                : serviceLevels.summaries(ids, currentScope.get());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> t : tickets) {
            Map<String, Object> copy = new LinkedHashMap<>(t);
            ServiceLevels.SlaSummary s = summaries.get(((Number) t.get("id")).longValue());
            if (s != null) {
                Map<String, Object> sla = new LinkedHashMap<>();
                sla.put("state", s.state().name());
                sla.put("pressing", s.pressing().name());
                sla.put("remainingMinutes", s.remainingMinutes());
                sla.put("due", s.due());
                sla.put("paused", s.paused());
                copy.put("sla", sla);
            }
            out.add(copy);
        }
        return out;
    }

    /** The requested centre if it exists, else the user's own centre, else none (every centre). */
    private static String chosenCentre(@Nullable String requested, Authentication me, List<Map<String, Object>> centres) {
        if (requested != null) {
            if (requested.equals("TOUS")) {
                return null;
            }
            for (Map<String, Object> c : centres) {
                if (c.get("code").equals(requested)) {
                    return requested;
                }
            }
        }
        Object team = me.getAttributes().get("team");
        for (Map<String, Object> c : centres) {
            if (c.get("code").equals(team)) {
                return (String) team;
            }
        }
        return null;
    }

    /** The queue's order of work: the least time left on the service level first. */
    static String defaultSort() {
        return "timeLeft,asc";
    }

    private static Map<String, String> sorts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("timeLeft,asc", "Temps restant (le plus urgent d'abord)");
        m.put("priority,asc", "Priorité (la plus haute d'abord)");
        m.put("createdAt,asc", "Les plus anciens d'abord");
        m.put("createdAt,desc", "Les plus récents d'abord");
        m.put("updatedAt,desc", "Modifiés récemment");
        return m;
    }

    private static Map<String, String> statusOptions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("OPEN", "Tous les ouverts");
        for (String s : List.of("NEW", "ASSIGNED", "IN_PROGRESS", "PENDING", "RESOLVED", "CLOSED", "CANCELLED")) {
            m.put(s, fr.proxima.app.web.ui.Fmt.STATUS.get(s));
        }
        return m;
    }

}
