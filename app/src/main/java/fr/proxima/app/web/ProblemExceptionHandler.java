package fr.proxima.app.web;

import fr.proxima.organisation.ProblemException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the modules' {@link ProblemException}s as problem documents. */
@Singleton
@Produces("application/problem+json")
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Map<String, Object>>> {

    @Override
    public HttpResponse<Map<String, Object>> handle(HttpRequest request, ProblemException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", e.title());
        body.put("status", e.status());
        body.put("code", e.code());
        body.put("detail", e.getMessage());
        body.put("instance", request.getPath());
        if (!e.fieldErrors().isEmpty()) {
            List<Map<String, Object>> errors = e.fieldErrors().stream().map(f -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("field", f.field());
                m.put("code", f.code());
                m.put("message", f.message());
                return m;
            }).toList();
            body.put("errors", errors);
        }
        body.putAll(e.extra());
        return HttpResponse.<Map<String, Object>>status(io.micronaut.http.HttpStatus.valueOf(e.status()))
                .body(body).contentType(Problems.PROBLEM_JSON);
    }
}
