package fr.proxima.app.sla;

import fr.proxima.app.ApiTest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The service-level API over HTTP with real logins: calendars, contracts, a ticket's SLA, escalations, scope. */
@MicronautTest(transactional = false)
class ServiceLevelApiTest extends ApiTest {
    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final String TALENCE = "33522";
    static final String PESSAC = "33318";

    long talenceTicket;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("proxima.sla.refresh-initial-delay", "1h", "proxima.tickets.auto-close.initial-delay", "1h");
    }

    HttpResponse<Map<String, Object>> call(String username, MutableHttpRequest<?> request) {
        try {
            return http().exchange(as(username, request), JSON);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<Map<String, Object>> r = (HttpResponse<Map<String, Object>>) e.getResponse();
            r.getBody(JSON);
            return r;
        }
    }

    static Map<String, Object> body(HttpResponse<Map<String, Object>> r) {
        return r.getBody(JSON).orElseThrow(() -> new AssertionError("no JSON body, status " + r.code()));
    }

    @BeforeAll
    void ticket() {
        Map<String, Object> m = new HashMap<>();
        m.put("type", "INCIDENT");
        m.put("title", "Plus de réseau à la médiathèque");
        m.put("commune", TALENCE);
        m.put("impact", "HIGH");
        m.put("urgency", "HIGH");
        talenceTicket = ((Number) body(call("agent.can", HttpRequest.POST("/api/tickets", m))).get("id")).longValue();
    }

    @Test
    void the_calendar_arithmetic_is_open_to_audit_both_ways() {
        List<Map<String, Object>> calendars = getList("viewer.talence", "/api/calendars");
        assertThat(calendars).extracting(c -> c.get("id")).contains("STANDARD");
        Map<String, Object> std = calendars.stream().filter(c -> c.get("id").equals("STANDARD")).findFirst()
                .orElseThrow();
        assertThat((List<?>) std.get("windows")).hasSize(10);
        // Friday 17:00 Paris + 60 business minutes: 30 on Friday, 30 on Monday morning
        Map<String, Object> due = getJson("agent.can",
                "/api/calendars/STANDARD/due?start=2026-11-27T16:00:00Z&minutes=60");
        assertThat(due.get("due")).isEqualTo("2026-11-30T07:30:00Z");
        Map<String, Object> between = getJson("agent.can",
                "/api/calendars/STANDARD/between?from=2026-11-27T16:00:00Z&to=2026-11-30T07:30:00Z");
        assertThat(between.get("minutes")).isEqualTo(60);
        // Christmas Day 2026 is a Friday: closed
        assertThat(getJson("agent.can", "/api/calendars/STANDARD/due?start=2026-12-24T16:00:00Z&minutes=60")
                .get("due")).isEqualTo("2026-12-28T07:30:00Z");
        HttpResponse<Map<String, Object>> bad = call("agent.can",
                HttpRequest.GET("/api/calendars/STANDARD/due?start=demain&minutes=-3"));
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(body(bad).get("code")).isEqualTo("ITSM-2301");
        assertThat((List<?>) body(bad).get("errors")).hasSize(2);
        assertThat(call("agent.can", HttpRequest.GET("/api/calendars/NOPE/due?start=2026-11-27T16:00:00Z&minutes=1"))
                .code()).isEqualTo(404);
    }

    @Test
    void a_ticket_sla_is_served_in_scope_only() {
        Map<String, Object> sla = getJson("viewer.talence", "/api/tickets/" + talenceTicket + "/sla");
        assertThat(sla.get("priority")).isEqualTo("P1");
        List<Map<String, Object>> targets = (List<Map<String, Object>>) sla.get("targets");
        assertThat(targets).extracting(t -> t.get("kind")).containsExactly("TAKE_CHARGE", "RESOLUTION");
        assertThat(targets.get(1).get("targetMinutes")).isEqualTo(240);
        assertThat(targets.get(0)).containsKeys("consumedMinutes", "remainingMinutes", "due", "state");
        assertThat((List<?>) sla.get("segments")).hasSize(1);
        HttpResponse<Map<String, Object>> hidden = call("viewer.pessac",
                HttpRequest.GET("/api/tickets/" + talenceTicket + "/sla"));
        assertThat(hidden.code()).isEqualTo(404);
        assertThat(body(hidden).get("code")).isEqualTo("ITSM-2004");
        assertThat(call("viewer.pessac", HttpRequest.GET("/api/tickets/999999999/sla")).code()).isEqualTo(404);
        HttpResponse<Map<String, Object>> badAt = call("agent.can",
                HttpRequest.GET("/api/tickets/" + talenceTicket + "/sla?at=hier"));
        assertThat(badAt.code()).isEqualTo(400);
    }

    @Test
    void queues_sort_by_time_left_over_http() {
        Map<String, Object> page = getJson("resp.sud", "/api/tickets?commune=" + TALENCE + "&sort=timeLeft");
        assertThat(((Map<?, ?>) page.get("page")).get("sort")).isEqualTo("timeLeft,asc");
    }

    @Test
    void contracts_are_read_in_scope_and_revised_by_an_administrator_only() {
        Map<String, Object> talence = getJson("viewer.talence", "/api/contracts/" + TALENCE);
        assertThat(talence.get("communeCode")).isEqualTo(TALENCE);
        assertThat((List<?>) talence.get("targets")).hasSize(8);
        assertThat(call("viewer.pessac", HttpRequest.GET("/api/contracts/" + TALENCE)).code()).isEqualTo(404);
        assertThat(call("viewer.pessac", HttpRequest.GET("/api/contracts/DEFAULT")).code()).isEqualTo(404);
        assertThat(getList("viewer.pessac", "/api/contracts")).allMatch(c -> c.get("communeCode").equals(PESSAC));
        assertThat(getList("agent.can", "/api/contracts")).extracting(c -> c.get("communeCode")).contains("DEFAULT");

        Map<String, Object> revision = new HashMap<>();
        revision.put("version", talence.get("version"));
        revision.put("calendarId", "STANDARD");
        revision.put("atRiskPercent", 70);
        revision.put("targets", talence.get("targets"));
        assertThat(call("resp.sud", HttpRequest.PUT("/api/contracts/" + TALENCE, revision)).code()).isEqualTo(403);
        HttpResponse<Map<String, Object>> ok = call("admin", HttpRequest.PUT("/api/contracts/" + TALENCE, revision));
        assertThat(ok.code()).isEqualTo(200);
        assertThat(body(ok).get("version")).isEqualTo(((Number) talence.get("version")).intValue() + 1);
        assertThat(body(ok).get("atRiskPercent")).isEqualTo(70);
        HttpResponse<Map<String, Object>> stale = call("admin", HttpRequest.PUT("/api/contracts/" + TALENCE, revision));
        assertThat(stale.code()).isEqualTo(409);
        assertThat(body(stale).get("code")).isEqualTo("ITSM-2312");
        revision.put("version", body(ok).get("version"));
        revision.put("targets", List.of(Map.of("type", "INCIDENT", "priority", "P9", "takeChargeMinutes", 10,
                "resolutionMinutes", 5)));
        HttpResponse<Map<String, Object>> invalid = call("admin", HttpRequest.PUT("/api/contracts/" + TALENCE,
                revision));
        assertThat(invalid.code()).isEqualTo(400);
        assertThat(body(invalid).get("code")).isEqualTo("ITSM-2311");
        assertThat(getList("admin", "/api/contracts/" + TALENCE + "/versions")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void escalations_are_listed_within_the_scope() {
        Map<String, Object> page = getJson("viewer.pessac", "/api/sla/escalations");
        assertThat((List<Map<String, Object>>) page.get("items")).allMatch(e -> e.get("communeCode").equals(PESSAC));
        assertThat(call("agent.can", HttpRequest.GET("/api/sla/escalations?level=MET")).code()).isEqualTo(400);
    }
}
