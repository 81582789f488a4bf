package fr.proxima.app.call;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;

import java.util.HashMap;
import java.util.Map;

/**
 * Minimal login helper for the call API tests: logs the demo users in once and signs requests with their token.
 * Stands in for the shared {@code fr.proxima.app.ApiTest} base class another change adds; switch to it once merged.
 */
final class LoginSupport {
    static final String PASSWORD = "proxima";

    private final BlockingHttpClient http;
    private final Map<String, String> tokens = new HashMap<>();

    LoginSupport(BlockingHttpClient http) {
        this.http = http;
    }

    String token(String username) {
        return tokens.computeIfAbsent(username, u -> {
            Map<String, Object> body = http.retrieve(HttpRequest.POST("/api/auth/login",
                    Map.of("username", u, "password", PASSWORD)), Argument.mapOf(String.class, Object.class));
            return (String) body.get("access_token");
        });
    }

    <T> MutableHttpRequest<T> as(String username, MutableHttpRequest<T> request) {
        return request.bearerAuth(token(username));
    }
}
