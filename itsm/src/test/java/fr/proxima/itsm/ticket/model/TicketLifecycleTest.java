package fr.proxima.itsm.ticket.model;

import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.TicketType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every action from every state: allowed ones reach the expected state, the others are refused with the list. */
class TicketLifecycleTest {
    static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    static final Instant T1 = T0.plusSeconds(60);
    static final long TECH = 42L;

    /** A stored ticket in the given state (as the application layer rebuilds it). */
    static Ticket ticketIn(TicketStatus status) {
        return new Ticket(new TicketSnapshot(7L, "INC-2026-000007", TicketType.INCIDENT, "Écran noir", null, "33522",
                "SUD", "SUD", status == TicketStatus.NEW ? null : TECH, null, null, "POSTE", Impact.MEDIUM,
                Urgency.HIGH, Priority.P2, false, status,
                status == TicketStatus.PENDING ? PendingReason.SUPPLIER : null,
                status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED ? ResolutionCode.FIXED : null,
                status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED ? "Câble remplacé" : null,
                status == TicketStatus.CANCELLED ? "Doublon" : null, null, "agent.can", T0, T0,
                status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED ? T0 : null,
                status == TicketStatus.CLOSED ? T0 : null, 3L));
    }

    static final List<TicketAction> ACTIONS = List.of(TicketAction.values());

    static Consumer<Ticket> perform(TicketAction action) {
        return switch (action) {
            case EDIT -> t -> t.edit("Nouveau titre", "desc", "POSTE", null, null, false, Impact.HIGH, Urgency.HIGH,
                    PriorityMatrix.standard(), T1);
            case ASSIGN -> t -> t.assign("APPLICATIONS", 77L, T1);
            case TAKE -> t -> t.take(TECH, T1);
            case HOLD -> t -> t.putOnHold(PendingReason.USER, T1);
            case RESUME -> t -> t.resume(T1);
            case RESOLVE -> t -> t.resolve(ResolutionCode.FIXED, "Redémarrage du poste", T1);
            case REOPEN -> t -> t.reopen("Le problème revient", T1);
            case CANCEL -> t -> t.cancel("Demande en double", T1);
            case CLOSE -> t -> t.close(T1);
        };
    }

    /** The state each allowed action leads to from each state. */
    static TicketStatus expected(TicketStatus from, TicketAction action) {
        return switch (action) {
            case EDIT -> from;
            case ASSIGN -> from == TicketStatus.PENDING ? TicketStatus.PENDING : TicketStatus.ASSIGNED;
            case TAKE, RESUME, REOPEN -> TicketStatus.IN_PROGRESS;
            case HOLD -> TicketStatus.PENDING;
            case RESOLVE -> TicketStatus.RESOLVED;
            case CANCEL -> TicketStatus.CANCELLED;
            case CLOSE -> TicketStatus.CLOSED;
        };
    }

    static final java.util.Map<TicketStatus, Set<TicketAction>> ALLOWED = java.util.Map.of(
            TicketStatus.NEW, EnumSet.of(TicketAction.EDIT, TicketAction.ASSIGN, TicketAction.TAKE, TicketAction.CANCEL),
            TicketStatus.ASSIGNED, EnumSet.of(TicketAction.EDIT, TicketAction.ASSIGN, TicketAction.TAKE,
                    TicketAction.CANCEL),
            TicketStatus.IN_PROGRESS, EnumSet.of(TicketAction.EDIT, TicketAction.ASSIGN, TicketAction.HOLD,
                    TicketAction.RESOLVE, TicketAction.CANCEL),
            TicketStatus.PENDING, EnumSet.of(TicketAction.EDIT, TicketAction.ASSIGN, TicketAction.RESUME,
                    TicketAction.CANCEL),
            TicketStatus.RESOLVED, EnumSet.of(TicketAction.REOPEN, TicketAction.CLOSE),
            TicketStatus.CLOSED, EnumSet.noneOf(TicketAction.class),
            TicketStatus.CANCELLED, EnumSet.noneOf(TicketAction.class));

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> args = new ArrayList<>();
        for (TicketStatus s : TicketStatus.values()) {
            for (TicketAction a : ACTIONS) {
                args.add(Arguments.of(s, a));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStateAndAction")
    void each_action_is_allowed_exactly_where_the_lifecycle_says(TicketStatus from, TicketAction action) {
        Ticket t = ticketIn(from);
        if (ALLOWED.get(from).contains(action)) {
            perform(action).accept(t);
            assertThat(t.status()).isEqualTo(expected(from, action));
            assertThat(t.updatedAt()).isEqualTo(T1);
            assertThat(t.changes()).isNotEmpty();
        } else {
            assertThatThrownBy(() -> perform(action).accept(t))
                    .isInstanceOfSatisfying(TicketRuleViolation.class, v -> {
                        assertThat(v.code()).isEqualTo("ITSM-2010");
                        assertThat(v.kind()).isEqualTo(TicketRuleViolation.Kind.ILLEGAL_TRANSITION);
                        assertThat(v.allowedTransitions()).isEqualTo(TicketLifecycle.allowedTransitions(from));
                    });
            assertThat(t.status()).isEqualTo(from);
            assertThat(t.changes()).isEmpty();
        }
    }

    @Test
    void a_resolved_ticket_names_reopen_as_its_only_allowed_transition() {
        assertThatThrownBy(() -> ticketIn(TicketStatus.RESOLVED).cancel("x", T1))
                .isInstanceOfSatisfying(TicketRuleViolation.class,
                        v -> assertThat(v.allowedTransitions()).containsExactly("reopen"));
        assertThat(TicketLifecycle.allowedTransitions(TicketStatus.NEW))
                .containsExactly("assign", "take", "cancel");
        assertThat(TicketLifecycle.allowedTransitions(TicketStatus.CLOSED)).isEmpty();
    }

    @Test
    void opening_gives_a_new_ticket_in_the_queue_of_the_routed_centre_with_the_matrix_priority() {
        Ticket t = Ticket.open(new NewTicket(TicketType.INCIDENT, "  Écran noir ", "", "33522", null, null, false,
                null, Impact.HIGH, Urgency.MEDIUM, null), TicketNumber.of(TicketType.INCIDENT, 2026, 5), "SUD",
                PriorityMatrix.standard(), "agent.can", T0);
        assertThat(t.status()).isEqualTo(TicketStatus.NEW);
        assertThat(t.centreCode()).isEqualTo("SUD");
        assertThat(t.assignedTeam()).isEqualTo("SUD");
        assertThat(t.title()).isEqualTo("Écran noir");
        assertThat(t.description()).isNull();
        assertThat(t.priority()).isEqualTo(Priority.P2);
        assertThat(t.number()).isEqualTo("INC-2026-000005");
        assertThat(t.changes()).containsExactly(new FieldChange("status", null, "NEW"));
    }

    @Test
    void opening_refuses_a_number_of_the_other_type_and_an_overlong_title() {
        NewTicket n = new NewTicket(TicketType.INCIDENT, "x", null, "33522", null, null, false, null, Impact.LOW,
                Urgency.LOW, null);
        assertThatThrownBy(() -> Ticket.open(n, TicketNumber.of(TicketType.REQUEST, 2026, 1), "SUD",
                PriorityMatrix.standard(), "a", T0)).isInstanceOf(IllegalArgumentException.class);
        NewTicket longTitle = new NewTicket(TicketType.INCIDENT, "x".repeat(201), null, "33522", null, null, false,
                null, Impact.LOW, Urgency.LOW, null);
        assertThatThrownBy(() -> Ticket.open(longTitle, TicketNumber.of(TicketType.INCIDENT, 2026, 1), "SUD",
                PriorityMatrix.standard(), "a", T0))
                .isInstanceOfSatisfying(TicketRuleViolation.class, v -> assertThat(v.field()).isEqualTo("title"));
    }

    @Test
    void ticket_on_hold_for_supplier_keeps_its_reason_until_resumed() {
        Ticket t = ticketIn(TicketStatus.IN_PROGRESS);
        t.putOnHold(PendingReason.SUPPLIER, T1);
        assertThat(t.pendingReason()).isEqualTo(PendingReason.SUPPLIER);
        t.resume(T1);
        assertThat(t.pendingReason()).isNull();
        assertThat(t.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void hold_without_reason_and_resolve_without_text_are_refused_as_invalid_arguments() {
        assertThatThrownBy(() -> ticketIn(TicketStatus.IN_PROGRESS).putOnHold(null, T1))
                .isInstanceOfSatisfying(TicketRuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("ITSM-2012");
                    assertThat(v.field()).isEqualTo("reason");
                });
        assertThatThrownBy(() -> ticketIn(TicketStatus.IN_PROGRESS).resolve(ResolutionCode.FIXED, " ", T1))
                .isInstanceOfSatisfying(TicketRuleViolation.class,
                        v -> assertThat(v.field()).isEqualTo("resolutionText"));
        assertThatThrownBy(() -> ticketIn(TicketStatus.NEW).cancel(null, T1))
                .isInstanceOfSatisfying(TicketRuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
    }

    @Test
    void assigning_to_a_team_alone_puts_the_ticket_back_in_its_queue_and_clears_the_assignee() {
        Ticket t = ticketIn(TicketStatus.IN_PROGRESS);
        t.assign("APPLICATIONS", null, T1);
        assertThat(t.status()).isEqualTo(TicketStatus.NEW);
        assertThat(t.assignedTeam()).isEqualTo("APPLICATIONS");
        assertThat(t.assigneeId()).isNull();
        assertThat(t.centreCode()).isEqualTo("SUD");
        assertThat(t.changes()).extracting(FieldChange::field).containsExactly("assignedTeam", "assignee", "status");
    }

    @Test
    void a_pending_ticket_reassigned_stays_pending_with_its_reason() {
        Ticket t = ticketIn(TicketStatus.PENDING);
        t.assign("TELEPHONIE", 99L, T1);
        assertThat(t.status()).isEqualTo(TicketStatus.PENDING);
        assertThat(t.pendingReason()).isEqualTo(PendingReason.SUPPLIER);
        assertThat(t.assigneeId()).isEqualTo(99L);
    }

    @Test
    void assigning_to_the_same_team_and_person_is_refused() {
        Ticket t = ticketIn(TicketStatus.ASSIGNED);
        assertThatThrownBy(() -> t.assign("SUD", TECH, T1)).isInstanceOf(TicketRuleViolation.class);
    }

    @Test
    void taking_a_ticket_assigns_it_to_the_taker() {
        Ticket t = ticketIn(TicketStatus.NEW);
        t.take(5L, T1);
        assertThat(t.assigneeId()).isEqualTo(5L);
        assertThat(t.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void resolving_records_code_text_and_time_and_reopening_clears_them() {
        Ticket t = ticketIn(TicketStatus.IN_PROGRESS);
        t.resolve(ResolutionCode.WORKAROUND, "Contournement : impression via un autre copieur", T1);
        assertThat(t.resolvedAt()).isEqualTo(T1);
        assertThat(t.resolutionCode()).isEqualTo(ResolutionCode.WORKAROUND);
        t.clearChanges();
        t.reopen(null, T1.plusSeconds(5));
        assertThat(t.resolvedAt()).isNull();
        assertThat(t.resolutionCode()).isNull();
        assertThat(t.changes()).extracting(FieldChange::field)
                .containsExactly("resolutionCode", "resolutionText", "resolvedAt", "status");
    }

    @Test
    void editing_recomputes_the_priority_and_records_only_changed_fields() {
        Ticket t = ticketIn(TicketStatus.IN_PROGRESS);
        t.edit("Écran noir", null, "POSTE", null, null, false, Impact.LOW, Urgency.HIGH, PriorityMatrix.standard(),
                T1);
        assertThat(t.priority()).isEqualTo(Priority.P3);
        assertThat(t.changes()).containsExactly(new FieldChange("impact", "MEDIUM", "LOW"),
                new FieldChange("priority", "P2", "P3"));
    }

    @Test
    void a_vip_requester_set_by_an_edit_raises_the_priority() {
        Ticket t = ticketIn(TicketStatus.NEW);
        t.edit("Écran noir", null, "POSTE", null, 12L, true, Impact.MEDIUM, Urgency.HIGH, PriorityMatrix.standard(),
                T1);
        assertThat(t.priority()).isEqualTo(Priority.P1);
    }

    @Test
    void a_ticket_is_closed_only_from_resolved() {
        Ticket t = ticketIn(TicketStatus.RESOLVED);
        t.close(T1);
        assertThat(t.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(t.closedAt()).isEqualTo(T1);
    }
}
