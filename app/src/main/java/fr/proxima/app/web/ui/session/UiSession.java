package fr.proxima.app.web.ui.session;

import io.micronaut.security.authentication.Authentication;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A signed-in browser: who (the same name, role and scope claims as an API token), the session's random id (which
 * keys its CSRF token and its revocation at logout) and when it ends.
 */
public record UiSession(String username, String role, Map<String, Object> attributes, String id, Instant expiresAt) {

    /** The authentication the rest of the server sees: the same as a bearer token would give. */
    public Authentication authentication() {
        return Authentication.build(username, List.of(role), attributes);
    }
}
