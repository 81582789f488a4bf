package fr.proxima.app.web.ui.stock;

import fr.proxima.app.web.ui.ApiClient;
import fr.proxima.app.web.ui.ApiError;
import fr.proxima.app.web.ui.Fmt;
import fr.proxima.app.web.ui.Forms;
import fr.proxima.app.web.ui.Pages;
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
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stock of the proximity centres ({@code /ui/stock}): a centre's levels per article with the minimum threshold
 * and the serialized units in stock; the movement ledger with its filters and the forms recording a receipt, a
 * transfer, an issue to a site, a return or a scrap; the replenishment suggestion with the threshold edit. Every
 * read and change goes through the stock API as the signed-in user: a commune viewer gets the API's 403, a
 * technician moving another centre's stock the API's refusal, the last unit taken by someone else the API's 409.
 *
 * <p>Each movement form carries a fresh idempotency key (a hidden field sent as the API's {@code Idempotency-Key}),
 * so a double click or a re-sent POST records the movement once: the second request is answered with the first
 * movement.
 */
@Controller(UiPaths.ROOT + "/stock")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(UiPaths.EXECUTOR)
class StockPageController {
    /** The idempotency keys this page puts in its forms. */
    static final java.util.regex.Pattern FORM_KEY = java.util.regex.Pattern.compile("ui-[0-9a-f-]{36}");
    static final int PAGE_SIZE = 25;
    private static final java.time.format.DateTimeFormatter FRENCH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** The movement kinds: the API's code → the French label. */
    static final Map<String, String> KINDS = Fmt.ordered("RECEIPT", "Réception fournisseur",
            "TRANSFER", "Transfert vers un autre centre", "ISSUE", "Sortie vers un site", "RETURN", "Retour en stock",
            "SCRAP", "Mise au rebut");
    /** The forms' addresses: French slug → the API's kind. */
    static final Map<String, String> SLUGS = Fmt.ordered("reception", "RECEIPT", "transfert", "TRANSFER",
            "sortie", "ISSUE", "retour", "RETURN", "rebut", "SCRAP");
    /** The API's field names → the form's (for the errors shown next to the fields). */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("articleId", "article"),
            Map.entry("article", "article"), Map.entry("quantity", "quantity"), Map.entry("ciId", "equipment"),
            Map.entry("fromCentre", "centre"), Map.entry("siteId", "site"), Map.entry("supplier", "supplier"),
            Map.entry("purchaseRef", "purchaseRef"), Map.entry("ticketId", "ticket"),
            Map.entry("interventionId", "ticket"), Map.entry("reason", "reason"));

    private final ApiClient apiClient;
    private final Pages pages;
    private final Sessions sessions;

    StockPageController(ApiClient apiClient, Pages pages, Sessions sessions) {
        this.apiClient = apiClient;
        this.pages = pages;
        this.sessions = sessions;
    }

    // ------------------------------------------------------------------ the stock of a centre

    @Get
    HttpResponse<String> stock(HttpRequest<?> request, Authentication me, @Nullable @QueryValue String centre,
                               @Nullable @QueryValue String sousSeuil) {
        ApiClient.User api = apiClient.as(me);
        List<Map<String, Object>> centres = centres(api);
        String code = chosenCentre(centre, me, centres);
        boolean below = "1".equals(sousSeuil) || "on".equals(sousSeuil);
        List<Map<String, Object>> levels = items(api.get(Query.of("centre", code, "belowThreshold",
                below ? "true" : null).path("/api/stock")));
        List<Map<String, Object>> units = items(api.get(Query.of("centre", code).path("/api/stock/units")));
        Map<Object, Integer> unitsByArticle = new HashMap<>();
        units.forEach(u -> unitsByArticle.merge(((Map<?, ?>) u.get("article")).get("id"), 1, Integer::sum));
        Map<String, Object> model = base(me, centres, code);
        model.put("title", "Stock – " + centreName(centres, code));
        model.put("levels", levels);
        model.put("units", units);
        model.put("unitsByArticle", unitsByArticle);
        model.put("belowOnly", below);
        model.put("belowCount", levels.stream().filter(l -> Boolean.TRUE.equals(l.get("belowThreshold"))).count());
        return pages.ok(request, "stock", model);
    }

    // ------------------------------------------------------------------ movements

    @Get("/mouvements")
    HttpResponse<String> movements(HttpRequest<?> request, Authentication me, @Nullable @QueryValue String centre,
                                   @Nullable @QueryValue String type, @Nullable @QueryValue String article,
                                   @Nullable @QueryValue String du, @Nullable @QueryValue String au,
                                   @Nullable @QueryValue String page, @Nullable @QueryValue String fait) {
        ApiClient.User api = apiClient.as(me);
        List<Map<String, Object>> centres = centres(api);
        String code = chosenCentre(centre, me, centres);
        String kind = type != null && KINDS.containsKey(type) ? type : null;
        Long articleId = Forms.id(article);
        Map<String, String> errors = new HashMap<>();
        LocalDate from = date(du, "du", errors);
        LocalDate to = date(au, "au", errors);
        Long p = Forms.id(page);
        int pageNumber = p == null || p > 4000 ? 0 : p.intValue();
        Map<String, Object> model = base(me, centres, code);
        Map<String, Object> result;
        try {
            result = api.get(Query.of("centre", code, "kind", kind, "article", articleId,
                    "from", from == null ? null : from.atStartOfDay(Fmt.PARIS).toInstant(),
                    "to", to == null ? null : to.plusDays(1).atStartOfDay(Fmt.PARIS).toInstant(),
                    "page", pageNumber, "size", PAGE_SIZE).path("/api/stock/movements"));
        } catch (ApiError e) {
            if (e.status() != 400) {
                throw e;
            }
            // the page checks the dates' form itself: a period the API refuses is an end before its start; any
            // other refusal is said with the API's own reason
            errors.put("au", e.fieldErrors().containsKey("from") || e.fieldErrors().containsKey("to")
                    ? "La date de fin doit suivre la date de début."
                    : e.detail() == null ? "Filtre refusé." : e.detail());
            result = Map.of("items", List.of(), "hasNext", false);
        }
        model.put("title", "Mouvements – " + centreName(centres, code));
        model.put("movements", withEnds(items(result), communeNames(centres)));
        model.put("articles", api.getList("/api/stock/articles"));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("type", kind);
        filters.put("article", articleId);
        filters.put("du", from == null ? (errors.containsKey("du") ? du : null) : from.toString());
        filters.put("au", to == null ? (errors.containsKey("au") ? au : null) : to.toString());
        model.put("filters", filters);
        model.put("errors", errors);
        Query here = Query.of("centre", code, "type", kind, "article", articleId, "du", from, "au", to);
        model.put("previous", pageNumber > 0 ? here.with("page", pageNumber - 1).path(UiPaths.ROOT + "/stock/mouvements")
                : null);
        model.put("next", Boolean.TRUE.equals(result.get("hasNext"))
                ? here.with("page", pageNumber + 1).path(UiPaths.ROOT + "/stock/mouvements") : null);
        model.put("pageNumber", pageNumber + 1);
        Long done = Forms.id(fait);
        model.put("done", done);
        return pages.ok(request, "stock-mouvements", model);
    }

    @Get("/mouvements/nouveau")
    HttpResponse<String> movementForm(HttpRequest<?> request, Authentication me, @Nullable @QueryValue String type,
                                      @Nullable @QueryValue String centre, @Nullable @QueryValue String article,
                                      @Nullable @QueryValue String destination, @Nullable @QueryValue String quantite,
                                      @Nullable @QueryValue String equipement) {
        String kind = SLUGS.getOrDefault(type == null ? "" : type, "ISSUE");
        Map<String, String> values = new HashMap<>();
        putIfText(values, "centre", centre);
        putIfText(values, "article", article);
        putIfText(values, "destination", destination);
        putIfText(values, "quantity", quantite);
        putIfText(values, "equipment", equipement);
        return pages.ok(request, "stock-mouvement", formModel(apiClient.as(me), me, kind, values, Map.of(), null));
    }

    @Post(value = "/mouvements/nouveau", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> record(HttpRequest<?> request, Authentication me, @Body Map<String, String> form) {
        checkCsrf(request, form.get("csrf"));
        ApiClient.User api = apiClient.as(me);
        String kind = KINDS.containsKey(form.get("kind")) ? form.get("kind") : null;
        if (kind == null) {
            return pages.render(request, HttpStatus.BAD_REQUEST, "stock-mouvement", formModel(api, me, "ISSUE",
                    form, Map.of(), "Type de mouvement inconnu."));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> body = movementBody(api, kind, form, errors);
        if (!errors.isEmpty()) {
            return pages.render(request, HttpStatus.BAD_REQUEST, "stock-mouvement", formModel(api, me, kind, form,
                    errors, "Le mouvement n'a pas été enregistré : corrigez les champs signalés."));
        }
        String key = Forms.blankToNull(form.get("idempotencyKey"));
        if (key != null && !FORM_KEY.matcher(key).matches()) {
            // not a key this page made: the form again with a fresh one, nothing recorded
            return pages.render(request, HttpStatus.BAD_REQUEST, "stock-mouvement", formModel(api, me, kind, form,
                    Map.of(), "Le formulaire n'a pas été reconnu : vérifiez les champs et envoyez-le à nouveau."));
        }
        Map<String, Object> movement;
        try {
            movement = api.post("/api/stock/movements", body, key == null ? Map.of() : Map.of("Idempotency-Key", key));
        } catch (ApiError e) {
            return refused(request, api, me, kind, form, e);
        }
        String centre = String.valueOf(body.getOrDefault("fromCentre", body.get("toCentre")));
        return HttpResponse.seeOther(URI.create(Query.of("centre", centre, "fait", movement.get("id"))
                .path(UiPaths.ROOT + "/stock/mouvements")));
    }

    /** The form's values as the API's movement; what cannot be read (an unknown equipment...) goes to errors. */
    private Map<String, Object> movementBody(ApiClient.User api, String kind, Map<String, String> form,
                                             Map<String, String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        Long articleId = Forms.id(form.get("article"));
        if (articleId == null) {
            errors.put("article", "Choisissez l'article.");
        }
        body.put("articleId", articleId);
        String centre = Forms.blankToNull(form.get("centre"));
        boolean takes = !kind.equals("RECEIPT") && !kind.equals("RETURN");
        body.put(takes ? "fromCentre" : "toCentre", centre);
        if (kind.equals("TRANSFER")) {
            body.put("toCentre", Forms.blankToNull(form.get("destination")));
        }
        Map<String, Object> article = articleId == null ? null : optional(() -> api.get("/api/stock/articles/" + articleId));
        if (articleId != null && article == null) {
            errors.put("article", "Article inconnu.");
        }
        boolean serialized = article != null && "SERIALIZED".equals(article.get("kind"));
        if (serialized) {
            String equipment = Forms.blankToNull(form.get("equipment"));
            if (equipment == null) {
                errors.put("equipment", "Un article sérialisé se déplace par équipement : indiquez son numéro "
                        + "d'inventaire ou de série.");
            } else {
                body.put("ciId", ciId(api, equipment, errors));
            }
            body.put("quantity", 1);
        } else {
            String quantity = Forms.blankToNull(form.get("quantity"));
            if (quantity == null || !quantity.matches("\\d{1,6}")) {
                errors.put("quantity", "Indiquez une quantité entière entre 1 et 100 000.");
            } else {
                body.put("quantity", Integer.valueOf(quantity));
            }
        }
        switch (kind) {
            case "RECEIPT" -> {
                body.put("supplier", Forms.blankToNull(form.get("supplier")));
                body.put("purchaseRef", Forms.blankToNull(form.get("purchaseRef")));
            }
            case "ISSUE", "RETURN" -> {
                String site = Forms.blankToNull(form.get("site"));
                Long siteId = Forms.id(site);
                if (site != null && siteId == null) {
                    errors.put("site", "Choisissez un site de la liste.");
                }
                body.put("siteId", siteId);
                String ticket = Forms.blankToNull(form.get("ticket"));
                if (ticket != null) {
                    body.put("ticketId", ticketId(api, ticket, errors));
                }
                body.put("reason", Forms.blankToNull(form.get("reason")));
            }
            case "SCRAP" -> body.put("reason", Forms.blankToNull(form.get("reason")));
            default -> {
            }
        }
        return body;
    }

    /** The CI named by its asset tag, else its serial number, in the user's scope. */
    private static Long ciId(ApiClient.User api, String text, Map<String, String> errors) {
        for (String filter : new String[]{"assetTag", "serial"}) {
            // a text that cannot be a tag or a serial is a 400 of the search: nothing found under that name
            Map<String, Object> page = optional(() -> api.get(Query.of(filter, text, "size", 2).path("/api/cis")));
            List<Map<String, Object>> found = page == null ? List.of() : items(page);
            if (found.size() == 1) {
                return ((Number) found.get(0).get("id")).longValue();
            }
            if (found.size() > 1) {
                errors.put("equipment", "Plusieurs équipements portent ce numéro de série : indiquez le numéro "
                        + "d'inventaire.");
                return null;
            }
        }
        errors.put("equipment", "Aucun équipement ne porte ce numéro d'inventaire ou de série.");
        return null;
    }

    /** The ticket named by its number ({@code INC-2026-000123}), in the user's scope. */
    private static Long ticketId(ApiClient.User api, String number, Map<String, String> errors) {
        if (number.length() <= 40 && number.matches("[A-Za-z]{2,5}-\\d{4}-\\d{1,9}")) {
            Map<String, Object> page = optional(() -> api.get(Query.of("q", number, "size", 2).path("/api/tickets")));
            for (Map<String, Object> t : page == null ? List.<Map<String, Object>>of() : items(page)) {
                if (number.equalsIgnoreCase(String.valueOf(t.get("number")))) {
                    return ((Number) t.get("id")).longValue();
                }
            }
        }
        errors.put("ticket", "Aucun ticket ne porte ce numéro (format INC-2026-000123) dans votre périmètre.");
        return null;
    }

    /** A movement the API refused: the form again, with what the user typed and the reason where it belongs. */
    private HttpResponse<?> refused(HttpRequest<?> request, ApiClient.User api, Authentication me, String kind,
                                    Map<String, String> form, ApiError e) {
        Map<String, String> errors = new LinkedHashMap<>();
        String message;
        if (e.status() == 409 && "INV-3102".equals(e.code())) {
            message = "Stock insuffisant : " + e.detail() + ". Rien n'a été enregistré ; vos saisies sont conservées "
                    + "(réduisez la quantité ou prenez-la dans un autre centre).";
        } else if (e.status() == 409 && "INV-3103".equals(e.code())) {
            message = "Cet équipement n'est plus en stock dans ce centre : quelqu'un l'a sans doute sorti entre-temps. "
                    + "Rien n'a été enregistré ; vos saisies sont conservées.";
            errors.put("equipment", "Équipement indisponible dans ce centre.");
        } else if (e.status() == 422) {
            message = "Ce formulaire a déjà servi à enregistrer un autre mouvement. Vérifiez l'historique, puis "
                    + "renvoyez ce formulaire-ci s'il le faut.";
        } else if (!e.fieldErrors().isEmpty()) {
            e.fieldErrors().forEach((field, text) -> errors.merge(formField(kind, field), text, (a, b) -> a + " ; " + b));
            message = "Le mouvement n'a pas été enregistré : corrigez les champs signalés.";
        } else {
            message = e.detail() == null ? "Le mouvement n'a pas été enregistré." : e.detail();
        }
        int status = e.status() >= 500 ? 500 : e.status() == 401 ? 403 : e.status();
        return pages.render(request, HttpStatus.valueOf(status), "stock-mouvement",
                formModel(api, me, kind, form, errors, message));
    }

    private static String formField(String kind, String apiField) {
        if (apiField.equals("toCentre")) {
            return kind.equals("TRANSFER") ? "destination" : "centre";
        }
        return FIELDS.getOrDefault(apiField, "form");
    }

    private Map<String, Object> formModel(ApiClient.User api, Authentication me, String kind,
                                          Map<String, String> values, Map<String, String> errors,
                                          @Nullable String error) {
        List<Map<String, Object>> centres = centres(api);
        String centre = chosenCentre(values.get("centre"), me, centres);
        Map<String, Object> model = base(me, centres, centre);
        model.put("title", KINDS.get(kind));
        model.put("kind", kind);
        model.put("kinds", KINDS);
        model.put("slugs", SLUGS);
        model.put("articles", api.getList("/api/stock/articles").stream()
                .filter(a -> Boolean.TRUE.equals(a.get("active"))).toList());
        model.put("values", values);
        model.put("errors", errors);
        model.put("error", error);
        // a fresh key at every render: the same form sent twice is one movement, a new form is a new one
        model.put("idempotencyKey", "ui-" + UUID.randomUUID());
        if (kind.equals("ISSUE") || kind.equals("RETURN")) {
            model.put("siteGroups", siteGroups(api, centres, centre));
        }
        return model;
    }

    /** The sites of the centre's communes, by commune (the sites an issue from this centre goes to). */
    private static List<Map<String, Object>> siteGroups(ApiClient.User api, List<Map<String, Object>> centres,
                                                        String centre) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Map<String, Object> c : centres) {
            if (!c.get("code").equals(centre)) {
                continue;
            }
            for (Object o : (List<?>) c.getOrDefault("communes", List.of())) {
                Map<?, ?> commune = (Map<?, ?>) o;
                List<Map<String, Object>> sites = optional(() -> items(api.get(Query.of("commune", commune.get("code"),
                        "size", 200).path("/api/sites"))));
                if (sites != null && !sites.isEmpty()) {
                    groups.add(Map.of("commune", commune.get("name"), "sites", sites));
                }
            }
        }
        return groups;
    }

    // ------------------------------------------------------------------ replenishment and thresholds

    @Get("/reapprovisionnement")
    HttpResponse<String> replenishment(HttpRequest<?> request, Authentication me,
                                       @Nullable @QueryValue String centre, @Nullable @QueryValue String seuil) {
        return pages.ok(request, "stock-reappro", replenishmentModel(apiClient.as(me), me, centre, Map.of(),
                seuil == null ? null : "Seuil enregistré."));
    }

    @Post(value = "/seuils", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> threshold(HttpRequest<?> request, Authentication me, @Body Map<String, String> form) {
        checkCsrf(request, form.get("csrf"));
        ApiClient.User api = apiClient.as(me);
        String centre = Forms.blankToNull(form.get("centre"));
        Long articleId = Forms.id(form.get("articleId"));
        String minimum = Forms.blankToNull(form.get("minimum"));
        String row = centre + "-" + articleId;
        Map<String, Object> edit = new HashMap<>();
        edit.put("row", row);
        edit.put("value", minimum);
        if (centre == null || !centre.matches("[A-Z][A-Z0-9_]{1,31}") || articleId == null) {
            edit.put("error", "Seuil inconnu.");
            return pages.render(request, HttpStatus.BAD_REQUEST, "stock-reappro",
                    replenishmentModel(api, me, form.get("vue"), edit, null));
        }
        if (minimum == null || !minimum.matches("\\d{1,6}")) {
            edit.put("error", "Indiquez un nombre entier entre 0 et 100 000.");
            return pages.render(request, HttpStatus.BAD_REQUEST, "stock-reappro",
                    replenishmentModel(api, me, form.get("vue"), edit, null));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("minimum", Integer.valueOf(minimum));
        body.put("version", Forms.id(form.get("version")) == null ? 0L : Forms.id(form.get("version")));
        try {
            api.put("/api/stock/thresholds/" + centre + "/" + articleId, body);
        } catch (ApiError e) {
            if (e.status() == 409) {
                edit.put("stale", true);
                edit.put("error", "Ce seuil a été modifié par quelqu'un d'autre pendant que vous le consultiez ; "
                        + "la valeur actuelle est affichée ci-contre. Votre valeur (" + minimum + ") n'a pas été "
                        + "enregistrée : renvoyez-la pour remplacer la valeur actuelle.");
            } else if (e.status() == 404 || e.status() == 403 || e.status() == 401) {
                throw e;
            } else {
                edit.put("error", e.fieldErrors().isEmpty() ? e.detail()
                        : String.join(" ; ", e.fieldErrors().values()));
            }
            int status = e.status() >= 500 ? 500 : e.status();
            return pages.render(request, HttpStatus.valueOf(status), "stock-reappro",
                    replenishmentModel(api, me, form.get("vue"), edit, null));
        }
        return HttpResponse.seeOther(URI.create(Query.of("centre", form.get("vue"), "seuil", row)
                .path(UiPaths.ROOT + "/stock/reapprovisionnement") + "#seuil-" + row));
    }

    private Map<String, Object> replenishmentModel(ApiClient.User api, Authentication me, @Nullable String centre,
                                                   Map<String, Object> edit, @Nullable String notice) {
        List<Map<String, Object>> centres = centres(api);
        boolean all = "TOUS".equals(centre);
        String code = all ? null : chosenCentre(centre, me, centres);
        Map<String, Object> plan = api.get("/api/stock/replenishment");
        Map<String, Object> versions = new HashMap<>();
        for (Map<String, Object> level : items(api.get("/api/stock"))) {
            versions.put(((Map<?, ?>) level.get("centre")).get("code") + "-" + ((Map<?, ?>) level.get("article"))
                    .get("id"), level.get("version"));
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        List<Map<String, Object>> transfers = new ArrayList<>();
        List<Map<String, Object>> orders = new ArrayList<>();
        for (Object o : (List<?>) plan.getOrDefault("articles", List.of())) {
            Map<?, ?> a = (Map<?, ?>) o;
            Map<?, ?> article = (Map<?, ?>) a.get("article");
            for (Object l : (List<?>) a.get("centres")) {
                Map<?, ?> line = (Map<?, ?>) l;
                String lc = (String) ((Map<?, ?>) line.get("centre")).get("code");
                if (code == null || code.equals(lc)) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    line.forEach((k, v) -> row.put(String.valueOf(k), v));
                    row.put("article", article);
                    row.put("key", lc + "-" + article.get("id"));
                    row.put("version", versions.getOrDefault(lc + "-" + article.get("id"), 0));
                    row.put("editable", mayEditThreshold(me, lc));
                    lines.add(row);
                }
            }
            for (Object t : (List<?>) a.get("transfers")) {
                Map<?, ?> tr = (Map<?, ?>) t;
                if (code == null || code.equals(((Map<?, ?>) tr.get("fromCentre")).get("code"))
                        || code.equals(((Map<?, ?>) tr.get("toCentre")).get("code"))) {
                    transfers.add(Map.of("article", article, "fromCentre", tr.get("fromCentre"),
                            "toCentre", tr.get("toCentre"), "quantity", tr.get("quantity")));
                }
            }
            for (Object x : (List<?>) a.get("orders")) {
                Map<?, ?> order = (Map<?, ?>) x;
                if (code == null || code.equals(((Map<?, ?>) order.get("centre")).get("code"))) {
                    orders.add(Map.of("article", article, "centre", order.get("centre"), "quantity",
                            order.get("quantity")));
                }
            }
        }
        Map<String, Object> model = base(me, centres, code);
        model.put("title", "Réapprovisionnement – " + (all ? "tous les centres" : centreName(centres, code)));
        model.put("all", all);
        model.put("view", all ? "TOUS" : code);
        model.put("plan", plan);
        model.put("lines", lines);
        model.put("transfers", transfers);
        model.put("orders", orders);
        model.put("edit", edit);
        model.put("notice", notice);
        return model;
    }

    /** Whether to offer the threshold form (the API decides; this only hides a form that would be refused). */
    private static boolean mayEditThreshold(Authentication me, String centre) {
        return me.getRoles().contains("ADMIN")
                || (me.getRoles().contains("CENTRE_MANAGER") && centre.equals(me.getAttributes().get("team")));
    }

    // ------------------------------------------------------------------ common parts

    private Map<String, Object> base(Authentication me, List<Map<String, Object>> centres, @Nullable String code) {
        Map<String, Object> model = new HashMap<>();
        model.put("centres", centres);
        model.put("centre", code);
        model.put("kinds", KINDS);
        model.put("slugs", SLUGS);
        model.put("canMove", me.getRoles().stream().anyMatch(r -> r.equals("TECHNICIAN") || r.equals("CENTRE_MANAGER")
                || r.equals("ADMIN")));
        return model;
    }

    private static List<Map<String, Object>> centres(ApiClient.User api) {
        return api.getList("/api/centres").stream().filter(c -> !Boolean.FALSE.equals(c.get("active"))).toList();
    }

    /** The requested centre if it is one, else the user's own centre, else the first one. */
    static String chosenCentre(@Nullable String requested, Authentication me, List<Map<String, Object>> centres) {
        for (Object wanted : new Object[]{requested, me.getAttributes().get("team")}) {
            for (Map<String, Object> c : centres) {
                if (c.get("code").equals(wanted)) {
                    return (String) wanted;
                }
            }
        }
        return centres.isEmpty() ? null : (String) centres.get(0).get("code");
    }

    private static String centreName(List<Map<String, Object>> centres, @Nullable String code) {
        return centres.stream().filter(c -> c.get("code").equals(code)).map(c -> (String) c.get("name")).findFirst()
                .orElse("centre");
    }

    private static Map<String, String> communeNames(List<Map<String, Object>> centres) {
        Map<String, String> names = new HashMap<>();
        for (Map<String, Object> c : centres) {
            for (Object o : (List<?>) c.getOrDefault("communes", List.of())) {
                Map<?, ?> commune = (Map<?, ?>) o;
                names.put(String.valueOf(commune.get("code")), String.valueOf(commune.get("name")));
            }
        }
        return names;
    }

    /** Each movement with its two ends in words: « Fournisseur UGAP » → « Centre Sud », « Centre Sud » → « site n° 12 (Talence) ». */
    private static List<Map<String, Object>> withEnds(List<Map<String, Object>> movements, Map<String, String> communes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> m : movements) {
            Map<String, Object> copy = new LinkedHashMap<>(m);
            String from = centreLabel(m.get("fromCentre"));
            if (from == null) {
                from = m.get("supplier") != null ? "Fournisseur " + m.get("supplier")
                        : m.get("siteId") != null ? siteLabel(m, communes) : "—";
            }
            String to = centreLabel(m.get("toCentre"));
            if (to == null) {
                to = "SCRAP".equals(m.get("kind")) ? "rebut" : m.get("siteId") != null ? siteLabel(m, communes) : "—";
            }
            copy.put("fromLabel", from);
            copy.put("toLabel", to);
            out.add(copy);
        }
        return out;
    }

    private static @Nullable String centreLabel(Object centre) {
        if (!(centre instanceof Map<?, ?> c)) {
            return null;
        }
        return String.valueOf(c.get("name") != null ? c.get("name") : c.get("code"));
    }

    private static String siteLabel(Map<String, Object> m, Map<String, String> communes) {
        Object commune = m.get("communeCode");
        return "site n° " + m.get("siteId") + (commune == null ? ""
                : " (" + communes.getOrDefault(commune.toString(), commune.toString()) + ")");
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return t.matches("\\d{2}/\\d{2}/\\d{4}") ? LocalDate.parse(t, FRENCH_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            errors.put(field, "Date attendue au format JJ/MM/AAAA.");
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        Object items = page.get("items");
        return items instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    private static void putIfText(Map<String, String> values, String key, @Nullable String value) {
        if (value != null && !value.isBlank() && value.length() <= 200) {
            values.put(key, value.trim());
        }
    }

    private static <T> @Nullable T optional(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiError e) {
            return null;
        }
    }

    private void checkCsrf(HttpRequest<?> request, @Nullable String token) {
        if (!sessions.csrfValid(request, token)) {
            throw new CsrfRejected();
        }
    }

}
