package fr.proxima.itsm.calendar;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar arithmetic against a slow reference written here: a clock that steps minute by minute and asks,
 * for each minute, whether it lies in an opening window of the standard calendar (Monday–Friday 08:00–12:00 and
 * 13:30–17:30 Paris time, French public holidays closed). Random starts over 2025–2029, DST changes included.
 */
class BusinessCalendarProperties {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final long FROM = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() / 60;
    private static final long TO = Instant.parse("2029-12-31T00:00:00Z").getEpochSecond() / 60;
    private final BusinessCalendar calendar = BusinessCalendar.standard();

    /** Whether the minute starting at {@code t} is a business minute, decided from wall-clock time alone. */
    private static boolean referenceBusinessMinute(Instant t) {
        ZonedDateTime z = t.atZone(PARIS);
        DayOfWeek d = z.getDayOfWeek();
        if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY || FrenchPublicHolidays.isHoliday(z.toLocalDate())) {
            return false;
        }
        LocalTime time = z.toLocalTime();
        return (!time.isBefore(LocalTime.of(8, 0)) && time.isBefore(LocalTime.of(12, 0)))
                || (!time.isBefore(LocalTime.of(13, 30)) && time.isBefore(LocalTime.of(17, 30)));
    }

    private static Instant referencePlus(Instant start, long minutes) {
        Instant t = start;
        long left = minutes;
        while (left > 0) {
            if (referenceBusinessMinute(t)) {
                left--;
            }
            t = t.plusSeconds(60);
        }
        return t;
    }

    @Property(tries = 300)
    void adding_minutes_agrees_with_a_minute_by_minute_clock(
            @ForAll @IntRange(min = 1, max = 3_000) int minutes,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        Instant start = Instant.ofEpochSecond((FROM + Math.floorMod(seed * 7919L, TO - FROM)) * 60);
        assertThat(calendar.plusBusinessMinutes(start, minutes)).isEqualTo(referencePlus(start, minutes));
    }

    @Property(tries = 300)
    void minutes_between_a_start_and_its_due_date_are_the_minutes_added(
            @ForAll @IntRange(min = 0, max = 40_000) int minutes,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        Instant start = Instant.ofEpochSecond((FROM + Math.floorMod(seed * 104_729L, TO - FROM)) * 60);
        Instant due = calendar.plusBusinessMinutes(start, minutes);
        assertThat(calendar.businessMinutesBetween(start, due)).isEqualTo(minutes);
    }

    @Property(tries = 200)
    void minutes_between_agree_with_counting_minute_by_minute(
            @ForAll @IntRange(min = 0, max = 5_000) int span,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        Instant from = Instant.ofEpochSecond((FROM + Math.floorMod(seed * 15_485_863L, TO - FROM)) * 60);
        Instant to = from.plusSeconds(span * 60L);
        long expected = 0;
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
            if (referenceBusinessMinute(t)) {
                expected++;
            }
        }
        assertThat(calendar.businessMinutesBetween(from, to)).isEqualTo(expected);
    }
}
