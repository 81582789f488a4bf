package fr.proxima.itsm.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessDaysTest {

    @Test
    void easter_sunday_is_computed_for_known_years() {
        assertThat(FrenchPublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FrenchPublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(FrenchPublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(FrenchPublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(FrenchPublicHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void the_eleven_french_public_holidays_of_2026() {
        assertThat(FrenchPublicHolidays.of(2026)).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25));
    }

    @Test
    void weekends_and_holidays_are_not_business_days() {
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 11, 25))).isTrue();   // Wednesday
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 11, 28))).isFalse();  // Saturday
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 11, 11))).isFalse();  // Armistice
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 5, 25))).isFalse();   // Whit Monday
    }

    @Test
    void five_business_days_skip_the_weekend_and_ascension() {
        // Tuesday 12 May 2026; Thursday 14 is Ascension
        assertThat(BusinessDays.addBusinessDays(LocalDate.of(2026, 5, 12), 5)).isEqualTo(LocalDate.of(2026, 5, 20));
        // Friday 22 May; Monday 25 is Whit Monday
        assertThat(BusinessDays.addBusinessDays(LocalDate.of(2026, 5, 22), 1)).isEqualTo(LocalDate.of(2026, 5, 26));
        // counting from a Saturday
        assertThat(BusinessDays.addBusinessDays(LocalDate.of(2026, 11, 28), 5)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(BusinessDays.addBusinessDays(LocalDate.of(2026, 11, 28), 0)).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void the_instant_form_keeps_the_paris_wall_clock_time_across_a_dst_change() {
        // Thursday 22 October 2026 10:00 CEST (08:00Z); DST ends Sunday 25 October; + 5 -> Thursday 29 10:00 CET
        assertThat(BusinessDays.addBusinessDays(Instant.parse("2026-10-22T08:00:00Z"), 5))
                .isEqualTo(Instant.parse("2026-10-29T09:00:00Z"));
    }
}
