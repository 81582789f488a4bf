package fr.proxima.app.web.ui;

import fr.proxima.app.ApiTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the web UI's HTTP tests (no browser): a client that does not follow redirects, logins through the login
 * form (returning the session cookie), pages and form posts with the session's CSRF token.
 */
public abstract class UiTest extends ApiTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    protected EmbeddedServer server;

    private HttpClient raw;

    /**
     * The server's answer as it is (a redirect stays a redirect, an error stays an answer); {@code body} with the
     * quotes and ampersands that the templates escape read back as text.
     */
    public record Page(int status, String body, HttpResponse<?> response) {
        public Page {
            body = body.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
        }

        public String location() {
            return response.getHeaders().get("Location");
        }

        public String cookie(String name) {
            return response.getHeaders().getAll("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                    .findFirst().orElse(null);
        }

        public String csrf() {
            Matcher m = CSRF.matcher(body);
            assertThat(m.find()).as("a CSRF field in the page").isTrue();
            return m.group(1);
        }
    }

    protected BlockingHttpClient browserless() {
        if (raw == null) {
            DefaultHttpClientConfiguration config = new DefaultHttpClientConfiguration();
            config.setFollowRedirects(false);
            raw = HttpClient.create(server.getURL(), config);
        }
        return raw.toBlocking();
    }

    @AfterAll
    void closeRawClient() {
        if (raw != null) {
            raw.close();
        }
    }

    protected Page send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> r = browserless().exchange(request, String.class);
            return new Page(r.code(), r.getBody().orElse(""), r);
        } catch (HttpClientResponseException e) {
            return new Page(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""), e.getResponse());
        }
    }

    /** GET a page with the session cookie ({@code null}: anonymous). */
    protected Page page(String session, String path) {
        MutableHttpRequest<?> r = HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE);
        if (session != null) {
            r.header("Cookie", session);
        }
        return send(r);
    }

    /** POST a form with the session cookie; the values are sent as given (add {@code csrf} yourself). */
    protected Page post(String session, String path, Map<String, String> form) {
        MutableHttpRequest<?> r = HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE);
        if (session != null) {
            r.header("Cookie", session);
        }
        return send(r);
    }

    /** POST a form with the session's CSRF token (read from the page at {@code formPage}). */
    protected Page submit(String session, String formPage, String action, Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>(form);
        values.put("csrf", page(session, formPage).csrf());
        return post(session, action, values);
    }

    /** Logs in through the login form; returns the {@code Cookie} header value of the session. */
    protected String login(String username) {
        Page form = page(null, "/ui/connexion");
        String nonce = cookieValue(form.cookie("proxima_login"));
        Page answer = post("proxima_login=" + nonce, "/ui/connexion",
                Map.of("username", username, "password", PASSWORD, "csrf", form.csrf(), "suite", ""));
        assertThat(answer.status()).as("login of " + username).isEqualTo(303);
        return "proxima_session=" + cookieValue(answer.cookie("proxima_session"));
    }

    protected static String cookieValue(String setCookie) {
        assertThat(setCookie).isNotNull();
        String first = setCookie.split(";", 2)[0];
        return first.substring(first.indexOf('=') + 1);
    }
}
