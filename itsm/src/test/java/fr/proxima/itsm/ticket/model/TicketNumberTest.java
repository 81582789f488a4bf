package fr.proxima.itsm.ticket.model;

import fr.proxima.itsm.TicketType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketNumberTest {

    @Test
    void numbers_carry_the_type_prefix_the_year_and_six_digits_at_least() {
        assertThat(TicketNumber.of(TicketType.INCIDENT, 2026, 123).value()).isEqualTo("INC-2026-000123");
        assertThat(TicketNumber.of(TicketType.REQUEST, 2026, 45).value()).isEqualTo("DEM-2026-000045");
        assertThat(TicketNumber.of(TicketType.INCIDENT, 2027, 1_234_567).value()).isEqualTo("INC-2027-1234567");
    }

    @Test
    void a_number_parses_back_to_itself() {
        TicketNumber n = TicketNumber.parse("DEM-2026-000045");
        assertThat(n).isEqualTo(TicketNumber.of(TicketType.REQUEST, 2026, 45));
        assertThat(TicketNumber.isValid("INC-2026-12")).isFalse();
        assertThatThrownBy(() -> TicketNumber.parse("XYZ-2026-000001")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_sequence_starts_at_one() {
        assertThatThrownBy(() -> TicketNumber.of(TicketType.INCIDENT, 2026, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
