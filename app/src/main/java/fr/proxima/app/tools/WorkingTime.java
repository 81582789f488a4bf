package fr.proxima.app.tools;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Working-time arithmetic for the generated history, in Europe/Paris: days are Monday to Friday minus French
 * public holidays, working hours 08:00–18:00. Technicians' delays are drawn in working minutes and laid on the
 * calendar here; the automatic close comes five business days after the resolution, at the same wall-clock time
 * (the rule of the tickets feature).
 */
final class WorkingTime {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int OPEN_HOUR = 8;
    static final int CLOSE_HOUR = 18;
    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(5, 8), MonthDay.of(7, 14), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11),
            MonthDay.of(12, 25));
    private static final Map<Integer, LocalDate> EASTER = new HashMap<>();

    private WorkingTime() {
    }

    static boolean isHoliday(LocalDate day) {
        if (FIXED_HOLIDAYS.contains(MonthDay.from(day))) {
            return true;
        }
        LocalDate easter = easter(day.getYear());
        return day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39)) || day.equals(easter.plusDays(50));
    }

    static boolean isBusinessDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** Easter Sunday (Gregorian computus, the anonymous "Meeus/Jones/Butcher" algorithm). */
    static synchronized LocalDate easter(int year) {
        return EASTER.computeIfAbsent(year, y -> {
            int a = y % 19;
            int b = y / 100;
            int c = y % 100;
            int d = b / 4;
            int e = b % 4;
            int f = (b + 8) / 25;
            int g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30;
            int i = c / 4;
            int k = c % 4;
            int l = (32 + 2 * e + 2 * i - h - k) % 7;
            int m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31;
            int day = ((h + l - 7 * m + 114) % 31) + 1;
            return LocalDate.of(y, month, day);
        });
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
