package fr.proxima.app.web.ui.session;

import fr.proxima.app.web.ui.UiPaths;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web UI's sessions: a signed cookie ({@value #COOKIE}: HttpOnly, Secure unless configured off, SameSite=Lax,
 * path {@code /ui}) that lasts a working day, the per-session CSRF token, and the sessions ended by a logout (kept
 * in memory until they would have expired, so a copied cookie stops working at logout on this instance).
 */
@Singleton
public class Sessions {
    public static final String COOKIE = "proxima_session";
    /** The login form's nonce cookie: the login form is CSRF-protected too (no login CSRF). */
    public static final String LOGIN_COOKIE = "proxima_login";
    /** The request attribute where the authentication fetcher leaves the decoded session. */
    static final String ATTRIBUTE = "proxima.ui.session";
    static final Duration LIFETIME = Duration.ofHours(10);
    static final Duration LOGIN_FORM_LIFETIME = Duration.ofMinutes(30);

    private final SessionCodec codec;
    private final boolean secureCookies;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

    Sessions(SessionCodec codec, @Value("${proxima.ui.secure-cookies:true}") boolean secureCookies) {
        this.codec = codec;
        this.secureCookies = secureCookies;
    }

    /** The valid session the request's cookie carries (signature, expiry, not logged out). */
    public Optional<UiSession> read(HttpRequest<?> request) {
        Optional<UiSession> cached = request.getAttribute(ATTRIBUTE, UiSession.class);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<UiSession> s = request.getCookies().findCookie(COOKIE)
                .flatMap(c -> codec.decode(c.getValue(), clock))
                .filter(x -> !revoked.containsKey(x.id()));
        s.ifPresent(x -> request.setAttribute(ATTRIBUTE, x));
        return s;
    }

    UiSession open(String username, String role, Map<String, Object> attributes) {
        return new UiSession(username, role, attributes, codec.randomId(), clock.instant().plus(LIFETIME));
    }

    Cookie cookie(UiSession s) {
        return base(Cookie.of(COOKIE, codec.encode(s))).maxAge(LIFETIME);
    }

    Cookie clearedCookie() {
        return base(Cookie.of(COOKIE, "")).maxAge(0);
    }

    void revoke(UiSession s) {
        Instant now = clock.instant();
        revoked.entrySet().removeIf(e -> e.getValue().isBefore(now));
        revoked.put(s.id(), s.expiresAt());
    }

    /** The CSRF token the session's forms carry, or null without a session. */
    public @Nullable String csrfToken(HttpRequest<?> request) {
        return read(request).map(s -> codec.csrfToken(s.id())).orElse(null);
    }

    /** Whether a form POST carries its session's CSRF token. */
    public boolean csrfValid(HttpRequest<?> request, @Nullable String token) {
        return read(request).map(s -> codec.csrfMatches(s.id(), token)).orElse(false);
    }

    // --------------------------------------------------------------- the login form's own token

    String newLoginNonce() {
        return codec.randomId();
    }

    Cookie loginCookie(String nonce) {
        return base(Cookie.of(LOGIN_COOKIE, nonce)).maxAge(LOGIN_FORM_LIFETIME).sameSite(SameSite.Strict);
    }

    String loginCsrfToken(String nonce) {
        return codec.csrfToken("login:" + nonce);
    }

    boolean loginCsrfValid(HttpRequest<?> request, @Nullable String token) {
        return request.getCookies().findCookie(LOGIN_COOKIE)
                .map(c -> codec.csrfMatches("login:" + c.getValue(), token)).orElse(false);
    }

    private Cookie base(Cookie c) {
        return c.httpOnly(true).secure(secureCookies).sameSite(SameSite.Lax).path(UiPaths.ROOT);
    }
}
