package fr.proxima.app.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;

/** {@code /swagger-ui} and {@code /swagger-ui/} lead to the Swagger UI page generated at build time. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class ApiDocsController {

    @Get("/swagger-ui")
    HttpResponse<?> ui() {
        return HttpResponse.seeOther(URI.create("/swagger-ui/index.html"));
    }

    @Get("/swagger-ui/")
    HttpResponse<?> uiSlash() {
        return HttpResponse.seeOther(URI.create("/swagger-ui/index.html"));
    }
}
