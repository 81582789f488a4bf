package fr.proxima.app.web.ui.parc;

import fr.proxima.app.web.ui.ApiClient;
import fr.proxima.app.web.ui.ApiError;
import fr.proxima.app.web.ui.Fmt;
import fr.proxima.app.web.ui.Pages;
import fr.proxima.app.web.ui.Query;
import fr.proxima.app.web.ui.UiPaths;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quality-control report of a commune's configuration data ({@code /ui/parc/qualite}): the findings of
 * {@code /api/cis/quality} grouped by check, each linking to its item's page, and the complete CSV export of the
 * API downloaded through the UI (the API takes a bearer token, the browser has the session cookie).
 */
@Controller(UiPaths.ROOT + "/parc/qualite")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(UiPaths.EXECUTOR)
class QualityPageController {
    private final ApiClient apiClient;
    private final Pages pages;

    QualityPageController(ApiClient apiClient, Pages pages) {
        this.apiClient = apiClient;
        this.pages = pages;
    }

    @Get
    @SuppressWarnings("unchecked")
    HttpResponse<String> report(HttpRequest<?> request, Authentication me, @Nullable @QueryValue String commune) {
        ApiClient.User api = apiClient.as(me);
        String own = ParcController.viewerCommune(me);
        String code = own != null ? own : commune == null || commune.isBlank() ? null : commune.strip();
        Map<String, Object> model = new HashMap<>();
        model.put("communes", ParcController.communes(api, own));
        model.put("commune", code);
        model.put("title", "Contrôle qualité du parc");
        HttpStatus status = HttpStatus.OK;
        if (code != null) {
            try {
                Map<String, Object> report = api.get(Query.of("commune", code).path("/api/cis/quality"));
                model.put("report", report);
                model.put("groups", groups(report));
                model.put("exportHref", Query.of("commune", code).path(UiPaths.ROOT + "/parc/qualite/export"));
                model.put("title", "Contrôle qualité – " + report.get("communeName"));
            } catch (ApiError e) {
                if (e.status() != 400) {
                    throw e;
                }
                model.put("error", e.fieldErrors().getOrDefault("commune", e.detail()));
                status = HttpStatus.BAD_REQUEST;
            }
        }
        return pages.render(request, status, "qualite", model);
    }

    @Get(value = "/export", produces = MediaType.ALL)
    HttpResponse<byte[]> export(Authentication me, @Nullable @QueryValue String commune) {
        String own = ParcController.viewerCommune(me);
        HttpResponse<byte[]> file = apiClient.as(me).download(Query.of("commune", own != null ? own : commune)
                .path("/api/cis/quality/export"));
        String disposition = file.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION);
        return HttpResponse.ok(file.body())
                .contentType(file.getContentType().orElse(MediaType.APPLICATION_OCTET_STREAM_TYPE))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition == null ? "attachment" : disposition);
    }

    /** The findings by check, in the order of the checks, each with its count (complete) and its findings. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groups(Map<String, Object> report) {
        Map<String, Object> counts = (Map<String, Object>) report.get("counts");
        Map<String, List<Map<String, Object>>> byCheck = new LinkedHashMap<>();
        Fmt.QUALITY_CHECK.keySet().forEach(k -> byCheck.put(k, new ArrayList<>()));
        for (Map<String, Object> f : (List<Map<String, Object>>) report.get("findings")) {
            byCheck.computeIfAbsent((String) f.get("check"), k -> new ArrayList<>()).add(f);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byCheck.forEach((check, findings) -> {
            Object count = counts == null ? null : counts.get(check);
            int n = count instanceof Number x ? x.intValue() : findings.size();
            out.add(Map.of("check", check, "count", n, "findings", findings, "shown", findings.size()));
        });
        return out;
    }
}
