package fr.proxima.app.call;

import fr.proxima.app.ApiTest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The call, comment and attachment API over HTTP with the demo logins: creation with an idempotency key, the
 * response members, and above all the scope: {@code viewer.pessac} gets 404 for Talence's call, its ticket's
 * calls, comments and attachments, and its lists never include Talence's.
 */
@MicronautTest(transactional = false)
class CallsApiTest extends ApiTest {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    private static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(MAP);
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    BlockingHttpClient http;

    Map<String, Object> talenceCall;
    Map<String, Object> pessacCall;
    long talenceTicket;
    long pessacTicket;
    long talencePdf;

    @BeforeAll
    void data() {
        http = http();
        talenceCall = logIncident("33522", "Poste du service état civil bloqué", UUID.randomUUID().toString()).body();
        pessacCall = logIncident("33318", "Imprimante de la médiathèque", UUID.randomUUID().toString()).body();
        talenceTicket = ticketOf(talenceCall);
        pessacTicket = ticketOf(pessacCall);
        http.exchange(as("tech.sud", HttpRequest.POST("/api/tickets/" + talenceTicket + "/comments",
                Map.of("text", "Intervention prévue demain", "visibility", "PUBLIC"))));
        http.exchange(as("tech.sud", HttpRequest.POST("/api/tickets/" + talenceTicket + "/comments",
                Map.of("text", "Disque à remplacer, garantie échue", "visibility", "INTERNAL"))));
        talencePdf = ((Number) upload("tech.sud", talenceTicket, "rapport.pdf", PDF).body().get("id")).longValue();
    }

    private static long ticketOf(Map<String, Object> call) {
        @SuppressWarnings("unchecked")
        Map<String, Object> ticket = (Map<String, Object>) call.get("ticket");
        return ((Number) ticket.get("id")).longValue();
    }

    private static Map<String, Object> incidentBody(String commune, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receivedAt", Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("channel", "PHONE");
        body.put("caller", Map.of("name", "Agent d'accueil", "phone", "05 56 84 78 00"));
        body.put("commune", commune);
        body.put("durationSeconds", 240);
        body.put("notes", "Appel pour panne");
        body.put("outcome", "INCIDENT_CREATED");
        body.put("ticket", Map.of("title", title, "description", "Constaté ce matin", "impact", "MEDIUM",
                "urgency", "HIGH"));
        return body;
    }

    private HttpResponse<Map<String, Object>> logIncident(String commune, String title, String key) {
        return http.exchange(as("agent.can", HttpRequest.POST("/api/calls", incidentBody(commune, title))
                .header("Idempotency-Key", key)), MAP);
    }

    private HttpResponse<Map<String, Object>> upload(String user, long ticket, String name, byte[] bytes) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", name, MediaType.APPLICATION_PDF_TYPE, bytes).build();
        return http.exchange(as(user, HttpRequest.POST("/api/tickets/" + ticket + "/attachments", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)), MAP);
    }

    private HttpClientResponseException failure(String user, MutableHttpRequest<?> request) {
        try {
            http.exchange(as(user, request), MAP);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("the request succeeded: " + request.getMethod() + " " + request.getPath());
    }

    private void assertNotFound(String user, String path) {
        HttpClientResponseException e = failure(user, HttpRequest.GET(path));
        assertThat(e.getStatus().getCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(e.getResponse().getContentType()).map(MediaType::toString).contains("application/problem+json");
        assertThat(e.getResponse().getBody(String.class).orElse("")).as(path).doesNotContain("33522", "Talence");
    }

    @Test
    void logging_an_incident_call_answers_201_with_the_call_and_its_ticket() {
        assertThat(talenceCall).containsEntry("outcome", "INCIDENT_CREATED").containsEntry("commune", "33522")
                .containsKey("id").containsKey("receivedAt");
        @SuppressWarnings("unchecked")
        Map<String, Object> ticket = (Map<String, Object>) talenceCall.get("ticket");
        assertThat((String) ticket.get("number")).startsWith("INC-");
        assertThat(ticket).containsEntry("status", "NEW").containsKey("priority");
        assertThat(((Map<?, ?>) ticket.get("centre")).get("code")).isEqualTo("SUD");
        assertThat(((Map<?, ?>) ticket.get("centre")).get("name")).isNotNull();
        assertThat(((Map<?, ?>) talenceCall.get("agent")).get("username")).isEqualTo("agent.can");
    }

    @Test
    void a_retry_with_the_same_key_and_body_returns_the_same_call_and_ticket() {
        String key = UUID.randomUUID().toString();
        HttpResponse<Map<String, Object>> first = logIncident("33522", "Badgeuse HS", key);
        HttpResponse<Map<String, Object>> again = logIncident("33522", "Badgeuse HS", key);
        assertThat(first.getStatus().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(again.getStatus().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(ticketOf(again.body())).isEqualTo(ticketOf(first.body()));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header(HttpHeaders.LOCATION)).isEqualTo("/api/calls/" + first.body().get("id"));

        HttpClientResponseException other = failure("agent.can",
                HttpRequest.POST("/api/calls", incidentBody("33522", "Autre chose")).header("Idempotency-Key", key));
        assertThat(other.getStatus().getCode()).isEqualTo(422);
        assertThat(other.getResponse().getBody(MAP).orElseThrow()).containsEntry("code", "ITSM-2090");
    }

    @Test
    void invalid_calls_get_400_problems_with_field_errors() {
        Map<String, Object> noTicket = incidentBody("33522", "x");
        noTicket.remove("ticket");
        HttpClientResponseException e = failure("agent.can", HttpRequest.POST("/api/calls", noTicket));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(e.getResponse().getBody(MAP).orElseThrow()).containsEntry("code", "ITSM-2101");

        Map<String, Object> unknownField = incidentBody("33522", "x");
        unknownField.put("priority", "P1");
        assertThat(failure("agent.can", HttpRequest.POST("/api/calls", unknownField)).getStatus().getCode())
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(failure("agent.can", HttpRequest.POST("/api/calls", "{\"receivedAt\": ").contentType(
                MediaType.APPLICATION_JSON_TYPE)).getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(failure("agent.can", HttpRequest.GET("/api/calls?outcome=NOPE")).getStatus().getCode())
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    }

    @Test
    void only_can_agents_and_admins_log_calls() {
        for (String user : List.of("viewer.pessac", "tech.sud", "resp.sud")) {
            assertThat(failure(user, HttpRequest.POST("/api/calls", incidentBody("33318", "x"))).getStatus().getCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        }
    }

    @Test
    void viewer_pessac_gets_404_for_talences_call_and_its_tickets_calls_comments_and_attachments() {
        assertNotFound("viewer.pessac", "/api/calls/" + talenceCall.get("id"));
        assertNotFound("viewer.pessac", "/api/tickets/" + talenceTicket + "/calls");
        assertNotFound("viewer.pessac", "/api/tickets/" + talenceTicket + "/comments");
        assertNotFound("viewer.pessac", "/api/tickets/" + talenceTicket + "/attachments");
        assertNotFound("viewer.pessac", "/api/tickets/" + talenceTicket + "/attachments/" + talencePdf);
        HttpClientResponseException comment = failure("viewer.pessac", HttpRequest.POST(
                "/api/tickets/" + talenceTicket + "/comments", Map.of("text", "x", "visibility", "PUBLIC")));
        assertThat(comment.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void pessacs_lists_never_include_talences() {
        Map<String, Object> page = http.retrieve(as("viewer.pessac", HttpRequest.GET("/api/calls?size=200")), MAP);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).isNotEmpty().allMatch(c -> "33318".equals(c.get("commune")));
        assertThat(items).extracting(c -> c.get("id")).contains(pessacCall.get("id"));
        Map<String, Object> asked = http.retrieve(as("viewer.pessac",
                HttpRequest.GET("/api/calls?commune=33522")), MAP);
        assertThat((List<?>) asked.get("items")).isEmpty();
        assertThat(((Number) ((Map<?, ?>) asked.get("page")).get("totalItems")).longValue()).isZero();
        assertThat(http.retrieve(as("viewer.pessac", HttpRequest.GET("/api/tickets/" + pessacTicket + "/calls")),
                LIST)).extracting(c -> c.get("id")).containsExactly(pessacCall.get("id"));
        // while the CAN sees both communes
        Map<String, Object> all = http.retrieve(as("agent.can", HttpRequest.GET("/api/calls?size=200")), MAP);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> allItems = (List<Map<String, Object>>) all.get("items");
        assertThat(allItems).extracting(c -> c.get("commune")).contains("33522", "33318");
    }

    @Test
    void a_commune_viewer_reads_public_comments_only_and_cannot_write() {
        List<Map<String, Object>> asViewer = http.retrieve(as("viewer.talence",
                HttpRequest.GET("/api/tickets/" + talenceTicket + "/comments")), LIST);
        assertThat(asViewer).isNotEmpty().allMatch(c -> "PUBLIC".equals(c.get("visibility")));
        List<Map<String, Object>> asTech = http.retrieve(as("tech.sud",
                HttpRequest.GET("/api/tickets/" + talenceTicket + "/comments")), LIST);
        assertThat(asTech).extracting(c -> c.get("visibility")).contains("PUBLIC", "INTERNAL");
        assertThat(failure("viewer.talence", HttpRequest.POST("/api/tickets/" + talenceTicket + "/comments",
                Map.of("text", "Merci", "visibility", "PUBLIC"))).getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
    }

    @Test
    void a_download_is_always_an_attachment_never_sniffed_and_sandboxed() {
        HttpResponse<byte[]> r = http.exchange(as("viewer.talence",
                HttpRequest.GET("/api/tickets/" + talenceTicket + "/attachments/" + talencePdf)), byte[].class);
        assertThat(r.body()).isEqualTo(PDF);
        assertThat(r.getContentType()).map(MediaType::toString).contains("application/pdf");
        assertThat(r.header(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;").contains("rapport.pdf");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Content-Security-Policy")).isEqualTo("sandbox");
        List<Map<String, Object>> list = http.retrieve(as("viewer.talence",
                HttpRequest.GET("/api/tickets/" + talenceTicket + "/attachments")), LIST);
        assertThat(list).extracting(a -> a.get("fileName")).contains("rapport.pdf");
    }

    @Test
    void an_html_file_declared_as_pdf_is_refused() {
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        HttpClientResponseException e;
        try {
            upload("tech.sud", talenceTicket, "facture.pdf", html);
            throw new AssertionError("accepted");
        } catch (HttpClientResponseException ex) {
            e = ex;
        }
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode());
        assertThat(e.getResponse().getBody(MAP).orElseThrow()).containsEntry("code", "ITSM-2253");
    }

    @Test
    void an_oversize_upload_is_refused_with_a_problem() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> upload("tech.sud", talenceTicket, "gros.pdf", big))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isIn(400, 413);
                    assertThat(e.getResponse().getContentType()).map(MediaType::toString)
                            .contains("application/problem+json");
                });
    }

    @Test
    void malformed_requests_and_unknown_ids_get_4xx_problems_never_5xx() {
        Map<String, Object> wrongType = incidentBody("33522", "x");
        wrongType.put("durationSeconds", "longtemps");
        Map<String, Object> wrongEnum = incidentBody("33522", "x");
        wrongEnum.put("channel", "FAX");
        Map<String, Object> badDate = incidentBody("33522", "x");
        badDate.put("receivedAt", "hier");
        Map<String, Object> badImpact = incidentBody("33522", "x");
        badImpact.put("ticket", Map.of("title", "x", "impact", "ENORME", "urgency", "LOW"));
        String t = "/api/tickets/" + talenceTicket;
        Map<MutableHttpRequest<?>, Integer> cases = new LinkedHashMap<>();
        cases.put(HttpRequest.GET("/api/calls/987654321"), 404);
        cases.put(HttpRequest.GET("/api/calls/abc"), 400);
        cases.put(HttpRequest.GET("/api/calls?from=2026-13-45"), 400);
        cases.put(HttpRequest.GET("/api/calls?size=100000"), 400);
        cases.put(HttpRequest.GET("/api/calls?commune=PARIS"), 400);
        cases.put(HttpRequest.GET("/api/calls?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"), 400);
        cases.put(HttpRequest.GET("/api/tickets/987654321/calls"), 404);
        cases.put(HttpRequest.GET("/api/tickets/987654321/comments"), 404);
        cases.put(HttpRequest.GET("/api/tickets/987654321/attachments"), 404);
        cases.put(HttpRequest.GET(t + "/attachments/987654321"), 404);
        cases.put(HttpRequest.POST("/api/calls", wrongType), 400);
        cases.put(HttpRequest.POST("/api/calls", wrongEnum), 400);
        cases.put(HttpRequest.POST("/api/calls", badDate), 400);
        cases.put(HttpRequest.POST("/api/calls", badImpact), 400);
        cases.put(HttpRequest.POST("/api/calls", "[1, 2").contentType(MediaType.APPLICATION_JSON_TYPE), 400);
        cases.put(HttpRequest.POST("/api/calls", incidentBody("33522", "x")).header("Idempotency-Key", "é"), 400);
        cases.put(HttpRequest.POST(t + "/comments", Map.of("text", "x".repeat(10_001), "visibility", "PUBLIC")), 400);
        cases.put(HttpRequest.POST(t + "/comments", Map.of("text", "x", "visibility", "SECRET")), 400);
        cases.put(HttpRequest.POST(t + "/comments", Map.of("text", "x", "visibility", "PUBLIC", "pinned", true)), 400);
        cases.put(HttpRequest.POST(t + "/attachments", MultipartBody.builder().addPart("other", "x").build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), 400);
        cases.forEach((request, status) -> {
            HttpClientResponseException e = failure("agent.can", request);
            assertThat(e.getStatus().getCode()).as(request.getMethod() + " " + request.getUri()).isEqualTo(status);
            assertThat(e.getResponse().getContentType()).map(MediaType::toString)
                    .as(request.getUri().toString()).contains("application/problem+json");
        });
        HttpClientResponseException anonymous;
        try {
            http.exchange(HttpRequest.GET("/api/calls"));
            throw new AssertionError("anonymous access");
        } catch (HttpClientResponseException e) {
            anonymous = e;
        }
        assertThat(anonymous.getStatus().getCode()).isEqualTo(401);
    }

    @Test
    void a_known_caller_from_the_directory_becomes_the_requester_and_must_call_from_its_commune() {
        Map<String, Object> person = items("agent.can", "/api/people?commune=33522&size=1").get(0);
        Map<String, Object> body = incidentBody("33522", "Session Windows verrouillée");
        body.put("caller", Map.of("personId", person.get("id")));
        Map<String, Object> call = http.retrieve(as("agent.can", HttpRequest.POST("/api/calls", body)), MAP);
        assertThat(((Map<?, ?>) call.get("caller")).get("personId")).isEqualTo(person.get("id"));
        Map<String, Object> ticket = getJson("agent.can", "/api/tickets/" + ticketOf(call));
        assertThat(((Number) ticket.get("requesterId")).longValue()).isEqualTo(((Number) person.get("id")).longValue());
        assertThat(((Number) ticket.get("callId")).longValue()).isEqualTo(((Number) call.get("id")).longValue());
        assertThat(ticket).containsEntry("type", "INCIDENT");

        body.put("commune", "33318");
        HttpClientResponseException e = failure("agent.can", HttpRequest.POST("/api/calls", body));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(problem(e).get("errors").toString()).contains("commune.not-the-callers");
    }
}
