package fr.proxima.app.web.ui.session;

import fr.proxima.app.web.ui.UiPaths;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.Authenticator;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.rules.SecurityRule;
import fr.proxima.app.web.ui.Pages;
import io.swagger.v3.oas.annotations.Hidden;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The web UI's login and logout. The login checks the password with the same authentication provider as
 * {@code POST /api/auth/login} (same accounts, same answer for a wrong password and an unknown user), then opens a
 * session cookie; the login form carries its own CSRF token (a nonce cookie), the logout form the session's.
 */
@Controller(UiPaths.ROOT)
@Hidden
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(UiPaths.EXECUTOR)
class LoginController {
    private final Authenticator<HttpRequest<?>> authenticator;
    private final Sessions sessions;
    private final Pages pages;

    LoginController(Authenticator<HttpRequest<?>> authenticator, Sessions sessions, Pages pages) {
        this.pages = pages;
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    @Get("/connexion")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String suite,
                         @Nullable @QueryValue String sortie) {
        if (sessions.read(request).isPresent()) {
            return HttpResponse.seeOther(URI.create(safeNext(suite)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("loggedOut", sortie != null);
        return page(request, model, suite, io.micronaut.http.HttpStatus.OK);
    }

    @Post(value = "/connexion", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> login(HttpRequest<?> request, @Body Map<String, String> form) {
        String username = trim(form.get("username"));
        String password = form.get("password");
        String next = form.get("suite");
        Map<String, Object> model = new HashMap<>();
        model.put("username", username);
        if (!sessions.loginCsrfValid(request, form.get("csrf"))) {
            model.put("error", "Le formulaire a expiré : saisissez à nouveau vos identifiants.");
            return page(request, model, next, io.micronaut.http.HttpStatus.FORBIDDEN);
        }
        if (username == null || username.isEmpty() || password == null || password.isEmpty()) {
            model.put("error", "Saisissez votre identifiant et votre mot de passe.");
            return page(request, model, next, io.micronaut.http.HttpStatus.OK);
        }
        AuthenticationResponse answer = authenticate(request, username, password);
        if (!answer.isAuthenticated() || answer.getAuthentication().isEmpty()) {
            model.put("error", "Identifiant ou mot de passe incorrect.");
            return page(request, model, next, io.micronaut.http.HttpStatus.OK);
        }
        Authentication a = answer.getAuthentication().get();
        String role = a.getRoles().stream().findFirst().orElseThrow();
        UiSession session = sessions.open(a.getName(), role, a.getAttributes());
        return HttpResponse.seeOther(URI.create(safeNext(next)))
                .cookie(sessions.cookie(session))
                .cookie(sessions.loginCookie("").maxAge(0));
    }

    @Post(value = "/deconnexion", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> logout(HttpRequest<?> request, @Body Map<String, String> form) {
        if (!sessions.csrfValid(request, form.get("csrf"))) {
            throw new CsrfRejected();
        }
        sessions.read(request).ifPresent(sessions::revoke);
        return HttpResponse.seeOther(URI.create(UiPaths.LOGIN + "?sortie=1")).cookie(sessions.clearedCookie());
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, Map<String, Object> model, @Nullable String next,
                                        io.micronaut.http.HttpStatus status) {
        String nonce = sessions.newLoginNonce();
        model.put("csrf", sessions.loginCsrfToken(nonce));
        model.put("suite", next == null ? "" : next);
        model.put("title", "Connexion");
        return pages.render(request, status, "login", model).cookie(sessions.loginCookie(nonce));
    }

    /** Only a path of the UI itself (no open redirect to another site). */
    static String safeNext(@Nullable String next) {
        if (next != null && UiPaths.isUi(next) && !next.contains("//") && !next.contains("\\")
                && !next.startsWith(UiPaths.LOGIN) && next.length() < 500) {
            return next;
        }
        return UiPaths.ROOT + "/";
    }

    private static String trim(@Nullable String s) {
        return s == null ? null : s.trim();
    }

    private AuthenticationResponse authenticate(HttpRequest<?> request, String username, String password) {
        Publisher<AuthenticationResponse> publisher = authenticator.authenticate(request,
                new UsernamePasswordCredentials(username, password));
        CompletableFuture<AuthenticationResponse> first = new CompletableFuture<>();
        publisher.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription s) {
                s.request(1);
            }

            @Override
            public void onNext(AuthenticationResponse r) {
                first.complete(r);
            }

            @Override
            public void onError(Throwable t) {
                first.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                first.complete(AuthenticationResponse.failure());
            }
        });
        try {
            return first.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // a provider's refusal may come as an error signal
            return AuthenticationResponse.failure();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("authentication timed out", e);
        }
    }
}
