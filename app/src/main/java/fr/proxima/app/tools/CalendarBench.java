package fr.proxima.app.tools;

import fr.proxima.itsm.calendar.BusinessCalendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Due-date computations per second of the standard business calendar for a year-long target (about 250 working
 * days of 8 hours: 120,000 business minutes), from random starts over 2025–2029, on one thread. The baseline is
 * the same computation by stepping minute by minute, as the slow reference of the tests does. Usage:
 * {@code java -cp app/target/proxima.jar fr.proxima.app.tools.CalendarBench [--seconds 5] [--runs 5]}.
 */
public final class CalendarBench {
    private static final long YEAR_OF_MINUTES = 250L * 8 * 60;

    private CalendarBench() {
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, List.of());
        int seconds = args.getInt("seconds", 5);
        int runs = args.getInt("runs", 5);
        BusinessCalendar calendar = BusinessCalendar.standard();
        Instant first = Instant.parse("2025-01-01T00:00:00Z");
        long span = Instant.parse("2029-12-31T00:00:00Z").getEpochSecond() - first.getEpochSecond();
        Random random = new Random(20261125);
        measure("warm-up", calendar, first, span, random, 2);
        List<Double> rates = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            rates.add(measure("run " + r, calendar, first, span, random, seconds));
        }
        Collections.sort(rates);
        System.out.printf("median %.0f due dates/s (min %.0f, max %.0f) for a %d-minute target%n",
                rates.get(rates.size() / 2), rates.get(0), rates.get(rates.size() - 1), YEAR_OF_MINUTES);
        long t0 = System.nanoTime();
        Instant start = first.plusSeconds(random.nextLong(span / 60) * 60); // whole minutes, as the reference steps
        Instant slow = stepMinuteByMinute(calendar, start, YEAR_OF_MINUTES);
        double slowMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("baseline: one due date by stepping minute by minute takes %.1f ms (%s, same answer: %s)%n",
                slowMs, slow, slow.equals(calendar.plusBusinessMinutes(start, YEAR_OF_MINUTES)));
    }

    private static double measure(String label, BusinessCalendar calendar, Instant first, long span, Random random,
                                  int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long count = 0;
        long sink = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() < end) {
            Instant start = first.plusSeconds(random.nextLong(span / 60) * 60);
            sink += calendar.plusBusinessMinutes(start, YEAR_OF_MINUTES).getEpochSecond();
            count++;
        }
        double rate = count / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("%-8s %,.0f due dates/s (%.1f µs each)%s%n", label, rate, 1e6 / rate, sink == 42 ? "" : "");
        return rate;
    }

    /** The slow reference: one minute at a time, asking the calendar whether each minute is a business minute. */
    private static Instant stepMinuteByMinute(BusinessCalendar calendar, Instant start, long minutes) {
        Instant t = start;
        long left = minutes;
        while (left > 0) {
            if (calendar.businessSecondsBetween(t, t.plusSeconds(60)) == 60) {
                left--;
            }
            t = t.plusSeconds(60);
        }
        return t;
    }
}
