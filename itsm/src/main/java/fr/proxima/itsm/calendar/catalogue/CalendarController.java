package fr.proxima.itsm.calendar.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.proxima.itsm.calendar.BusinessCalendar;
import fr.proxima.itsm.calendar.OpeningWindow;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.ProblemException.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Controller("/api/calendars")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Calendriers ouvrés")
class CalendarController {
    /** Ten years of business minutes is more than any contract target; bounds the work of one request. */
    static final long MAX_MINUTES = 60L * 24 * 366 * 10;

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WindowView(String day, String from, String to) {
        static WindowView of(OpeningWindow w) {
            return new WindowView(w.day().name(), w.from().toString(), w.to().toString());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ScheduleView(LocalDate validFrom, List<WindowView> windows) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ClosureView(LocalDate day, @Nullable String label) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CalendarView(String id, String name, String zone, List<WindowView> windows, List<ScheduleView> schedules,
                        List<ClosureView> closures, Instant updatedAt, String updatedBy, long version) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DueView(String calendar, Instant start, long minutes, Instant due) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record BetweenView(String calendar, Instant from, Instant to, long minutes, long seconds) {
    }

    @Serdeable
    record WindowInput(@Nullable String day, @Nullable String from, @Nullable String to) {
    }

    @Serdeable
    record ClosureInput(@Nullable LocalDate day, @Nullable @Size(max = 120) String label) {
    }

    @Serdeable
    record NewCalendar(@Nullable String id, @Nullable String name, @Nullable List<WindowInput> windows,
                       @Nullable List<ClosureInput> closures) {
    }

    @Serdeable
    record CalendarChangeInput(@NotNull Long version, @Nullable String name, @Nullable List<WindowInput> windows,
                               @Nullable LocalDate windowsValidFrom, @Nullable List<ClosureInput> closures) {
    }

    private final Calendars calendars;
    private final CurrentScope scope;
    private final Clock clock;

    CalendarController(Calendars calendars, CurrentScope scope, @Nullable Clock clock) {
        this.calendars = calendars;
        this.scope = scope;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    @Get
    @Operation(summary = "Les calendriers ouvrés",
            description = "Chaque calendrier avec ses plages d'ouverture en vigueur aujourd'hui (`windows`, heure "
                    + "locale de Paris), l'historique de ses horaires (`schedules`, par date d'effet) et ses jours "
                    + "de fermeture. Les jours fériés français sont toujours fermés et ne sont pas listés.")
    List<CalendarView> list() {
        return calendars.list().stream().map(this::view).toList();
    }

    @Get("/{id}")
    @Operation(summary = "Un calendrier ouvré")
    @ApiResponse(responseCode = "404", description = "Calendrier inconnu")
    CalendarView get(@PathVariable String id) {
        return view(calendars.find(id).orElseThrow(CalendarProblems::notFound));
    }

    @Get("/{id}/due")
    @Operation(summary = "Échéance : l'instant où `minutes` minutes ouvrées se sont écoulées depuis `start`",
            description = "Pour vérifier l'arithmétique des contrats d'engagement. `start` est un instant ISO-8601 "
                    + "(ex. `2026-12-24T15:00:00Z` ou `2026-12-24T16:00:00+01:00`).")
    @ApiResponse(responseCode = "400", description = "Paramètre manquant ou invalide")
    @ApiResponse(responseCode = "404", description = "Calendrier inconnu")
    DueView due(@PathVariable String id,
                @Parameter(description = "instant de départ, ISO-8601") @Nullable @QueryValue String start,
                @Parameter(description = "minutes ouvrées à ajouter (0 à 5 270 400)") @Nullable @QueryValue String minutes) {
        BusinessCalendar c = calendars.require(id);
        List<FieldError> errors = new ArrayList<>();
        Instant from = parseInstant("start", start, errors);
        Long n = parseMinutes(minutes, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(CalendarProblems.INVALID, errors);
        }
        return new DueView(id, from, n, c.plusBusinessMinutes(from, n));
    }

    @Get("/{id}/between")
    @Operation(summary = "Minutes ouvrées entre deux instants (l'inverse de `due`)",
            description = "`minutes` est arrondi à la minute inférieure ; `seconds` donne le compte exact.")
    @ApiResponse(responseCode = "400", description = "Paramètre manquant ou invalide")
    @ApiResponse(responseCode = "404", description = "Calendrier inconnu")
    BetweenView between(@PathVariable String id,
                        @Parameter(description = "instant de début, ISO-8601") @Nullable @QueryValue String from,
                        @Parameter(description = "instant de fin, ISO-8601") @Nullable @QueryValue String to) {
        BusinessCalendar c = calendars.require(id);
        List<FieldError> errors = new ArrayList<>();
        Instant a = parseInstant("from", from, errors);
        Instant b = parseInstant("to", to, errors);
        if (a != null && b != null && b.isBefore(a)) {
            errors.add(new FieldError("to", "before_from", "La fin précède le début"));
        }
        if (a != null && b != null && b.getEpochSecond() - a.getEpochSecond() > 60L * 60 * 24 * 366 * 20) {
            errors.add(new FieldError("to", "too_far", "Au plus vingt ans entre les deux instants"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(CalendarProblems.INVALID, errors);
        }
        long seconds = c.businessSecondsBetween(a, b);
        return new BetweenView(id, a, b, seconds / 60, seconds);
    }

    @Post
    @Secured("ADMIN")
    @Operation(summary = "Crée un calendrier (administrateur)")
    @ApiResponse(responseCode = "201", description = "Calendrier créé")
    @ApiResponse(responseCode = "400", description = "Champs invalides (plages qui se chevauchent…)")
    @ApiResponse(responseCode = "409", description = "Identifiant déjà pris")
    HttpResponse<CalendarView> create(@Valid @Body NewCalendar body) {
        List<FieldError> errors = new ArrayList<>();
        List<OpeningWindow> windows = windows(body.windows(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(CalendarProblems.INVALID, errors);
        }
        CalendarDefinition d = calendars.create(body.id(), new Calendars.CalendarChange(body.name(), windows, null,
                closures(body.closures())), scope.get());
        return HttpResponse.created(view(d), URI.create("/api/calendars/" + d.id()));
    }

    @Put("/{id}")
    @Secured("ADMIN")
    @Operation(summary = "Modifie un calendrier (administrateur)",
            description = "De nouvelles plages s'appliquent à partir de `windowsValidFrom` (demain par défaut, jamais "
                    + "aujourd'hui ni avant) ; la liste des fermetures remplace la liste actuelle pour les jours à "
                    + "venir seulement. Ainsi aucune échéance déjà calculée ne change.")
    @ApiResponse(responseCode = "400", description = "Champs invalides, ou modification du passé")
    @ApiResponse(responseCode = "404", description = "Calendrier inconnu")
    @ApiResponse(responseCode = "409", description = "Version périmée")
    CalendarView update(@PathVariable String id, @Valid @Body CalendarChangeInput body) {
        List<FieldError> errors = new ArrayList<>();
        List<OpeningWindow> windows = body.windows() == null ? null : windows(body.windows(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(CalendarProblems.INVALID, errors);
        }
        return view(calendars.update(id, body.version(), new Calendars.CalendarChange(body.name(), windows,
                body.windowsValidFrom(), closures(body.closures())), scope.get()));
    }

    private CalendarView view(CalendarDefinition d) {
        LocalDate today = clock.instant().atZone(d.zone()).toLocalDate();
        return new CalendarView(d.id(), d.name(), d.zone().getId(),
                d.windowsInForce(today).stream().map(WindowView::of).toList(),
                d.schedules().stream().map(s -> new ScheduleView(s.validFrom(),
                        s.windows().stream().map(WindowView::of).toList())).toList(),
                d.closures().stream().map(c -> new ClosureView(c.day(), c.label())).toList(),
                d.updatedAt(), d.updatedBy(), d.version());
    }

    private static List<OpeningWindow> windows(@Nullable List<WindowInput> input, List<FieldError> errors) {
        if (input == null) {
            return null;
        }
        List<OpeningWindow> out = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            WindowInput w = input.get(i);
            String at = "windows[" + i + "]";
            if (w == null) {
                errors.add(new FieldError(at, "required", "Plage vide"));
                continue;
            }
            DayOfWeek day = null;
            try {
                day = DayOfWeek.valueOf(String.valueOf(w.day()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(at + ".day", "invalid", "Jour attendu : MONDAY … SUNDAY"));
            }
            LocalTime from = time(at + ".from", w.from(), errors);
            LocalTime to = time(at + ".to", w.to(), errors);
            if (day != null && from != null && to != null) {
                if (!from.isBefore(to)) {
                    errors.add(new FieldError(at + ".to", "before_from", "La plage finit après son début"));
                } else {
                    out.add(new OpeningWindow(day, from, to));
                }
            }
        }
        return out;
    }

    private static LocalTime time(String field, @Nullable String text, List<FieldError> errors) {
        try {
            return LocalTime.parse(String.valueOf(text));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "invalid", "Heure attendue au format HH:MM"));
            return null;
        }
    }

    private static List<CalendarDefinition.Closure> closures(@Nullable List<ClosureInput> input) {
        if (input == null) {
            return null;
        }
        return input.stream().map(c -> c == null ? null : new CalendarDefinition.Closure(c.day(), c.label()))
                .toList();
    }

    static Instant parseInstant(String field, @Nullable String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "required", "Instant ISO-8601 obligatoire"));
            return null;
        }
        try {
            Instant i = OffsetDateTime.parse(text.strip()).toInstant();
            if (i.isBefore(Instant.parse("1970-01-01T00:00:00Z")) || i.isAfter(Instant.parse("2200-01-01T00:00:00Z"))) {
                errors.add(new FieldError(field, "out_of_range", "Instant entre 1970 et 2200"));
                return null;
            }
            return i;
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "invalid",
                    "Instant ISO-8601 attendu, avec son fuseau (ex. 2026-12-24T15:00:00Z)"));
            return null;
        }
    }

    private static Long parseMinutes(@Nullable String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("minutes", "required", "Nombre de minutes obligatoire"));
            return null;
        }
        try {
            long n = Long.parseLong(text.strip());
            if (n < 0 || n > MAX_MINUTES) {
                errors.add(new FieldError("minutes", "out_of_range", "Entre 0 et " + MAX_MINUTES + " minutes"));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("minutes", "invalid", "Nombre entier de minutes attendu"));
            return null;
        }
    }

}
