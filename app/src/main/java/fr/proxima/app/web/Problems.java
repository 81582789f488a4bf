package fr.proxima.app.web;

import io.micronaut.http.MediaType;

import java.util.regex.Pattern;

/** Shared wording of problem documents. */
final class Problems {
    static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]{1,100})]");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*\\b");

    private Problems() {
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Requête invalide";
            case 401 -> "Authentification requise";
            case 403 -> "Action non autorisée";
            case 404 -> "Ressource introuvable";
            case 405 -> "Méthode non autorisée";
            case 406 -> "Format de réponse non disponible";
            case 409 -> "Conflit";
            case 413 -> "Requête trop volumineuse";
            case 415 -> "Type de contenu non pris en charge";
            case 422 -> "Requête impossible à traiter";
            case 429 -> "Trop de requêtes";
            default -> status >= 500 ? "Erreur interne" : "Erreur";
        };
    }

    static String genericCode(int status) {
        return "HTTP_" + status;
    }

    /** A request path such as {@code request.title} or {@code create.request.title} → {@code title}. */
    static String fieldName(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String p = path.startsWith("/") ? path.substring(1).replace('/', '.') : path;
        String[] parts = p.split("\\.");
        if (parts.length >= 3 && (parts[1].equals("request") || parts[1].equals("body"))) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        if (parts.length >= 2) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 1, parts.length));
        }
        return p;
    }

    /** A field error recognised in a deserialisation message: which property of the body, and why. */
    record BodyError(String field, String code, String message) {
    }

    /** The unknown property named by a deserialisation failure, or null when the message names none. */
    static BodyError bodyError(String message) {
        if (message == null) {
            return null;
        }
        var m = UNKNOWN_PROPERTY.matcher(message);
        if (m.find()) {
            return new BodyError(m.group(1), "unknown_field", "Champ inconnu : " + m.group(1));
        }
        return null;
    }

    /** Removes Java class names and anything after a line break from framework messages. */
    static String clean(String message) {
        if (message == null) {
            return null;
        }
        String first = message.lines().findFirst().orElse("");
        String cleaned = CLASS_NAME.matcher(first).replaceAll("").replaceAll("\\s{2,}", " ").trim();
        return cleaned.length() > 300 ? cleaned.substring(0, 300) : cleaned;
    }
}
