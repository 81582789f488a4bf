package fr.proxima.app;

import fr.proxima.testing.DatabaseTest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Base of the HTTP tests of the assembled application: a fresh database with the demo organisation and logins
 * (see {@code application-test.yml}), a client on the embedded server, and logins as the demo users.
 * Subclasses carry {@code @MicronautTest}.
 *
 * <pre>{@code
 * Map<String, Object> me = getJson("viewer.pessac", "/api/me");
 * HttpClientResponseException e = fails("viewer.pessac", HttpRequest.GET("/api/people/" + id));
 * assertThat(problem(e)).containsEntry("code", "ORG-1008");
 * }</pre>
 */
public abstract class ApiTest extends DatabaseTest {
    /** The password of every demo login. */
    public static final String PASSWORD = "proxima";

    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected JsonMapper json;

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** A bearer token of the demo user (logged in once per test class). */
    protected String token(String username) {
        return tokens.computeIfAbsent(username, u -> {
            Map<String, Object> body = http().retrieve(
                    HttpRequest.POST("/api/auth/login", Map.of("username", u, "password", PASSWORD)),
                    Argument.mapOf(String.class, Object.class));
            return (String) body.get("access_token");
        });
    }

    protected BlockingHttpClient http() {
        return client.toBlocking();
    }

    /** The request, authenticated as the demo user. */
    protected <T> MutableHttpRequest<T> as(String username, MutableHttpRequest<T> request) {
        return request.bearerAuth(token(username));
    }

    protected HttpResponse<String> exchange(String username, MutableHttpRequest<?> request) {
        return http().exchange(as(username, request), String.class);
    }

    /** GET a JSON object as the user (fails the test on any error status). */
    protected Map<String, Object> getJson(String username, String path) {
        return http().retrieve(as(username, HttpRequest.GET(path)), Argument.mapOf(String.class, Object.class));
    }

    /** GET a JSON array as the user. */
    protected List<Map<String, Object>> getList(String username, String path) {
        return http().retrieve(as(username, HttpRequest.GET(path)),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    /** The items of a paged answer ({@code {"items": [...], "page", "size", "hasNext"}}). */
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> items(String username, String path) {
        return (List<Map<String, Object>>) getJson(username, path).get("items");
    }

    /** Sends the request as the user and returns the error it must fail with. */
    protected HttpClientResponseException fails(String username, MutableHttpRequest<?> request) {
        return assertThrows(HttpClientResponseException.class, () -> http().exchange(as(username, request), String.class));
    }

    /** The problem document of an error response. */
    protected Map<String, Object> problem(HttpClientResponseException e) {
        String body = e.getResponse().getBody(String.class).orElseThrow();
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    protected Map<String, Object> parse(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
