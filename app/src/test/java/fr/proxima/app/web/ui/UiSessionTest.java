package fr.proxima.app.web.ui;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI's session: login with the API's identities, a signed HttpOnly, Secure, SameSite cookie limited to
 * {@code /ui}, CSRF tokens on the login and logout forms, logout that ends the session, and an API that stays
 * bearer-only (the cookie opens nothing under {@code /api}).
 */
@MicronautTest
class UiSessionTest extends UiTest {

    @Test
    void an_anonymous_visit_to_a_page_goes_to_the_login_page_and_back_after_login() {
        Page p = page(null, "/ui/file?statut=OPEN");
        assertThat(p.status()).isEqualTo(303);
        assertThat(p.location()).startsWith("/ui/connexion?suite=").contains("%2Fui%2Ffile");
        assertThat(page(null, "/").location()).isEqualTo("/ui/");
    }

    @Test
    void the_login_sets_a_signed_httponly_secure_samesite_cookie_and_leads_to_the_screen_of_the_role() {
        Page form = page(null, "/ui/connexion");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("<html lang=\"fr\"").contains("Identifiant").contains("Mot de passe");
        String nonce = "proxima_login=" + cookieValue(form.cookie("proxima_login"));
        Page answer = post(nonce, "/ui/connexion", Map.of("username", "agent.can", "password", PASSWORD,
                "csrf", form.csrf(), "suite", "/ui/file"));
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/ui/file");
        String cookie = answer.cookie("proxima_session");
        assertThat(cookie).containsIgnoringCase("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Lax")
                .contains("Path=/ui");
        String session = "proxima_session=" + cookieValue(cookie);
        assertThat(page(session, "/ui/").location()).isEqualTo("/ui/console");
        assertThat(page(login("resp.sud"), "/ui/").location()).isEqualTo("/ui/file");
        String viewer = login("viewer.talence");
        assertThat(page(viewer, "/ui/").location()).as("a commune viewer's home").isEqualTo("/ui/file");
        assertThat(page(viewer, "/ui/file").body()).contains("File des tickets");
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_french_message() {
        for (String user : new String[]{"agent.can", "personne.inconnue"}) {
            Page form = page(null, "/ui/connexion");
            Page answer = post("proxima_login=" + cookieValue(form.cookie("proxima_login")), "/ui/connexion",
                    Map.of("username", user, "password", "mauvais", "csrf", form.csrf()));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).contains("Identifiant ou mot de passe incorrect.");
            assertThat(answer.cookie("proxima_session")).isNull();
        }
    }

    @Test
    void a_login_post_without_its_form_token_is_refused() {
        Page answer = post(null, "/ui/connexion", Map.of("username", "agent.can", "password", PASSWORD));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.cookie("proxima_session")).isNull();
    }

    @Test
    void the_session_cookie_opens_no_api_endpoint_and_is_not_a_bearer_token() {
        String session = login("agent.can");
        assertThat(send(HttpRequest.GET("/api/me").header("Cookie", session)).status()).isEqualTo(401);
        String value = session.substring(session.indexOf('=') + 1);
        assertThat(send(HttpRequest.GET("/api/me").bearerAuth(value)).status()).isEqualTo(401);
        assertThat(send(HttpRequest.GET("/api/me").bearerAuth(token("agent.can"))).status()).isEqualTo(200);
    }

    @Test
    void a_tampered_cookie_is_ignored() {
        String session = login("viewer.pessac");
        String forged = session.replace(session.substring(session.length() - 6), "AAAAAA");
        assertThat(page(forged, "/ui/file").status()).isEqualTo(303);
    }

    @Test
    void logout_needs_the_session_token_and_ends_the_session() {
        String session = login("tech.sud");
        Page refused = post(session, "/ui/deconnexion", Map.of("csrf", "faux"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Accès refusé").doesNotContain("Exception");
        assertThat(page(session, "/ui/file").status()).isEqualTo(200);
        Page out = submit(session, "/ui/file", "/ui/deconnexion", Map.of());
        assertThat(out.status()).isEqualTo(303);
        assertThat(out.location()).isEqualTo("/ui/connexion?sortie=1");
        assertThat(out.cookie("proxima_session")).contains("Max-Age=0");
        assertThat(page(session, "/ui/file").status()).as("the old cookie after logout").isEqualTo(303);
    }

    @Test
    void an_unknown_page_is_a_french_404_page_without_any_trace() {
        String session = login("agent.can");
        Page p = page(session, "/ui/nulle-part");
        assertThat(p.status()).isEqualTo(404);
        assertThat(p.response().getContentType().orElseThrow().toString()).startsWith("text/html");
        assertThat(p.body()).contains("Page introuvable").contains("Retour à l'accueil")
                .doesNotContain("Exception").doesNotContain("io.micronaut");
        assertThat(send(HttpRequest.GET("/api/nulle-part").bearerAuth(token("agent.can"))).response()
                .getContentType().orElseThrow().toString()).startsWith("application/problem+json");
    }
}
