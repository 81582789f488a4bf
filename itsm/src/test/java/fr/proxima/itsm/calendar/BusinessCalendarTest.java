package fr.proxima.itsm.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final BusinessCalendar standard = BusinessCalendar.standard();

    private static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(PARIS).toInstant();
    }

    @Test
    void minutes_before_lunch_continue_after_the_lunch_break() {
        assertThat(standard.plusBusinessMinutes(paris("2026-11-24T11:30"), 60)).isEqualTo(paris("2026-11-24T14:00"));
    }

    @Test
    void a_start_outside_opening_hours_counts_from_the_next_opening() {
        assertThat(standard.plusBusinessMinutes(paris("2026-11-24T06:10"), 30)).isEqualTo(paris("2026-11-24T08:30"));
        assertThat(standard.plusBusinessMinutes(paris("2026-11-24T12:45"), 30)).isEqualTo(paris("2026-11-24T14:00"));
        assertThat(standard.plusBusinessMinutes(paris("2026-11-24T19:00"), 30)).isEqualTo(paris("2026-11-25T08:30"));
    }

    @Test
    void the_last_minute_of_a_window_ends_at_its_close_not_at_the_next_opening() {
        assertThat(standard.plusBusinessMinutes(paris("2026-11-24T17:00"), 30)).isEqualTo(paris("2026-11-24T17:30"));
    }

    @Test
    void friday_evening_continues_on_monday_morning() {
        assertThat(standard.plusBusinessMinutes(paris("2026-11-27T17:00"), 60)).isEqualTo(paris("2026-11-30T08:30"));
    }

    @Test
    void easter_monday_ascension_and_whit_monday_are_closed() {
        // 2026: Easter Monday 6 April, Ascension Thursday 14 May, Whit Monday 25 May
        assertThat(standard.plusBusinessMinutes(paris("2026-04-03T17:00"), 60)).isEqualTo(paris("2026-04-07T08:30"));
        assertThat(standard.plusBusinessMinutes(paris("2026-05-13T17:00"), 60)).isEqualTo(paris("2026-05-15T08:30"));
        assertThat(standard.plusBusinessMinutes(paris("2026-05-22T17:00"), 60)).isEqualTo(paris("2026-05-26T08:30"));
    }

    @Test
    void may_day_victory_day_and_bastille_day_are_closed() {
        // 1 May 2026 is a Friday, 8 May a Friday, 14 July a Tuesday
        assertThat(standard.plusBusinessMinutes(paris("2026-04-30T17:00"), 60)).isEqualTo(paris("2026-05-04T08:30"));
        assertThat(standard.plusBusinessMinutes(paris("2026-05-07T17:00"), 60)).isEqualTo(paris("2026-05-11T08:30"));
        assertThat(standard.plusBusinessMinutes(paris("2026-07-13T17:00"), 60)).isEqualTo(paris("2026-07-15T08:30"));
    }

    @Test
    void a_daylight_saving_weekend_keeps_local_opening_hours() {
        // clocks go forward on Sunday 29 March 2026: Friday 17:00 CET (16:00Z) + 60 min → Monday 08:30 CEST (06:30Z)
        assertThat(standard.plusBusinessMinutes(paris("2026-03-27T17:00"), 60))
                .isEqualTo(Instant.parse("2026-03-30T06:30:00Z"));
        // and back on Sunday 25 October 2026: Friday 17:00 CEST (15:00Z) + 60 min → Monday 08:30 CET (07:30Z)
        assertThat(standard.plusBusinessMinutes(paris("2026-10-23T17:00"), 60))
                .isEqualTo(Instant.parse("2026-10-26T07:30:00Z"));
    }

    @Test
    void a_calendar_closure_day_is_skipped() {
        BusinessCalendar christmas = BusinessCalendar.of(PARIS, List.of(
                        OpeningWindow.of(DayOfWeek.MONDAY, "08:00", "12:00"), OpeningWindow.of(DayOfWeek.TUESDAY, "08:00", "12:00"),
                        OpeningWindow.of(DayOfWeek.WEDNESDAY, "08:00", "12:00"), OpeningWindow.of(DayOfWeek.THURSDAY, "08:00", "12:00"),
                        OpeningWindow.of(DayOfWeek.FRIDAY, "08:00", "12:00")),
                Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28)));
        // Wednesday 23 Dec 11:00 + 120 min: 60 on the 23rd, 24th closed, 25th holiday, weekend, 28th closed
        assertThat(christmas.plusBusinessMinutes(paris("2026-12-23T11:00"), 120)).isEqualTo(paris("2026-12-29T09:00"));
    }

    @Test
    void a_year_long_target_lands_on_a_business_minute_and_counts_back_exactly() {
        Instant start = paris("2026-01-05T09:17");
        long yearOfMinutes = 250L * 8 * 60;
        Instant due = standard.plusBusinessMinutes(start, yearOfMinutes);
        assertThat(standard.businessMinutesBetween(start, due)).isEqualTo(yearOfMinutes);
        assertThat(due).isAfter(paris("2026-12-31T00:00"));
    }

    @Test
    void minutes_between_count_only_opening_windows_of_open_days() {
        assertThat(standard.businessMinutesBetween(paris("2026-11-24T07:00"), paris("2026-11-24T20:00"))).isEqualTo(480);
        assertThat(standard.businessMinutesBetween(paris("2026-11-27T17:00"), paris("2026-11-30T09:00"))).isEqualTo(90);
        assertThat(standard.businessMinutesBetween(paris("2026-11-30T09:00"), paris("2026-11-27T17:00"))).isZero();
        assertThat(standard.businessMinutesBetween(paris("2026-07-14T09:00"), paris("2026-07-14T11:00"))).isZero();
    }

    @Test
    void adding_nothing_returns_the_start_and_negative_minutes_are_refused() {
        Instant sunday = paris("2026-11-29T10:00");
        assertThat(standard.plusBusinessMinutes(sunday, 0)).isEqualTo(sunday);
        assertThatThrownBy(() -> standard.plusBusinessMinutes(sunday, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlapping_windows_are_refused() {
        assertThatThrownBy(() -> BusinessCalendar.of(PARIS, List.of(OpeningWindow.of(DayOfWeek.MONDAY, "08:00", "12:00"),
                OpeningWindow.of(DayOfWeek.MONDAY, "11:00", "13:00")), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpeningWindow.of(DayOfWeek.MONDAY, "12:00", "08:00"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
