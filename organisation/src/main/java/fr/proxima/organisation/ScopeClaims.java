package fr.proxima.organisation;

import io.micronaut.security.authentication.Authentication;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The claims a token carries so that the {@link AccessScope} can be rebuilt on every request without a database
 * read, and the conversion both ways. The login writes them; {@link CurrentScope} reads them.
 */
public final class ScopeClaims {
    public static final String USER_ID = "uid";
    public static final String TEAM = "team";
    public static final String COMMUNE = "commune";
    public static final String DISPLAY_NAME = "name";

    private ScopeClaims() {
    }

    public static Map<String, Object> attributes(long userId, String displayName, TeamCode team, CommuneCode commune) {
        Map<String, Object> attrs = new HashMap<>();
        attrs.put(USER_ID, userId);
        attrs.put(DISPLAY_NAME, displayName);
        if (team != null) {
            attrs.put(TEAM, team.value());
        }
        if (commune != null) {
            attrs.put(COMMUNE, commune.value());
        }
        return attrs;
    }

    /** Rebuilds the scope from an authentication; an authentication without a known role gets no scope at all. */
    public static AccessScope toScope(Authentication auth) {
        Collection<String> roles = auth.getRoles();
        Role role = roles.stream().map(ScopeClaims::roleOrNull).filter(r -> r != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("authentication without a Proxima role"));
        Map<String, Object> a = auth.getAttributes();
        Object uid = a.get(USER_ID);
        Long userId = uid instanceof Number n ? Long.valueOf(n.longValue()) : uid == null ? null : Long.valueOf(uid.toString());
        Object team = a.get(TEAM);
        Object commune = a.get(COMMUNE);
        return new AccessScope(auth.getName(), userId, role,
                team == null ? null : TeamCode.of(team.toString()),
                commune == null ? null : CommuneCode.of(commune.toString()));
    }

    private static Role roleOrNull(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
