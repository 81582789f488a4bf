package fr.proxima.app.security;

import fr.proxima.app.ApiTest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The two entry points the outside world relies on: {@code /health} and {@code POST /api/auth/login}. */
@MicronautTest
class LoginAndHealthTest extends ApiTest {

    @Test
    void health_answers_200_up_without_a_login_when_the_database_is_reachable() {
        Map<String, Object> health = http().retrieve(HttpRequest.GET("/health"),
                Argument.mapOf(String.class, Object.class));
        assertThat(health).containsEntry("status", "UP");
    }

    @Test
    void a_demo_login_returns_a_bearer_jwt_carrying_the_role_and_the_scope() {
        Map<String, Object> body = http().retrieve(HttpRequest.POST("/api/auth/login",
                Map.of("username", "viewer.pessac", "password", PASSWORD)), Argument.mapOf(String.class, Object.class));
        String token = (String) body.get("access_token");
        assertThat(token).isNotBlank();
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"sub\":\"viewer.pessac\"", "COMMUNE_VIEWER", "\"commune\":\"33318\"")
                .doesNotContain("password");
        Map<String, Object> me = http().retrieve(HttpRequest.GET("/api/me").bearerAuth(token),
                Argument.mapOf(String.class, Object.class));
        assertThat(me).containsEntry("username", "viewer.pessac");
    }

    @Test
    void a_wrong_password_or_an_unknown_user_get_the_same_401_problem() {
        HttpClientResponseException wrong = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                HttpRequest.POST("/api/auth/login", Map.of("username", "agent.can", "password", "nope")), String.class));
        HttpClientResponseException unknown = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                HttpRequest.POST("/api/auth/login", Map.of("username", "personne", "password", "nope")), String.class));
        assertThat(wrong.getStatus().getCode()).isEqualTo(401);
        assertThat(unknown.getStatus().getCode()).isEqualTo(401);
        assertThat(wrong.getResponse().getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        assertThat(problem(wrong).get("code")).isEqualTo(problem(unknown).get("code"));
    }

    @Test
    void the_api_refuses_a_missing_or_forged_token_with_401() {
        HttpClientResponseException none = assertThrows(HttpClientResponseException.class,
                () -> http().exchange(HttpRequest.GET("/api/tickets"), String.class));
        assertThat(none.getStatus().getCode()).isEqualTo(401);
        String real = token("viewer.pessac");
        String forged = real.substring(0, real.length() - 2) + (real.endsWith("AA") ? "BB" : "AA");
        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class,
                () -> http().exchange(HttpRequest.GET("/api/tickets").bearerAuth(forged), String.class));
        assertThat(bad.getStatus().getCode()).isEqualTo(401);
    }
}
