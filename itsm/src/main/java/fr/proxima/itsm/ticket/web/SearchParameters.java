package fr.proxima.itsm.ticket.web;

import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.category.Categories;
import fr.proxima.itsm.ticket.infrastructure.TicketCriteria;
import fr.proxima.itsm.ticket.infrastructure.TicketReader;
import fr.proxima.itsm.ticket.infrastructure.TicketSort;
import fr.proxima.itsm.ticket.model.Priority;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.ProblemException.FieldError;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses the query parameters of a ticket search into criteria, with field errors (400) for anything invalid.
 * {@code status} and {@code priority} repeat or take comma-separated values; {@code status=OPEN} stands for the four
 * open states. Dates are ISO instants ({@code 2026-11-25T08:00:00Z}) or days ({@code 2026-11-25}, Paris time:
 * {@code createdTo} is then exclusive of the next day's start, i.e. the whole day is included).
 */
record SearchParameters(TicketCriteria criteria, TicketSort sort, int page, int size) {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int DEFAULT_SIZE = 50;

    @SuppressWarnings("java:S107")
    static SearchParameters parse(@Nullable String commune, @Nullable String centre, @Nullable String team,
                                  @Nullable Long assignee, @Nullable List<String> status,
                                  @Nullable List<String> priority, @Nullable Long requester,
                                  @Nullable String category, @Nullable String type, @Nullable String createdFrom,
                                  @Nullable String createdTo, @Nullable String q, @Nullable Integer page,
                                  @Nullable Integer size, @Nullable String sort, Categories categories,
                                  boolean paged) {
        List<FieldError> errors = new ArrayList<>();
        Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
        for (String s : split(status)) {
            if (s.equals("OPEN")) {
                statuses.addAll(EnumSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
                        TicketStatus.PENDING));
            } else {
                try {
                    statuses.add(TicketStatus.valueOf(s));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("status", "invalid", "Statut inconnu : " + s));
                }
            }
        }
        Set<Priority> priorities = EnumSet.noneOf(Priority.class);
        for (String p : split(priority)) {
            try {
                priorities.add(Priority.valueOf(p));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("priority", "invalid", "Priorité inconnue : " + p));
            }
        }
        TicketType ticketType = null;
        if (type != null && !type.isBlank()) {
            try {
                ticketType = TicketType.valueOf(type.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("type", "invalid", "Type attendu : INCIDENT ou REQUEST"));
            }
        }
        Set<String> categoryCodes = Set.of();
        if (category != null && !category.isBlank()) {
            if (categories.find(category).isEmpty()) {
                errors.add(new FieldError("category", "unknown", "Catégorie inconnue"));
            } else {
                categoryCodes = new TreeSet<>(categories.withDescendants(category));
            }
        }
        Instant from = instant("createdFrom", createdFrom, false, errors);
        Instant to = instant("createdTo", createdTo, true, errors);
        if (q != null && q.length() > 200) {
            errors.add(new FieldError("q", "too_long", "Recherche limitée à 200 caractères"));
        }
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (paged && p < 0) {
            errors.add(new FieldError("page", "invalid", "La page commence à 0"));
        }
        if (paged && (s < 1 || s > TicketReader.MAX_PAGE_SIZE)) {
            errors.add(new FieldError("size", "invalid", "Taille de page entre 1 et " + TicketReader.MAX_PAGE_SIZE));
        }
        if (paged && (long) p * s > 100_000) {
            errors.add(new FieldError("page", "too_deep", "Affinez la recherche plutôt que de paginer si loin"));
        }
        TicketSort ticketSort = TicketSort.parse(sort);
        if (ticketSort == null) {
            errors.add(new FieldError("sort", "invalid",
                    "Tri attendu : createdAt|updatedAt|priority|number|status|timeLeft[,asc|desc]"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("ITSM-2001", errors);
        }
        TicketCriteria criteria = new TicketCriteria(blankToNull(commune), blankToNull(centre), blankToNull(team),
                assignee, statuses, priorities, requester, categoryCodes, ticketType, from, to, blankToNull(q));
        return new SearchParameters(criteria, ticketSort, p, s);
    }

    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim().toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }

    private static Instant instant(String field, String value, boolean endOfDay, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(PARIS).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "invalid", "Date ISO 8601 attendue (2026-11-25 ou 2026-11-25T08:00:00Z)"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
