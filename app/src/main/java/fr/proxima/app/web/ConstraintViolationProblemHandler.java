package fr.proxima.app.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bean-validation failures (the {@code @Valid @Body} records, the constrained query values) as a problem document
 * whose {@code errors} name each invalid field the way the client sent it ({@code name}, {@code address.city},
 * {@code size}), rather than Micronaut's one-line message listing Java paths.
 */
@Singleton
@Produces("application/problem+json")
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationProblemHandler
        implements ExceptionHandler<ConstraintViolationException, HttpResponse<Map<String, Object>>> {

    @Override
    public HttpResponse<Map<String, Object>> handle(HttpRequest request, ConstraintViolationException e) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("field", field(v.getPropertyPath()));
            f.put("code", code(v));
            f.put("message", Problems.clean(v.getMessage()));
            errors.add(f);
        }
        errors.sort(Comparator.comparing(m -> String.valueOf(m.get("field"))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", Problems.title(400));
        body.put("status", 400);
        body.put("code", Problems.genericCode(400));
        body.put("detail", "Un ou plusieurs champs sont invalides");
        body.put("instance", request.getPath());
        body.put("errors", errors);
        return HttpResponse.<Map<String, Object>>status(HttpStatus.BAD_REQUEST).body(body)
                .contentType(Problems.PROBLEM_JSON);
    }

    /** {@code create.body.address.city} → {@code address.city}; {@code search.size} → {@code size}. */
    private static String field(Path path) {
        List<String> names = new ArrayList<>();
        boolean bodyParameter = false;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                names.clear();
                names.add(node.getName());
                bodyParameter = true;
                continue;
            }
            if (bodyParameter && names.size() == 1 && kind == ElementKind.PROPERTY) {
                names.clear();
                bodyParameter = false;
            }
            String name = node.getName();
            if (name != null) {
                names.add(node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name);
            }
        }
        return names.isEmpty() ? null : String.join(".", names);
    }

    /** The constraint's simple name in lower case ({@code NotBlank} → {@code notblank}): stable for clients. */
    private static String code(ConstraintViolation<?> v) {
        if (v.getConstraintDescriptor() == null || v.getConstraintDescriptor().getAnnotation() == null) {
            return "invalid";
        }
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
