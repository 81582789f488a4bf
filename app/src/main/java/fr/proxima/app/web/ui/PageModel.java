package fr.proxima.app.web.ui;

import fr.proxima.app.web.ui.session.Sessions;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every page's layout needs, added to each model: the signed-in user (name, role, what the menu offers), the
 * session's CSRF token for the forms, and the French formats ({@link Fmt}). Applied by {@link Pages}.
 */
@Singleton
class PageModel {
    private final Sessions sessions;
    private final SecurityService security;
    private final Fmt fmt;

    PageModel(Sessions sessions, SecurityService security, Fmt fmt) {
        this.sessions = sessions;
        this.security = security;
        this.fmt = fmt;
    }

    void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> mav) {
        Map<String, Object> model = new LinkedHashMap<>(mav.getModel().orElseGet(Map::of));
        model.putIfAbsent("fmt", fmt);
        model.putIfAbsent("path", request.getPath());
        if (!model.containsKey("csrf")) {
            model.put("csrf", sessions.csrfToken(request));
        }
        security.getAuthentication().ifPresent(a -> model.put("me", me(a)));
        mav.setModel(model);
    }

    private Map<String, Object> me(Authentication a) {
        String role = a.getRoles().stream().findFirst().orElse("");
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("username", a.getName());
        Object name = a.getAttributes().get("name");
        me.put("displayName", name == null ? a.getName() : name.toString());
        me.put("role", role);
        me.put("roleLabel", fmt.role(role));
        me.put("team", a.getAttributes().get("team"));
        me.put("console", role.equals("CAN_AGENT") || role.equals("ADMIN"));
        return me;
    }
}
