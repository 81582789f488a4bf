package fr.proxima.organisation;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

/**
 * The {@link AccessScope} of the user behind the current request. Services ask it once and pass the scope down
 * to the scoped queries; nothing reads the security context anywhere else.
 */
@Singleton
public class CurrentScope {
    private final SecurityService security;

    CurrentScope(SecurityService security) {
        this.security = security;
    }

    /** The scope of the authenticated caller; 401 when the request is anonymous. */
    public AccessScope get() {
        return security.getAuthentication()
                .map(ScopeClaims::toScope)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.UNAUTHORIZED, "authentication required"));
    }
}
