package fr.proxima.itsm.calendar.catalogue;

import fr.proxima.itsm.calendar.BusinessCalendar;
import fr.proxima.itsm.calendar.OpeningWindow;
import fr.proxima.itsm.calendar.WeeklySchedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/** A stored calendar: its weekly schedules by validity date and its closure days. */
public record CalendarDefinition(String id, String name, ZoneId zone, List<WeeklySchedule> schedules,
                                 List<Closure> closures, Instant updatedAt, String updatedBy, long version) {

    /** A day the calendar is closed on top of French public holidays (e.g. a centre closed between Christmas and New Year). */
    public record Closure(LocalDate day, String label) {
    }

    public BusinessCalendar toCalendar() {
        return BusinessCalendar.withSchedules(zone, schedules,
                closures.stream().map(Closure::day).collect(Collectors.toSet()));
    }

    /** The windows in force on {@code day} (before any public holiday or closure); schedules are in date order. */
    public List<OpeningWindow> windowsInForce(LocalDate day) {
        WeeklySchedule current = schedules.get(0);
        for (WeeklySchedule s : schedules) {
            if (!s.validFrom().isAfter(day)) {
                current = s;
            }
        }
        return current.windows();
    }
}
