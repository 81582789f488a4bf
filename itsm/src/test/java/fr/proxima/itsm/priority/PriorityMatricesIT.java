package fr.proxima.itsm.priority;

import fr.proxima.itsm.OpenTicket;
import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.ticket.application.TicketCommands;
import fr.proxima.itsm.ticket.model.Impact;
import fr.proxima.itsm.ticket.model.Priority;
import fr.proxima.itsm.ticket.model.PriorityMatrix;
import fr.proxima.itsm.ticket.model.Urgency;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class PriorityMatricesIT extends DatabaseTest {
    static final AccessScope ADMIN = new AccessScope("admin", 1L, Role.ADMIN, null, null);
    static final AccessScope AGENT = new AccessScope("agent.can", 2L, Role.CAN_AGENT, null, null);

    @Inject
    PriorityMatrices matrices;
    @Inject
    TicketCommands commands;

    static Map<Impact, Map<Urgency, Priority>> cells(PriorityMatrix m) {
        Map<Impact, Map<Urgency, Priority>> cells = new EnumMap<>(Impact.class);
        for (Impact i : Impact.values()) {
            for (Urgency u : Urgency.values()) {
                cells.computeIfAbsent(i, x -> new EnumMap<>(Urgency.class)).put(u, m.priorityOf(i, u));
            }
        }
        return cells;
    }

    @Test
    void the_stored_matrix_is_the_itil_seed_and_an_admin_edit_applies_to_new_tickets() {
        assertThat(matrices.current()).isEqualTo(PriorityMatrix.standard());
        OpenTicket lowLow = new OpenTicket(TicketType.REQUEST, "Nouvel écran", null, "33522", null, null, null,
                "LOW", "LOW", null);
        assertThat(commands.open(lowLow, AGENT).priority()).isEqualTo(Priority.P4);

        matrices.replace(cells(PriorityMatrix.standard().with(Impact.LOW, Urgency.LOW, Priority.P3)), ADMIN);

        assertThat(matrices.current().priorityOf(Impact.LOW, Urgency.LOW)).isEqualTo(Priority.P3);
        assertThat(commands.open(lowLow, AGENT).priority()).isEqualTo(Priority.P3);
        matrices.replace(cells(PriorityMatrix.standard()), ADMIN);
    }

    @Test
    void only_an_admin_replaces_the_matrix_and_only_with_nine_cells() {
        assertThatThrownBy(() -> matrices.replace(cells(PriorityMatrix.standard()), AGENT))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        Map<Impact, Map<Urgency, Priority>> incomplete = cells(PriorityMatrix.standard());
        incomplete.get(Impact.HIGH).remove(Urgency.LOW);
        assertThatThrownBy(() -> matrices.replace(incomplete, ADMIN))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("ITSM-2025"));
    }
}
