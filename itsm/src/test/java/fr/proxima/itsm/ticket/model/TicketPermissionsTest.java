package fr.proxima.itsm.ticket.model;

import fr.proxima.itsm.TicketStatus;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.TeamCode;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class TicketPermissionsTest {
    static final AccessScope ADMIN = new AccessScope("admin", 1L, Role.ADMIN, null, null);
    static final AccessScope AGENT = new AccessScope("agent.can", 2L, Role.CAN_AGENT, null, null);
    static final AccessScope TECH_SUD = new AccessScope("tech.sud", 4L, Role.TECHNICIAN, TeamCode.of("SUD"), null);
    static final AccessScope TECH_NORD = new AccessScope("tech.nord", 8L, Role.TECHNICIAN, TeamCode.of("OUEST_NORD"),
            null);
    static final AccessScope RESP_SUD = new AccessScope("resp.sud", 3L, Role.CENTRE_MANAGER, TeamCode.of("SUD"), null);
    static final AccessScope VIEWER = new AccessScope("viewer.talence", 5L, Role.COMMUNE_VIEWER, null,
            CommuneCode.of("33522"));

    /** A SUD ticket now worked by the APPLICATIONS support group, assigned to user 4 or not. */
    static Ticket sudTicketAt(String team, Long assignee) {
        Ticket t = TicketLifecycleTest.ticketIn(TicketStatus.IN_PROGRESS);
        t.assign(team, assignee, TicketLifecycleTest.T1);
        return t;
    }

    @Test
    void an_admin_may_do_everything_but_the_automatic_close() {
        assertThat(TicketPermissions.actionsOf(ADMIN, sudTicketAt("APPLICATIONS", null)))
                .isEqualTo(EnumSet.complementOf(EnumSet.of(TicketAction.CLOSE)));
        assertThat(TicketPermissions.may(AccessScope.system(), sudTicketAt("SUD", null), TicketAction.CLOSE)).isTrue();
    }

    @Test
    void a_can_agent_edits_reopens_and_cancels_only() {
        assertThat(TicketPermissions.actionsOf(AGENT, sudTicketAt("SUD", null)))
                .containsExactlyInAnyOrder(TicketAction.EDIT, TicketAction.REOPEN, TicketAction.CANCEL);
        assertThat(TicketPermissions.mayOpen(AGENT)).isTrue();
    }

    @Test
    void a_technician_changes_the_tickets_of_its_team_or_assigned_to_it() {
        assertThat(TicketPermissions.may(TECH_SUD, sudTicketAt("SUD", null), TicketAction.TAKE)).isTrue();
        assertThat(TicketPermissions.may(TECH_SUD, sudTicketAt("APPLICATIONS", 4L), TicketAction.RESOLVE)).isTrue();
        assertThat(TicketPermissions.actionsOf(TECH_SUD, sudTicketAt("APPLICATIONS", 77L))).isEmpty();
        assertThat(TicketPermissions.actionsOf(TECH_NORD, sudTicketAt("SUD", null))).isEmpty();
    }

    @Test
    void a_manager_may_reassign_every_ticket_of_its_centre_but_work_only_its_team_s() {
        assertThat(TicketPermissions.actionsOf(RESP_SUD, sudTicketAt("APPLICATIONS", 77L)))
                .containsExactly(TicketAction.ASSIGN);
        assertThat(TicketPermissions.may(RESP_SUD, sudTicketAt("SUD", null), TicketAction.RESOLVE)).isTrue();
    }

    @Test
    void a_commune_viewer_never_changes_anything() {
        assertThat(TicketPermissions.actionsOf(VIEWER, sudTicketAt("SUD", null))).isEmpty();
        assertThat(TicketPermissions.mayOpen(VIEWER)).isFalse();
        assertThat(TicketPermissions.mayChange(VIEWER, "SUD", null, "SUD")).isFalse();
    }
}
