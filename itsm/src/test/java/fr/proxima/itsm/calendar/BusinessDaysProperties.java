package fr.proxima.itsm.calendar;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/** The business-day arithmetic against a slow reference written here, over random days of 2000–2099. */
class BusinessDaysProperties {
    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8),
            MonthDay.of(7, 14), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));

    /** Reference: Easter by scanning the Sundays of March and April for the Gauss rule's date. */
    private static boolean referenceBusinessDay(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        if (FIXED.contains(MonthDay.from(d))) {
            return false;
        }
        LocalDate easter = gaussEaster(d.getYear());
        return !d.equals(easter.plusDays(1)) && !d.equals(easter.plusDays(39)) && !d.equals(easter.plusDays(50));
    }

    /** Gauss's Easter algorithm (Gregorian, valid 1900–2099), independent of the production one. */
    private static LocalDate gaussEaster(int y) {
        int a = y % 19;
        int b = y % 4;
        int c = y % 7;
        int d = (19 * a + 24) % 30;
        int e = (2 * b + 4 * c + 6 * d + 5) % 7;
        int day = 22 + d + e;
        if (day > 31) {
            int april = d + e - 9;
            if (april == 26) {
                april = 19;
            } else if (april == 25 && d == 28 && e == 6 && a > 10) {
                april = 18;
            }
            return LocalDate.of(y, 4, april);
        }
        return LocalDate.of(y, 3, day);
    }

    @Property(tries = 2000)
    void a_day_is_a_business_day_exactly_when_the_reference_says_so(
            @ForAll @IntRange(min = 0, max = 36_524) int offset) {
        LocalDate d = LocalDate.of(2000, 1, 1).plusDays(offset);
        check(BusinessDays.isBusinessDay(d) == referenceBusinessDay(d), d);
    }

    @Property(tries = 1000)
    void adding_n_business_days_counts_n_reference_business_days(
            @ForAll @IntRange(min = 0, max = 36_000) int offset, @ForAll @IntRange(min = 0, max = 40) int n) {
        LocalDate start = LocalDate.of(2000, 1, 1).plusDays(offset);
        LocalDate end = BusinessDays.addBusinessDays(start, n);
        int counted = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (referenceBusinessDay(d)) {
                counted++;
            }
        }
        check(counted == n, start + " + " + n + " = " + end);
        check(n == 0 ? end.equals(start) : referenceBusinessDay(end), end);
    }

    private static void check(boolean ok, Object what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
