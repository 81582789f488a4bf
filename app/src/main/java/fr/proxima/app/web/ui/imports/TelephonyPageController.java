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
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * Mobile telephony costs ({@code /ui/telephonie}, administrators, as the API's imports): the operator's monthly
 * CSV imported as sent (the report: lines matched, lines without a known phone, rejected lines with their line
 * number), the imports so far, the cost per commune and month over a period, and a month's lines without a known
 * phone. Everything through {@code /api/telephony} as the signed-in administrator.
 */
@Controller(UiPaths.ROOT + "/telephonie")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured({"ADMIN"})
@ExecuteOn(UiPaths.EXECUTOR)
class TelephonyPageController {
    private final ApiClient apiClient;
    private final Pages pages;
    private final Sessions sessions;

    TelephonyPageController(ApiClient apiClient, Pages pages, Sessions sessions) {
        this.apiClient = apiClient;
        this.pages = pages;
        this.sessions = sessions;
    }

    @Get
    HttpResponse<String> show(HttpRequest<?> request, Authentication me,
                              @Nullable @QueryValue String du, @Nullable @QueryValue String au,
                              @Nullable @QueryValue String mois) {
        return pages.ok(request, "telephonie", model(apiClient.as(me), du, au, mois, null, Map.of(), Map.of()));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<String> upload(HttpRequest<?> request, Authentication me,
                                @Nullable @Part("file") CompletedFileUpload file,
                                @Nullable @Part("operator") String operator, @Nullable @Part("csrf") String csrf) {
        if (!sessions.csrfValid(request, csrf)) {
            throw new CsrfRejected();
        }
        ApiClient.User api = apiClient.as(me);
        Map<String, String> errors = new HashMap<>();
        String op = Forms.blankToNull(operator);
        if (op == null || op.length() > 60) {
            errors.put("operator", "Indiquez l'opérateur (60 caractères au plus).");
        }
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
            errors.put("file", "Choisissez le fichier CSV de l'opérateur.");
        }
        Map<String, String> values = op == null ? Map.of() : Map.of("operator", op);
        if (!errors.isEmpty()) {
            return pages.render(request, HttpStatus.BAD_REQUEST, "telephonie",
                    model(api, null, null, null, null, errors, values));
        }
        Map<String, Object> report;
        try {
            report = api.postBytes(Query.of("operator", op, "fileName", file.getFilename()).path("/api/telephony/imports"),
                    file.getBytes(), MediaType.of("text/csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ApiError e) {
            if (e.status() != 400) {
                throw e;
            }
            errors.put(e.fieldErrors().containsKey("operator") ? "operator" : "file",
                    e.fieldErrors().isEmpty() ? e.detail() : String.join(" ; ", e.fieldErrors().values()));
            return pages.render(request, HttpStatus.BAD_REQUEST, "telephonie",
                    model(api, null, null, null, null, errors, values));
        }
        String period = String.valueOf(report.get("period"));
        return pages.ok(request, "telephonie", model(api, period, period, period, report, Map.of(), values));
    }

    private Map<String, Object> model(ApiClient.User api, @Nullable String du, @Nullable String au,
                                      @Nullable String mois, @Nullable Map<String, Object> report,
                                      Map<String, String> errors, Map<String, String> values) {
        YearMonth now = YearMonth.now(Fmt.PARIS);
        YearMonth to = month(au, now);
        YearMonth from = month(du, to.minusMonths(11));
        if (from.isAfter(to)) {
            from = to;
        }
        YearMonth month = month(mois, to);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Téléphonie mobile");
        model.put("imports", api.getList("/api/telephony/imports"));
        model.put("totals", api.getList(Query.of("from", from, "to", to).path("/api/telephony/costs")));
        model.put("unknown", api.getList(Query.of("period", month, "unknownOnly", "true")
                .path("/api/telephony/costs/lines")));
        model.put("from", from.toString());
        model.put("to", to.toString());
        model.put("month", month.toString());
        model.put("report", report);
        model.put("errors", errors);
        model.put("values", values);
        return model;
    }

    private static YearMonth month(@Nullable String text, YearMonth fallback) {
        if (text == null || !text.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            return fallback;
        }
        return YearMonth.parse(text);
    }
}
