package fr.proxima.itsm.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Day-granular business-day arithmetic in Europe/Paris: Monday to Friday, minus French public holidays.
 * (Minute-granular business calendars with opening windows belong to the service-level clock.)
 */
public final class BusinessDays {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private BusinessDays() {
    }

    public static boolean isBusinessDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !FrenchPublicHolidays.isHoliday(day);
    }

    /** The {@code n}-th business day after {@code day} ({@code day} itself not counted, whatever it is). */
    public static LocalDate addBusinessDays(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The instant {@code n} business days after {@code from}: the same wall-clock time in Paris on the {@code n}-th
     * business day after the day of {@code from} (daylight-saving changes keep the wall-clock time).
     */
    public static Instant addBusinessDays(Instant from, int n) {
        ZonedDateTime local = from.atZone(PARIS);
        LocalDate target = addBusinessDays(local.toLocalDate(), n);
        return local.toLocalDateTime().with(target).atZone(PARIS).toInstant();
    }
}
