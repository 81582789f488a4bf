package fr.proxima.itsm.call.model;

import fr.proxima.itsm.TicketType;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final CallAgent AGENT = new CallAgent(7L, "agent.can");

    private static LogCall call(CallOutcome outcome, boolean withTicket, Long ticketId, String transferredTo) {
        return new LogCall(NOW.minusSeconds(300), Channel.PHONE, 12L, null, null, "33522", AGENT, 240,
                "Imprimante du 2e étage en panne", outcome, withTicket, ticketId, transferredTo);
    }

    private static CallRuleException violation(LogCall c) {
        try {
            Call.log(c, NOW);
        } catch (CallRuleException e) {
            return e;
        }
        throw new AssertionError("the call was accepted");
    }

    @Test
    void an_incident_call_without_a_ticket_is_refused() {
        CallRuleException e = violation(call(CallOutcome.INCIDENT_CREATED, false, null, null));
        assertThat(e.code()).isEqualTo("ITSM-2101");
        assertThat(e.breaks("ticket.required")).isTrue();
    }

    @Test
    void a_request_call_without_a_ticket_is_refused() {
        assertThat(violation(call(CallOutcome.REQUEST_CREATED, false, null, null)).breaks("ticket.required")).isTrue();
    }

    @Test
    void an_incident_call_awaits_an_incident_and_takes_exactly_one() {
        Call c = Call.log(call(CallOutcome.INCIDENT_CREATED, true, null, null), NOW).withId(1);
        assertThat(c.ticketToOpen()).contains(TicketType.INCIDENT);
        assertThat(c.awaitsItsTicket()).isTrue();
        Call withTicket = c.ticketOpened(99);
        assertThat(withTicket.ticketId()).isEqualTo(99);
        assertThat(withTicket.awaitsItsTicket()).isFalse();
        assertThatThrownBy(() -> withTicket.ticketOpened(100)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_request_call_opens_a_service_request() {
        assertThat(Call.log(call(CallOutcome.REQUEST_CREATED, true, null, null), NOW).ticketToOpen())
                .contains(TicketType.REQUEST);
    }

    @Test
    void advice_resolution_and_transfer_never_carry_a_ticket() {
        for (CallOutcome o : new CallOutcome[]{CallOutcome.ADVICE_GIVEN, CallOutcome.RESOLVED_AT_FIRST_CONTACT,
                CallOutcome.TRANSFERRED}) {
            String team = o == CallOutcome.TRANSFERRED ? "TELEPHONIE" : null;
            assertThat(violation(call(o, true, null, team)).breaks("ticket.forbidden")).as(o.name()).isTrue();
            assertThat(violation(call(o, false, 5L, team)).breaks("ticketId.forbidden")).as(o.name()).isTrue();
            Call ok = Call.log(call(o, false, null, team), NOW);
            assertThat(ok.ticketId()).isNull();
            assertThat(ok.awaitsItsTicket()).isFalse();
            assertThatThrownBy(() -> ok.withId(1).ticketOpened(3)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void a_follow_up_links_to_the_ticket_it_is_about_and_opens_none() {
        Call c = Call.log(call(CallOutcome.FOLLOW_UP, false, 42L, null), NOW);
        assertThat(c.ticketId()).isEqualTo(42L);
        assertThat(c.ticketToOpen()).isEmpty();
        assertThat(c.awaitsItsTicket()).isFalse();
    }

    @Test
    void a_follow_up_without_a_ticket_id_is_refused() {
        assertThat(violation(call(CallOutcome.FOLLOW_UP, false, null, null)).breaks("ticketId.required")).isTrue();
    }

    @Test
    void a_follow_up_cannot_also_open_a_ticket() {
        assertThat(violation(call(CallOutcome.FOLLOW_UP, true, 42L, null)).breaks("ticket.forbidden")).isTrue();
    }

    @Test
    void a_ticket_creating_call_cannot_also_link_an_existing_ticket() {
        assertThat(violation(call(CallOutcome.INCIDENT_CREATED, true, 42L, null)).breaks("ticketId.forbidden"))
                .isTrue();
    }

    @Test
    void a_transfer_names_a_team_and_only_a_transfer_does() {
        assertThat(violation(call(CallOutcome.TRANSFERRED, false, null, null)).breaks("transferredTo.required"))
                .isTrue();
        assertThat(violation(call(CallOutcome.TRANSFERRED, false, null, "pas une équipe"))
                .breaks("transferredTo.invalid")).isTrue();
        assertThat(violation(call(CallOutcome.ADVICE_GIVEN, false, null, "SUD")).breaks("transferredTo.forbidden"))
                .isTrue();
        assertThat(Call.log(call(CallOutcome.TRANSFERRED, false, null, "TELEPHONIE"), NOW).transferredTo())
                .isEqualTo("TELEPHONIE");
    }

    @Test
    void a_caller_is_a_known_person_or_a_typed_name_never_both_nor_neither() {
        LogCall neither = new LogCall(NOW, Channel.PHONE, null, "  ", null, "33522", AGENT, 60, null,
                CallOutcome.ADVICE_GIVEN, false, null, null);
        assertThat(violation(neither).breaks("caller.required")).isTrue();
        LogCall both = new LogCall(NOW, Channel.PHONE, 12L, "Jean Dupont", null, "33522", AGENT, 60, null,
                CallOutcome.ADVICE_GIVEN, false, null, null);
        assertThat(violation(both).breaks("caller.ambiguous")).isTrue();
        LogCall unknown = new LogCall(NOW, Channel.WALK_IN, null, "  Jean   Dupont ", "05 56 00 00 00", "33522",
                AGENT, 60, null, CallOutcome.ADVICE_GIVEN, false, null, null);
        Caller caller = Call.log(unknown, NOW).caller();
        assertThat(caller.isKnownPerson()).isFalse();
        assertThat(caller.name()).isEqualTo("Jean Dupont");
        assertThat(caller.phone()).isEqualTo("05 56 00 00 00");
    }

    @Test
    void a_caller_phone_must_look_like_a_phone_number() {
        LogCall c = new LogCall(NOW, Channel.PHONE, null, "Jean Dupont", "<script>", "33522", AGENT, 60, null,
                CallOutcome.ADVICE_GIVEN, false, null, null);
        assertThat(violation(c).breaks("caller.phone.invalid")).isTrue();
    }

    @Test
    void a_call_received_in_the_future_beyond_the_clock_skew_is_refused() {
        LogCall late = new LogCall(NOW.plus(Call.CLOCK_SKEW).plusSeconds(1), Channel.PHONE, 12L, null, null,
                "33522", AGENT, 60, null, CallOutcome.ADVICE_GIVEN, false, null, null);
        assertThat(violation(late).breaks("receivedAt.future")).isTrue();
        LogCall skewed = new LogCall(NOW.plus(Call.CLOCK_SKEW), Channel.PHONE, 12L, null, null,
                "33522", AGENT, 60, null, CallOutcome.ADVICE_GIVEN, false, null, null);
        assertThat(Call.log(skewed, NOW).createdAt()).isEqualTo(NOW);
    }

    @Test
    void a_duration_is_between_zero_and_a_day() {
        LogCall negative = new LogCall(NOW, Channel.PHONE, 12L, null, null, "33522", AGENT, -1, null,
                CallOutcome.ADVICE_GIVEN, false, null, null);
        assertThat(violation(negative).breaks("duration.out-of-range")).isTrue();
        LogCall tooLong = new LogCall(NOW, Channel.PHONE, 12L, null, null, "33522", AGENT,
                Call.MAX_DURATION_SECONDS + 1, null, CallOutcome.ADVICE_GIVEN, false, null, null);
        assertThat(violation(tooLong).breaks("duration.out-of-range")).isTrue();
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        LogCall bad = new LogCall(null, null, null, null, null, "PARIS", AGENT, null, null, null, false, null,
                null);
        CallRuleException e = violation(bad);
        assertThat(e.fieldErrors()).extracting(f -> f.code()).contains("receivedAt.required", "channel.required",
                "caller.required", "commune.invalid", "duration.required", "outcome.required");
    }

    @Test
    void a_stored_call_cannot_break_the_ticket_rules() {
        assertThatThrownBy(() -> new Call(1L, NOW, Channel.PHONE, Caller.person(1, null), "33522", AGENT, 10, null,
                CallOutcome.ADVICE_GIVEN, 5L, null, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Call(1L, NOW, Channel.PHONE, Caller.person(1, null), "33522", AGENT, 10, null,
                CallOutcome.FOLLOW_UP, null, null, NOW)).isInstanceOf(IllegalStateException.class);
    }
}
