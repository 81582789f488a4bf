package fr.proxima.itsm.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One opening window of a business calendar in local wall-clock time, e.g. Monday 08:00–12:00. Windows are local
 * times so that a daylight-saving change moves them with the clocks, as the people who open the desk do.
 */
public record OpeningWindow(DayOfWeek day, LocalTime from, LocalTime to) {

    public OpeningWindow {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("an opening window ends after it starts: " + from + "–" + to);
        }
    }

    public static OpeningWindow of(DayOfWeek day, String from, String to) {
        return new OpeningWindow(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    boolean overlaps(OpeningWindow other) {
        return day == other.day && from.isBefore(other.to) && other.from.isBefore(to);
    }
}
