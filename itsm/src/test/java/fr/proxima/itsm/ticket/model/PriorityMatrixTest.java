package fr.proxima.itsm.ticket.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriorityMatrixTest {

    @ParameterizedTest(name = "{0} x {1} -> {2}, VIP {3}")
    @CsvSource({
            "HIGH,HIGH,P1,P1", "HIGH,MEDIUM,P2,P1", "HIGH,LOW,P3,P2",
            "MEDIUM,HIGH,P2,P1", "MEDIUM,MEDIUM,P3,P2", "MEDIUM,LOW,P4,P3",
            "LOW,HIGH,P3,P2", "LOW,MEDIUM,P4,P3", "LOW,LOW,P4,P3"})
    void the_standard_matrix_and_the_vip_raise(Impact impact, Urgency urgency, Priority plain, Priority vip) {
        PriorityMatrix m = PriorityMatrix.standard();
        assertThat(m.priorityFor(impact, urgency, false)).isEqualTo(plain);
        assertThat(m.priorityFor(impact, urgency, true)).isEqualTo(vip);
    }

    @Test
    void a_vip_never_goes_above_p1() {
        assertThat(Priority.P1.raisedOneLevel()).isEqualTo(Priority.P1);
        assertThat(Priority.P4.raisedOneLevel()).isEqualTo(Priority.P3);
    }

    @Test
    void an_edited_matrix_gives_the_new_cell() {
        PriorityMatrix m = PriorityMatrix.standard().with(Impact.LOW, Urgency.LOW, Priority.P3);
        assertThat(m.priorityOf(Impact.LOW, Urgency.LOW)).isEqualTo(Priority.P3);
        assertThat(PriorityMatrix.standard().priorityOf(Impact.LOW, Urgency.LOW)).isEqualTo(Priority.P4);
    }

    @Test
    void an_incomplete_matrix_is_refused() {
        assertThatThrownBy(() -> PriorityMatrix.of(Map.of(Impact.HIGH, Map.of(Urgency.HIGH, Priority.P1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
