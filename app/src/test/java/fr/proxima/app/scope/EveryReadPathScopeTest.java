package fr.proxima.app.scope;

import fr.proxima.app.ApiTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commune scope on every read path the router knows, found by walking the routes rather than listing them, so
 * an endpoint added later is covered without touching this test: for a Talence ticket (with a call, a comment and
 * an attachment) and a Talence configuration item (with a relation, installed software and that ticket), every
 * {@code GET} route under {@code /api/tickets/{id}}, {@code /api/calls/{id}}, {@code /api/cis/{id}} and
 * {@code /api/people/{id}/...} answers {@code viewer.talence} (proving the path is right) and answers
 * {@code viewer.pessac} 404 with the same problem code as an unknown id; and every collection filtered on Talence
 * shows Pessac nothing and no count.
 */
@MicronautTest
class EveryReadPathScopeTest extends ApiTest {
    private static final String TALENCE = "33522";

    @Inject
    Router router;

    private long ticketId;
    private long callId;
    private long attachmentId;
    private long ciId;
    private long personId;
    private long softwareId;
    private String ciTag;

    @BeforeAll
    void a_talence_incident_with_a_call_a_comment_and_an_attachment() {
        Map<String, Object> call = parse(exchange("agent.can", HttpRequest.POST("/api/calls", Map.of(
                "receivedAt", "2026-11-24T09:15:00Z", "channel", "PHONE",
                "caller", Map.of("name", "Agent de l'état civil", "phone", "05 56 84 78 00"),
                "commune", TALENCE, "durationSeconds", 240, "outcome", "INCIDENT_CREATED",
                "ticket", Map.of("title", "Imprimante du service état civil hors service",
                        "description", "Bourrage à chaque impression", "impact", "MEDIUM", "urgency", "HIGH"))))
                .body());
        callId = ((Number) call.get("id")).longValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> ticket = (Map<String, Object>) call.get("ticket");
        ticketId = ((Number) ticket.get("id")).longValue();
        exchange("agent.can", HttpRequest.POST("/api/tickets/" + ticketId + "/comments",
                Map.of("text", "Rappel prévu demain matin", "visibility", "PUBLIC")));
        MultipartBody file = MultipartBody.builder().addPart("file", "constat.txt", MediaType.TEXT_PLAIN_TYPE,
                "Constat : bourrage papier au bac 2.".getBytes(StandardCharsets.UTF_8)).build();
        Map<String, Object> attachment = parse(exchange("agent.can", HttpRequest.POST(
                "/api/tickets/" + ticketId + "/attachments", file).contentType(MediaType.MULTIPART_FORM_DATA_TYPE))
                .body());
        attachmentId = ((Number) attachment.get("id")).longValue();
        a_talence_workstation_with_its_screen_its_software_and_that_ticket();
    }

    private void a_talence_workstation_with_its_screen_its_software_and_that_ticket() {
        Map<String, Object> person = items("admin", "/api/people?commune=" + TALENCE + "&size=1").get(0);
        personId = ((Number) person.get("id")).longValue();
        ciTag = "PC-TAL-SCOPE-01";
        Map<String, Object> ci = parse(exchange("admin", HttpRequest.POST("/api/cis", Map.of("type", "DESKTOP",
                "assetTag", ciTag, "serialNumber", "CZCSCOPE01", "manufacturer", "HP", "model", "EliteDesk 800 G6",
                "status", "IN_SERVICE", "commune", TALENCE, "person", personId,
                "attributes", Map.of("hostname", "pc-tal-scope-01")))).body());
        ciId = ((Number) ci.get("id")).longValue();
        Map<String, Object> screen = parse(exchange("admin", HttpRequest.POST("/api/cis", Map.of("type", "MONITOR",
                "assetTag", "ECR-TAL-SCOPE-01", "manufacturer", "iiyama", "status", "IN_SERVICE",
                "commune", TALENCE))).body());
        exchange("tech.sud", HttpRequest.POST("/api/cis/" + ciId + "/relations", Map.of("type", "CONNECTED_TO",
                "target", ((Number) screen.get("id")).longValue())));
        Map<String, Object> software = parse(exchange("admin", HttpRequest.POST("/api/software", Map.of(
                "name", "Logiciel d'état civil Scope", "publisher", "Éditeur", "status", "APPROVED"))).body());
        softwareId = ((Number) software.get("id")).longValue();
        exchange("tech.sud", HttpRequest.POST("/api/cis/" + ciId + "/software", Map.of(
                "name", "Logiciel d'état civil Scope", "version", "5.2")));
        exchange("agent.can", HttpRequest.POST("/api/cis/" + ciId + "/tickets", Map.of("ticketId", ticketId)));
    }

    @Test
    void every_read_path_of_a_talence_record_answers_pessac_404_as_for_an_unknown_id() {
        List<String> paths = new ArrayList<>();
        for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
            String template = route.getUriMatchTemplate().toPathString();
            if (route.getHttpMethod() != HttpMethod.GET) {
                continue;
            }
            if (template.startsWith("/api/tickets/{") || template.startsWith("/api/calls/{")
                    || template.startsWith("/api/cis/{") || template.startsWith("/api/people/{id}/")) {
                paths.add(template);
            }
        }
        assertThat(paths).as("record read paths found in the router")
                .contains("/api/tickets/{id}", "/api/tickets/{id}/history", "/api/tickets/{id}/comments",
                        "/api/tickets/{id}/attachments", "/api/calls/{id}", "/api/tickets/{id}/cis",
                        "/api/cis/{id}", "/api/cis/{id}/history", "/api/cis/{id}/software", "/api/cis/{id}/relations",
                        "/api/cis/{id}/tickets", "/api/people/{id}/cis")
                .hasSizeGreaterThanOrEqualTo(14);
        List<String> failures = new ArrayList<>();
        for (String template : paths) {
            long id = template.startsWith("/api/calls/") ? callId : template.startsWith("/api/cis/") ? ciId
                    : template.startsWith("/api/people/") ? personId : ticketId;
            String path = expand(template, id);
            String unknown = expand(template, 987_654_321L);
            int talence = status("viewer.talence", path);
            int pessac = status("viewer.pessac", path);
            int missing = status("viewer.talence", unknown);
            if (talence != 200 || pessac != 404 || missing != 404) {
                failures.add(template + ": talence " + talence + ", pessac " + pessac + ", unknown " + missing);
            } else if (!problemCode("viewer.pessac", path).equals(problemCode("viewer.talence", unknown))) {
                failures.add(template + ": pessac's 404 differs from an unknown id's");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void collections_filtered_on_talence_show_pessac_nothing_and_count_nothing() {
        for (String path : List.of("/api/tickets?commune=" + TALENCE, "/api/tickets?q=imprimante",
                "/api/calls?commune=" + TALENCE, "/api/tickets?centre=SUD", "/api/cis?commune=" + TALENCE,
                "/api/cis?q=scope", "/api/cis?assetTag=" + ciTag, "/api/cis?serial=CZCSCOPE01",
                "/api/cis?person=" + personId, "/api/cis?software=" + softwareId,
                "/api/software/" + softwareId + "/installations")) {
            Map<String, Object> page = getJson("viewer.pessac", path);
            assertThat((List<?>) page.get("items")).as(path).isEmpty();
            assertThat(page.toString()).as(path).doesNotContain("totalItems=1").doesNotContain("total=1");
            assertThat((List<?>) getJson("viewer.talence", path).get("items")).as(path).isNotEmpty();
        }
        String pessacCsv = exchange("viewer.pessac", HttpRequest.GET("/api/tickets/export?commune=" + TALENCE)).body();
        assertThat(pessacCsv.lines().count()).as("export: the header only").isEqualTo(1);
        String talenceCsv = exchange("viewer.talence", HttpRequest.GET("/api/tickets/export?commune=" + TALENCE)).body();
        assertThat(talenceCsv).contains("Imprimante du service état civil");
        assertThat((List<?>) getJson("viewer.pessac", "/api/cis/quality?commune=" + TALENCE).get("findings"))
                .as("quality report").isEmpty();
        assertThat((List<?>) getJson("viewer.talence", "/api/cis/quality?commune=" + TALENCE).get("findings"))
                .isNotEmpty();
        assertThat(exchange("viewer.pessac", HttpRequest.GET("/api/cis/quality/export?commune=" + TALENCE)).body()
                .lines().count()).as("quality export: the header only").isEqualTo(1);
        assertThat(getJson("viewer.pessac", "/api/software/" + softwareId).get("installations"))
                .as("the catalogue counts Pessac's installations only").isEqualTo(0);
        assertThat(getJson("viewer.talence", "/api/software/" + softwareId).get("installations")).isEqualTo(1);
    }

    private String expand(String template, long id) {
        return template.replace("{attachmentId}", String.valueOf(attachmentId)).replaceAll("\\{[^}]*}", String.valueOf(id));
    }

    private int status(String user, String path) {
        try {
            HttpResponse<String> r = http().exchange(as(user, HttpRequest.GET(path)), String.class);
            return r.code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private String problemCode(String user, String path) {
        return String.valueOf(problem(fails(user, HttpRequest.GET(path))).get("code"));
    }
}
