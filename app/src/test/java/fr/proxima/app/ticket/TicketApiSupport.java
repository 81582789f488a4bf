package fr.proxima.app.ticket;

import fr.proxima.testing.DatabaseTest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Minimal login helper for the tickets HTTP tests (a shared {@code ApiTest} base is being written in parallel;
 * these tests move onto it once merged). Starts the whole application on a fresh database with the demo logins.
 */
abstract class TicketApiSupport extends DatabaseTest {
    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    @Override
    protected Map<String, String> extraProperties() {
        // the organisation test-jar brings an application-test.yml that migrates organisation only
        return Map.of(
                "flyway.datasources.default.locations",
                "classpath:db/organisation,classpath:db/itsm,classpath:db/inventory,classpath:db/scheduling",
                "micronaut.server.port", "-1",
                "proxima.demo", "true",
                "micronaut.security.token.jwt.signatures.secret.generator.secret",
                "tickets-api-test-secret-0123456789-0123456789",
                "proxima.tickets.auto-close.initial-delay", "1h");
    }

    String token(String username) {
        return tokens.computeIfAbsent(username, u -> {
            Map<String, Object> body = client.toBlocking().retrieve(
                    HttpRequest.POST("/api/auth/login", Map.of("username", u, "password", "proxima")), JSON);
            return (String) body.get("access_token");
        });
    }

    <T> MutableHttpRequest<T> as(String username, MutableHttpRequest<T> request) {
        return request.bearerAuth(token(username));
    }

    /** Sends the request and returns the response whatever its status (the body read as JSON when there is one). */
    HttpResponse<Map<String, Object>> call(String username, MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(as(username, request), JSON);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<Map<String, Object>> r = (HttpResponse<Map<String, Object>>) e.getResponse();
            r.getBody(JSON);
            return r;
        }
    }

    /** A JSON array answer (200 expected). */
    java.util.List<Object> callList(String username, MutableHttpRequest<?> request) {
        return client.toBlocking().retrieve(as(username, request), Argument.listOf(Object.class));
    }

    static Map<String, Object> body(HttpResponse<Map<String, Object>> r) {
        return r.getBody(JSON).orElseThrow(() -> new AssertionError("no JSON body, status " + r.code()));
    }
}
