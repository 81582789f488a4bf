package fr.proxima.app.web.ui.session;

import fr.proxima.app.web.ui.UiPaths;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Authenticates the web UI's requests ({@code /ui/...}) from the session cookie. Requests to {@code /api} are never
 * authenticated by the cookie: the API stays bearer-only, so a page of another site cannot make a browser call it
 * with the user's session (no CSRF on the API).
 */
@Singleton
class SessionCookieAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    private final Sessions sessions;

    SessionCookieAuthenticationFetcher(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (!UiPaths.isUi(request.getPath())) {
            return Publishers.empty();
        }
        return sessions.read(request).map(s -> Publishers.just(s.authentication())).orElseGet(Publishers::empty);
    }
}
