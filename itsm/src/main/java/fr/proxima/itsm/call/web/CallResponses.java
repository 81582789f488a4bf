package fr.proxima.itsm.call.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.call.application.CallPage;
import fr.proxima.itsm.call.application.LoggedCall;
import fr.proxima.itsm.call.model.Call;
import fr.proxima.itsm.call.model.CallOutcome;
import fr.proxima.itsm.call.model.Channel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Response bodies of the call API. */
final class CallResponses {
    private CallResponses() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CallResponse(long id, Instant receivedAt, Channel channel, CallerResponse caller, String commune,
                        AgentResponse agent, int durationSeconds, @Nullable String notes, CallOutcome outcome,
                        @Nullable Long ticketId, @Nullable String transferredTo, Instant createdAt,
                        @Nullable TicketSummary ticket) {

        static CallResponse of(LoggedCall logged, Function<String, CentreResponse> centres) {
            Call c = logged.call();
            TicketRef t = logged.ticket();
            return new CallResponse(c.id(), c.receivedAt(), c.channel(),
                    new CallerResponse(c.caller().personId(), c.caller().name(), c.caller().phone()),
                    c.communeCode(), new AgentResponse(c.agent().userId(), c.agent().username()),
                    c.durationSeconds(), c.notes(), c.outcome(), c.ticketId(), c.transferredTo(), c.createdAt(),
                    t == null ? null : TicketSummary.of(t, logged.ticketPriority(), centres));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CallerResponse(@Nullable Long personId, @Nullable String name, @Nullable String phone) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AgentResponse(@Nullable Long id, String username) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CentreResponse(String code, @Nullable String name) {
    }

    /** What a call's reader needs of its ticket. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TicketSummary(long id, String number, String type, String status, @Nullable String priority,
                         CentreResponse centre) {
        static TicketSummary of(TicketRef t, String priority, Function<String, CentreResponse> centres) {
            return new TicketSummary(t.id(), t.number(), t.type().name(), t.status().name(), priority,
                    centres.apply(t.centreCode()));
        }
    }

    /** Same shape as the tickets' pages: the items, then where this page is. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CallPageResponse(@JsonInclude(JsonInclude.Include.ALWAYS) List<CallResponse> items, PageInfo page) {
        static CallPageResponse of(CallPage p, Function<Call, CallResponse> map) {
            int pages = (int) Math.min(Integer.MAX_VALUE, (p.total() + p.size() - 1) / p.size());
            return new CallPageResponse(p.items().stream().map(map).toList(),
                    new PageInfo(p.page(), p.size(), p.total(), pages, "receivedAt,desc"));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PageInfo(int number, int size, long totalItems, int totalPages, String sort) {
    }
}
