package fr.proxima.app.web.ui;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;

/** The entry points: {@code /} and {@code /ui/} lead each user to the screen of their role. */
@Controller
@Hidden
@Produces(MediaType.TEXT_HTML)
class HomeController {

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> root() {
        return HttpResponse.seeOther(URI.create(UiPaths.ROOT + "/"));
    }

    /** {@code /ui} and {@code /ui/} (the router ignores a trailing slash). */
    @Get(UiPaths.ROOT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> ui(Authentication me) {
        return home(me);
    }

    private static HttpResponse<?> home(Authentication me) {
        String role = me.getRoles().stream().findFirst().orElse("");
        String target = switch (role) {
            case "CAN_AGENT", "ADMIN" -> UiPaths.ROOT + "/console";
            default -> UiPaths.ROOT + "/file";
        };
        return HttpResponse.seeOther(URI.create(target));
    }
}
