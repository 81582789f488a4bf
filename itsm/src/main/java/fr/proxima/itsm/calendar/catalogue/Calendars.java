package fr.proxima.itsm.calendar.catalogue;

import fr.proxima.itsm.calendar.BusinessCalendar;
import fr.proxima.itsm.calendar.OpeningWindow;
import fr.proxima.itsm.calendar.WeeklySchedule;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.ProblemException.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The stored business calendars. Reading is open to every user (calendars are not commune data); changing is for
 * administrators, under two rules that keep every computed due date replayable: new opening hours apply from a
 * day after today (a new weekly schedule, the old one stays for the past), and closure days of today or the past
 * can be neither added nor removed.
 *
 * <p>The service-level clock asks for a calendar on every evaluation: {@link #calendar} serves it from a cache
 * that another instance's edit invalidates within {@link #CACHE_TTL}.
 */
@Singleton
@Connectable
public class Calendars {
    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(CalendarDefinition definition, BusinessCalendar calendar, Instant loadedAt) {
    }

    Calendars(JdbcOperations jdbc, @Nullable Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** The arithmetic of a calendar (cached); empty if there is no such calendar. */
    public Optional<BusinessCalendar> calendar(String id) {
        Instant now = clock.instant();
        Cached c = cache.get(id);
        if (c == null || c.loadedAt.plus(CACHE_TTL).isBefore(now)) {
            Optional<CalendarDefinition> d = find(id);
            if (d.isEmpty()) {
                cache.remove(id);
                return Optional.empty();
            }
            c = new Cached(d.get(), d.get().toCalendar(), now);
            cache.put(id, c);
        }
        return Optional.of(c.calendar);
    }

    /** The calendar, or a 404 problem. */
    public BusinessCalendar require(String id) {
        return calendar(id).orElseThrow(CalendarProblems::notFound);
    }

    public boolean exists(String id) {
        return id != null && jdbc.prepareStatement("SELECT 1 FROM itsm_sla_calendar WHERE id = ?", ps -> {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    public List<CalendarDefinition> list() {
        List<String> ids = jdbc.prepareStatement("SELECT id FROM itsm_sla_calendar ORDER BY id", ps -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    public Optional<CalendarDefinition> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return jdbc.prepareStatement("SELECT id, name, zone, updated_at, updated_by, version FROM itsm_sla_calendar"
                + " WHERE id = ?", ps -> {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<CalendarDefinition>empty();
                }
                return Optional.of(new CalendarDefinition(rs.getString(1), rs.getString(2), ZoneId.of(rs.getString(3)),
                        schedules(id), closures(id), rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getLong(6)));
            }
        });
    }

    private List<WeeklySchedule> schedules(String id) {
        Map<LocalDate, List<OpeningWindow>> byDate = new TreeMap<>();
        jdbc.prepareStatement("SELECT valid_from, day_of_week, start_time, end_time FROM itsm_sla_calendar_window"
                + " WHERE calendar_id = ? ORDER BY valid_from, day_of_week, start_time", ps -> {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byDate.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new ArrayList<>())
                            .add(new OpeningWindow(DayOfWeek.of(rs.getInt(2)), rs.getTime(3).toLocalTime(),
                                    rs.getTime(4).toLocalTime()));
                }
            }
            return null;
        });
        List<WeeklySchedule> out = new ArrayList<>();
        byDate.forEach((d, w) -> out.add(new WeeklySchedule(d, w)));
        if (out.isEmpty()) {
            out.add(new WeeklySchedule(LocalDate.of(2000, 1, 1), List.of()));
        }
        return out;
    }

    private List<CalendarDefinition.Closure> closures(String id) {
        return jdbc.prepareStatement("SELECT day, label FROM itsm_sla_calendar_closure WHERE calendar_id = ?"
                + " ORDER BY day", ps -> {
            ps.setString(1, id);
            List<CalendarDefinition.Closure> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CalendarDefinition.Closure(rs.getDate(1).toLocalDate(), rs.getString(2)));
                }
            }
            return out;
        });
    }

    /** What an administrator sends to create or change a calendar. */
    public record CalendarChange(@Nullable String name, @Nullable List<OpeningWindow> windows,
                                 @Nullable LocalDate windowsValidFrom,
                                 @Nullable List<CalendarDefinition.Closure> closures) {
    }

    /** Creates a calendar (administrators): its windows apply from the start of time. */
    @Transactional
    public CalendarDefinition create(String id, CalendarChange c, AccessScope scope) {
        requireAdmin(scope);
        List<FieldError> errors = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            errors.add(new FieldError("id", "invalid", "Identifiant attendu : 2 à 32 caractères A-Z, 0-9, _ ou -"));
        }
        if (c.name() == null || c.name().isBlank() || c.name().length() > 120) {
            errors.add(new FieldError("name", "required", "Le nom est obligatoire (120 caractères au plus)"));
        }
        checkWindows(c.windows(), true, errors);
        if (c.windowsValidFrom() != null) {
            errors.add(new FieldError("windowsValidFrom", "not_allowed",
                    "Les horaires d'un nouveau calendrier s'appliquent depuis toujours"));
        }
        checkClosures(c.closures(), Set.of(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(CalendarProblems.INVALID, errors);
        }
        if (exists(id)) {
            throw ProblemException.conflict(CalendarProblems.ALREADY_EXISTS, "Calendrier existant",
                    "Un calendrier porte déjà l'identifiant " + id);
        }
        Instant now = clock.instant();
        jdbc.prepareStatement("INSERT INTO itsm_sla_calendar (id, name, zone, updated_at, updated_by, version)"
                + " VALUES (?, ?, 'Europe/Paris', ?, ?, 0)", ps -> {
            ps.setString(1, id);
            ps.setString(2, c.name().strip());
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setString(4, scope.username());
            return ps.executeUpdate();
        });
        insertWindows(id, LocalDate.of(2000, 1, 1), c.windows());
        for (CalendarDefinition.Closure cl : c.closures() == null ? List.<CalendarDefinition.Closure>of() : c.closures()) {
            insertClosure(id, cl);
        }
        logChange(id, now, scope.username(), "création : " + c.name().strip() + " ; plages " + c.windows()
                + " ; fermetures " + c.closures());
        cache.remove(id);
        return find(id).orElseThrow();
    }

    /**
     * Changes a calendar (administrators) at the version the client read. New windows apply from
     * {@code windowsValidFrom} (tomorrow when absent), which must be after today; the closure list replaces the
     * stored one, but only for days after today.
     */
    @Transactional
    public CalendarDefinition update(String id, long expectedVersion, CalendarChange c, AccessScope scope) {
        requireAdmin(scope);
        CalendarDefinition current = find(id).orElseThrow(CalendarProblems::notFound);
        if (current.version() != expectedVersion) {
            throw CalendarProblems.stale();
        }
        LocalDate today = clock.instant().atZone(current.zone()).toLocalDate();
        List<FieldError> errors = new ArrayList<>();
        if (c.name() != null && (c.name().isBlank() || c.name().length() > 120)) {
            errors.add(new FieldError("name", "invalid", "Le nom est obligatoire (120 caractères au plus)"));
        }
        LocalDate validFrom = c.windowsValidFrom() == null ? today.plusDays(1) : c.windowsValidFrom();
        if (c.windows() != null) {
            checkWindows(c.windows(), false, errors);
            if (!validFrom.isAfter(today)) {
                errors.add(new FieldError("windowsValidFrom", "past",
                        "De nouveaux horaires s'appliquent au plus tôt demain : le passé ne se réécrit pas"));
            }
        } else if (c.windowsValidFrom() != null) {
            errors.add(new FieldError("windowsValidFrom", "without_windows", "Date d'effet sans nouveaux horaires"));
        }
        Set<LocalDate> before = new HashSet<>();
        current.closures().forEach(cl -> before.add(cl.day()));
        if (c.closures() != null) {
            checkClosures(c.closures(), before, errors);
            Set<LocalDate> after = new HashSet<>();
            c.closures().forEach(cl -> after.add(cl.day()));
            Set<LocalDate> changed = new HashSet<>(before);
            changed.addAll(after);
            Set<LocalDate> kept = new HashSet<>(before);
            kept.retainAll(after);
            changed.removeAll(kept);
            if (changed.stream().anyMatch(d -> !d.isAfter(today))) {
                errors.add(new FieldError("closures", "past",
                        "Une fermeture du jour ou passée ne s'ajoute ni ne se retire : le temps déjà compté ne change pas"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(CalendarProblems.INVALID, errors);
        }
        Instant now = clock.instant();
        int updated = jdbc.prepareStatement("UPDATE itsm_sla_calendar SET name = COALESCE(?, name), updated_at = ?,"
                + " updated_by = ?, version = version + 1 WHERE id = ? AND version = ?", ps -> {
            ps.setString(1, c.name() == null ? null : c.name().strip());
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setString(3, scope.username());
            ps.setString(4, id);
            ps.setLong(5, expectedVersion);
            return ps.executeUpdate();
        });
        if (updated != 1) {
            throw CalendarProblems.stale();
        }
        if (c.windows() != null) {
            jdbc.prepareStatement("DELETE FROM itsm_sla_calendar_window WHERE calendar_id = ? AND valid_from >= ?",
                    ps -> {
                        ps.setString(1, id);
                        ps.setDate(2, Date.valueOf(validFrom));
                        return ps.executeUpdate();
                    });
            insertWindows(id, validFrom, c.windows());
        }
        if (c.closures() != null) {
            Map<LocalDate, CalendarDefinition.Closure> wanted = new LinkedHashMap<>();
            c.closures().forEach(cl -> wanted.put(cl.day(), cl));
            jdbc.prepareStatement("DELETE FROM itsm_sla_calendar_closure WHERE calendar_id = ? AND day > ?", ps -> {
                ps.setString(1, id);
                ps.setDate(2, Date.valueOf(today));
                return ps.executeUpdate();
            });
            for (CalendarDefinition.Closure cl : wanted.values()) {
                if (cl.day().isAfter(today)) {
                    insertClosure(id, cl);
                }
            }
        }
        StringBuilder details = new StringBuilder();
        if (c.name() != null) {
            details.append("nom : ").append(c.name().strip()).append(" ; ");
        }
        if (c.windows() != null) {
            details.append("plages à partir du ").append(validFrom).append(" : ").append(c.windows()).append(" ; ");
        }
        if (c.closures() != null) {
            details.append("fermetures : ").append(c.closures());
        }
        logChange(id, now, scope.username(), details.toString());
        cache.remove(id);
        return find(id).orElseThrow();
    }

    /** The trail of a calendar's changes (who, when, what), kept with the calendar. */
    private void logChange(String id, Instant at, String actor, String details) {
        jdbc.prepareStatement("INSERT INTO itsm_sla_calendar_change (calendar_id, at, actor, details)"
                + " VALUES (?, ?, ?, ?)", ps -> {
            ps.setString(1, id);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, actor);
            ps.setString(4, details.length() > 4000 ? details.substring(0, 4000) : details);
            return ps.executeUpdate();
        });
    }

    private void insertWindows(String id, LocalDate validFrom, List<OpeningWindow> windows) {
        for (OpeningWindow w : windows) {
            jdbc.prepareStatement("INSERT INTO itsm_sla_calendar_window (calendar_id, valid_from, day_of_week,"
                    + " start_time, end_time) VALUES (?, ?, ?, ?, ?)", ps -> {
                ps.setString(1, id);
                ps.setDate(2, Date.valueOf(validFrom));
                ps.setInt(3, w.day().getValue());
                ps.setTime(4, Time.valueOf(w.from()));
                ps.setTime(5, Time.valueOf(w.to()));
                return ps.executeUpdate();
            });
        }
    }

    private void insertClosure(String id, CalendarDefinition.Closure cl) {
        jdbc.prepareStatement("INSERT INTO itsm_sla_calendar_closure (calendar_id, day, label) VALUES (?, ?, ?)", ps -> {
            ps.setString(1, id);
            ps.setDate(2, Date.valueOf(cl.day()));
            ps.setString(3, cl.label());
            return ps.executeUpdate();
        });
    }

    private static void checkWindows(List<OpeningWindow> windows, boolean required, List<FieldError> errors) {
        if (windows == null) {
            if (required) {
                errors.add(new FieldError("windows", "required", "Les plages d'ouverture sont obligatoires"));
            }
            return;
        }
        if (windows.isEmpty()) {
            errors.add(new FieldError("windows", "empty", "Un calendrier a au moins une plage d'ouverture"));
            return;
        }
        try {
            BusinessCalendar.of(ZoneId.of("Europe/Paris"), windows, Set.of());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("windows", "overlap", "Deux plages d'ouverture du même jour se chevauchent"));
        }
    }

    private static void checkClosures(List<CalendarDefinition.Closure> closures, Set<LocalDate> existing,
                                      List<FieldError> errors) {
        if (closures == null) {
            return;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < closures.size(); i++) {
            CalendarDefinition.Closure cl = closures.get(i);
            if (cl == null || cl.day() == null) {
                errors.add(new FieldError("closures[" + i + "].day", "required", "La date est obligatoire"));
            } else if (!seen.add(cl.day())) {
                errors.add(new FieldError("closures[" + i + "].day", "duplicate", "Date en double"));
            } else if (cl.label() != null && cl.label().length() > 120) {
                errors.add(new FieldError("closures[" + i + "].label", "too_long", "Libellé de 120 caractères au plus"));
            }
        }
    }

    private static void requireAdmin(AccessScope scope) {
        if (!scope.isAdmin()) {
            throw CalendarProblems.forbidden();
        }
    }

}
