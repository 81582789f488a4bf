package fr.proxima.app.web.ui.session;

import fr.proxima.app.web.ui.UiPaths;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An anonymous request for a page of the UI goes to the login page (which brings the user back to the page
 * afterwards); everything else, and every {@code /api} request, is answered as before (401/403 problem documents;
 * a 403 on a page is the UI's French error page).
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class UiAuthorizationExceptionHandler extends DefaultAuthorizationExceptionHandler {

    UiAuthorizationExceptionHandler(ErrorResponseProcessor<?> errorResponseProcessor,
                                    RedirectConfiguration redirectConfiguration, RedirectService redirectService,
                                    @Nullable PriorToLoginPersistence priorToLoginPersistence) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, priorToLoginPersistence);
    }

    @Override
    protected boolean shouldRedirect(HttpRequest<?> request, AuthorizationException exception) {
        if (UiPaths.isUi(request.getPath())) {
            return !exception.isForbidden();
        }
        return super.shouldRedirect(request, exception);
    }

    @Override
    protected String getRedirectUri(HttpRequest<?> request, AuthorizationException exception) {
        if (UiPaths.isUi(request.getPath())) {
            String back = request.getMethod().name().equals("GET") ? request.getUri().toString() : UiPaths.ROOT + "/";
            return UiPaths.LOGIN + "?suite=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        }
        return super.getRedirectUri(request, exception);
    }
}
