package fr.proxima.app.web;

import fr.proxima.app.ApiTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends a batch of bad requests to every endpoint the router knows (so an endpoint added later is covered
 * without touching this test): malformed JSON, a JSON array instead of an object, unknown fields, a body
 * over the size limit, unknown and ill-typed ids, junk query parameters. Every answer must be a 4xx
 * {@code application/problem+json} document that leaks no stack trace, class name or SQL; never a 5xx.
 */
@MicronautTest
class EndpointRobustnessTest extends ApiTest {

    private static final Pattern LEAK = Pattern.compile(
            "(Exception|\\bat [a-z]+\\.|java\\.|fr\\.proxima|io\\.micronaut|SQL|select |insert into|org\\.mariadb)",
            Pattern.CASE_INSENSITIVE);

    @Inject
    Router router;

    private String adminToken;

    @BeforeAll
    void login() {
        adminToken = token("admin");
        assertThat(adminToken).isNotBlank();
    }

    @Test
    void every_endpoint_answers_bad_input_with_a_4xx_problem_document_and_never_a_5xx() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (UriRouteInfo<?, ?> route : routes()) {
            HttpMethod method = route.getHttpMethod();
            String template = route.getUriMatchTemplate().toPathString();
            for (String path : paths(template)) {
                if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
                    checked += check(failures, method, path, "{\"title\": ", MediaType.APPLICATION_JSON_TYPE, true);
                    checked += check(failures, method, path, "[1, 2, 3]", MediaType.APPLICATION_JSON_TYPE, true);
                    checked += check(failures, method, path, "{\"noSuchField\": {\"deep\": [1]}, \"version\": \"x\"}",
                            MediaType.APPLICATION_JSON_TYPE, true);
                    checked += check(failures, method, path, "not json at all", MediaType.TEXT_PLAIN_TYPE, true);
                } else {
                    checked += check(failures, method, path + "?page=-1&size=100000&from=hier&createdFrom=x"
                            + "&status=BOGUS&priority=P9&commune=%27%20OR%201%3D1&q=" + "%22".repeat(50), null,
                            null, false);
                }
            }
        }
        assertThat(checked).as("requests sent").isGreaterThan(20);
        assertThat(failures).as("answers that broke the rules").isEmpty();
    }

    @Test
    void a_body_over_the_size_limit_is_refused_with_413_on_every_write_endpoint() {
        String huge = "{\"title\":\"" + "x".repeat(13 * 1024 * 1024) + "\"}";
        List<String> failures = new ArrayList<>();
        for (UriRouteInfo<?, ?> route : routes()) {
            HttpMethod method = route.getHttpMethod();
            if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
                continue;
            }
            String path = substitute(route.getUriMatchTemplate().toPathString(), "1");
            boolean multipart = route.getConsumes().stream().anyMatch(t -> t.getName().startsWith("multipart/"));
            Object body = multipart
                    ? MultipartBody.builder().addPart("file", "enorme.pdf", MediaType.APPLICATION_PDF_TYPE,
                            huge.getBytes(java.nio.charset.StandardCharsets.UTF_8)).build()
                    : huge;
            int status = send(method, path, body, multipart ? MediaType.MULTIPART_FORM_DATA_TYPE
                    : MediaType.APPLICATION_JSON_TYPE).status;
            if (status != 413 && status != 400) {
                failures.add(method + " " + path + " → " + status);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void unknown_ids_answer_404_problem_documents() {
        List<String> failures = new ArrayList<>();
        for (UriRouteInfo<?, ?> route : routes()) {
            String template = route.getUriMatchTemplate().toPathString();
            if (route.getHttpMethod() != HttpMethod.GET || !template.matches(".*\\{(id|ticketId|callId)}.*")) {
                continue;
            }
            String path = substitute(template, "987654321");
            Result r = send(HttpMethod.GET, path, null, null);
            if (r.status != 404 || !r.problem) {
                failures.add("GET " + path + " → " + r.status + " " + r.body);
            }
        }
        assertThat(failures).isEmpty();
    }

    private List<UriRouteInfo<?, ?>> routes() {
        List<UriRouteInfo<?, ?>> routes = new ArrayList<>();
        router.uriRoutes().forEach(r -> {
            String t = r.getUriMatchTemplate().toPathString();
            if (t.startsWith("/api/") && !t.equals("/api/auth/login")) {
                routes.add(r);
            }
        });
        routes.add(router.uriRoutes().filter(r -> r.getUriMatchTemplate().toPathString().equals("/api/auth/login"))
                .findFirst().orElseThrow());
        return routes;
    }

    /** The template with every path variable set to an unknown id, to a wrong type, and to an overlong value. */
    private static List<String> paths(String template) {
        if (!template.contains("{")) {
            return List.of(template);
        }
        return List.of(substitute(template, "987654321"), substitute(template, "pas-un-id"),
                substitute(template, "9".repeat(40)));
    }

    private static String substitute(String template, String value) {
        return template.replaceAll("\\{[^}]*}", value);
    }

    private int check(List<String> failures, HttpMethod method, String path, String body, MediaType type,
                      boolean mustBe4xx) {
        Result r = send(method, path, body, type);
        boolean bad = r.status >= 500
                || (r.status >= 400 && !r.problem)
                || (r.status >= 400 && LEAK.matcher(r.body).find())
                || (mustBe4xx && (r.status < 400 || r.status >= 500));
        if (bad) {
            failures.add(method + " " + path + " body=" + abbreviate(body) + " → " + r.status + " " + abbreviate(r.body));
        }
        return 1;
    }

    private record Result(int status, boolean problem, String body) {
    }

    private Result send(HttpMethod method, String path, Object body, MediaType type) {
        MutableHttpRequest<Object> req = HttpRequest.create(method, path).bearerAuth(adminToken);
        if (body != null) {
            req.body(body).contentType(type);
        }
        try {
            HttpResponse<String> res = http().exchange(req, String.class);
            return new Result(res.code(), isProblem(res), res.getBody().orElse(""));
        } catch (HttpClientResponseException e) {
            HttpResponse<?> res = e.getResponse();
            return new Result(res.code(), isProblem(res), res.getBody(String.class).orElse(""));
        }
    }

    private static boolean isProblem(HttpResponse<?> res) {
        Optional<MediaType> ct = res.getContentType();
        return ct.isPresent() && ct.get().toString().startsWith("application/problem+json");
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
