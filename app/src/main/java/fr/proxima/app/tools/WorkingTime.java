package fr.proxima.app.tools;

import fr.proxima.itsm.calendar.FrenchPublicHolidays;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Working-time arithmetic for the generated history, in Europe/Paris: days are Monday to Friday minus French
 * public holidays (the itsm calendar's {@link FrenchPublicHolidays}), working hours 08:00–18:00. Technicians' delays are drawn in working minutes and laid on the
 * calendar here; the automatic close comes five business days after the resolution, at the same wall-clock time
 * (the rule of the tickets feature).
 */
final class WorkingTime {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int OPEN_HOUR = 8;
    static final int CLOSE_HOUR = 18;
    private WorkingTime() {
    }

    static boolean isBusinessDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !FrenchPublicHolidays.isHoliday(day);
    }

    /** {@code minutes} working minutes after {@code from} (a start outside working hours starts at the next opening). */
    static Instant plusWorkingMinutes(Instant from, long minutes) {
        ZonedDateTime t = from.atZone(PARIS);
        t = alignToOpen(t);
        long left = minutes;
        while (true) {
            ZonedDateTime close = t.toLocalDate().atTime(CLOSE_HOUR, 0).atZone(PARIS);
            long available = java.time.Duration.between(t, close).toMinutes();
            if (left <= available) {
                return t.plusMinutes(left).toInstant();
            }
            left -= available;
            t = alignToOpen(t.toLocalDate().plusDays(1).atTime(OPEN_HOUR, 0).atZone(PARIS));
        }
    }

    private static ZonedDateTime alignToOpen(ZonedDateTime t) {
        LocalDate day = t.toLocalDate();
        LocalTime time = t.toLocalTime();
        if (isBusinessDay(day) && !time.isBefore(LocalTime.of(OPEN_HOUR, 0)) && time.isBefore(LocalTime.of(CLOSE_HOUR, 0))) {
            return t;
        }
        if (isBusinessDay(day) && time.isBefore(LocalTime.of(OPEN_HOUR, 0))) {
            return day.atTime(OPEN_HOUR, 0).atZone(PARIS);
        }
        LocalDate next = day.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next.atTime(OPEN_HOUR, 0).atZone(PARIS);
    }

    /** The same wall-clock time in Paris on the {@code n}-th business day after the day of {@code from}. */
    static Instant plusBusinessDays(Instant from, int n) {
        ZonedDateTime local = from.atZone(PARIS);
        LocalDate d = local.toLocalDate();
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return local.toLocalDateTime().with(d).atZone(PARIS).toInstant();
    }
}
