package fr.proxima.itsm.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The weekly opening windows of a calendar from a given day on (until the next schedule of the same calendar
 * starts). Opening hours change by adding a schedule, never by rewriting one, so past business time stays what it
 * was when it was counted.
 */
public record WeeklySchedule(LocalDate validFrom, List<OpeningWindow> windows) {

    public WeeklySchedule {
        Objects.requireNonNull(validFrom, "validFrom");
        windows = List.copyOf(windows);
    }
}
