package fr.proxima.app.ticket;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed JSON, wrong types, unknown fields, huge values, bad paging and unknown ids sent to every tickets,
 * categories and priority-matrix endpoint get a 4xx problem document, never a 5xx.
 */
@MicronautTest
class TicketBadInputApiTest extends TicketApiSupport {

    private static MutableHttpRequest<String> json(MutableHttpRequest<String> r) {
        return r.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Test
    void bad_input_to_every_tickets_endpoint_is_a_4xx_problem() {
        Map<String, Object> created = body(call("agent.can", HttpRequest.POST("/api/tickets", Map.of("type",
                "INCIDENT", "title", "Souris HS", "commune", "33522", "impact", "LOW", "urgency", "LOW"))));
        long id = ((Number) created.get("id")).longValue();
        String t = "/api/tickets/" + id;
        String huge = "x".repeat(30_000);
        String valid = "{\"type\":\"INCIDENT\",\"title\":\"T\",\"commune\":\"33522\",\"impact\":\"LOW\",\"urgency\":\"LOW\"";
        List<MutableHttpRequest<?>> requests = new ArrayList<>(List.of(
                HttpRequest.GET("/api/tickets/abc"),
                HttpRequest.GET("/api/tickets/-1"),
                HttpRequest.GET("/api/tickets/99999999999999999999"),
                HttpRequest.GET("/api/tickets/999999999"),
                HttpRequest.GET("/api/tickets/999999999/history"),
                HttpRequest.GET("/api/tickets?page=-1"),
                HttpRequest.GET("/api/tickets?page=abc"),
                HttpRequest.GET("/api/tickets?size=0"),
                HttpRequest.GET("/api/tickets?size=100000"),
                HttpRequest.GET("/api/tickets?page=99999999&size=200"),
                HttpRequest.GET("/api/tickets?status=CLOSEDISH"),
                HttpRequest.GET("/api/tickets?priority=P9"),
                HttpRequest.GET("/api/tickets?type=BUG"),
                HttpRequest.GET("/api/tickets?category=NOPE"),
                HttpRequest.GET("/api/tickets?createdFrom=hier"),
                HttpRequest.GET("/api/tickets?createdTo=2026-13-45"),
                HttpRequest.GET("/api/tickets?assignee=abc"),
                HttpRequest.GET("/api/tickets?sort=title"),
                HttpRequest.GET("/api/tickets?sort=createdAt,sideways"),
                HttpRequest.GET("/api/tickets?q=" + "a".repeat(500)),
                HttpRequest.GET("/api/tickets/export?status=NOPE"),
                json(HttpRequest.POST("/api/tickets", "{not json")),
                json(HttpRequest.POST("/api/tickets", "[]")),
                json(HttpRequest.POST("/api/tickets", "{}")),
                json(HttpRequest.POST("/api/tickets", valid + ",\"unknownField\":1}")),
                json(HttpRequest.POST("/api/tickets", valid.replace("\"LOW\",\"urgency\"", "\"HUGE\",\"urgency\"") + "}")),
                json(HttpRequest.POST("/api/tickets", valid.replace("INCIDENT", "BUG") + "}")),
                json(HttpRequest.POST("/api/tickets", valid + ",\"site\":\"abc\"}")),
                json(HttpRequest.POST("/api/tickets", valid + ",\"site\":999999999}")),
                json(HttpRequest.POST("/api/tickets", valid + ",\"requester\":-4}")),
                json(HttpRequest.POST("/api/tickets", valid + ",\"category\":\"" + huge + "\"}")),
                json(HttpRequest.POST("/api/tickets", valid + ",\"description\":\"" + huge + "\"}")),
                json(HttpRequest.POST("/api/tickets", valid.replace("33522", "99999") + "}")),
                json(HttpRequest.POST("/api/tickets", valid.replace("33522", huge) + "}")),
                json(HttpRequest.POST("/api/tickets", valid + "}")).header("Idempotency-Key", "é" + huge),
                json(HttpRequest.PATCH(t, "{\"title\":\"x\"}")),
                json(HttpRequest.PATCH(t, "{\"version\":\"abc\"}")),
                json(HttpRequest.PATCH(t, "{\"version\":0,\"impact\":\"HUGE\"}")),
                json(HttpRequest.PATCH(t, "{\"version\":0,\"title\":\"\"}")),
                json(HttpRequest.PATCH("/api/tickets/999999999", "{\"version\":0}")),
                json(HttpRequest.POST(t + "/assign", "{\"version\":0}")),
                json(HttpRequest.POST(t + "/assign", "{\"version\":0,\"team\":\"" + huge + "\"}")),
                json(HttpRequest.POST(t + "/assign", "{\"version\":0,\"team\":\"NOPE\"}")),
                json(HttpRequest.POST(t + "/assign", "{\"version\":0,\"team\":\"SUD\",\"assignee\":999999}")),
                json(HttpRequest.POST(t + "/take", "{}")),
                json(HttpRequest.POST(t + "/take", "{\"version\":-1}")),
                json(HttpRequest.POST(t + "/take", "not json")),
                json(HttpRequest.POST(t + "/hold", "{\"version\":0,\"reason\":\"HOLIDAYS\"}")),
                json(HttpRequest.POST(t + "/hold", "{\"version\":0}")),
                json(HttpRequest.POST(t + "/resume", "{\"version\":0}")),
                json(HttpRequest.POST(t + "/resolve", "{\"version\":0,\"resolutionCode\":\"FIXED\"}")),
                json(HttpRequest.POST(t + "/resolve", "{\"version\":0,\"resolutionCode\":\"MAGIC\",\"resolutionText\":\"x\"}")),
                json(HttpRequest.POST(t + "/reopen", "{\"version\":0}")),
                json(HttpRequest.POST(t + "/cancel", "{\"version\":0,\"reason\":\"" + huge + "\"}")),
                json(HttpRequest.POST(t + "/cancel", "{\"version\":0}")),
                json(HttpRequest.POST("/api/tickets/999999999/cancel", "{\"version\":0,\"reason\":\"x\"}")),
                json(HttpRequest.POST("/api/categories", "{\"code\":\"lower\",\"name\":\"x\"}")),
                json(HttpRequest.POST("/api/categories", "{\"code\":\"POSTE\",\"name\":\"x\"}")),
                json(HttpRequest.POST("/api/categories", "{\"code\":\"NEW_ONE\",\"name\":\"x\",\"parent\":\"NOPE\"}")),
                json(HttpRequest.PATCH("/api/categories/NOPE", "{\"version\":0,\"name\":\"x\"}")),
                json(HttpRequest.PATCH("/api/categories/POSTE", "{\"version\":99,\"name\":\"x\"}")),
                json(HttpRequest.PATCH("/api/categories/POSTE", "{\"name\":\"x\"}")),
                json(HttpRequest.PUT("/api/priority-matrix", "{\"cells\":[]}")),
                json(HttpRequest.PUT("/api/priority-matrix", "{\"cells\":[" + "{\"impact\":\"HIGH\",\"urgency\":\"HIGH\",\"priority\":\"P1\"},".repeat(8)
                        + "{\"impact\":\"HIGH\",\"urgency\":\"HIGH\",\"priority\":\"P1\"}]}")),
                json(HttpRequest.PUT("/api/priority-matrix", "{\"cells\":[{\"impact\":\"HIGH\",\"urgency\":\"HIGH\",\"priority\":\"P0\"}]}"))));
        for (MutableHttpRequest<?> request : requests) {
            String user = request.getPath().startsWith("/api/categories") || request.getPath().startsWith("/api/priority")
                    ? "admin" : "agent.can";
            HttpResponse<Map<String, Object>> r = call(user, request);
            assertThat(r.code()).as("%s %s", request.getMethod(), shorten(request)).isBetween(400, 499);
            assertThat(r.getContentType().map(MediaType::toString).orElse(""))
                    .as("%s %s", request.getMethod(), shorten(request)).startsWith("application/problem+json");
            assertThat(body(r)).as("%s %s", request.getMethod(), shorten(request)).containsKeys("code", "status");
        }
        // none of them changed the ticket
        assertThat(body(call("agent.can", HttpRequest.GET(t))).get("status")).isEqualTo("NEW");
    }

    @Test
    void without_a_token_every_tickets_endpoint_answers_401() {
        for (String path : List.of("/api/tickets", "/api/tickets/1", "/api/tickets/1/history", "/api/tickets/export",
                "/api/categories", "/api/priority-matrix")) {
            try {
                http().exchange(HttpRequest.GET(path), String.class);
                throw new AssertionError(path + " answered without a token");
            } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
                assertThat(e.getStatus().getCode()).as(path).isEqualTo(401);
            }
        }
    }

    private static String shorten(MutableHttpRequest<?> r) {
        String p = r.getUri().toString();
        return p.length() > 120 ? p.substring(0, 120) + "…" : p;
    }
}
