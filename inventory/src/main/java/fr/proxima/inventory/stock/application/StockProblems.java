package fr.proxima.inventory.stock.application;

import fr.proxima.inventory.stock.model.StockRuleViolation;
import fr.proxima.organisation.ProblemException;

import java.util.List;
import java.util.Map;

/** The problem documents of the stock, codes INV-31xx. */
public final class StockProblems {
    /** Invalid movement, threshold or article (field errors). */
    public static final String INVALID = "INV-3101";
    /** Not enough stock at the centre for the quantity asked (409). */
    public static final String INSUFFICIENT = "INV-3102";
    /** The serialized unit is not in stock at that centre (someone took it first, or it never was there) (409). */
    public static final String UNIT_UNAVAILABLE = "INV-3103";
    /** No such article. */
    public static final String ARTICLE_NOT_FOUND = "INV-3104";
    /** No such movement. */
    public static final String MOVEMENT_NOT_FOUND = "INV-3105";
    /** The version sent is not the current one (409). */
    public static final String STALE = "INV-3106";
    /** The caller may not do this (403). */
    public static final String FORBIDDEN = "INV-3107";
    /** The idempotency key was already used for another request (422). */
    public static final String KEY_REUSED = "INV-3108";
    /** The idempotency key is malformed (400). */
    public static final String KEY_INVALID = "INV-3109";
    /** The unit is already in stock (a second receipt of the same CI) (409). */
    public static final String UNIT_ALREADY_IN_STOCK = "INV-3110";
    /** An article with that code already exists (409). */
    public static final String DUPLICATE_ARTICLE = "INV-3111";

    private StockProblems() {
    }

    public static ProblemException of(StockRuleViolation v) {
        return ProblemException.invalid(INVALID, v.faults().stream()
                .map(f -> new ProblemException.FieldError(f.field(), f.reason(), f.message())).toList());
    }

    public static ProblemException invalid(String field, String reason, String message) {
        return ProblemException.invalidField(INVALID, field, reason, message);
    }

    public static ProblemException insufficient(String centre, String article, int available, int asked) {
        return new ProblemException(409, INSUFFICIENT, "Stock insuffisant",
                "Le centre " + centre + " n'a plus que " + available + " « " + article + " » (demandé : " + asked
                        + ") ; un autre mouvement l'a peut-être pris entre-temps", List.of(),
                Map.of("centre", centre, "available", available, "requested", asked));
    }

    public static ProblemException unitUnavailable(long ciId, String centre) {
        return new ProblemException(409, UNIT_UNAVAILABLE, "Équipement indisponible",
                "L'équipement " + ciId + " n'est pas (ou plus) en stock au centre " + centre, List.of(),
                Map.of("ciId", ciId, "centre", centre));
    }

    public static ProblemException alreadyInStock(long ciId) {
        return ProblemException.conflict(UNIT_ALREADY_IN_STOCK, "Équipement déjà en stock",
                "L'équipement " + ciId + " est déjà en stock dans un centre");
    }

    public static ProblemException articleNotFound() {
        return ProblemException.notFound(ARTICLE_NOT_FOUND, "Article");
    }

    public static ProblemException movementNotFound() {
        return ProblemException.notFound(MOVEMENT_NOT_FOUND, "Mouvement");
    }

    public static ProblemException stale(long currentVersion) {
        return new ProblemException(409, STALE, "Version périmée",
                "La valeur a été modifiée entre-temps ; rechargez-la avant de recommencer", List.of(),
                Map.of("currentVersion", currentVersion));
    }

    public static ProblemException forbidden(String detail) {
        return ProblemException.forbidden(FORBIDDEN, detail);
    }

    public static ProblemException keyReused(String key) {
        return new ProblemException(422, KEY_REUSED, "Clé d'idempotence déjà utilisée",
                "Cette clé d'idempotence a déjà servi pour un autre mouvement", List.of(), Map.of("idempotencyKey", key));
    }
}
