package fr.proxima.app.web.ui.imports;

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
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSV imports of the configuration database ({@code /ui/imports}): the user's imports (every import for an
 * administrator) with their state and progress, the upload of a file as a dry run, its report (counts created,
 * updated, unchanged, rejected, and the report lines with their line number and reason, paged), then "Appliquer".
 * While a job is queued or running the page refreshes itself every few seconds ({@code <meta http-equiv="refresh">},
 * no script). Everything goes through {@code /api/cis/imports} as the signed-in user: who may import, and whose
 * imports one may read (another user's is the API's 404), is the API's decision.
 */
@Controller(UiPaths.ROOT + "/imports")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(UiPaths.EXECUTOR)
class ImportPageController {
    static final int PAGE_SIZE = 50;
    /** Seconds between two refreshes of a running import's page. */
    static final Map<String, String> STATUSES = Map.of("QUEUED", "En file d'attente", "RUNNING", "En cours",
            "DONE", "Terminé", "FAILED", "Échoué");
    static final Map<String, String> OUTCOMES = Fmt.ordered("REJECTED", "Rejetées", "CREATED", "Créées",
            "UPDATED", "Modifiées");
    private static final Set<String> WRITERS = Set.of("ADMIN", "CENTRE_MANAGER", "TECHNICIAN");

    private final ApiClient apiClient;
    private final Pages pages;
    private final Sessions sessions;

    ImportPageController(ApiClient apiClient, Pages pages, Sessions sessions) {
        this.apiClient = apiClient;
        this.pages = pages;
        this.sessions = sessions;
    }

    @Get
    HttpResponse<String> list(HttpRequest<?> request, Authentication me) {
        return pages.ok(request, "imports", listModel(apiClient.as(me), me, Map.of()));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, Authentication me,
                           @Nullable @Part("file") CompletedFileUpload file, @Nullable @Part("csrf") String csrf) {
        checkCsrf(request, csrf);
        ApiClient.User api = apiClient.as(me);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
            return pages.render(request, HttpStatus.BAD_REQUEST, "imports", listModel(api, me,
                    Map.of("file", "Choisissez un fichier CSV non vide.")));
        }
        Map<String, Object> job;
        try {
            MultipartBody body = MultipartBody.builder().addPart("file", file.getFilename(),
                    MediaType.of("text/csv"), file.getBytes()).build();
            job = api.postMultipart("/api/cis/imports/upload?dryRun=true", body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ApiError e) {
            if (e.status() != 400 && e.status() != 403 && e.status() != 413) {
                throw e;
            }
            String message = e.status() == 403 ? e.detail()
                    : (e.detail() == null ? "Fichier illisible." : e.detail());
            return pages.render(request, HttpStatus.valueOf(e.status()), "imports", listModel(api, me,
                    Map.of("file", message == null ? "Import refusé." : message)));
        }
        return HttpResponse.seeOther(URI.create(UiPaths.ROOT + "/imports/" + job.get("id")));
    }

    @Get(value = "/modele", produces = "text/csv")
    HttpResponse<byte[]> template(Authentication me) {
        HttpResponse<byte[]> file = apiClient.as(me).download("/api/cis/imports/template");
        String disposition = file.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION);
        return HttpResponse.ok(file.body()).contentType(MediaType.of("text/csv; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition == null
                        ? "attachment; filename=\"modele-import-materiels.csv\"" : disposition)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox");
    }

    @Get("/{id}")
    HttpResponse<String> show(HttpRequest<?> request, Authentication me, @PathVariable String id,
                              @Nullable @QueryValue String resultat, @Nullable @QueryValue String page) {
        Long jobId = Forms.id(id);
        if (jobId == null) {
            throw new ApiError(404, "HTTP_404", null, Map.of());
        }
        return pages.ok(request, "import", jobModel(apiClient.as(me), me, jobId, resultat, page, null));
    }

    @Post(value = "/{id}/appliquer", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> apply(HttpRequest<?> request, Authentication me, @PathVariable String id,
                          @Body Map<String, String> form) {
        checkCsrf(request, form.get("csrf"));
        Long jobId = Forms.id(id);
        if (jobId == null) {
            throw new ApiError(404, "HTTP_404", null, Map.of());
        }
        ApiClient.User api = apiClient.as(me);
        Map<String, Object> applied;
        try {
            applied = api.post("/api/cis/imports/" + jobId + "/apply", Map.of());
        } catch (ApiError e) {
            if (e.status() != 409 && e.status() != 403) {
                throw e;
            }
            return pages.render(request, HttpStatus.valueOf(e.status()), "import",
                    jobModel(api, me, jobId, null, null, e.detail()));
        }
        return HttpResponse.seeOther(URI.create(UiPaths.ROOT + "/imports/" + applied.get("id")));
    }

    // ------------------------------------------------------------------ internals

    private Map<String, Object> listModel(ApiClient.User api, Authentication me, Map<String, String> errors) {
        List<Map<String, Object>> jobs = api.getList("/api/cis/imports");
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Imports de matériels");
        model.put("jobs", jobs);
        model.put("statuses", STATUSES);
        model.put("errors", errors);
        model.put("canImport", me.getRoles().stream().anyMatch(WRITERS::contains));
        model.put("anyRunning", jobs.stream().anyMatch(ImportPageController::running));
        return model;
    }

    private Map<String, Object> jobModel(ApiClient.User api, Authentication me, long id, @Nullable String outcome,
                                         @Nullable String page, @Nullable String error) {
        Map<String, Object> job = api.get("/api/cis/imports/" + id);
        String o = outcome != null && OUTCOMES.containsKey(outcome) ? outcome : "REJECTED";
        Long p = Forms.id(page);
        int pageNumber = p == null || p > 10_000 ? 0 : p.intValue();
        Map<String, Object> model = new HashMap<>();
        model.put("title", (Boolean.TRUE.equals(job.get("dryRun")) ? "Simulation d'import n° " : "Import n° ") + id);
        model.put("job", job);
        model.put("statuses", STATUSES);
        model.put("outcomes", OUTCOMES);
        model.put("outcome", o);
        model.put("error", error);
        boolean running = running(job);
        model.put("running", running);
        if (!running) {
            Map<String, Object> lines = api.get(Query.of("outcome", o, "page", pageNumber, "size", PAGE_SIZE)
                    .path("/api/cis/imports/" + id + "/lines"));
            model.put("lines", lines.get("items"));
            String here = UiPaths.ROOT + "/imports/" + id;
            model.put("previous", pageNumber > 0 ? Query.of("resultat", o, "page", pageNumber - 1).path(here) : null);
            model.put("next", Boolean.TRUE.equals(lines.get("hasNext"))
                    ? Query.of("resultat", o, "page", pageNumber + 1).path(here) : null);
            model.put("pageNumber", pageNumber + 1);
        }
        model.put("canApply", Boolean.TRUE.equals(job.get("dryRun")) && "DONE".equals(job.get("status"))
                && job.get("appliedById") == null && me.getRoles().stream().anyMatch(WRITERS::contains));
        return model;
    }

    private static boolean running(Map<String, Object> job) {
        return "QUEUED".equals(job.get("status")) || "RUNNING".equals(job.get("status"));
    }

    private void checkCsrf(HttpRequest<?> request, @Nullable String token) {
        if (!sessions.csrfValid(request, token)) {
            throw new CsrfRejected();
        }
    }

}
