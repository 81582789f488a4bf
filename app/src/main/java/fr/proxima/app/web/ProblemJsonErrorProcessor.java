package fr.proxima.app.web;

import fr.proxima.app.web.ui.ErrorPages;
import fr.proxima.app.web.ui.UiPaths;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders every error Micronaut itself produces (malformed JSON, wrong types, constraint violations, unknown
 * routes, missing authentication...) as {@code application/problem+json}, with the field errors and a stable code,
 * and never a stack trace, class name or SQL: Micronaut's messages for bad input are kept only for 4xx, where they
 * describe the input; a 5xx says nothing of the cause. Errors of the web UI's pages ({@code /ui/...}) are the
 * UI's French HTML error pages instead.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemJsonErrorProcessor implements ErrorResponseProcessor<Map<String, Object>> {
    private final ErrorPages pages;

    ProblemJsonErrorProcessor(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    public @NonNull MutableHttpResponse<Map<String, Object>> processResponse(@NonNull ErrorContext context,
                                                                           @NonNull MutableHttpResponse<?> response) {
        int status = response.code();
        if (context.getRequest() != null && UiPaths.isUi(context.getRequest().getPath())) {
            return htmlPage(status, context, response);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", Problems.title(status));
        body.put("status", status);
        body.put("code", Problems.genericCode(status));
        if (status < 500) {
            List<Map<String, Object>> fields = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            for (Error e : context.getErrors()) {
                String field = e.getPath().map(Problems::fieldName).orElse(null);
                String message = Problems.clean(e.getMessage());
                Problems.BodyError bodyError = Problems.bodyError(e.getMessage());
                if (bodyError != null) {
                    fields.add(Map.of("field", bodyError.field(), "code", bodyError.code(),
                            "message", bodyError.message()));
                } else if (field != null) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("field", field);
                    f.put("code", "invalid");
                    f.put("message", message);
                    fields.add(f);
                } else if (message != null) {
                    messages.add(message);
                }
            }
            if (!messages.isEmpty()) {
                body.put("detail", String.join(" ; ", messages));
            }
            if (!fields.isEmpty()) {
                body.put("errors", fields);
            }
        } else {
            body.put("detail", "Erreur interne du serveur. L'incident a été journalisé.");
        }
        if (context.getRequest() != null) {
            body.put("instance", context.getRequest().getPath());
        }
        return response.body(body).contentType(Problems.PROBLEM_JSON);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private MutableHttpResponse<Map<String, Object>> htmlPage(int status, ErrorContext context,
                                                             MutableHttpResponse<?> response) {
        String html = pages.render(status, null, context.getRequest());
        return (MutableHttpResponse) response.body(html)
                .contentType(io.micronaut.http.MediaType.TEXT_HTML + ";charset=utf-8");
    }
}
