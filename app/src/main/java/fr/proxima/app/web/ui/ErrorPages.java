package fr.proxima.app.web.ui;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * The web UI's error pages, in French, for every error status: what happened in words and a way back, never a
 * stack trace or a class name (the cause of a 5xx goes to the log only). Used by the server's error processor for
 * every {@code /ui} path, and by the pages themselves.
 */
@Singleton
public class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final ThymeleafViewsRenderer<Map<String, Object>> renderer;

    ErrorPages(ThymeleafViewsRenderer<Map<String, Object>> renderer) {
        this.renderer = renderer;
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "Requête invalide";
            case 401 -> "Connexion requise";
            case 403 -> "Accès refusé";
            case 404 -> "Page introuvable";
            case 405 -> "Action impossible ici";
            case 409 -> "Conflit";
            case 413 -> "Fichier trop volumineux";
            default -> status >= 500 ? "Erreur interne" : "Erreur";
        };
    }

    public static String message(int status) {
        return switch (status) {
            case 400 -> "La demande envoyée n'est pas valide.";
            case 401 -> "Connectez-vous pour accéder à cette page.";
            case 403 -> "Vous n'avez pas le droit d'accéder à cette page ou d'effectuer cette action.";
            case 404 -> "Cette page n'existe pas, ou ce que vous cherchez n'est pas dans votre périmètre.";
            case 405 -> "Cette action n'est pas possible à cette adresse.";
            case 413 -> "Le fichier dépasse la taille autorisée (10 Mo).";
            default -> status >= 500
                    ? "Une erreur est survenue de notre côté. Elle a été journalisée ; réessayez dans un instant."
                    : "La demande n'a pas pu aboutir.";
        };
    }

    /** The error page as an HTTP response body with the status. */
    public MutableHttpResponse<String> response(int status, @Nullable String detail, HttpRequest<?> request) {
        return HttpResponse.<String>status(HttpStatus.valueOf(status)).body(render(status, detail, request))
                .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                .header("Cache-Control", "no-store");
    }

    public String render(int status, @Nullable String detail, HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>();
        model.put("status", status);
        model.put("title", title(status));
        model.put("message", message(status));
        model.put("detail", status >= 500 ? null : detail);
        try (StringWriter out = new StringWriter()) {
            renderer.render("erreur", model, request).writeTo(out);
            return out.toString();
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot render the error page", e);
            return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title(status)
                    + "</title></head><body><main><h1>" + title(status) + "</h1><p>" + message(status)
                    + "</p><p><a href=\"/ui/\">Retour à l'accueil</a></p></main></body></html>";
        }
    }
}
