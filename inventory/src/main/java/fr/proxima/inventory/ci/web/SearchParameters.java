package fr.proxima.inventory.ci.web;

import fr.proxima.inventory.ci.infrastructure.CiCriteria;
import fr.proxima.inventory.ci.infrastructure.CiReader;
import fr.proxima.inventory.ci.infrastructure.CiSort;
import fr.proxima.inventory.ci.model.AssetTag;
import fr.proxima.inventory.ci.model.CiStatus;
import fr.proxima.inventory.ci.model.CiType;
import fr.proxima.inventory.ci.model.Manufacturers;
import fr.proxima.inventory.ci.model.SerialNumber;
import fr.proxima.inventory.internal.InvProblems;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.ProblemException.FieldError;

import java.util.ArrayList;
import java.util.List;

/** The query parameters of {@code GET /api/cis}, checked (400 {@code INV-3001} naming each bad parameter). */
record SearchParameters(CiCriteria criteria, CiSort sort, int page, int size) {
    static final int DEFAULT_SIZE = 50;

    @SuppressWarnings("java:S107")
    static SearchParameters parse(String serial, String assetTag, String commune, Long site, Long person,
                                  List<String> type, List<String> status, String manufacturer, String model,
                                  Long software, String q, Integer page, Integer size, String sort) {
        List<FieldError> errors = new ArrayList<>();
        String tag = null;
        if (!blank(assetTag)) {
            tag = AssetTag.normalise(assetTag);
            if (tag == null) {
                errors.add(new FieldError("assetTag", "invalid", "Numéro d'inventaire invalide"));
            }
        }
        String serialNumber = blank(serial) ? null : SerialNumber.normalise(serial);
        if (serialNumber != null && !SerialNumber.isWellFormed(serialNumber)) {
            errors.add(new FieldError("serial", "invalid", "Numéro de série invalide"));
        }
        if (!blank(commune) && !CommuneCode.isValid(commune.strip())) {
            errors.add(new FieldError("commune", "invalid", "Code INSEE invalide"));
        }
        List<CiType> types = new ArrayList<>();
        for (String t : split(type)) {
            CiType.parse(t).ifPresentOrElse(types::add,
                    () -> errors.add(new FieldError("type", "invalid", "Type inconnu : " + cut(t))));
        }
        List<CiStatus> statuses = new ArrayList<>();
        for (String s : split(status)) {
            CiStatus.parse(s).ifPresentOrElse(statuses::add,
                    () -> errors.add(new FieldError("status", "invalid", "Statut inconnu : " + cut(s))));
        }
        if (!blank(q) && q.length() > 200) {
            errors.add(new FieldError("q", "too_long", "200 caractères au plus"));
        }
        if (!blank(model) && model.length() > 120) {
            errors.add(new FieldError("model", "too_long", "120 caractères au plus"));
        }
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            errors.add(new FieldError("page", "invalid", "Page à partir de 0"));
        }
        if (s < 1 || s > CiReader.MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "invalid", "Taille de page entre 1 et " + CiReader.MAX_PAGE_SIZE));
        }
        if ((long) p * s > 100_000) {
            errors.add(new FieldError("page", "too_deep", "Affinez la recherche plutôt que de paginer si loin"));
        }
        CiSort ciSort = CiSort.parse(sort);
        if (ciSort == null) {
            errors.add(new FieldError("sort", "invalid", "Tri attendu : assetTag, updatedAt ou lastAgentReport"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(InvProblems.INVALID, errors);
        }
        return new SearchParameters(new CiCriteria(serialNumber, tag, blank(commune) ? null : commune.strip(), site,
                person, types, statuses, blank(manufacturer) ? null : Manufacturers.canonical(manufacturer),
                blank(model) ? null : model.strip(), software, blank(q) ? null : q.strip()), ciSort, p, s);
    }

    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
