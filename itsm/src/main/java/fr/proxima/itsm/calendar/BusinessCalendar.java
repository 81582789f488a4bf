package fr.proxima.itsm.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business-time arithmetic of a calendar: weekly opening windows in local wall-clock time, minus French public
 * holidays and minus the calendar's own closure days. Framework-free and exact to the second; it walks the calendar
 * day by day and window by window (never minute by minute), so a due date a year away costs a few hundred
 * window steps.
 *
 * <p>Conventions: a business minute is a minute inside an opening window of an open day. Adding 0 minutes returns
 * the start itself; adding n &gt; 0 minutes returns the instant at which the n-th business minute ends, which is
 * always inside or at the end of a window (never the next opening). Windows are local times: on a daylight-saving
 * day they follow the clocks; a window that a clock change cuts short simply holds fewer real minutes.
 */
public final class BusinessCalendar {
    /** Far enough for any service-level target; protects against a calendar with no opening at all. */
    private static final int MAX_DAYS = 366 * 20;

    private final ZoneId zone;
    /** Weekly windows by the first day they apply, in date order; the first one applies to every earlier day. */
    private final List<LocalDate> scheduleStarts;
    private final List<Map<DayOfWeek, List<OpeningWindow>>> schedules;
    private final Set<LocalDate> closures;
    private static final int CACHED_DAYS = 20_000;
    private final Map<Long, Instant[]> openDays = new ConcurrentHashMap<>();

    private BusinessCalendar(ZoneId zone, List<WeeklySchedule> schedules, Set<LocalDate> closures) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.closures = Set.copyOf(closures);
        if (schedules.isEmpty()) {
            throw new IllegalArgumentException("a calendar has at least one weekly schedule");
        }
        List<WeeklySchedule> sorted = new ArrayList<>(schedules);
        sorted.sort(Comparator.comparing(WeeklySchedule::validFrom));
        List<LocalDate> starts = new ArrayList<>();
        List<Map<DayOfWeek, List<OpeningWindow>>> byStart = new ArrayList<>();
        for (WeeklySchedule s : sorted) {
            if (!starts.isEmpty() && starts.get(starts.size() - 1).equals(s.validFrom())) {
                throw new IllegalArgumentException("two weekly schedules start on " + s.validFrom());
            }
            starts.add(s.validFrom());
            byStart.add(byDay(s.windows()));
        }
        this.scheduleStarts = List.copyOf(starts);
        this.schedules = List.copyOf(byStart);
    }

    private static Map<DayOfWeek, List<OpeningWindow>> byDay(List<OpeningWindow> windows) {
        Map<DayOfWeek, List<OpeningWindow>> byDay = new EnumMap<>(DayOfWeek.class);
        for (OpeningWindow w : windows) {
            List<OpeningWindow> day = byDay.computeIfAbsent(w.day(), d -> new ArrayList<>());
            for (OpeningWindow other : day) {
                if (w.overlaps(other)) {
                    throw new IllegalArgumentException("overlapping opening windows: " + w + " and " + other);
                }
            }
            day.add(w);
        }
        byDay.values().forEach(l -> l.sort(Comparator.comparing(OpeningWindow::from)));
        byDay.replaceAll((d, l) -> List.copyOf(l));
        return byDay;
    }

    /** A calendar in the given zone with these windows and extra closure days (French public holidays always close). */
    public static BusinessCalendar of(ZoneId zone, List<OpeningWindow> windows, Set<LocalDate> closures) {
        return new BusinessCalendar(zone, List.of(new WeeklySchedule(LocalDate.MIN, windows)), closures);
    }

    /**
     * A calendar whose weekly windows changed over time: each schedule applies from its {@code validFrom} day until
     * the next one starts (the earliest also applies before its start), so that editing the opening hours never
     * changes what the calendar said about the past.
     */
    public static BusinessCalendar withSchedules(ZoneId zone, List<WeeklySchedule> schedules,
                                                 Set<LocalDate> closures) {
        return new BusinessCalendar(zone, schedules, closures);
    }

    /** The default calendar of the contracts of engagement: Monday–Friday 08:00–12:00 and 13:30–17:30, Paris time. */
    public static BusinessCalendar standard() {
        return of(ZoneId.of("Europe/Paris"), standardWindows(), Set.of());
    }

    /** Monday–Friday 08:00–12:00 and 13:30–17:30. */
    public static List<OpeningWindow> standardWindows() {
        List<OpeningWindow> w = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            w.add(OpeningWindow.of(d, "08:00", "12:00"));
            w.add(OpeningWindow.of(d, "13:30", "17:30"));
        }
        return List.copyOf(w);
    }

    /** The opening windows of that day (empty on a closed day). */
    public List<OpeningWindow> windowsOn(LocalDate day) {
        if (closures.contains(day) || FrenchPublicHolidays.isHoliday(day)) {
            return List.of();
        }
        return scheduleOn(day).getOrDefault(day.getDayOfWeek(), List.of());
    }

    private Map<DayOfWeek, List<OpeningWindow>> scheduleOn(LocalDate day) {
        int i = scheduleStarts.size() - 1;
        while (i > 0 && scheduleStarts.get(i).isAfter(day)) {
            i--;
        }
        return schedules.get(i);
    }

    public ZoneId zone() {
        return zone;
    }

    /** True when the day has opening windows and is neither a French public holiday nor a closure day. */
    public boolean isOpen(LocalDate day) {
        return !windowsOn(day).isEmpty();
    }

    /** The instant at which {@code minutes} business minutes have elapsed from {@code start}. */
    public Instant plusBusinessMinutes(Instant start, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("business minutes to add must not be negative: " + minutes);
        }
        return plusBusinessSeconds(start, Math.multiplyExact(minutes, 60L));
    }

    /** The instant at which {@code seconds} business seconds have elapsed from {@code start}. */
    public Instant plusBusinessSeconds(Instant start, long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("business seconds to add must not be negative: " + seconds);
        }
        long left = seconds;
        if (left == 0) {
            return start;
        }
        long day = start.atZone(zone).toLocalDate().toEpochDay();
        for (int i = 0; i < MAX_DAYS; i++, day++) {
            Instant[] open = openIntervals(day);
            for (int k = 0; k < open.length; k += 2) {
                Instant from = open[k];
                Instant to = open[k + 1];
                if (!to.isAfter(start)) {
                    continue;
                }
                Instant effective = from.isBefore(start) ? start : from;
                long available = Duration.between(effective, to).getSeconds();
                if (left <= available) {
                    return effective.plusSeconds(left);
                }
                left -= available;
            }
        }
        throw new IllegalStateException("the calendar has no opening in " + MAX_DAYS + " days from " + start);
    }

    /** The business minutes (whole, rounded down) between two instants; 0 when {@code to} is not after {@code from}. */
    public long businessMinutesBetween(Instant from, Instant to) {
        return businessSecondsBetween(from, to) / 60;
    }

    /** The business seconds between two instants; 0 when {@code to} is not after {@code from}. */
    public long businessSecondsBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long seconds = 0;
        long last = to.atZone(zone).toLocalDate().toEpochDay();
        for (long day = from.atZone(zone).toLocalDate().toEpochDay(); day <= last; day++) {
            Instant[] open = openIntervals(day);
            for (int k = 0; k < open.length; k += 2) {
                Instant a = max(open[k], from);
                Instant b = min(open[k + 1], to);
                if (b.isAfter(a)) {
                    seconds += Duration.between(a, b).getSeconds();
                }
            }
        }
        return seconds;
    }

    /**
     * The open intervals of a day as instants {@code [from1, to1, from2, to2...]} (empty when closed), computed
     * once per day and kept: the calendar is immutable, and the clock asks for the same recent days all the time.
     * The cache holds at most {@link #CACHED_DAYS} days (about 55 years); beyond, days are computed each time.
     */
    private Instant[] openIntervals(long epochDay) {
        Instant[] cached = openDays.get(epochDay);
        if (cached != null) {
            return cached;
        }
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        List<OpeningWindow> windows = windowsOn(day);
        Instant[] open = new Instant[windows.size() * 2];
        for (int k = 0; k < windows.size(); k++) {
            open[2 * k] = at(day, windows.get(k), true);
            open[2 * k + 1] = at(day, windows.get(k), false);
        }
        if (openDays.size() < CACHED_DAYS) {
            openDays.put(epochDay, open);
        }
        return open;
    }

    private Instant at(LocalDate day, OpeningWindow w, boolean start) {
        return ZonedDateTime.of(day, start ? w.from() : w.to(), zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
